/**
 * The recovery worker's state: the node and link arrays the page has sent, by key, and the copy
 * made from them. Plain code, so the tests run it without a worker.
 */
import type { RecoveryOffer } from '../../../shared/bridge';
import { serializeDocument } from '../../../shared/load/serializeDocument';
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link, Plan } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import type { RecoveryReply, RecoveryRequest } from './recoveryProtocol';

type Item = PlanNode | Link;

/** Keeps a copy where the page will look for it at the next start (IndexedDB in the worker). */
export type StoreCopy = (copy: RecoveryOffer) => Promise<void>;

export class RecoveryCore {
  private readonly arrays = new Map<number, Item[]>();

  constructor(private readonly store: StoreCopy) {}

  /** Takes one message; a `make` is answered. */
  async receive(message: RecoveryRequest): Promise<RecoveryReply | null> {
    if (message.type === 'array') {
      this.arrays.set(message.key, new Array<Item>(message.length));
      return null;
    }
    if (message.type === 'slice') {
      const array = this.arrays.get(message.key);
      // Not held (a worker restarted meanwhile): the copy that names it will fail, and say so.
      if (!array) return null;
      for (let i = 0; i < message.items.length; i++)
        array[message.at + i] = message.items[i] as Item;
      return null;
    }
    try {
      const set: ScenarioSet = {
        name: message.name,
        activeScenario: message.activeScenario,
        scenarios: message.scenarios.map((s) => ({
          id: s.id,
          name: s.name,
          plan: {
            ...s.head,
            nodes: this.held(s.nodes) as PlanNode[],
            links: this.held(s.links) as Link[],
          } as Plan,
        })),
      };
      // Arrays no scenario names any more (edited since, or deleted) are let go.
      const used = new Set(message.scenarios.flatMap((s) => [s.nodes, s.links]));
      for (const key of [...this.arrays.keys()]) if (!used.has(key)) this.arrays.delete(key);
      const text = serializeDocument(set);
      if (message.form === 'text') return { type: 'made', id: message.id, copy: text };
      await this.store({ text, name: message.fileName, savedAt: message.savedAt });
      return { type: 'made', id: message.id, copy: null };
    } catch (error) {
      return {
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private held(key: number): Item[] {
    const array = this.arrays.get(key);
    if (!array) throw new Error(`recovery: array ${key} was never sent`);
    return array;
  }
}
