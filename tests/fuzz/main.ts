/**
 * `npm run fuzz -- [--n 10000] [--seed S] [--target loader|png|import-…|'import-*',…] [--hang-ms 60000]
 * [--make-ms 600000] [--jobs N] [--small]`: the long fuzz run (--jobs: workers at once). A worker thread runs the inputs; this thread
 * stops it when one input runs in the target past --hang-ms (a hang), or the harness takes past
 * --make-ms to make it (a stall: a bomb of hundreds of MiB is deflated in JavaScript, slow on a
 * loaded machine, and is not the target's time), records the seed and goes on with the next.
 * Prints the summary and exits 1 when anything was found.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
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

async function worker(
  options: Options,
  target: string,
  from: number,
  count: number,
): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const chosen = TARGETS.filter((t) => t.name === target);
  const summary = await runFuzz(chosen, {
    n: count,
    seed: from,
    slowMs: options.hangMs,
    large: options.large,
    onInput: (name, seed, done) =>
      port.postMessage({ type: 'input', target: name, seed, done } satisfies Message),
    onMutated: (_name, seed) => port.postMessage({ type: 'mutated', seed } satisfies Message),
  });
  port.postMessage({ type: 'done', summary } satisfies Message);
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

/** Runs `count` inputs of one target from seed `from` in a worker; a stuck input is a hang. */
function runInWorker(
  options: Options,
  target: string,
  from: number,
  count: number,
  total: FuzzSummary,
): Promise<number> {
  return new Promise((resolve) => {
    const thread = new Worker(new URL(import.meta.url), {
      workerData: { options, target, from, count },
    });
    let last = from;
    // What the worker had finished when it was stopped: counted, so the summary adds up.
    let done: FuzzSummary | null = null;
    // A hang in the harness's own mutation (building the input), or in the worker's start (loading
    // the bundle, making the seeds), is not the target's.
    let making = true;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (done) add(total, done);
        total.inputs += 1;
        if (making) total.stalls += 1;
        else total.hangs += 1;
        total.findings.push({
          target,
          seed: last,
          kind: making ? 'stall' : 'hang',
          detail: making
            ? `the harness was still making the input (or starting the worker) after ${ms} ms`
            : `still running in the target after ${ms} ms`,
        });
        say(total.findings.at(-1)!);
        void thread.terminate().then(() => resolve(last + 1));
      }, ms);
    };
    arm(options.makeMs);
    thread.on('message', (message: Message) => {
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
      clearTimeout(timer);
      add(total, message.summary);
      void thread.terminate().then(() => resolve(from + count));
    });
    // An exception the input threw outside the promise (a stream's unhandled 'error' event, say)
    // ends the worker: a crash of that input; the run goes on with the next.
    thread.on('error', (error) => {
      clearTimeout(timer);
      if (done) add(total, done);
      total.inputs += 1;
      total.crashes += 1;
      total.findings.push({
        target,
        seed: last,
        kind: 'crash',
        detail: `uncaught in the worker: ${error.stack ?? error.message}`,
      });
      say(total.findings.at(-1)!);
      void thread.terminate().then(() => resolve(last + 1));
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
          next = await runInWorker(options, target, next, end - next, total);
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

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  });
} else {
  const data = workerData as { options: Options; target: string; from: number; count: number };
  void worker(data.options, data.target, data.from, data.count);
}
