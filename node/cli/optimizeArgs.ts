/**
 * `strata optimize FILE [--scenario NAME|N] --host-cores N --host-ram-gib N [--hypervisor NAME]
 * [--ha K] [--headroom F] [--scope site:ID|cluster:NAME]... [--p2v [--p2v-size F]] -o OUT [--json]`:
 * the words after `optimize`, as the optimizer's options or a usage error.
 */
import { usageError, type UsageError } from './usageError';
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type MessageParams } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';
import type { OptimizeOptions, ScopeItem } from '../../shared/optimize/types';

export interface OptimizeArgs {
  readonly file: string;
  readonly scenario: string | undefined;
  readonly out: string;
  readonly json: boolean;
  readonly options: OptimizeOptions;
}

export type OptimizeArgsResult =
  | { readonly ok: true; readonly args: OptimizeArgs }
  | UsageError;

const VALUED = [
  '--scenario',
  '--host-cores',
  '--host-ram-gib',
  '--hypervisor',
  '--ha',
  '--headroom',
  '--scope',
  '--p2v-size',
  '-o',
] as const;
type Valued = (typeof VALUED)[number];

function isValued(word: string): word is Valued {
  return (VALUED as readonly string[]).includes(word);
}

export function parseOptimizeArgs(argv: readonly string[]): OptimizeArgsResult {
  const values = new Map<Valued, string>();
  const scope: ScopeItem[] = [];
  const files: string[] = [];
  let json = false;
  let p2v = false;
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] as string;
    // `--ha=2` is `--ha 2`, as for the other commands.
    const eq = arg.indexOf('=');
    const inline = !ended && arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (inline !== undefined) arg = arg.slice(0, eq);
    if (ended || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') ended = true;
    else if (inline === undefined && arg === '--json') json = true;
    else if (inline === undefined && arg === '--p2v') p2v = true;
    else if (isValued(arg)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return usage('cli.arg.needsValue', { option: arg });
      if (arg === '--scope') {
        const item = scopeItem(value);
        if (isMessage(item)) return said(item);
        scope.push(item);
      } else if (values.has(arg)) return usage('cli.arg.twice', { option: arg });
      else values.set(arg, value);
    } else return usage('cli.arg.unknownOption', { option: argv[i] ?? '' });
  }
  if (files.length === 0) return usage('cli.arg.needs', { command: 'optimize', what: 'FILE' });
  if (files.length > 1)
    return usage('cli.arg.takesOneFile', { command: 'optimize', word: files[1] ?? '' });
  const out = values.get('-o');
  if (out === undefined) return usage('cli.arg.needs', { command: 'optimize', what: '-o OUT.strata' });
  if (values.has('--p2v-size') && !p2v)
    return usage('cli.arg.needsOption', { option: '--p2v-size', other: '--p2v' });
  const cores = number(values, '--host-cores', undefined);
  const ram = number(values, '--host-ram-gib', undefined);
  const ha = number(values, '--ha', 1);
  const headroom = number(values, '--headroom', 1);
  const p2vSize = number(values, '--p2v-size', 1);
  for (const v of [cores, ram, ha, headroom, p2vSize]) if (isMessage(v)) return said(v);
  return {
    ok: true,
    args: {
      file: files[0] as string,
      scenario: values.get('--scenario'),
      out,
      json,
      options: {
        scope,
        host: {
          cpuCores: cores as number,
          ramGiB: ram as number,
          product: values.get('--hypervisor') ?? 'VMware ESXi',
          hostOs: null,
        },
        ha: ha as number,
        headroom: headroom as number,
        p2v,
        p2vSize: p2vSize as number,
      },
    },
  };
}

function usage(key: CatalogKey, params: MessageParams = {}): OptimizeArgsResult {
  return usageError(key, params);
}

function said(m: Message): OptimizeArgsResult {
  return { ok: false, message: formatMessage(ENGLISH, m), said: m };
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

/** The option's number; its default when absent (undefined: required); a message when not a number. */
function number(
  values: ReadonlyMap<Valued, string>,
  option: Valued,
  fallback: number | undefined,
): number | Message {
  const text = values.get(option);
  if (text === undefined)
    return fallback ?? message('cli.arg.needs', { command: 'optimize', what: `${option} N` });
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value)
    ? value
    : message('cli.arg.notNumber', { option, text });
}

function scopeItem(text: string): ScopeItem | Message {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const name = text.slice(colon + 1);
  if (colon > 0 && name !== '') {
    if (kind === 'site') return { kind: 'site', id: name };
    if (kind === 'cluster') return { kind: 'cluster', name };
  }
  return message('cli.arg.scope', { text });
}
