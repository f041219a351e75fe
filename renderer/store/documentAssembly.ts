/**
 * The page's side of ./documentSlices.ts: a document sent in slices, taken in one message (one
 * task) at a time. The shown scenario's tree and layout are built as their slices arrive
 * (`PlanTreeBuilder`, `unpackInto`), so nothing of the plan's size is left for one task at the
 * end; once whole, the plan is registered with its layout, its coming report and worst failures
 * (./prepared.ts),
 * which the canvas and the engine then take instead of computing them here.
 */
import { PlanTreeBuilder } from '../../shared/edit/planTree';
import { emptyLayout, unpackInto, type LayoutParts } from '../../shared/layout/layoutTransfer';
import type { FailureOutcome } from '../../shared/metrics/failure';
import { unpackBlast, unpackFailure } from '../../shared/metrics/figuresTransfer';
import type { Report } from '../../shared/metrics/types';
import type { PlanNode } from '../../shared/model/nodes';
import type { Link, Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import type { DocumentSlice } from './documentSlices';
import { prepare } from './prepared';

export type Assembled =
  | { readonly ok: true; readonly plan: Plan; readonly document: ScenarioSet }
  | { readonly ok: false; readonly message: string };

export class DocumentAssembly {
  private head: Extract<DocumentSlice, { type: 'head' }> | null = null;
  private nodes: PlanNode[][] = [];
  private links: Link[][] = [];
  private received = 0;
  /** The shown scenario's: its tree and its layout, built as their slices arrive. */
  private shown = -1;
  private readonly tree = new PlanTreeBuilder();
  private layout: LayoutParts | null = null;
  private readonly failures = new Map<string, FailureOutcome | null>();
  private settleReport: (report: Report | null) => void = () => undefined;
  /** The shown scenario's report, computed by the worker after the plan arrived (null: none). */
  readonly report = new Promise<Report | null>((resolve) => (this.settleReport = resolve));

  /**
   * `progressed`: the share received so far (nodes, links, the layout's cards); `finish`: the whole document
   * (at 'done', before its report), or why it did not arrive whole.
   */
  constructor(
    private readonly progressed: (fraction: number) => void,
    private readonly finish: (result: Assembled) => void,
  ) {}

  /** No report will come (the transfer failed, or the worker stopped). */
  noReport(): void {
    this.settleReport(null);
  }

  receive(message: DocumentSlice): void {
    switch (message.type) {
      case 'head':
        this.head = message;
        this.nodes = message.scenarios.map(() => []);
        this.links = message.scenarios.map(() => []);
        this.shown = Math.max(
          0,
          message.scenarios.findIndex((s) => s.id === message.document.activeScenario),
        );
        return;
      case 'nodes':
        for (const node of message.nodes) this.nodes[message.scenario]?.push(node);
        if (message.scenario === this.shown) this.tree.add(message.nodes);
        this.count(message.nodes.length);
        return;
      case 'links':
        for (const link of message.links) this.links[message.scenario]?.push(link);
        this.count(message.links.length);
        return;
      case 'layout':
        if (message.scenario !== this.shown) return;
        this.layout ??= emptyLayout();
        unpackInto(this.layout, message.layout, this.nodes[message.scenario] ?? []);
        this.count(message.layout.order.length);
        return;
      case 'done':
        if (this.received < (this.head?.total ?? 0)) this.progressed(1);
        this.finish(this.whole());
        return;
      case 'failure':
        if (message.scenario === this.shown) this.failures.set(message.nodeId, message.outcome);
        return;
      case 'packedFailure':
        if (message.scenario === this.shown)
          this.failures.set(
            message.failure.nodeId,
            unpackFailure(message.failure, this.nodes[message.scenario] ?? []),
          );
        return;
      case 'report':
        this.settleReport(
          message.blast
            ? unpackBlast(message.report, message.blast, this.nodes[message.scenario] ?? [])
            : message.report,
        );
        return;
    }
  }

  private whole(): Assembled {
    const head = this.head;
    if (head === null) return { ok: false, message: 'The plan did not arrive whole.' };
    const scenarios = head.scenarios.map(({ id, name, plan }, i) => ({
      id,
      name,
      plan: { ...plan, nodes: this.nodes[i] ?? [], links: this.links[i] ?? [] },
    }));
    const document: ScenarioSet = { ...head.document, scenarios };
    const plan = activeScenarioOf(document).plan;
    if (scenarios[this.shown]?.plan === plan) {
      this.tree.finish(plan);
      prepare(plan, { layout: this.layout, report: this.report, failures: this.failures });
    }
    return { ok: true, plan, document };
  }

  private count(n: number): void {
    this.received += n;
    const total = this.head?.total ?? 0;
    this.progressed(total === 0 ? 1 : Math.min(1, this.received / total));
  }
}
