/**
 * Makes the recovery copy of a document off the main thread. Serialising a 10,000-node document
 * is a task of hundreds of milliseconds, and so is putting the text in web storage; here the page
 * only clones the arrays the worker does not hold yet, a slice per task, and the worker serialises
 * and, in the browser, stores the copy in IndexedDB itself.
 */
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import type {
  RecoveryForm,
  RecoveryReply,
  RecoveryRequest,
  RecoveryScenarioRef,
} from './recoveryProtocol';

/** Items per message: cloning one slice of nodes costs the page a few milliseconds. */
export const RECOVERY_SLICE = 2500;

export interface RecoveryWorkerLike {
  onmessage: ((event: MessageEvent<RecoveryReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: RecoveryRequest): void;
  terminate(): void;
}

export function createRecoveryWorker(): RecoveryWorkerLike {
  return new Worker(new URL('./recoveryWorker.ts', import.meta.url), {
    type: 'module',
    name: 'strata-recovery',
  });
}

export interface RecoveryCopier {
  /**
   * The copy of `set`: its text (form `text`), or null once the worker stored it (`indexeddb`).
   * Rejects when the worker fails (the caller then writes on the page). One call at a time: the
   * next waits for this one's answer.
   */
  make(
    set: ScenarioSet,
    form: RecoveryForm,
    fileName: string | null,
    now?: Date,
  ): Promise<string | null>;
  dispose(): void;
}

/** Lets the page run other tasks (input, frames) between two slices. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createRecoveryCopier(
  createWorker: () => RecoveryWorkerLike = createRecoveryWorker,
): RecoveryCopier {
  let worker: RecoveryWorkerLike | null = null;
  // The arrays the worker holds, by identity: a plan's unchanged nodes or links are not sent again.
  let held = new Map<readonly unknown[], number>();
  let nextKey = 1;
  let nextId = 1;
  const waiting = new Map<number, { resolve(copy: string | null): void; reject(e: Error): void }>();

  const reset = (error: Error): void => {
    worker?.terminate();
    worker = null;
    held = new Map();
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };

  const started = (): RecoveryWorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      waiting.delete(data.id);
      if (data.type === 'made') pending.resolve(data.copy);
      else pending.reject(new Error(data.message));
    };
    w.onerror = (event) => reset(new Error(event.message || 'the recovery worker failed'));
    worker = w;
    return w;
  };

  /** The key of `array` in the worker, sending it first (in slices, a task each) if needed. */
  const send = async (array: readonly (PlanNode | Link)[]): Promise<number> => {
    const known = held.get(array);
    if (known !== undefined) return known;
    const key = nextKey++;
    started().postMessage({ type: 'array', key, length: array.length });
    for (let at = 0; at < array.length; at += RECOVERY_SLICE) {
      await nextTask();
      const w = worker;
      if (!w) throw new Error('the recovery worker stopped');
      w.postMessage({
        type: 'slice',
        key,
        at,
        items: array.slice(at, at + RECOVERY_SLICE),
      });
    }
    held.set(array, key);
    return key;
  };

  return {
    async make(set, form, fileName, now = new Date()) {
      const scenarios: RecoveryScenarioRef[] = [];
      for (const s of set.scenarios) {
        const { nodes, links, ...head } = s.plan;
        scenarios.push({
          id: s.id,
          name: s.name,
          head,
          nodes: await send(nodes),
          links: await send(links),
        });
      }
      const w = started();
      const id = nextId++;
      const copy = new Promise<string | null>((resolve, reject) =>
        waiting.set(id, { resolve, reject }),
      );
      w.postMessage({
        type: 'make',
        id,
        name: set.name,
        activeScenario: set.activeScenario,
        scenarios,
        form,
        fileName,
        savedAt: now.toISOString(),
      });
      // The worker lets go of arrays the document no longer names; so does the page.
      const used = new Set(scenarios.flatMap((s) => [s.nodes, s.links]));
      for (const [array, key] of [...held]) if (!used.has(key)) held.delete(array);
      return copy;
    },
    dispose() {
      reset(new Error('the recovery copier was disposed'));
    },
  };
}
