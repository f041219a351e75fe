/** The words of `strata export FILE -o OUT [options]` → the export to make, or a usage error. */
import { usageError, type UsageError } from './usageError';
import { extname } from 'node:path';
import { isExportTheme, type ExportTheme } from '../../shared/draw/palette';
import { PAPERS, type Paper } from '../../shared/publish/pdfPages';
import { OUTPUT_FORMATS, isOutputFormat, type OutputFormat } from '../publish/renderOutput';

export interface ExportCommand {
  readonly kind: 'export';
  readonly file: string;
  readonly out: string;
  readonly format: OutputFormat;
  readonly scale: number;
  readonly theme: ExportTheme;
  readonly paper: Paper;
  readonly bare: boolean;
  readonly scenario: string | undefined;
  /** The PDF's comparison: from (default: the first scenario) to (default: each other one). */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** `--no-compare`: a PDF without comparison pages. */
  readonly compare: boolean;
}

export type ExportParse =
  | { readonly ok: true; readonly command: ExportCommand }
  | UsageError;

const MAX_SCALE = 8;
const VALUE_OPTIONS = [
  '-o',
  '--output',
  '--format',
  '--scale',
  '--theme',
  '--paper',
  '--scenario',
  '--from',
  '--to',
];

const fail = usageError;

/** `argv` is what follows `export`. */
export function parseExportArgs(argv: readonly string[]): ExportParse {
  const operands: string[] = [];
  const values = new Map<string, string>();
  let bare = false;
  let compare = true;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--bare') {
      bare = true;
      continue;
    }
    if (arg === '--no-compare') {
      compare = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.includes(name)) return fail('cli.arg.unknownOption', { option: name });
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return fail('cli.arg.needsValue', { option: name });
    const key = name === '--output' ? '-o' : name;
    if (values.has(key)) return fail('cli.arg.twice', { option: name });
    values.set(key, value);
  }
  const [file, extra] = operands;
  if (file === undefined) return fail('cli.arg.needsTwo', { command: 'export', a: 'FILE', b: '-o OUT' });
  if (extra !== undefined) return fail('cli.arg.takesOneFile', { command: 'export', word: extra });
  const out = values.get('-o');
  if (out === undefined) return fail('cli.arg.needsOut', { command: 'export' });

  const byExtension = extname(out).slice(1).toLowerCase();
  const format = values.get('--format')?.toLowerCase() ?? byExtension;
  if (!isOutputFormat(format))
    return values.has('--format')
      ? fail('cli.arg.oneOf', { option: '--format', values: OUTPUT_FORMATS.join(', ') })
      : fail('cli.arg.noExtension', { out, extensions: `.${OUTPUT_FORMATS.join(', .')}` });
  const scaleText = values.get('--scale') ?? '2';
  const scale = Number(scaleText);
  if (!/^\d+(\.\d+)?$/.test(scaleText) || !(scale > 0) || scale > MAX_SCALE)
    return fail('cli.arg.scale', { max: MAX_SCALE });
  const theme = values.get('--theme') ?? 'light';
  if (!isExportTheme(theme)) return fail('cli.arg.theme');
  const paper = values.get('--paper')?.toLowerCase() ?? 'a4';
  if (!(PAPERS as readonly string[]).includes(paper)) return fail('cli.arg.paper');
  const comparing = ['--from', '--to'].filter((o) => values.has(o));
  if (format !== 'pdf' && (comparing.length > 0 || !compare))
    return fail('cli.arg.pdfOnly', { option: comparing[0] ?? '--no-compare' });
  if (!compare && comparing.length > 0)
    return fail('cli.arg.notTogether', { option: comparing[0] ?? '' });
  return {
    ok: true,
    command: {
      kind: 'export',
      file,
      out,
      format,
      scale,
      theme,
      paper: paper as Paper,
      bare,
      scenario: values.get('--scenario'),
      from: values.get('--from'),
      to: values.get('--to'),
      compare,
    },
  };
}
