/**
 * The command line's language: `--lang en|zh-CN` (taken out of the words before any command parses
 * them), else LC_ALL, LC_MESSAGES, LANG. Only readable output follows it; --json never changes.
 */
import { langOf, type Lang } from '../../shared/i18n/lang';
import { firstLocale, isLocale, LOCALES, type Locale } from '../../shared/i18n/locales';
import { message, type Message } from '../../shared/i18n/message';

export type LangOption =
  | { readonly ok: true; readonly argv: readonly string[]; readonly locale?: Locale }
  | { readonly ok: false; readonly said: Message };

/** The language readable output is written in: the one asked for, else English. */
export function langFor(io: { readonly locale?: Locale | undefined }): Lang {
  return langOf(io.locale ?? 'en');
}

export function takeLangOption(argv: readonly string[]): LangOption {
  const rest: string[] = [];
  let locale: Locale | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[(i += 1)] : arg.slice('--lang='.length);
    if (value === undefined)
      return { ok: false, said: message('cli.arg.needsValue', { option: '--lang' }) };
    if (locale !== undefined)
      return { ok: false, said: message('cli.arg.twice', { option: '--lang' }) };
    if (!isLocale(value))
      return {
        ok: false,
        said: message('cli.arg.valueNotOneOf', { option: '--lang', value, values: LOCALES.join(', ') }),
      };
    locale = value;
  }
  return locale === undefined ? { ok: true, argv: rest } : { ok: true, argv: rest, locale };
}

/** The language the environment asks for (POSIX order), English when none does. */
export function envLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return firstLocale([env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]);
}
