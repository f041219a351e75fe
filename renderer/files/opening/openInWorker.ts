/**
 * Opens a plan without blocking the page: a worker reads, parses and loads it, and the plan comes
 * back in slices, each received as a task of its own, so the window keeps answering input. Where
 * no worker can start (a page served from file://, a test environment) the same work runs here.
 */
import type { PlanNode } from '../../../shared/model/nodes';
import type { Link } from '../../../shared/model/plan';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import { activeScenarioOf } from '../../../shared/model/scenarioSet';
import { PlanTreeBuilder } from '../../../shared/edit/planTree';
import { emptyLayout, unpackInto, type LayoutParts } from '../../../shared/layout/layoutTransfer';
import type { Report } from '../../../shared/metrics/types';
import { prepare } from '../../store/prepared';
import type { ReadResult } from '../readPlanBytes';
import { runOpen } from './openCore';
import type { OpenProgress, OpenRequest, WorkerMessage } from './openProtocol';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: OpenRequest): void;
  terminate(): void;
}

export type CreateWorker = () => WorkerLike;

export function createOpenWorker(): WorkerLike {
  return new Worker(new URL('./openWorker.ts', import.meta.url), {
    type: 'module',
    name: 'strata-open',
  });
}

/** Collects the worker's messages into the document (or the message to show). */
class DocumentAssembly {
  private head: Extract<WorkerMessage, { type: 'head' }> | null = null;
  private nodes: PlanNode[][] = [];
  private links: Link[][] = [];
  private received = 0;
  /** The shown scenario's: its tree and its layout, built as their slices arrive. */
  private shown = -1;
  private readonly tree = new PlanTreeBuilder();
  private layout: LayoutParts | null = null;
  private settleReport: (report: Report | null) => void = () => undefined;
  /** The shown scenario's report, computed by the worker after the plan arrived (null: none). */
  readonly report = new Promise<Report | null>((resolve) => (this.settleReport = resolve));
  started = false;

  constructor(
    private readonly onProgress: (progress: OpenProgress) => void,
    private readonly finish: (result: ReadResult) => void,
  ) {}

  /** No report will come (the open failed, or the worker stopped). */
  noReport(): void {
    this.settleReport(null);
  }

  receive(message: WorkerMessage): void {
    this.started = true;
    switch (message.type) {
      case 'stage':
        this.onProgress({
          stage: message.stage,
          fraction: message.stage === 'receiving' ? 0 : null,
        });
        return;
      case 'head':
        this.head = message;
        this.nodes = message.scenarios.map(() => []);
        this.shown = Math.max(
          0,
          message.scenarios.findIndex((s) => s.id === message.document.activeScenario),
        );
        this.links = message.scenarios.map(() => []);
        return;
      case 'nodes':
        for (const node of message.nodes) this.nodes[message.scenario]?.push(node);
        if (message.scenario === this.shown) this.tree.add(message.nodes);
        this.progressed(message.nodes.length);
        return;
      case 'links':
        for (const link of message.links) this.links[message.scenario]?.push(link);
        this.progressed(message.links.length);
        return;
      case 'layout':
        if (message.scenario !== this.shown) return;
        this.layout ??= emptyLayout();
        unpackInto(this.layout, message.layout, this.nodes[message.scenario] ?? []);
        return;
      case 'done':
        this.finish(this.whole());
        return;
      case 'report':
        this.settleReport(message.report);
        return;
      case 'failed':
        this.noReport();
        this.finish({ ok: false, message: message.message });
        return;
    }
  }

  private whole(): ReadResult {
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
      prepare(plan, { layout: this.layout, report: this.report });
    }
    return { ok: true, plan, document };
  }

  private progressed(count: number): void {
    this.received += count;
    const total = this.head?.total ?? 0;
    this.onProgress({ stage: 'receiving', fraction: total === 0 ? 1 : this.received / total });
  }
}

export function openInWorker(
  request: OpenRequest,
  onProgress: (progress: OpenProgress) => void = () => undefined,
  create: CreateWorker | null = createOpenWorker,
): Promise<ReadResult> {
  return new Promise((resolve) => {
    let worker: WorkerLike | null = null;
    let settled = false;
    const finish = (result: ReadResult): void => {
      if (settled) return;
      settled = true;
      // An opened plan's report is still to come: the worker stays until it has sent it.
      if (!result.ok) stop();
      resolve(result);
    };
    const assembly = new DocumentAssembly(onProgress, finish);
    const stop = (): void => {
      worker?.terminate();
      worker = null;
      assembly.noReport();
    };
    void assembly.report.then(() => {
      worker?.terminate();
      worker = null;
    });
    const inline = (): void => runOpen(request, (message) => assembly.receive(message));
    try {
      worker = create ? create() : null;
    } catch {
      worker = null;
    }
    if (worker === null) {
      inline();
      return;
    }
    worker.onmessage = (event) => assembly.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (settled) {
        stop();
        return;
      }
      worker?.terminate();
      worker = null;
      // The worker could not start at all: do the work here rather than not at all.
      if (!assembly.started) inline();
      else
        finish({ ok: false, message: 'Strata stopped reading the file (it ran out of memory?).' });
    };
    worker.postMessage(request);
  });
}
