/**
 * The recovery worker's state: the node and link arrays the page has sent, by key, and the copy
 * made from them. Plain code, so the tests run it without a worker.
 */
import { serializeDocument } from '../../../shared/load/serializeDocument';
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link, Plan } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import { recoveryRecord } from '../recoveryStorage';
import type { RecoveryReply, RecoveryRequest } from './recoveryProtocol';

type Item = PlanNode | Link;

export class RecoveryCore {
  private readonly arrays = new Map<number, Item[]>();

  /** Takes one message; a `make` is answered. */
  receive(message: RecoveryRequest): RecoveryReply | null {
    if (message.type === 'array') {
      this.arrays.set(message.key, new Array<Item>(message.length));
      return null;
    }
    if (message.type === 'slice') {
      const array = this.arrays.get(message.key);
      if (!array) throw new Error(`recovery: slice of unknown array ${message.key}`);
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
      const copy =
        message.form === 'text' ? text : recoveryRecord(text, message.fileName, message.savedAt);
      return { type: 'made', id: message.id, copy };
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
