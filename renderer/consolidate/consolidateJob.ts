/**
 * What the consolidation worker does with a request, apart from the worker itself (so the tests
 * run it in Node with Node's HiGHS): the optimizer with HiGHS for small groups when its
 * WebAssembly loads, else the heuristic alone; progress as it goes; then the proposed plan in
 * slices with its layout and report, and the before and after headline figures, all computed here
 * so that the page only takes them in and draws them.
 */
import { headlineValues } from '../../shared/diff/headline';
import { buildReport } from '../../shared/metrics/report';
import { singleScenarioSet } from '../../shared/model/scenarios';
import { highsSolver, type HighsLike } from '../../shared/optimize/highsAnswer';
import { optimize } from '../../shared/optimize/optimize';
import type { MipSolver } from '../../shared/optimize/types';
import { postDocument } from '../store/documentSlices';
import type { ConsolidateReply, ConsolidateRequest, SolverUse } from './workerProtocol';

export async function runConsolidateJob(
  request: ConsolidateRequest,
  post: (reply: ConsolidateReply) => void,
  loadHighs: () => Promise<HighsLike>,
): Promise<void> {
  let solver: SolverUse = 'unused';
  let solverError: string | undefined;
  const highs = highsSolver(loadHighs);
  // A solver that cannot load (WebAssembly refused by a Content Security Policy, say) leaves the
  // heuristic's answer: it answers "none" and the run goes on, the reason kept for the dialog.
  const solveMip: MipSolver = async (lp, seconds) => {
    if (solver === 'unavailable') return { status: 'none', values: new Map() };
    try {
      const answer = await highs(lp, seconds);
      solver = 'highs';
      return answer;
    } catch (error) {
      solver = 'unavailable';
      solverError = error instanceof Error ? error.message : String(error);
      return { status: 'none', values: new Map() };
    }
  };
  try {
    const outcome = await optimize(request.plan, request.options, {
      solveMip,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    if (!outcome.ok) {
      const { reason, message, about } = outcome;
      post({ type: 'done', outcome: { ok: false, reason, ...(message ? { message } : {}), about } });
      return;
    }
    const { plan, ...result } = outcome.result;
    const from = headlineValues(buildReport(request.plan));
    const report = buildReport(plan);
    postDocument(singleScenarioSet(plan), (part) => post({ type: 'proposal', part }), { report });
    post({
      type: 'done',
      outcome: {
        ok: true,
        result,
        figures: { from, to: headlineValues(report) },
        solver,
        ...(solverError === undefined ? {} : { solverError }),
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ type: 'done', outcome: { ok: false, reason, about: 'internal' } });
  }
}
