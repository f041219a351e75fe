/** Every figure of SPEC §6 and the issues of §4 from one index and one HA computation. */
import type { Plan } from '../model/plan';
import { buildPlanIndex } from '../model/planIndex';
import { validateIndex } from '../validate/validatePlan';
import { computeBlastRadius } from './blastRadius';
import { computeConsolidation } from './consolidation';
import { computeDr } from './dr';
import { FailureEngine } from './failureEngine';
import { analyseHa } from './ha';
import { computePatching } from './patching';
import { computeSecurity } from './security';
import { findSingleFailureDomains } from './singleFailureDomain';
import type { Report } from './types';

export function buildReport(plan: Plan): Report {
  const ix = buildPlanIndex(plan);
  const engine = new FailureEngine(ix);
  const ha = analyseHa(ix, engine);
  const dr = computeDr(ix);
  const domains = findSingleFailureDomains(ix);
  return {
    plan: { name: plan.name, nodes: plan.nodes.length, links: plan.links.length },
    consolidation: computeConsolidation(ix),
    patching: computePatching(ix, ha),
    blastRadius: computeBlastRadius(ix, engine, domains),
    security: computeSecurity(ix),
    ha: { clusters: ha.clusters },
    dr,
    issues: validateIndex(ix, { ha, dr, domains }),
  };
}
