/**
 * `npm run fuzz -- [--n 10000] [--seed S] [--target loader|png|import-…|'import-*',…] [--hang-ms 60000]
 * [--make-ms 600000] [--jobs N] [--small]`: the long fuzz run (--jobs: workers at once). A child process runs the inputs; this process
 * stops it when one input runs in the target past --hang-ms (a hang), or the harness takes past
 * --make-ms to make it (a stall: a bomb of hundreds of MiB is deflated in JavaScript, slow on a
 * loaded machine, and is not the target's time), records the seed and goes on with the next.
 * Prints the summary and exits 1 when anything was found.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  emptySummary,
  formatFinding,
  formatSummary,
  runFuzz,
  type Finding,
  type FuzzSummary,
} from './runFuzz';
import { TARGETS } from './targets';

interface Options {
  readonly n: number;
  readonly seed: number;
  readonly targets: readonly string[];
  readonly hangMs: number;
  readonly makeMs: number;
  readonly jobs: number;
  readonly large: boolean;
}

type Message =
  | {
      readonly type: 'input';
      readonly target: string;
      readonly seed: number;
      readonly done: FuzzSummary;
    }
  | { readonly type: 'mutated'; readonly seed: number }
  | { readonly type: 'done'; readonly summary: FuzzSummary };

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const names = TARGETS.map((t) => t.name);
  // `--target a,b`: those targets; a name ending in `*` stands for every target it begins
  // (`--target 'import-*'`: the importers).
  const wanted = value('target')?.split(',');
  const targets = (wanted ?? ['*']).flatMap((w) => {
    const matches = w.endsWith('*')
      ? names.filter((n) => n.startsWith(w.slice(0, -1)))
      : names.filter((n) => n === w);
    if (matches.length === 0)
      throw new Error(`--target: no target "${w}"; the targets are ${names.join(', ')}`);
    return matches;
  });
  const number = (name: string, fallback: number): number => {
    const text = value(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number`);
    return n;
  };
  return {
    n: number('n', 1000),
    seed: number('seed', Date.now() % 2 ** 32),
    targets: [...new Set(targets)],
    hangMs: number('hang-ms', 60_000),
    makeMs: number('make-ms', 600_000),
    jobs: Math.max(1, number('jobs', 1)),
    large: !argv.includes('--small'),
  };
}

/** Set in a child's environment: it runs inputs and reports them to the parent. */
const CHILD = 'STRATA_FUZZ_CHILD';

interface Job {
  readonly options: Options;
  readonly target: string;
  readonly from: number;
  readonly count: number;
}

async function child(job: Job): Promise<void> {
  const send = (message: Message): Promise<void> =>
    new Promise((resolve) => {
      if (!process.send) resolve();
      else process.send(message, undefined, {}, () => resolve());
    });
  const chosen = TARGETS.filter((t) => t.name === job.target);
  const summary = await runFuzz(chosen, {
    n: job.count,
    seed: job.from,
    slowMs: job.options.hangMs,
    large: job.options.large,
    onInput: (name, seed, done) => void send({ type: 'input', target: name, seed, done }),
    onMutated: (_name, seed) => void send({ type: 'mutated', seed }),
  });
  await send({ type: 'done', summary });
  process.disconnect?.();
}

function add(total: FuzzSummary, s: FuzzSummary): void {
  total.inputs += s.inputs;
  total.accepted += s.accepted;
  total.warned += s.warned;
  total.refused += s.refused;
  total.crashes += s.crashes;
  total.hangs += s.hangs;
  total.stalls += s.stalls;
  total.slowestMs = Math.max(total.slowestMs, s.slowestMs);
  total.findings.push(...s.findings);
}

function say(f: Finding): void {
  console.log(`fuzz: ${formatFinding(f)}`);
}

/** The end of what a child wrote to stderr: a fatal error's message is there. */
const STDERR_KEPT = 4096;

