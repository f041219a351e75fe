/**
 * The messages between the page and the recovery worker. The page sends a document's node and
 * link arrays in slices, each posted in a task of its own (cloning 10,000 nodes at once is itself a
 * long task), and only the arrays the worker does not hold yet: after an edit, the edited
 * scenario's nodes. Then it asks for the copy, naming the arrays by key; the worker serialises the
 * document and answers with the copy in the host's form.
 */
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link, Plan } from '../../../shared/model/plan';

/**
 * `text`: the worker answers with the document's file text (the desktop's main process keeps it
 * with its own record); `indexeddb`: the worker stores the copy in the browser's IndexedDB itself
 * (`recoveryDatabase.ts`) and answers that it did.
 */
export type RecoveryForm = 'text' | 'indexeddb';

/** A plan without its nodes and links: name, settings, view. */
export type PlanHead = Omit<Plan, 'nodes' | 'links'>;

export interface RecoveryScenarioRef {
  readonly id: string;
  readonly name: string;
  readonly head: PlanHead;
  /** Keys of arrays the worker holds (sent before, complete). */
  readonly nodes: number;
  readonly links: number;
}

export type RecoveryRequest =
  /** Starts array `key` (nodes or links) of `length` items; its slices follow. */
  | { readonly type: 'array'; readonly key: number; readonly length: number }
  | {
      readonly type: 'slice';
      readonly key: number;
      readonly at: number;
      readonly items: readonly (PlanNode | Link)[];
    }
  | {
      readonly type: 'make';
      readonly id: number;
      readonly name: string;
      readonly activeScenario: string;
      readonly scenarios: readonly RecoveryScenarioRef[];
      readonly form: RecoveryForm;
      readonly fileName: string | null;
      readonly savedAt: string;
    };

export type RecoveryReply =
  /** `copy`: the text (form `text`), or null once stored (form `indexeddb`). */
  | { readonly type: 'made'; readonly id: number; readonly copy: string | null }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
