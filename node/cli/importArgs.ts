/** The command line of `strata import` (its own options; see docs/cli.md and docs/import.md). */
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
  | { readonly ok: false; readonly message: string };

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
        return { ok: false, message: `unknown option ${name} for strata import` };
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        return { ok: false, message: `${name} needs a value` };
      if (name === '--secondary') secondary.push(value);
      else if (values.has(canonical(name))) return { ok: false, message: `${name} is given twice` };
      else values.set(canonical(name), value);
    }
  }
  if (files.length === 0) return { ok: false, message: 'strata import needs FILE (one or more)' };
  const out = values.get('-o');
  if (out === undefined) return { ok: false, message: 'strata import needs -o OUT.strata' };
  const format = values.get('--format') ?? null;
  if (format !== null && !(IMPORT_FORMATS as readonly string[]).includes(format))
    return { ok: false, message: `--format must be one of ${IMPORT_FORMATS.join(', ')}` };
  const parent = values.get('--parent') ?? null;
  const into = values.get('--into') ?? null;
  if (parent !== null && into === null)
    return {
      ok: false,
      message: '--parent needs --into PLAN.strata (the plan that holds the node)',
    };
  const nodeCores = positive(values.get('--node-cores'));
  const nodeRamGiB = positive(values.get('--node-ram-gib'));
  if (nodeCores === undefined)
    return { ok: false, message: '--node-cores must be a positive number' };
  if (nodeRamGiB === undefined)
    return { ok: false, message: '--node-ram-gib must be a positive number' };
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