/**
 * Runs `count` inputs of one target from seed `from` in a child process; a stuck input is a hang,
 * and a child that dies is a crash of the input it was on — V8's fatal errors (an array past its
 * largest size, the heap exhausted) end the whole process, which a worker thread would take down
 * with the run. Resolves with the seed to go on from.
 */
function runInChild(
  options: Options,
  target: string,
  from: number,
  count: number,
  total: FuzzSummary,
): Promise<number> {
  return new Promise((resolve) => {
    const job: Job = { options, target, from, count };
    const proc: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, [CHILD]: JSON.stringify(job) },
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    let last = from;
    // What the child had finished when it was stopped: counted, so the summary adds up.
    let done: FuzzSummary | null = null;
    // A hang in the harness's own mutation (building the input), or in the child's start (loading
    // the bundle, making the seeds), is not the target's.
    let making = true;
    let ended = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = (kind: Finding['kind'], detail: string): void => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      if (done) add(total, done);
      total.inputs += 1;
      if (kind === 'crash') total.crashes += 1;
      else if (kind === 'hang') total.hangs += 1;
      else total.stalls += 1;
      total.findings.push({ target, seed: last, kind, detail });
      say(total.findings.at(-1)!);
      proc.kill('SIGKILL');
      resolve(last + 1);
    };
    const arm = (ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          making
            ? stop('stall', `the harness was still making the input (or starting) after ${ms} ms`)
            : stop('hang', `still running in the target after ${ms} ms`),
        ms,
      );
    };
    arm(options.makeMs);
    proc.on('message', (message: Message) => {
      if (message.type === 'input') {
        last = message.seed;
        // A long run says what it finds as it finds it, not only in the summary at the end.
        for (const f of message.done.findings.slice(done?.findings.length ?? 0)) say(f);
        done = message.done;
        making = true;
        arm(options.makeMs);
        return;
      }
      if (message.type === 'mutated') {
        // Only the target's own time counts toward a hang.
        making = false;
        arm(options.hangMs);
        return;
      }
      ended = true;
      clearTimeout(timer);
      add(total, message.summary);
      resolve(from + count);
    });
    // An exception thrown outside the input's promise (a stream's unhandled 'error' event, say)
    // or a fatal error ends the child: a crash of that input; the run goes on with the next.
    proc.on('exit', (code, signal) => {
      const why = signal ?? `exit code ${code}`;
      const where = making ? "in the harness's mutation (making the input)" : 'in the target';
      const said = stderr.trim().split('\n').filter(Boolean).slice(-6).join(' | ');
      stop('crash', `the process ended (${why}) ${where}: ${said}`);
    });
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const total = emptySummary();
  const started = Date.now();
  console.log(
    `fuzz: seed ${options.seed}, ${options.n} inputs per target (${options.targets.join(', ')})`,
  );
  for (const target of options.targets) {
    const before = { inputs: total.inputs, findings: total.findings.length, at: Date.now() };
    // --jobs N: the target's seeds in N ranges, each in a worker of its own (input i is still
    // made from seed S + i, so the run finds what one worker would).
    const per = Math.ceil(options.n / options.jobs);
    const ranges = Array.from({ length: options.jobs }, (_, j) => ({
      from: options.seed + j * per,
      end: options.seed + Math.min(options.n, (j + 1) * per),
    })).filter((r) => r.from < r.end);
    await Promise.all(
      ranges.map(async ({ from, end }) => {
        for (let next = from; next < end; )
          next = await runInChild(options, target, next, end - next, total);
      }),
    );
    // A long run says where it is: one line per target as it ends.
    console.log(
      `fuzz: ${target}: ${total.inputs - before.inputs} inputs, ${total.findings.length - before.findings} findings, ${((Date.now() - before.at) / 1000).toFixed(1)} s`,
    );
  }
  console.log(formatSummary(total, [...options.targets]));
  console.log(`fuzz: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = total.findings.length > 0 ? 1 : 0;
}

const job = process.env[CHILD];
if (job === undefined) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  });
} else {
  void child(JSON.parse(job) as Job);
}
