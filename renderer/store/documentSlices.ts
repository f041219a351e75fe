/**
 * A document crossing from a worker to the page in slices: the plan's nodes and links a few
 * thousand at a time, the shown scenario's layout as flat typed arrays, then its report. Structured
 * clone is paid by the receiver in the task that receives the message, so one message holding a
 * 10,000-node plan would block the page for hundreds of milliseconds; slices keep each task short.
 * The open's worker sends the plan it read so, the consolidation's worker the plan it proposed;
 * the page takes them in with `DocumentAssembly` (./documentAssembly.ts).
 */
import type { PackedLayout } from '../../shared/layout/layoutTransfer';
import { packedPlanLayout } from '../../shared/layout/packedPlanLayout';
import {
  blastBuffers,
  failureBuffers,
  indexOfIds,
  packBlast,
  packFailure,
  type PackedBlast,
  type PackedFailure,
} from '../../shared/metrics/figuresTransfer';
import { simulateFailureIn, type FailureOutcome } from '../../shared/metrics/failure';
import { FailureEngine } from '../../shared/metrics/failureEngine';
import { rankFailures } from '../../shared/metrics/failureRanking';
import { reportState } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import { buildPlanIndex } from '../../shared/model/planIndex';
import type { PlanNode } from '../../shared/model/nodes';
import type { Link, Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';

export interface ScenarioHead {
  readonly id: string;
  readonly name: string;
  readonly plan: Omit<Plan, 'nodes' | 'links'>;
}

export type DocumentSlice =
  | {
      readonly type: 'head';
      /** The document with each scenario's plan but its nodes and links, which follow. */
      readonly document: Omit<ScenarioSet, 'scenarios'>;
      readonly scenarios: readonly ScenarioHead[];
      /** Nodes and links of every scenario together, and the cards of the shown one's layout. */
      readonly total: number;
    }
  | { readonly type: 'nodes'; readonly scenario: number; readonly nodes: readonly PlanNode[] }
  | { readonly type: 'links'; readonly scenario: number; readonly links: readonly Link[] }
  /** The active scenario's layout, in slices of its order, sent before 'done' (the page draws with it). */
  | { readonly type: 'layout'; readonly scenario: number; readonly layout: PackedLayout }
  | { readonly type: 'done' }
  /**
   * After 'done', one of the worst failures the figures panel details (the engine would build the
   * plan's index on the page for them: the longest task of a 100,000-node open), each on its own.
   */
  | {
      readonly type: 'failure';
      readonly scenario: number;
      readonly nodeId: string;
      readonly outcome: FailureOutcome | null;
    }
  /** The same, its lists as indexes into the scenario's nodes (shared/metrics/figuresTransfer.ts). */
  | { readonly type: 'packedFailure'; readonly scenario: number; readonly failure: PackedFailure }
  /**
   * The active scenario's report, last: the figures follow the cards. With `blast`, its blast
   * entries are there, as indexes into the scenario's nodes, and not in `report`.
   */
  | {
      readonly type: 'report';
      readonly scenario: number;
      readonly report: Report;
      readonly blast?: PackedBlast;
    };

/** How many of the worst failures the figures panel details (renderer/metrics/BlastSection.tsx). */
export const WORST_FAILURES = 5;

/** Nodes or links per message: a few milliseconds each for the page to receive. */
export const SLICE = 5000;

export interface SendOptions {
  /** The shown scenario's report when the worker has it already (else it is computed here). */
  readonly report?: Report;
  /** Called before the first message is posted. */
  readonly sending?: () => void;
  /** Called once the layout is computed (after the plan's slices, before the layout's). */
  readonly laidOut?: () => void;
  /** Nodes, links or cards per message (tests use small ones). */
  readonly slice?: number;
}

/**
 * Posts `document` in slices, with what the page would otherwise compute on its main thread for
 * the scenario it shows: the layout (before 'done', so the first cards are drawn with it), then
 * the worst failures and the report (the figures follow the cards). Hundreds of milliseconds each
 * on 100,000 nodes. The plan's slices go first and the layout is computed after them, so that the
 * page receives them (and builds the plan's tree) while the worker lays the plan out.
 */
export function postDocument(
  document: ScenarioSet,
  post: (message: DocumentSlice) => void,
  options: SendOptions = {},
): void {
  postPlan(document, post, options);
  postFigures(document, post, options);
}

/** The first part of postDocument: the plan's slices and the shown scenario's layout, to 'done'. */
export function postPlan(
  document: ScenarioSet,
  post: (message: DocumentSlice) => void,
  options: SendOptions = {},
): void {
  const { scenarios, ...head } = document;
  const size = options.slice ?? SLICE;
  const shown = activeScenarioOf(document) as ScenarioSet['scenarios'][number] | undefined;
  const active = shown ? scenarios.indexOf(shown) : -1;
  let total = shown ? shown.plan.nodes.length : 0;
  const heads = scenarios.map(({ id, name, plan }) => {
    const { nodes, links, ...rest } = plan;
    total += nodes.length + links.length;
    return { id, name, plan: rest };
  });
  options.sending?.();
  post({ type: 'head', document: head, scenarios: heads, total });
  scenarios.forEach(({ plan }, scenario) => {
    const { nodes, links } = plan;
    for (let i = 0; i < nodes.length; i += size)
      post({ type: 'nodes', scenario, nodes: nodes.slice(i, i + size) });
    for (let i = 0; i < links.length; i += size)
      post({ type: 'links', scenario, links: links.slice(i, i + size) });
  });
  const layout = shown ? packedPlanLayout(shown.plan, size) : [];
  options.laidOut?.();
  for (const slice of layout) post({ type: 'layout', scenario: active, layout: slice });
  post({ type: 'done' });
}

/**
 * The rest of postDocument, after 'done': the shown scenario's worst failures and report. A worker
 * may hold it back until the page has drawn the plan (the open's does): on two cores, computing
 * them while the page receives and draws the plan slowed both.
 */
export function postFigures(
  document: ScenarioSet,
  post: (message: DocumentSlice) => void,
  options: Pick<SendOptions, 'report'> = {},
): void {
  const shown = activeScenarioOf(document) as ScenarioSet['scenarios'][number] | undefined;
  if (!shown) return;
  const active = document.scenarios.indexOf(shown);
  const ix = buildPlanIndex(shown.plan);
  const report = options.report ?? reportState(ix, null).report;
  const engine = new FailureEngine(ix);
  const at = indexOfIds(shown.plan.nodes);
  for (const { id } of rankFailures(report.blastRadius.nodes, WORST_FAILURES)) {
    const outcome = simulateFailureIn(ix, id, engine);
    const packed = outcome && packFailure(outcome, at, shown.plan.nodes);
    if (packed) post({ type: 'packedFailure', scenario: active, failure: packed });
    else post({ type: 'failure', scenario: active, nodeId: id, outcome });
  }
  const packed = packBlast(report, at);
  post(
    packed
      ? { type: 'report', scenario: active, report: packed.report, blast: packed.blast }
      : { type: 'report', scenario: active, report },
  );
}

/** What a worker hands over rather than copies with a slice: the layout's and figures' arrays. */
export function transferablesOf(message: DocumentSlice): Transferable[] {
  if (message.type === 'packedFailure') return failureBuffers(message.failure);
  if (message.type === 'report') return message.blast ? blastBuffers(message.blast) : [];
  if (message.type !== 'layout') return [];
  const { order, boxes, absolute } = message.layout;
  return [order.buffer, boxes.buffer, absolute.buffer];
}
