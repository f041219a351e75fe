/** Turns the command line's words into a command, or a usage error to print with the usage. */
import { parseExportArgs, type ExportCommand } from './exportArgs';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'report'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'validate'; readonly file: string; readonly json: boolean }
  | {
      readonly kind: 'fail';
      readonly file: string;
      readonly nodeId: string;
      readonly json: boolean;
    }
  | ExportCommand;

export type ParseResult =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly message: string };

const OPERANDS: Readonly<Record<'report' | 'validate' | 'fail', readonly string[]>> = {
  report: ['FILE'],
  validate: ['FILE'],
  fail: ['FILE', 'NODE_ID'],
};

function isCommandName(word: string): word is keyof typeof OPERANDS {
  return Object.hasOwn(OPERANDS, word);
}

export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv[0] === 'export' && !argv.some((a) => a === '--help' || a === '-h'))
    return parseExportArgs(argv.slice(1));
  const words: string[] = [];
  let json = false;
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--version') {
      version = true;
    } else {
      return { ok: false, message: `unknown option ${arg}` };
    }
  }

  if (help || words[0] === 'help') return { ok: true, command: { kind: 'help' } };
  if (version) return { ok: true, command: { kind: 'version' } };

  const [name, ...operands] = words;
  if (name === undefined) return { ok: false, message: 'a command is required' };
  if (!isCommandName(name)) return { ok: false, message: `unknown command "${name}"` };

  const expected = OPERANDS[name];
  if (operands.length < expected.length) {
    const missing = expected.slice(operands.length).join(' and ');
    return { ok: false, message: `strata ${name} needs ${missing}` };
  }
  if (operands.length > expected.length) {
    return {
      ok: false,
      message: `strata ${name} takes ${expected.join(' ')} only; unexpected "${operands[expected.length]}"`,
    };
  }
  const file = operands[0] ?? '';
  if (name === 'fail')
    return { ok: true, command: { kind: 'fail', file, nodeId: operands[1] ?? '', json } };
  return { ok: true, command: { kind: name, file, json } };
}
