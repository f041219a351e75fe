import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../bench/generatePlan';
import { serializeDocument } from '../../../shared/load/serializeDocument';
import type { Plan } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import type { RecoveryOffer } from '../../../shared/bridge';
import { createRecoveryCopier, RECOVERY_SLICE, type RecoveryWorkerLike } from './recoveryCopier';
import { RecoveryCore } from './recoveryCore';
import type { RecoveryReply, RecoveryRequest } from './recoveryProtocol';

/**
 * A worker as the browser runs one: messages structured-cloned, the core answering later. It
 * records each message with the page's task it was posted in (`tick`, advanced by a timer that
 * runs between the page's tasks).
 */
class FakeWorker implements RecoveryWorkerLike {
  onmessage: ((event: MessageEvent<RecoveryReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: { message: RecoveryRequest; tick: number }[] = [];
  /** What the worker put in IndexedDB. */
  readonly stored: RecoveryOffer[] = [];
  terminated = false;
  private readonly core = new RecoveryCore((copy) => {
    this.stored.push(copy);
    return Promise.resolve();
  });
  private queue = Promise.resolve();

  constructor(
    private readonly clock: { tick: number },
    private readonly failOn: ((m: RecoveryRequest) => boolean) | null = null,
  ) {}

  postMessage(message: RecoveryRequest): void {
    this.posted.push({ message, tick: this.clock.tick });
    const copy = structuredClone(message);
    // In order, one at a time, as recoveryWorker.ts takes them.
    this.queue = this.queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.terminated) return;
      if (this.failOn?.(copy)) {
        this.onerror?.({ message: 'worker crashed' } as ErrorEvent);
        return;
      }
      const reply = await this.core.receive(copy);
      if (reply) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<RecoveryReply>);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Advances `tick` once per timer turn, so that two posts in one task share a tick. */
function startClock(): { tick: number; stop(): void } {
  const clock = { tick: 0, stop: () => undefined as void };
  let timer: ReturnType<typeof setTimeout>;
  const turn = (): void => {
    clock.tick += 1;
    timer = setTimeout(turn, 0);
  };
  timer = setTimeout(turn, 0);
  clock.stop = () => clearTimeout(timer);
  return clock;
}

function documentOf(...plans: Plan[]): ScenarioSet {
  return {
    name: plans[0]?.name ?? 'doc',
    activeScenario: 's1',
    scenarios: plans.map((plan, i) => ({ id: `s${i + 1}`, name: `Scenario ${i + 1}`, plan })),
  };
}

function sliceMessages(worker: FakeWorker) {
  return worker.posted.filter((p) => p.message.type === 'slice');
}

/** A copier whose workers are fakes on one clock (each slice a task of its own). */
function copierOnFakeWorkers() {
  const clock = startClock();
  const workers: FakeWorker[] = [];
  const copier = createRecoveryCopier(() => {
    const w = new FakeWorker(clock);
    workers.push(w);
    return w;
  });
  return { clock, workers, copier };
}

describe('the recovery copy made in a worker', () => {
  it('is the document’s text exactly, every scenario, sent a slice per task', async () => {
    const { clock, workers, copier } = copierOnFakeWorkers();
    const asIs = generatePlan({ nodes: 6000, seed: 7 });
    const toBe = generatePlan({ nodes: 5200, seed: 8 });
    const set = documentOf(asIs, { ...toBe, view: { x: 10, y: -4, zoom: 0.5 } });
    const copy = await copier.make(set, 'text', 'estate.strata');
    clock.stop();
    expect(copy).toBe(serializeDocument(set));
    const slices = sliceMessages(workers[0]!);
    expect(
      slices.every((s) => s.message.type === 'slice' && s.message.items.length <= RECOVERY_SLICE),
    ).toBe(true);
    // 6,000 + 5,200 nodes and their links, each array in slices, each slice in a task of its own.
    expect(slices.length).toBeGreaterThanOrEqual(
      Math.ceil(6000 / RECOVERY_SLICE) + Math.ceil(5200 / RECOVERY_SLICE),
    );
    expect(new Set(slices.map((s) => s.tick)).size).toBe(slices.length);
    copier.dispose();
  });

  it('in the browser, is stored by the worker in IndexedDB: the text, the file’s name, the time', async () => {
    const { clock, workers, copier } = copierOnFakeWorkers();
    const set = documentOf(
      generatePlan({ nodes: 300, seed: 3 }),
      generatePlan({ nodes: 200, seed: 4 }),
    );
    const now = new Date('2026-12-07T18:00:00.000Z');
    expect(await copier.make(set, 'indexeddb', 'rack.strata', now)).toBeNull();
    clock.stop();
    expect(workers[0]!.stored).toEqual([
      { text: serializeDocument(set), name: 'rack.strata', savedAt: now.toISOString() },
    ]);
    copier.dispose();
  });

  it('sends again only what changed: after an edit of one scenario, that scenario’s nodes', async () => {
    const { clock, workers, copier } = copierOnFakeWorkers();
    const asIs = generatePlan({ nodes: 3000, seed: 1 });
    const toBe = generatePlan({ nodes: 3000, seed: 2 });
    await copier.make(documentOf(asIs, toBe), 'text', null);
    const before = workers[0]!.posted.length;
    const edited: Plan = {
      ...toBe,
      name: 'Renamed',
      nodes: toBe.nodes.map((n, i) => (i === 5 ? { ...n, name: 'edited' } : n)),
    };
    const next = documentOf({ ...asIs, name: 'Renamed' }, edited);
    const copy = await copier.make(next, 'text', null);
    clock.stop();
    expect(copy).toBe(serializeDocument(next));
    const sent = workers[0]!.posted.slice(before);
    const arrays = sent.filter((p) => p.message.type === 'array');
    expect(arrays.map((p) => p.message.type === 'array' && p.message.length)).toEqual([3000]);
    expect(workers).toHaveLength(1);
    copier.dispose();
  });

  it('after the worker fails, the copy is refused, and the next one is whole from a new worker', async () => {
    const clock = startClock();
    const workers: FakeWorker[] = [];
    let fail = true;
    const copier = createRecoveryCopier(() => {
      const w = new FakeWorker(clock, (m) => fail && m.type === 'make');
      workers.push(w);
      return w;
    });
    const set = documentOf(generatePlan({ nodes: 400, seed: 5 }));
    await expect(copier.make(set, 'text', null)).rejects.toThrow('worker crashed');
    expect(workers[0]!.terminated).toBe(true);
    fail = false;
    expect(await copier.make(set, 'text', null)).toBe(serializeDocument(set));
    clock.stop();
    expect(workers).toHaveLength(2);
    copier.dispose();
  });

  it('any sequence of edits and scenario changes gives the text of the document as it is then', async () => {
    const bases = [1, 2, 3].map((seed) => generatePlan({ nodes: 200 + seed * 40, seed }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            scenarios: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), {
              minLength: 1,
              maxLength: 3,
            }),
            edit: fc.option(fc.record({ node: fc.nat(), name: fc.string({ maxLength: 6 }) })),
            dropLink: fc.boolean(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (steps) => {
          const clock = startClock();
          const copier = createRecoveryCopier(() => new FakeWorker(clock));
          const plans = [...bases];
          try {
            for (const step of steps) {
              const target = step.scenarios[0] ?? 0;
              const plan = plans[target]!;
              if (step.edit) {
                const at = step.edit.node % plan.nodes.length;
                const name = step.edit.name;
                plans[target] = {
                  ...plan,
                  nodes: plan.nodes.map((n, i) => (i === at ? { ...n, name } : n)),
                };
              }
              if (step.dropLink)
                plans[target] = { ...plans[target]!, links: plans[target]!.links.slice(1) };
              const set = documentOf(...step.scenarios.map((i) => plans[i]!));
              expect(await copier.make(set, 'text', null)).toBe(serializeDocument(set));
            }
          } finally {
            clock.stop();
            copier.dispose();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
