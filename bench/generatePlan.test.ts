import { describe, expect, it } from 'vitest';
import { loadPlan } from '../shared/load/loadPlan';
import { planToDocument } from '../shared/load/serialize';
import { buildReport } from '../shared/metrics/report';
import type { Plan, PlanNode } from '../shared/model';
import { BENCH_SIZES, generatePlan } from './generatePlan';
import { planText } from './planText';

function loaded(plan: Plan): Plan {
  const result = loadPlan(planText(plan));
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

const byId = (plan: Plan): Map<string, PlanNode> => new Map(plan.nodes.map((n) => [n.id, n]));

describe('generatePlan', () => {
  const plan = generatePlan({ nodes: 10_000 });
  const nodes = byId(plan);
  const serverOf = (id: string): string | undefined => {
    let node = nodes.get(id);
    while (node && node.kind !== 'server')
      node = node.parentId === null ? undefined : nodes.get(node.parentId);
    return node?.id;
  };

  it('is deterministic: the same seed gives the same text, another seed another plan', () => {
    expect(planText(generatePlan({ nodes: 2_000 }))).toBe(planText(generatePlan({ nodes: 2_000 })));
    expect(planText(generatePlan({ nodes: 2_000, seed: 7 }))).not.toBe(
      planText(generatePlan({ nodes: 2_000 })),
    );
  });

  it('hits every benchmark size exactly', () => {
    for (const size of BENCH_SIZES)
      expect(generatePlan({ nodes: size.nodes }).nodes).toHaveLength(size.nodes);
    expect(() => generatePlan({ nodes: 50 })).toThrow(RangeError);
  });

  it('writes a document that loads, with every field written (a save of the loaded plan is the same document)', () => {
    const text = planText(plan);
    expect(JSON.parse(text)).toEqual(plan);
    expect(planToDocument(loaded(plan))).toEqual(JSON.parse(text));
    // The reference of issue 2 is a 1.4 MB plan; writing every field costs ~170 bytes a node.
    expect(text.length).toBeGreaterThan(1.2e6);
    expect(text.length).toBeLessThan(2.2e6);
  });

  it('lists parents before their children, and gives the top-level nodes positions', () => {
    const seen = new Set<string>();
    for (const node of plan.nodes) {
      if (node.parentId !== null) expect(seen.has(node.parentId)).toBe(true);
      else expect(node.position).toBeDefined();
      seen.add(node.id);
    }
  });

  it('has a primary and a secondary site, and HA clusters of 16 hosts named per site', () => {
    const sites = plan.nodes.filter((n) => n.kind === 'site');
    expect(sites.map((s) => s.kind === 'site' && s.role)).toEqual(['primary', 'secondary']);
    const clusters = new Map<string, Set<string>>();
    for (const node of plan.nodes) {
      if (node.kind !== 'hypervisor' || node.cluster === null) continue;
      const siteId = nodes.get(node.parentId ?? '')?.parentId ?? '';
      expect(node.cluster.startsWith(siteId === 'site-1' ? 'pri-' : 'sec-')).toBe(true);
      clusters.set(node.cluster, (clusters.get(node.cluster) ?? new Set()).add(node.id));
    }
    expect(clusters.size).toBe(25);
    for (const hosts of clusters.values()) expect(hosts.size).toBe(16);
  });

  it('mixes Linux and Windows guests, Kubernetes-node VMs with containers and bare-metal Docker hosts', () => {
    const families = new Set(plan.nodes.flatMap((n) => (n.kind === 'vm' ? [n.os.family] : [])));
    expect(families).toEqual(new Set(['linux', 'windows']));
    const runtimes = plan.nodes.filter((n) => n.kind === 'runtime');
    const onVm = runtimes.filter((r) => nodes.get(r.parentId ?? '')?.kind === 'vm');
    const onServer = runtimes.filter((r) => nodes.get(r.parentId ?? '')?.kind === 'server');
    expect(onVm.length).toBeGreaterThan(100);
    expect(onServer.length).toBeGreaterThanOrEqual(1);
    expect(plan.nodes.filter((n) => n.kind === 'container').length).toBeGreaterThan(2_000);
  });

  it('spreads the 2–3 replicas of a service over different servers, bar about one in a hundred', () => {
    const replicas = new Map<string, string[]>();
    for (const node of plan.nodes) {
      if ((node.kind === 'vm' || node.kind === 'container') && node.service !== null) {
        replicas.set(node.service, [...(replicas.get(node.service) ?? []), node.id]);
      }
    }
    const sizes = [...replicas.values()].map((ids) => ids.length);
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBe(3);
    const together = [...replicas.values()].filter(
      (ids) => new Set(ids.map(serverOf)).size === 1,
    ).length;
    expect(together).toBeGreaterThan(0);
    expect(together / replicas.size).toBeLessThan(0.03);
  });

  it('gives a mostly healthy estate: no errors, a few cycles, clusters that mostly tolerate failures', () => {
    const report = buildReport(loaded(plan));
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const codes = new Set(report.issues.map((i) => i.code));
    expect(codes).toContain('dependency-cycle');
    expect(report.plan.links).toBeGreaterThan(3_000);
    const tolerance = report.ha.clusters.map((c) => c.toleratesHostFailures);
    const none = tolerance.filter((k) => k === 0).length;
    expect(none).toBeGreaterThan(0);
    expect(none).toBeLessThan(tolerance.length / 4);
    expect(tolerance.filter((k) => k === 1 || k === 2).length).toBeGreaterThan(0);
  });
});
