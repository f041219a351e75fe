/** The command line of `strata import` (its own options; see docs/cli.md and docs/import.md). */
import { usageError, type UsageError } from './usageError';
import { IMPORT_FORMATS, type ImportFormat } from '../../shared/import/types';

export interface ImportArgs {
  readonly files: readonly string[];
  readonly out: string;
  readonly format: ImportFormat | null;
  readonly into: string | null;
  readonly parent: string | null;
  readonly secondary: readonly string[];
  readonly skipPoweredOff: boolean;
  readonly profile: string | null;
  readonly nodeCores: number | null;
  readonly nodeRamGiB: number | null;
  readonly json: boolean;
}

export type ImportArgsResult =
  | { readonly ok: true; readonly args: ImportArgs }
  | UsageError;

const VALUED = new Set([
  '--format',
  '--into',
  '--parent',
  '--secondary',
  '--profile',
  '--node-cores',
  '--node-ram-gib',
  '-o',
  '--output',
]);

export function parseImportArgs(argv: readonly string[]): ImportArgsResult {
  const files: string[] = [];
  const secondary: string[] = [];
  const values = new Map<string, string>();
  let json = false;
  let skipPoweredOff = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '--skip-powered-off') skipPoweredOff = true;
    else {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (!VALUED.has(name))
        return usageError('cli.arg.unknownOptionFor', { option: name, command: 'import' });
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        return usageError('cli.arg.needsValue', { option: name });
      if (name === '--secondary') secondary.push(value);
      else if (values.has(canonical(name))) return usageError('cli.arg.twice', { option: name });
      else values.set(canonical(name), value);
    }
  }
  if (files.length === 0) return usageError('cli.arg.needsFiles', { command: 'import' });
  const out = values.get('-o');
  if (out === undefined) return usageError('cli.arg.needs', { command: 'import', what: '-o OUT.strata' });
  const format = values.get('--format') ?? null;
  if (format !== null && !(IMPORT_FORMATS as readonly string[]).includes(format))
    return usageError('cli.arg.oneOf', { option: '--format', values: IMPORT_FORMATS.join(', ') });
  const parent = values.get('--parent') ?? null;
  const into = values.get('--into') ?? null;
  if (parent !== null && into === null)
    return usageError('cli.arg.parentNeedsInto');
  const nodeCores = positive(values.get('--node-cores'));
  const nodeRamGiB = positive(values.get('--node-ram-gib'));
  if (nodeCores === undefined)
    return usageError('cli.arg.positive', { option: '--node-cores' });
  if (nodeRamGiB === undefined)
    return usageError('cli.arg.positive', { option: '--node-ram-gib' });
  return {
    ok: true,
    args: {
      files,
      out,
      format: format as ImportFormat | null,
      into,
      parent,
      secondary,
      skipPoweredOff,
      profile: values.get('--profile') ?? null,
      nodeCores,
      nodeRamGiB,
      json,
    },
  };
}

function canonical(name: string): string {
  return name === '--output' ? '-o' : name;
}

/** null when absent, undefined when not a positive number. */
function positive(value: string | undefined): number | null | undefined {
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
