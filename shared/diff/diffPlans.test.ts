import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../load/loadPlan';
import { validDocArb } from '../load/testArbitraries';
import { buildReport } from '../metrics/report';
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { hypervisor, plan, server, vm, withNode } from '../test-support/planBuilder';
import { diffPlans, isEmptyDiff } from './diffPlans';

const asIs = plan(
  [
    server('s1', null),
    hypervisor('h1', 's1', { cluster: 'prod' }),
    vm('v1', 'h1', { service: 'erp' }),
    vm('v2', 'h1'),
    server('s2', null),
    hypervisor('h2', 's2', { cluster: 'prod' }),
    vm('v3', 'h2'),
    server('s3', null, { workload: 'mail' }),
  ],
  [['v1', 'v3']],
);

describe('diffPlans', () => {
  it('lists a VM moved to another host, and not as changed', () => {
    const toBe = withNode(asIs, 'v2', (n) => ({ ...n, parentId: 'h2', position: { x: 5, y: 5 } }));
    const diff = diffPlans(asIs, toBe);
    expect(diff.moved).toEqual([{ id: 'v2', name: 'v2', fromParent: 'h1', toParent: 'h2' }]);
    expect(diff.changed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('lists every id on one side only, descendants included, sorted by id', () => {
    const toBe: Plan = {
      ...asIs,
      nodes: [
        ...asIs.nodes.filter((n) => !['s2', 'h2', 'v3'].includes(n.id)),
        server('s9', null),
        hypervisor('h9', 's9'),
        vm('v9', 'h9'),
      ],
      links: [],
    };
    const diff = diffPlans(asIs, toBe);
    expect(diff.removed).toEqual(['h2', 's2', 'v3']);
    expect(diff.added).toEqual(['h9', 's9', 'v9']);
    expect(diff.figures['consolidation.hosts.s2.ramGiB']).toEqual({
      from: 256,
      to: null,
      delta: null,
    });
    expect(diff.figures['consolidation.hosts.s9.ramGiB']).toEqual({
      from: null,
      to: 256,
      delta: null,
    });
  });

  it('lists the fields that changed, in file order, and a kind change as every differing field', () => {
    let toBe = withNode(asIs, 'v1', (n) => ({ ...n, vcpu: 8, ramGiB: 32, name: 'erp-vm' }));
    toBe = withNode(toBe, 's1', (n) => ({ ...n, size: { width: 900, height: 600 } }));
    toBe = withNode(toBe, 'v3', (n) =>
      n.kind === 'vm' ? { ...n, os: { ...n.os, version: '22.04' }, notes: 'old' } : n,
    );
    toBe = withNode(toBe, 's3', () => vm('s3', null));
    const diff = diffPlans(asIs, toBe);
    expect(diff.changed).toEqual([
      { id: 's3', fields: ['kind', 'vcpu', 'ramGiB', 'os', 'workload', 'cpuCores'] },
      { id: 'v1', fields: ['name', 'vcpu', 'ramGiB'] },
      { id: 'v3', fields: ['os', 'notes'] },
    ]);
    expect(diff.moved).toEqual([]);
  });

  it('gives every figure of the report by dotted key, with from, to and delta', () => {
    const toBe = withNode(asIs, 'v2', (n) => ({ ...n, parentId: 'h2' }));
    const diff = diffPlans(asIs, toBe);
    expect(diff.figures['consolidation.servers']).toEqual({ from: 3, to: 3, delta: 0 });
    expect(diff.figures['consolidation.hosts.s2.ramDemand']).toEqual({ from: 8, to: 16, delta: 8 });
    expect(diff.figures['blastRadius.nodes.h1.lost']).toEqual({ from: 0, to: 0, delta: 0 });
    expect(diff.figures['ha.clusters.prod.toleratesHostFailures']).toMatchObject({ delta: 0 });
    // 2 hypervisors × 2 h + 3 Linux guests × 0.5 h = 5.5 h a cycle, × 12.
    expect(diff.figures['patching.hoursPerYear']).toEqual({ from: 66, to: 66, delta: 0 });
    // Not figures: text, lists of names, ids.
    expect(
      Object.keys(diff.figures).some((k) => /name|downtimeHosts|unprotected|\.id$/.test(k)),
    ).toBe(false);
  });

  it('has a null delta when a figure is null or missing on one side', () => {
    const bare = plan([]);
    const diff = diffPlans(bare, asIs);
    expect(diff.figures['consolidation.ratio']).toEqual({
      from: null,
      to: buildReport(asIs).consolidation.ratio,
      delta: null,
    });
  });
});

/** An independent walk of a report: every number and its path, list entries keyed by id or name. */
function numbers(report: Report): Map<string, number> {
  const out = new Map<string, number>();
  const put = (key: string, value: number | null | undefined): void => {
    if (typeof value === 'number') out.set(key, value);
  };
  const { plan: p, consolidation: c, patching, blastRadius, security, ha, dr } = report;
  put('plan.nodes', p.nodes);
  put('plan.links', p.links);
  for (const [k, v] of Object.entries(c)) if (typeof v === 'number') put(`consolidation.${k}`, v);
  for (const h of c.hosts)
    for (const [k, v] of Object.entries(h))
      if (k !== 'id') put(`consolidation.hosts.${h.id}.${k}`, v as number);
  for (const [k, v] of Object.entries(c.totals)) put(`consolidation.totals.${k}`, v);
  for (const [k, v] of Object.entries(patching)) if (typeof v === 'number') put(`patching.${k}`, v);
  for (const e of blastRadius.nodes)
    for (const k of ['lost', 'recovered', 'servicesDown'] as const)
      put(`blastRadius.nodes.${e.id}.${k}`, e[k]);
  if (blastRadius.max)
    for (const k of ['lost', 'recovered', 'servicesDown'] as const)
      put(`blastRadius.max.${k}`, blastRadius.max[k]);
  put('security.maxExposure', security.maxExposure);
  put('security.largestSharedKernel', security.largestSharedKernel);
  for (const cl of ha.clusters)
    for (const k of ['hosts', 'vms', 'toleratesHostFailures'] as const)
      put(`ha.clusters.${cl.name}.${k}`, cl[k]);
  if (dr)
    for (const k of ['demandCpu', 'demandRamGiB', 'freeCpu', 'freeRamGiB', 'coverage'] as const)
      put(`dr.${k}`, dr[k]);
  return out;
}

function expectFiguresAreTheDifference(a: Plan, b: Plan): void {
  const diff = diffPlans(a, b);
  const from = numbers(buildReport(a));
  const to = numbers(buildReport(b));
  const keys = new Set([...from.keys(), ...to.keys()]);
  expect(new Set(Object.keys(diff.figures))).toEqual(keys);
  for (const key of keys) {
    const x = from.get(key) ?? null;
    const y = to.get(key) ?? null;
    // Equal figures differ by 0, even where a sum overflowed (∞ − ∞).
    const delta = x === null || y === null ? null : x === y ? 0 : y - x;
    expect(diff.figures[key], key).toEqual({ from: x, to: y, delta });
  }
}

function loaded(doc: unknown): Plan {
  const result = loadPlan(doc);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('diffPlans, properties', () => {
  it('diff(A, A) is empty', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryPlan, validDocArb().map(loaded)), (a) => {
        const diff = diffPlans(a, a);
        expect(isEmptyDiff(diff)).toBe(true);
        // A copy of every node (another object, the same values) is no change either.
        expect(isEmptyDiff(diffPlans(a, { ...a, nodes: a.nodes.map((n) => ({ ...n })) }))).toBe(
          true,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('diff(A, B).figures is report(B) − report(A), figure by figure', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(arbitraryPlan, fc.array(arbitraryEdit, { minLength: 1, maxLength: 4 }))
            .map(([a, edits]) => [a, edits.reduce(applyEdit, a)] as const),
          fc.tuple(validDocArb().map(loaded), validDocArb().map(loaded)),
        ),
        ([a, b]) => expectFiguresAreTheDifference(a, b),
      ),
      { numRuns: 150 },
    );
  });

  it('lists each id of either plan in at most one of added and removed, and matched ids in neither', () => {
    fc.assert(
      fc.property(validDocArb().map(loaded), validDocArb().map(loaded), (a, b) => {
        const diff = diffPlans(a, b);
        const inA = new Set(a.nodes.map((n) => n.id));
        const inB = new Set(b.nodes.map((n) => n.id));
        expect(diff.added).toEqual(
          [...inB].filter((id) => !inA.has(id)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
        );
        expect(diff.removed).toEqual(
          [...inA].filter((id) => !inB.has(id)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
        );
        for (const m of diff.moved) expect(inA.has(m.id) && inB.has(m.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
