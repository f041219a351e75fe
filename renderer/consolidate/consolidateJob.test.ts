import legacyFile from '../../examples/01-legacy-bare-metal.strata?raw';
import { describe, expect, it } from 'vitest';
import { headlineValues } from '../../shared/diff/headline';
import { generatePlan } from '../../bench/generatePlan';
import { layoutPlan } from '../../shared/layout/planLayout';
import { serializePlan } from '../../shared/load/serialize';
import { loadPlan } from '../../shared/load/loadPlan';
import { buildReport } from '../../shared/metrics/report';
import { highsSolver, type HighsLike } from '../../shared/optimize/highsAnswer';
import { optimize } from '../../shared/optimize/optimize';
import { verifyProposal } from '../../shared/optimize/verify';
import type { OptimizeOptions } from '../../shared/optimize/types';
import { hypervisor, plan, server, vm } from '../../shared/test-support/planBuilder';
import { SLICE, transferablesOf } from '../store/documentSlices';
import { preparedFor } from '../store/prepared';
import { runConsolidateJob } from './consolidateJob';
import { receiveConsolidation } from './runConsolidate';
import type { ConsolidateOutcome, ConsolidateReply } from './workerProtocol';

const nodeHighs = async (): Promise<HighsLike> => {
  const { default: load } = await import('highs');
  return (await load()) as unknown as HighsLike;
};
const refused = async (): Promise<HighsLike> => {
  throw new Error(
    "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source",
  );
};

async function run(
  p: ReturnType<typeof plan>,
  options: OptimizeOptions,
  load: () => Promise<HighsLike>,
): Promise<{ replies: ConsolidateReply[]; outcome: ConsolidateOutcome }> {
  const replies: ConsolidateReply[] = [];
  // Every reply crosses postMessage: it must survive the structured clone.
  await runConsolidateJob(
    { plan: p, options },
    (r) =>
      replies.push(
        structuredClone(r, { transfer: r.type === 'proposal' ? transferablesOf(r.part) : [] }),
      ),
    load,
  );
  // The page takes them in one task each, as a worker's messages arrive.
  let outcome: ConsolidateOutcome | null = null;
  const receiver = receiveConsolidation(
    () => undefined,
    (o) => (outcome = o),
  );
  for (const reply of replies) {
    await new Promise((resolve) => setTimeout(resolve));
    receiver.receive(reply);
  }
  if (outcome === null) throw new Error('no outcome');
  return { replies, outcome };
}

// Seven 48 GiB VMs on 128 GiB hosts, no HA: the bound says 3, only two fit a host, so 4 — which
// only the exact solver proves.
const seven = plan([
  server('s1', null),
  hypervisor('h1', 's1'),
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => vm(`v${i}`, 'h1', { ramGiB: 48 })),
]);
const small = { cpuCores: 16, ramGiB: 128, product: 'KVM', hostOs: null };

describe('the consolidation worker’s job', () => {
  it('consolidates example 01 with P2V and N+1: progress, then the plan and both figure columns', async () => {
    const loaded = loadPlan(legacyFile);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const options: OptimizeOptions = {
      scope: [],
      host: { cpuCores: 64, ramGiB: 1024, product: 'VMware ESXi', hostOs: null },
      ha: 1,
      p2v: true,
    };
    const { replies, outcome } = await run(loaded.plan, options, nodeHighs);
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    const done = progress.map((r) => (r.type === 'progress' ? r.progress.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result).toMatchObject({ hosts: 2, lowerBound: 2, proven: true, p2v: 8 });
    expect(verifyProposal(loaded.plan, options, outcome.result)).toEqual([]);
    expect(outcome.figures.from).toEqual(headlineValues(buildReport(loaded.plan)));
    expect(outcome.figures.to).toEqual(headlineValues(buildReport(outcome.result.plan)));
    // The bound is met: no MIP was needed.
    expect(outcome.solver).toBe('unused');
  });

  it('sends the proposal as the optimizer wrote it, with its layout and report, in slices', async () => {
    const estate = generatePlan({ nodes: 2000 });
    const options: OptimizeOptions = {
      scope: [],
      host: { cpuCores: 64, ramGiB: 1024, product: 'VMware ESXi', hostOs: null },
      ha: 1,
      p2v: true,
    };
    const { replies, outcome } = await run(estate, options, nodeHighs);
    if (!outcome.ok) throw new Error(outcome.reason);
    const direct = await optimize(estate, options, { solveMip: highsSolver(nodeHighs) });
    if (!direct.ok) throw new Error(direct.reason);
    const proposed = outcome.result.plan;
    expect(serializePlan(proposed)).toBe(serializePlan(direct.result.plan));
    const { plan: _plan, ...rest } = direct.result;
    expect(outcome.result).toEqual({ ...rest, plan: proposed });
    // No message carries the whole plan: nodes and links come a slice at a time.
    const largest = Math.max(
      ...replies.map((r) =>
        r.type !== 'proposal'
          ? 0
          : r.part.type === 'nodes'
            ? r.part.nodes.length
            : r.part.type === 'links'
              ? r.part.links.length
              : 0,
      ),
    );
    expect(largest).toBeLessThanOrEqual(SLICE);
    expect(
      replies.some((r) => r.type === 'done' && 'plan' in (r.outcome.ok ? r.outcome.result : {})),
    ).toBe(false);
    // The page computes neither the layout nor the report of the new scenario.
    const prepared = preparedFor(proposed);
    expect(prepared?.layout).toEqual(layoutPlan(proposed));
    expect(await prepared?.report).toEqual(buildReport(proposed));
    expect(outcome.figures.to).toEqual(headlineValues(buildReport(proposed)));
  });

  it('proves with HiGHS what the bound cannot', async () => {
    const { outcome } = await run(seven, { scope: [], host: small, ha: 0 }, nodeHighs);
    expect(outcome).toMatchObject({
      ok: true,
      solver: 'highs',
      result: { hosts: 4, lowerBound: 3, proven: true },
    });
  });

  it('falls back to the heuristic when HiGHS cannot load, and says why', async () => {
    const { outcome } = await run(seven, { scope: [], host: small, ha: 0 }, refused);
    expect(outcome).toMatchObject({
      ok: true,
      solver: 'unavailable',
      result: { hosts: 4, lowerBound: 3, proven: false },
    });
    expect(outcome.ok && outcome.solverError).toMatch(/WebAssembly/);
  });

  it('names the VM larger than the host model', async () => {
    const big = plan([
      server('s1', null),
      hypervisor('h1', 's1'),
      vm('vm-db', 'h1', { name: 'db', ramGiB: 512 }),
    ]);
    const { outcome } = await run(big, { scope: [], host: small, ha: 0 }, nodeHighs);
    expect(outcome).toMatchObject({ ok: false, about: 'plan' });
    expect(!outcome.ok && outcome.reason).toMatch(
      /^VM "vm-db" \(db\) needs 2 vCPU and 512 GiB RAM/,
    );
  });
});
