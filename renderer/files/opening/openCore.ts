/**
 * The worker's work, as a plain function (the worker entry is a thin shell around it, and tests
 * call it directly): the file's bytes or text → the loaded document (every scenario), posted in
 * slices; or the message.
 */
import { packLayout } from '../../../shared/layout/layoutTransfer';
import { layoutPlan } from '../../../shared/layout/planLayout';
import { loadDocument } from '../../../shared/load/loadDocument';
import { buildReport } from '../../../shared/metrics/report';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import { activeScenarioOf } from '../../../shared/model/scenarioSet';
import { cannotOpen, readPlanBytes } from '../readPlanBytes';
import { SLICE, type OpenRequest, type WorkerMessage } from './openProtocol';

export function runOpen(request: OpenRequest, post: (message: WorkerMessage) => void): void {
  post({ type: 'stage', stage: 'checking' });
  const read = readRequest(request);
  if (!read.ok) {
    post({ type: 'failed', message: read.message });
    return;
  }
  postDocument(read.document, post);
}

function readRequest(
  request: OpenRequest,
): { ok: true; document: ScenarioSet } | { ok: false; message: string } {
  if (request.kind === 'bytes') return readPlanBytes(request.fileName, request.bytes);
  const loaded = loadDocument(request.text);
  return loaded.ok
    ? { ok: true, document: loaded.document }
    : { ok: false, message: cannotOpen(request.fileName, loaded.error.message) };
}

function postDocument(document: ScenarioSet, post: (message: WorkerMessage) => void): void {
  const { scenarios, ...head } = document;
  // What the page would otherwise compute on its main thread for the plan it shows: the layout
  // (sent before 'done', so the first cards are drawn with it) and the report (after: the figures
  // follow the cards). Hundreds of milliseconds each on 100,000 nodes.
  const shown = activeScenarioOf(document) as ScenarioSet['scenarios'][number] | undefined;
  const active = shown ? scenarios.indexOf(shown) : -1;
  const layout = shown ? packLayout(layoutPlan(shown.plan), shown.plan.nodes, SLICE) : [];
  post({ type: 'stage', stage: 'receiving' });
  let total = 0;
  const heads = scenarios.map(({ id, name, plan }) => {
    const { nodes, links, ...rest } = plan;
    total += nodes.length + links.length;
    return { id, name, plan: rest };
  });
  post({ type: 'head', document: head, scenarios: heads, total });
  scenarios.forEach(({ plan }, scenario) => {
    const { nodes, links } = plan;
    for (let i = 0; i < nodes.length; i += SLICE)
      post({ type: 'nodes', scenario, nodes: nodes.slice(i, i + SLICE) });
    for (let i = 0; i < links.length; i += SLICE)
      post({ type: 'links', scenario, links: links.slice(i, i + SLICE) });
  });
  for (const slice of layout) post({ type: 'layout', scenario: active, layout: slice });
  post({ type: 'done' });
  if (shown) post({ type: 'report', scenario: active, report: buildReport(shown.plan) });
}
