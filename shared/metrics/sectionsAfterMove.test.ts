/**
 * The report's sections derived after a move of VMs between hypervisors (security, DR basis,
 * consolidation, single failure domains, capacity issues) against the same sections computed afresh, after random moves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveNodes } from '../edit';
import type { Plan } from '../model/plan';
import { buildPlanIndex, type PlanIndex } from '../model/planIndex';
import { derivePlanIndex } from '../model/planIndexDerive';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { capacityIssues, capacityIssuesAfter } from '../validate/capacityRules';
import { structureIssues } from '../validate/structureRules';
import { computeConsolidation, consolidationAfter } from './consolidation';
import { drBasis, drBasisAfterMove } from './dr';
import { moveEnds, touchedByMove } from './moveScope';
import { computeSecurity, securityAfterMove } from './security';
import { domainsAfterMove, findSingleFailureDomains } from './singleFailureDomain';

/** VMs (by number) dropped together on a hypervisor (by number), as a drop does. */
const drop = fc.record({
  vms: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  host: fc.nat(),
});

function moved(p: Plan, d: { vms: readonly number[]; host: number }): Plan {
  const vms = p.nodes.filter((n) => n.kind === 'vm');
  const hosts = p.nodes.filter((n) => n.kind === 'hypervisor');
  const target = hosts[d.host % Math.max(1, hosts.length)];
  const ids = [...new Set(d.vms.map((i) => vms[i % Math.max(1, vms.length)]?.id))].filter(
    (id): id is string => id !== undefined,
  );
  if (!target || ids.length === 0) return p;
  const result = moveNodes(
    p,
    ids.map((id) => ({ id, parentId: target.id })),
  );
  return result.ok ? result.plan : p;
}

const byKey = <T extends { nodeId: string; code: string; message: string }>(list: readonly T[]) =>
  [...list].sort((a, b) =>
    `${a.nodeId} ${a.code} ${a.message}` < `${b.nodeId} ${b.code} ${b.message}` ? -1 : 1,
  );

describe('sections after a move of VMs', () => {
  it('equal the sections computed afresh, after every drop of a sequence', () => {
    const taken = { security: 0, dr: 0, consolidation: 0 };
    fc.assert(
      fc.property(arbitraryPlan, fc.array(drop, { minLength: 1, maxLength: 6 }), (start, drops) => {
        let p = start;
        let ix: PlanIndex = buildPlanIndex(p);
        for (const d of drops) {
          const next = moved(p, d);
          if (next === p) continue;
          const after = derivePlanIndex(ix, next);
          const scope = touchedByMove(ix, after);
          expect(scope).not.toBeNull();
          if (!scope) return;
          const ends = moveEnds(ix, after, scope);

          const security = securityAfterMove(after, computeSecurity(ix), ends);
          if (security) {
            taken.security += 1;
            expect(security).toEqual(computeSecurity(after));
          }
          const basis = drBasisAfterMove(after, drBasis(ix), scope);
          expect(basis).toEqual(drBasis(after));
          if (basis) taken.dr += 1;
          if (!ends.containers) {
            taken.consolidation += 1;
            expect(consolidationAfter(after, computeConsolidation(ix), ends.servers)).toEqual(
              computeConsolidation(after),
            );
          }
          expect(byKey(capacityIssuesAfter(after, capacityIssues(ix), ends.servers))).toEqual(
            byKey(capacityIssues(after)),
          );
          expect(structureIssues(after)).toEqual(structureIssues(ix));
          expect(domainsAfterMove(after, findSingleFailureDomains(ix), scope)).toEqual(
            findSingleFailureDomains(after),
          );
          p = next;
          ix = after;
        }
      }),
      { numRuns: 300 },
    );
    // The derived paths must have been taken, not only the fallbacks.
    expect(taken.security).toBeGreaterThan(100);
    expect(taken.dr).toBeGreaterThan(50);
    expect(taken.consolidation).toBeGreaterThan(70);
  }, 120_000);
});
