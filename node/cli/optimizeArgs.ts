/**
 * `strata optimize FILE [--scenario NAME|N] --host-cores N --host-ram-gib N [--hypervisor NAME]
 * [--ha K] [--headroom F] [--scope site:ID|cluster:NAME]... [--p2v [--p2v-size F]] -o OUT [--json]`:
 * the words after `optimize`, as the optimizer's options or a usage error.
 */
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
  | { readonly ok: false; readonly message: string };

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
      if (value === undefined) return usage(`${arg} needs a value`);
      if (arg === '--scope') {
        const item = scopeItem(value);
        if (typeof item === 'string') return usage(item);
        scope.push(item);
      } else if (values.has(arg)) return usage(`${arg} is given twice`);
      else values.set(arg, value);
    } else return usage(`unknown option ${argv[i]}`);
  }
  if (files.length === 0) return usage('strata optimize needs FILE');
  if (files.length > 1) return usage(`strata optimize takes one FILE; unexpected "${files[1]}"`);
  const out = values.get('-o');
  if (out === undefined) return usage('strata optimize needs -o OUT.strata');
  if (values.has('--p2v-size') && !p2v) return usage('--p2v-size needs --p2v');
  const cores = number(values, '--host-cores', undefined);
  const ram = number(values, '--host-ram-gib', undefined);
  const ha = number(values, '--ha', 1);
  const headroom = number(values, '--headroom', 1);
  const p2vSize = number(values, '--p2v-size', 1);
  for (const v of [cores, ram, ha, headroom, p2vSize]) if (typeof v === 'string') return usage(v);
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

function usage(message: string): OptimizeArgsResult {
  return { ok: false, message };
}

/** The option's number; its default when absent (undefined: required); a message when not a number. */
function number(
  values: ReadonlyMap<Valued, string>,
  option: Valued,
  fallback: number | undefined,
): number | string {
  const text = values.get(option);
  if (text === undefined) return fallback ?? `strata optimize needs ${option} N`;
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value)
    ? value
    : `${option}: "${text}" is not a number`;
}

function scopeItem(text: string): ScopeItem | string {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const name = text.slice(colon + 1);
  if (colon > 0 && name !== '') {
    if (kind === 'site') return { kind: 'site', id: name };
    if (kind === 'cluster') return { kind: 'cluster', name };
  }
  return `--scope: "${text}" is not site:ID or cluster:NAME`;
}
