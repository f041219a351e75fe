import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { buildPlanIndex, isWorkloadNode } from './planIndex';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
  LINUX,
} from '../test-support/planBuilder';

const sample = plan(
  [
    site('site'),
    server('s1', 'site', { cpuCores: 16, ramGiB: 128 }),
    hypervisor('h1', 's1', { cluster: 'prod', reservedCpuCores: 2, reservedRamGiB: 8 }),
    vm('v1', 'h1', { vcpu: 4, ramGiB: 16, service: 'web' }),
    vm('v2', 'h1', { vcpu: 2, ramGiB: 8 }),
    runtime('rt1', 'v2'),
    container('c1', 'rt1', { cpu: 1, ramGiB: 2, service: 'web' }),
    container('c2', 'rt1', { cpu: 0.5, ramGiB: 1 }),
    server('s2', null, { os: LINUX, workload: 'ldap', cpuCores: 8, ramGiB: 32 }),
    server('s3', null, { os: LINUX, workload: 'ignored' }),
    runtime('rt3', 's3'),
    container('c3', 'rt3', { cpu: 2, ramGiB: 4 }),
  ],
  [
    ['c1', 'v1'],
    ['v1', 's2'],
    ['c2', 'c1'],
  ],
);

describe('buildPlanIndex', () => {
  const ix = buildPlanIndex(sample);
  const at = (id: string): number => ix.indexOf.get(id) as number;
  const ids = (list: Iterable<number>): string[] => [...list].map((i) => ix.ids[i] as string);

  it('implements PlanLookup', () => {
    expect(ix.getNode('v1')?.kind).toBe('vm');
    expect(ix.getNode('nope')).toBeUndefined();
    expect(ix.childrenOf('h1').map((n) => n.id)).toEqual(['v1', 'v2']);
    expect(ix.childrenOf('c1')).toEqual([]);
  });

  it('makes every subtree a contiguous depth-first range', () => {
    expect(ids(ix.order.subarray(ix.tin[at('s1')], ix.tout[at('s1')]))).toEqual([
      's1',
      'h1',
      'v1',
      'v2',
      'rt1',
      'c1',
      'c2',
    ]);
    expect(ix.tout[at('c3')]! - ix.tin[at('c3')]!).toBe(1);
  });

  it('finds workloads: VMs without runtime, containers, bare-metal servers with a workload', () => {
    // v2 hosts a runtime (infrastructure); s3 holds a runtime, so its workload string does not count.
    expect(ids(ix.workloadOrder).sort()).toEqual(['c1', 'c2', 'c3', 's2', 'v1']);
    expect(ix.workloadsIn(at('site'))).toBe(3); // v1, c1, c2
    expect(ix.workloadsIn(at('v2'))).toBe(2);
    expect(ix.workloadsIn(at('s3'))).toBe(1);
    expect(ix.hypervisorsIn(at('site'))).toBe(1);
  });

  it('derives server, site, host and kernel owner', () => {
    expect(ix.server[at('c1')]).toBe(at('s1'));
    expect(ix.server[at('s2')]).toBe(at('s2'));
    expect(ix.site[at('c1')]).toBe(at('site'));
    expect(ix.site[at('s2')]).toBe(-1);
    expect(ix.host[at('v1')]).toBe(at('h1'));
    expect(ix.host[at('h1')]).toBe(at('s1'));
    expect(ix.kernelOwner[at('rt1')]).toBe(at('v2'));
    expect(ix.insideVm[at('c1')]).toBe(1);
    expect(ix.insideVm[at('c3')]).toBe(0);
  });

  it('computes demand and free capacity (SPEC §3)', () => {
    // s1: CPU 4 + 2 (VMs) + 2 reserved = 8; RAM 16 + 8 + 8 = 32. Containers inside v2 are in v2's vCPU.
    expect(ix.cpuDemand[at('s1')]).toBe(8);
    expect(ix.ramDemand[at('s1')]).toBe(32);
    // free CPU = 16 × 4 − 8 = 56; free RAM = 128 × 1 − 32 = 96.
    expect(ix.freeCpu[at('s1')]).toBe(56);
    expect(ix.freeRam[at('s1')]).toBe(96);
    // s3 runs c3 directly: CPU 2, RAM 4.
    expect(ix.cpuDemand[at('s3')]).toBe(2);
    expect(ix.ramDemand[at('s3')]).toBe(4);
    expect(ix.containerCpu[at('v2')]).toBe(1.5);
    expect(ix.containerRam[at('v2')]).toBe(3);
  });

  it('groups services by name, in the order of their smallest workload id, with dependency edges both ways', () => {
    // Workloads by id: c1 (web), c2, c3, s2, v1 (web).
    expect(ix.serviceNames).toEqual(['web', 'c2', 'c3', 's2']);
    const web = ix.serviceNames.indexOf('web');
    const slice = (start: Int32Array, list: Int32Array, s: number): number[] =>
      Array.from(list.subarray(start[s], start[s + 1]));
    expect(ids(slice(ix.serviceStart, ix.serviceWorkloads, web))).toEqual(['c1', 'v1']);
    // c1 → v1 is inside "web" (no edge); v1 → s2 gives web → s2; c2 → c1 gives c2 → web.
    const names = (list: number[]): string[] => list.map((s) => ix.serviceNames[s]!);
    expect(names(slice(ix.dependsOnStart, ix.dependsOnList, web))).toEqual(['s2']);
    expect(names(slice(ix.dependentsStart, ix.dependentsList, web))).toEqual(['c2']);
  });

  it('resolves link ends once', () => {
    expect(Array.from(ix.linkFrom, (i) => ix.ids[i])).toEqual(['c1', 'v1', 'c2']);
    expect(Array.from(ix.linkTo, (i) => ix.ids[i])).toEqual(['v1', 's2', 'c1']);
  });

  it('groups clusters by name and sorts ids', () => {
    expect(ix.clusters.map((c) => [c.name, ids(c.hypervisors)])).toEqual([['prod', ['h1']]]);
    expect(ids(ix.sortedById)).toEqual([...sample.nodes.map((n) => n.id)].sort());
  });

  it('survives a parent loop and an unknown parent without hanging', () => {
    const broken = buildPlanIndex(
      plan([server('a', 'b'), server('b', 'a'), vm('v', 'a'), vm('w', 'missing')]),
    );
    expect([...broken.order].sort()).toEqual([0, 1, 2, 3]);
    for (let i = 0; i < 4; i++) expect(broken.tout[i]! > broken.tin[i]!).toBe(true);
  });
});

describe('isWorkloadNode', () => {
  it('agrees with the index on every node of any plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const index = buildPlanIndex(p);
        const children = new Map<string, typeof p.nodes[number][]>();
        for (const n of p.nodes) if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
        for (const n of p.nodes) {
          const i = index.indexOf.get(n.id);
          if (i === undefined) continue;
          expect(isWorkloadNode(n, children.get(n.id) ?? [])).toBe(index.isWorkload[i] === 1);
        }
      }),
    );
  });
});
