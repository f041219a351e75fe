/** Every figure of SPEC §6 and the issues of §4 from one index and one HA computation. */
import type { Plan } from '../model/plan';
import { buildPlanIndex, type PlanIndex } from '../model/planIndex';
import { derivationOf } from '../model/planIndexDerive';
import { issueParts, sortedIssues, type IssueParts } from '../validate/validatePlan';
import { blastCounts, blastRadiusOf } from './blastRadius';
import { computeConsolidation, consolidationAfter } from './consolidation';
import { drBasis, drBasisAfterMove, drFrom, type DrBasis } from './dr';
import { FailureEngine, type BlastCounts } from './failureEngine';
import { touchedByEdit, type Touched } from './failureScope';
import { countsAt, moveEnds, touchedByMove } from './moveScope';
import { analyseHa, type HaAnalysis } from './ha';
import { computePatching, downtimeHosts } from './patching';
import { computeSecurity, securityAfterMove } from './security';
import {
  domainsAfterMove,
  findSingleFailureDomains,
  type SingleFailureDomain,
} from './singleFailureDomain';
import type { Report } from './types';

export function buildReport(plan: Plan): Report {
  return buildReportFromIndex(buildPlanIndex(plan));
}

/** The same from an index already built (the editor keeps one per plan revision). */
export function buildReportFromIndex(ix: PlanIndex): Report {
  return reportState(ix).report;
}

/** A report with what the next one may take over: the pieces it was assembled from. */
export interface ReportState {
  readonly index: PlanIndex;
  readonly report: Report;
  readonly blast: BlastCounts;
  readonly ha: HaAnalysis;
  readonly domains: readonly SingleFailureDomain[];
  readonly dr: DrBasis | null;
  readonly issues: IssueParts;
  /** The failures that differ from those of `before`'s index (null: any may). */
  readonly touched: Touched | null;
  readonly before: PlanIndex | null;
}

function sameNumbers(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Patching after an edit of sizes: only the hosts that need downtime can change, with HA. */
function patchingAfter(ix: PlanIndex, ha: HaAnalysis, before: ReportState): Report['patching'] {
  const patching = before.report.patching;
  return sameNumbers(ha.tolerates, before.ha.tolerates)
    ? patching
    : { ...patching, downtimeHosts: downtimeHosts(ix, ha) };
}

/**
 * The report of `ix`. Given the state of the report before an edit that kept the tree (the index
 * was derived, see planIndexDerive.ts), only the failures and HA tests the edit can change are
 * simulated again (see failureScope.ts); when the edit changed sizes alone, the sections that read
 * no size are taken over and the others look again only at what was resized. After a move of VMs
 * (see moveScope.ts), the failures and HA tests the move cannot change are taken over by id, and
 * so are the sections that read no tree: the patching counts, the link and cycle issues. The
 * report equals the one built afresh.
 */
export function reportState(ix: PlanIndex, previous: ReportState | null = null): ReportState {
  const plan = ix.plan;
  const touched = previous ? touchedByEdit(previous.index, ix) : null;
  // A move of VMs (the tree changed, so the index was built afresh): the failures it cannot
  // change are taken over by id (see moveScope.ts).
  const move = previous && !touched ? touchedByMove(previous.index, ix) : null;
  const kept =
    previous && touched
      ? { state: previous, touched, blast: previous.blast }
      : previous && move
        ? { state: previous, touched: move.touched, blast: countsAt(previous.blast, move.from) }
        : null;
  const derived = derivationOf(ix);
  const sizes =
    kept &&
    derived?.from === kept.state.index &&
    derived.sizesOnly &&
    derived.resized &&
    ix.indexOf.size === ix.nodes.length
      ? { state: kept.state, resized: derived.resized }
      : null;
  const engine = new FailureEngine(ix);
  const ha = analyseHa(ix, engine, kept && { previous: kept.state.ha, touched: kept.touched });
  // After a move, the sections that read the tree look again only where the VMs left and went.
  const after = move && previous ? { previous, move, ends: moveEnds(previous.index, ix, move) } : null;
  const basis = sizes
    ? sizes.state.dr
    : after
      ? drBasisAfterMove(ix, after.previous.dr, after.move)
      : drBasis(ix);
  const dr = basis && drFrom(ix, basis);
  const domains = sizes
    ? sizes.state.domains
    : after
      ? domainsAfterMove(ix, after.previous.domains, after.move)
      : findSingleFailureDomains(ix);
  const blast = blastCounts(ix, engine, kept && { previous: kept.blast, touched: kept.touched });
  const issues = issueParts(
    ix,
    { ha, dr, domains, secondarySites: basis?.secondarySites },
    sizes && { previous: sizes.state.issues, resized: sizes.resized },
    after && { previous: after.previous.issues, servers: after.ends.servers },
  );
  const report: Report = {
    plan: { name: plan.name, nodes: plan.nodes.length, links: plan.links.length },
    consolidation: sizes
      ? consolidationAfter(ix, sizes.state.report.consolidation, sizes.resized)
      : after && !after.ends.containers
        ? consolidationAfter(ix, after.previous.report.consolidation, after.ends.servers)
        : computeConsolidation(ix),
    patching: sizes
      ? patchingAfter(ix, ha, sizes.state)
      : after
        ? { ...after.previous.report.patching, downtimeHosts: downtimeHosts(ix, ha) }
        : computePatching(ix, ha),
    blastRadius: blastRadiusOf(
      ix,
      blast,
      domains,
      kept && {
        entries: kept.state.report.blastRadius.nodes,
        max: kept.state.report.blastRadius.max,
        touched: kept.touched,
      },
    ),
    security: sizes
      ? sizes.state.report.security
      : ((after && securityAfterMove(ix, after.previous.report.security, after.ends)) ??
        computeSecurity(ix)),
    ha: { clusters: ha.clusters },
    dr,
    issues: sortedIssues(issues),
  };
  return {
    index: ix,
    report,
    blast,
    ha,
    domains,
    dr: basis,
    issues,
    touched,
    before: touched && kept ? kept.state.index : null,
  };
}
