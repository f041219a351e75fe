/**
 * The command line's language: `--lang en|zh-CN` (taken out of the words before any command parses
 * them), else LC_ALL, LC_MESSAGES, LANG. Only readable output follows it; --json never changes.
 */
import { firstLocale, isLocale, LOCALES, type Locale } from '../../shared/i18n/locales';

export type LangOption =
  | { readonly ok: true; readonly argv: readonly string[]; readonly locale?: Locale }
  | { readonly ok: false; readonly message: string };

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
    if (value === undefined) return { ok: false, message: '--lang needs a value' };
    if (locale !== undefined) return { ok: false, message: '--lang is given twice' };
    if (!isLocale(value))
      return { ok: false, message: `--lang: "${value}" is not one of ${LOCALES.join(', ')}` };
    locale = value;
  }
  return locale === undefined ? { ok: true, argv: rest } : { ok: true, argv: rest, locale };
}

/** The language the environment asks for (POSIX order), English when none does. */
export function envLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return firstLocale([env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]);
}
