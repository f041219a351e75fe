import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import type { Plan } from '../model';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { rackPlan } from '../test-support/fixtures';
import { referenceModel } from '../test-support/referenceFailure';

describe('buildReport', () => {
  it('assembles every section of the rack plan', () => {
    const r = buildReport(rackPlan);
    expect(r.plan).toEqual({ name: 'Test plan', nodes: 18, links: 3 });
    expect(r.consolidation.workloads).toBe(7);
    expect(r.patching.downtimeHosts).toEqual(['h4']);
    expect(r.blastRadius.max?.id).toBe('h4');
    expect(r.security.maxExposure).toBe(3);
    expect(r.ha.clusters).toEqual([{ name: 'prod', hosts: 3, vms: 4, toleratesHostFailures: 1 }]);
    expect(r.dr).toBeNull();
    expect(r.issues.map((i) => [i.code, i.nodeId])).toEqual([['single-failure-domain', 's4']]);
    expect(Object.keys(r)).toEqual([
      'plan',
      'consolidation',
      'patching',
      'blastRadius',
      'security',
      'ha',
      'dr',
      'issues',
    ]);
  });

  it('holds only finite numbers (JSON would turn NaN or Infinity into null)', () => {
    const numbers = (value: unknown): number[] =>
      typeof value === 'number'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(numbers)
          : [];
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        expect(numbers(buildReport(p)).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('buildReport properties over random plans', () => {
  const entry = (p: Plan, r: ReturnType<typeof buildReport>, id: string) => {
    const e = r.blastRadius.nodes.find((n) => n.id === id);
    if (!e) throw new Error(`no blast entry for ${id} in ${p.name}`);
    return e;
  };

  it('a server loses and recovers at least what its hypervisor does', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const r = buildReport(p);
        for (const h of p.nodes) {
          if (h.kind !== 'hypervisor' || h.parentId === null) continue;
          const s = entry(p, r, h.parentId);
          const hv = entry(p, r, h.id);
          expect(s.lost + s.recovered).toBeGreaterThanOrEqual(hv.lost + hv.recovered);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lost + recovered of a node = workloads in its subtree; nothing is negative; counts match the naive model', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const r = buildReport(p);
        const ref = referenceModel(p);
        expect(r.blastRadius.nodes.length).toBe(
          p.nodes.filter((n) => n.kind !== 'container').length,
        );
        for (const e of r.blastRadius.nodes) {
          const inSubtree = ref
            .subtree(e.id)
            .filter((id) => ref.workloads.some((w) => w.id === id)).length;
          expect(e.lost + e.recovered).toBe(inSubtree);
          expect(e.lost).toBeGreaterThanOrEqual(0);
          expect(e.recovered).toBeGreaterThanOrEqual(0);
          expect(e.servicesDown).toBeGreaterThanOrEqual(0);
          const want = ref.fail(e.id);
          expect([e.lost, e.recovered, e.servicesDown]).toEqual([
            want.lost.length,
            want.recovered.length,
            want.servicesDown.length,
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic, whatever the order of nodes and links in the file', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.infiniteStream(fc.nat()), (p, randoms) => {
        const first = buildReport(p);
        expect(buildReport(p)).toEqual(first);
        const key = (): number => randoms.next().value as number;
        const shuffled: Plan = {
          ...p,
          nodes: p.nodes
            .map((n) => [key(), n] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, n]) => n),
          links: [...p.links].reverse(),
        };
        expect(buildReport(shuffled)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
