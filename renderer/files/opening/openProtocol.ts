/**
 * The messages between the page and the worker that reads, parses and loads a plan off the main
 * thread. The plan comes back in slices, each a message of its own, so that no single message
 * costs the page a long task to receive (structured clone is paid by the receiver).
 */
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link, Plan } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import type { PackedLayout } from '../../../shared/layout/layoutTransfer';
import type { Report } from '../../../shared/metrics/types';

/** What to open: a file's bytes (the browser) or a plan's text (the desktop, already read by main). */
export type OpenRequest =
  | { readonly kind: 'bytes'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly fileName: string; readonly text: string };

/** Where an open is, for the progress indicator. */
export type OpenStage = 'reading' | 'checking' | 'receiving' | 'drawing';

export interface OpenProgress {
  readonly stage: OpenStage;
  /** 0–1 when the stage can tell (receiving), else null. */
  readonly fraction: number | null;
}

/** A file being opened, as the progress indicator shows it. */
export interface Opening {
  readonly fileName: string;
  readonly progress: OpenProgress;
}

export type WorkerMessage =
  | { readonly type: 'stage'; readonly stage: OpenStage }
  | {
      readonly type: 'head';
      /** The document with each scenario's plan but its nodes and links, which follow. */
      readonly document: Omit<ScenarioSet, 'scenarios'>;
      readonly scenarios: readonly ScenarioHead[];
      /** Nodes and links of every scenario together. */
      readonly total: number;
    }
  | { readonly type: 'nodes'; readonly scenario: number; readonly nodes: readonly PlanNode[] }
  | { readonly type: 'links'; readonly scenario: number; readonly links: readonly Link[] }
  /** The active scenario's layout, in slices of its order, sent before 'done' (the page draws with it). */
  | { readonly type: 'layout'; readonly scenario: number; readonly layout: PackedLayout }
  | { readonly type: 'done' }
  /** The active scenario's report, after 'done': the figures follow the cards. */
  | { readonly type: 'report'; readonly scenario: number; readonly report: Report }
  | { readonly type: 'failed'; readonly message: string };

export interface ScenarioHead {
  readonly id: string;
  readonly name: string;
  readonly plan: Omit<Plan, 'nodes' | 'links'>;
}

/** Nodes or links per message: a few milliseconds each for the page to receive. */
export const SLICE = 5000;
