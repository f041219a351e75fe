/** Turns the command line's words into a command, or a usage error to print with the usage. */
import { parseExportArgs, type ExportCommand } from './exportArgs';
import { usageError, type UsageError } from './usageError';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** `strata import` parses its own options (importArgs.ts). */
  | { readonly kind: 'import'; readonly argv: readonly string[] }
  /** `strata optimize` parses its own options (optimizeArgs.ts). */
  | { readonly kind: 'optimize'; readonly argv: readonly string[] }
  | {
      readonly kind: 'report';
      readonly file: string;
      readonly json: boolean;
      /** `--scenario NAME|N|all`; absent: the first scenario. */
      readonly scenario?: string;
    }
  | {
      readonly kind: 'validate';
      readonly file: string;
      readonly json: boolean;
      readonly scenario?: string;
    }
  | {
      readonly kind: 'fail';
      readonly file: string;
      readonly nodeId: string;
      readonly json: boolean;
      readonly scenario?: string;
    }
  | {
      readonly kind: 'diff';
      /** One file (two of its scenarios) or two (their first scenarios). */
      readonly files: readonly [string] | readonly [string, string];
      readonly from?: string;
      readonly to?: string;
      readonly json: boolean;
    }
  | {
      readonly kind: 'check';
      readonly file: string;
      readonly policy: string;
      readonly json: boolean;
      readonly scenario?: string;
    }
  | ExportCommand;

export type ParseResult =
  | { readonly ok: true; readonly command: Command }
  | UsageError;

type CommandName = 'report' | 'validate' | 'fail' | 'diff' | 'check';

/** Operands each command takes: the required ones, then the optional ones. */
const OPERANDS: Readonly<Record<CommandName, readonly string[]>> = {
  report: ['FILE'],
  validate: ['FILE'],
  fail: ['FILE', 'NODE_ID'],
  diff: ['A'],
  check: ['FILE'],
};
const OPTIONAL_OPERANDS: Readonly<Partial<Record<CommandName, readonly string[]>>> = {
  diff: ['B'],
};

/** Options that take a value (`--scenario X` or `--scenario=X`), and the commands that take each. */
const VALUE_OPTIONS: Readonly<Record<string, readonly CommandName[]>> = {
  '--scenario': ['report', 'validate', 'fail', 'check'],
  '--from': ['diff'],
  '--to': ['diff'],
  '--policy': ['check'],
};

function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(OPERANDS, word);
}

export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv[0] === 'export' && !argv.some((a) => a === '--help' || a === '-h'))
    return parseExportArgs(argv.slice(1));
  if (argv[0] === 'import') return { ok: true, command: { kind: 'import', argv: argv.slice(1) } };
  if (argv[0] === 'optimize')
    return { ok: true, command: { kind: 'optimize', argv: argv.slice(1) } };
  const words: string[] = [];
  const values = new Map<string, string>();
  let json = false;
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [option = '', inline] = arg.startsWith('--') ? splitOption(arg) : [arg];
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
    } else if (Object.hasOwn(VALUE_OPTIONS, option)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) return usageError('cli.arg.needsValue', { option });
      if (values.has(option)) return usageError('cli.arg.twice', { option });
      values.set(option, value);
    } else {
      return usageError('cli.arg.unknownOption', { option: arg });
    }
  }

  if (help || words[0] === 'help') return { ok: true, command: { kind: 'help' } };
  if (version) return { ok: true, command: { kind: 'version' } };

  const [name, ...operands] = words;
  if (name === undefined) return usageError('cli.arg.commandRequired');
  if (!isCommandName(name)) return usageError('cli.arg.unknownCommand', { name });

  const expected = OPERANDS[name];
  const optional = OPTIONAL_OPERANDS[name] ?? [];
  if (operands.length < expected.length) {
    const [a = '', b] = expected.slice(operands.length);
    return b === undefined
      ? usageError('cli.arg.needs', { command: name, what: a })
      : usageError('cli.arg.needsTwo', { command: name, a, b });
  }
  if (operands.length > expected.length + optional.length) {
    const all = [...expected, ...optional.map((o) => `[${o}]`)];
    return usageError('cli.arg.takesOnly', {
      command: name,
      operands: all.join(' '),
      word: operands[all.length] ?? '',
    });
  }
  for (const option of values.keys()) {
    if (!(VALUE_OPTIONS[option] ?? []).includes(name))
      return usageError('cli.arg.notTaken', { command: name, option });
  }
  if (name === 'check' && !values.has('--policy'))
    return usageError('cli.arg.needs', { command: 'check', what: '--policy POLICY.json' });
  return { ok: true, command: toCommand(name, operands, values, json) };
}

/** `--scenario=x` → `['--scenario', 'x']`; `--scenario` → `['--scenario', undefined]`. */
function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function toCommand(
  name: CommandName,
  operands: readonly string[],
  values: ReadonlyMap<string, string>,
  json: boolean,
): Command {
  const file = operands[0] ?? '';
  const scenario = values.get('--scenario');
  const picked = scenario === undefined ? {} : { scenario };
  switch (name) {
    case 'fail':
      return { kind: 'fail', file, nodeId: operands[1] ?? '', json, ...picked };
    case 'diff': {
      const second = operands[1];
      const from = values.get('--from');
      const to = values.get('--to');
      return {
        kind: 'diff',
        files: second === undefined ? [file] : [file, second],
        json,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      };
    }
    case 'check':
      return { kind: 'check', file, policy: values.get('--policy') ?? '', json, ...picked };
    default:
      return { kind: name, file, json, ...picked };
  }
}
