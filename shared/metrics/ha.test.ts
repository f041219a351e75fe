import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureEngine } from './failureEngine';
import { analyseHa } from './ha';
import { buildPlanIndex } from '../model/planIndex';
import type { Plan } from '../model';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { rackPlan } from '../test-support/fixtures';
import { referenceModel } from '../test-support/referenceFailure';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';

const ha = (p: Plan, scanLimit?: number) => {
  const ix = buildPlanIndex(p);
  return analyseHa(ix, new FailureEngine(ix, scanLimit));
};

describe('analyseHa (SPEC §6.4)', () => {
  it('tests k = 1, 2, … on the hosts with the largest RAM demand', () => {
    // RAM demand: s1 48, s2 24, s3 16 → fail order h1, h2, h3.
    // k = 1: s1 fails; v1 (32) → h2 (40 free), v2 (16) → h3 (32 free). Pass.
    // k = 2: s1 and s2 fail; v1 (32) → h3 (32 free, left 0); v3 (24) and v2 (16) fit nowhere. Fail.
    expect(ha(rackPlan).clusters).toEqual([
      { name: 'prod', hosts: 3, vms: 4, toleratesHostFailures: 1 },
    ]);
  });

  it('caps at hosts − 1 and gives 0 to a cluster of one', () => {
    const roomy = plan([
      server('a', null),
      hypervisor('ha', 'a', { cluster: 'big' }),
      vm('va', 'ha'),
      server('b', null),
      hypervisor('hb', 'b', { cluster: 'big' }),
      server('c', null),
      hypervisor('hc', 'c', { cluster: 'big' }),
      server('d', null),
      hypervisor('hd', 'd', { cluster: 'solo' }),
      vm('vd', 'hd'),
    ]);
    // 256 GiB hosts, one 8 GiB VM: any two hosts can fail. A one-host cluster tolerates nothing.
    expect(ha(roomy).clusters).toEqual([
      { name: 'big', hosts: 3, vms: 1, toleratesHostFailures: 2 },
      { name: 'solo', hosts: 1, vms: 1, toleratesHostFailures: 0 },
    ]);
  });

  it('treats an empty cluster name as no cluster', () => {
    const p = plan([
      server('a', null),
      hypervisor('ha', 'a', { cluster: '' }),
      vm('va', 'ha'),
      server('b', null),
      hypervisor('hb', 'b', { cluster: '' }),
    ]);
    expect(ha(p).clusters).toEqual([]);
  });

  it('breaks RAM-demand ties by the smallest hypervisor id', () => {
    // Both hosts carry 40 GiB, so h-a (smaller id) fails first. Its 40 GiB VM needs h-b's
    // 64 − 40 = 24 free: no. Had h-b failed first, its two 20 GiB VMs would have fit on h-a.
    const p = plan([
      server('s-b', null, { ramGiB: 64 }),
      hypervisor('h-b', 's-b', { cluster: 'c' }),
      vm('b1', 'h-b', { ramGiB: 20 }),
      vm('b2', 'h-b', { ramGiB: 20 }),
      server('s-a', null, { ramGiB: 64 }),
      hypervisor('h-a', 's-a', { cluster: 'c' }),
      vm('a1', 'h-a', { ramGiB: 40 }),
    ]);
    expect(ha(p).clusters[0]?.toleratesHostFailures).toBe(0);
  });

  it('counts hypervisor reservations in the failed hosts’ demand and the targets’ room', () => {
    // h1 reserves 40 GiB: demand s1 = 48 > s2 = 16. Fail s1: v1 (8) → h2 free 64 − 16 = 48. Pass (k = 1 of 1).
    const p = plan([
      server('s1', null, { ramGiB: 64 }),
      hypervisor('h1', 's1', { cluster: 'c', reservedRamGiB: 40 }),
      vm('v1', 'h1', { ramGiB: 8 }),
      server('s2', null, { ramGiB: 64 }),
      hypervisor('h2', 's2', { cluster: 'c', reservedRamGiB: 16 }),
    ]);
    expect(ha(p).clusters[0]).toEqual({ name: 'c', hosts: 2, vms: 1, toleratesHostFailures: 1 });
  });

  it('matches a naive reading of the spec on random plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const ref = referenceModel(p);
        const byName = new Map<string, { id: string; parentId: string | null }[]>();
        for (const n of p.nodes) {
          if (n.kind === 'hypervisor' && n.cluster)
            byName.set(n.cluster, [...(byName.get(n.cluster) ?? []), n]);
        }
        const ramDemand = (h: { parentId: string | null }): number => {
          const s = p.nodes.find((n) => n.id === h.parentId);
          return s ? (s.kind === 'server' ? s.ramGiB - ref.free(s, 'ram') : 0) : 0;
        };
        const want = [...byName.keys()].sort().map((name) => {
          const hosts = (byName.get(name) ?? []).sort(
            (a, b) => ramDemand(b) - ramDemand(a) || (a.id < b.id ? -1 : 1),
          );
          let k = 0;
          while (k + 1 < hosts.length) {
            const failing = hosts.slice(0, k + 1);
            const down = new Set(failing.flatMap((h) => ref.subtree(h.parentId ?? h.id)));
            const placed = ref.restart(down);
            const vms = p.nodes.filter(
              (v) => v.kind === 'vm' && failing.some((h) => h.id === v.parentId),
            );
            if (!vms.every((v) => placed.has(v.id))) break;
            k++;
          }
          return { name, hosts: hosts.length, toleratesHostFailures: k };
        });
        const brief = (limit?: number) =>
          ha(p, limit).clusters.map(({ name, hosts, toleratesHostFailures }) => ({
            name,
            hosts,
            toleratesHostFailures,
          }));
        expect(brief()).toEqual(want);
        expect(brief(0)).toEqual(want); // the heap path of large clusters
      }),
      { numRuns: 150 },
    );
  });
});
