/**
 * Issue 13: within the schema's bounds (model/bounds.ts), no figure of the report is NaN or
 * infinite, and none is null except where SPEC §6 (and docs/metrics.md) say null; the shared
 * formatters print every figure as plain digits. Plans come from the loader's own arbitraries,
 * extreme values included, and from structured plans with every number at an extreme.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRatio } from '../format/numbers';
import { loadPlan } from '../load/loadPlan';
import { serializePlan } from '../load/serialize';
import { numberIn, validDocArb } from '../load/testArbitraries';
import { BOUNDS, type NumberRange } from '../model/bounds';
import type { Plan, PlanNode } from '../model';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { reportJson } from './jsonOutput';
import { buildReport } from './report';

/** The paths where SPEC §6 allows null (`[]` stands for any list index). */
const NULLABLE = new Set([
  'consolidation.ratio',
  'consolidation.vmsPerHost',
  'consolidation.containersPerHost',
  'blastRadius.max',
  'security.maxExposureWorkload',
  'dr',
]);

function eachLeaf(
  value: unknown,
  path: string,
  visit: (path: string, leaf: unknown) => void,
): void {
  if (Array.isArray(value)) {
    for (const item of value) eachLeaf(item, `${path}[]`, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      eachLeaf(child, path === '' ? key : `${path}.${key}`, visit);
    }
  } else visit(path, value);
}

function checkReport(plan: Plan): void {
  const json = reportJson(buildReport(plan));
  eachLeaf(json, '', (path, leaf) => {
    if (leaf === null) {
      expect(NULLABLE.has(path), `${path} is null`).toBe(true);
      return;
    }
    if (typeof leaf !== 'number') return;
    expect(Number.isFinite(leaf), `${path} is ${leaf}`).toBe(true);
    // What the CLI and the app print: digits, separators, a point, a sign; never ∞ or 1e+21.
    for (const text of [formatNumber(leaf), formatNumber(leaf, 1), formatPercent(leaf)]) {
      expect(text, `${path} = ${leaf} prints as ${text}`).toMatch(/^-?[\d,]+(\.\d+)?%?$/);
      expect(text.length).toBeLessThan(24);
    }
  });
  expect(formatRatio(json.consolidation.ratio)).toMatch(/^(n\/a|[\d,]+(\.\d)? : 1)$/);
  // The JSON the CLI prints parses back to the same figures.
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
}

function load(doc: unknown): Plan | null {
  const result = loadPlan(JSON.stringify(doc));
  return result.ok ? result.plan : null;
}

/** `range`'s extremes and its middle, as picked by `choice`. */
function extreme(range: NumberRange, choice: number): number {
  const low = range.minExclusive === true ? Number.MIN_VALUE : range.min;
  return [low, range.max, range.max, (low + range.max) / 2][choice % 4] as number;
}

/** A structured plan (sites, clusters, VMs, containers) with every number at an extreme. */
const extremePlan = fc
  .tuple(arbitraryPlan, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
  .map(([plan, picks]) => {
    let n = 0;
    const pick = (range: NumberRange): number =>
      extreme(range, (picks[n++ % picks.length] ?? 0) + n);
    const nodes = plan.nodes.map((node): PlanNode => {
      switch (node.kind) {
        case 'server':
          return { ...node, cpuCores: pick(BOUNDS.cpuCores), ramGiB: pick(BOUNDS.ramGiB) };
        case 'hypervisor':
          return {
            ...node,
            reservedCpuCores: pick(BOUNDS.reservedCpuCores),
            reservedRamGiB: pick(BOUNDS.reservedRamGiB),
          };
        case 'vm':
          return { ...node, vcpu: pick(BOUNDS.vcpu), ramGiB: pick(BOUNDS.ramGiB) };
        case 'container':
          return { ...node, cpu: pick(BOUNDS.containerCpu), ramGiB: pick(BOUNDS.containerRamGiB) };
        default:
          return node;
      }
    });
    const hours = (): number => pick(BOUNDS.patchHours);
    const family = () => ({
      linux: hours(),
      windows: hours(),
      unix: hours(),
      bsd: hours(),
      other: hours(),
    });
    const settings = {
      cpuOvercommitLimit: pick(BOUNDS.cpuOvercommitLimit),
      ramOvercommitLimit: pick(BOUNDS.ramOvercommitLimit),
      patchCyclesPerYear: pick(BOUNDS.patchCyclesPerYear),
      patchHours: {
        hostOs: family(),
        hypervisor: hours(),
        guestOs: family(),
        runtime: hours(),
        image: hours(),
      },
    };
    return { ...plan, nodes, settings };
  });

describe('report figures within the bounds', () => {
  it('are finite, and null only where the spec says, for any loadable document', () => {
    fc.assert(
      fc.property(validDocArb({ maxNodes: 30, maxLinks: 20 }), (doc) => {
        const plan = load(doc);
        if (plan) checkReport(plan);
      }),
      { numRuns: 150 },
    );
  });

  it('are finite for structured plans with every number at an extreme', () => {
    fc.assert(
      fc.property(extremePlan, (plan) => {
        const loaded = loadPlan(serializePlan(plan));
        if (!loaded.ok) throw new Error(loaded.error.message);
        checkReport(loaded.plan);
      }),
      { numRuns: 150 },
    );
  });

  it('stay finite when many nodes hold the largest values (sums, not just ratios)', () => {
    const many = numberIn(BOUNDS.vcpu);
    fc.assert(
      fc.property(fc.array(many, { minLength: 1, maxLength: 3 }), (vcpus) => {
        const nodes: Record<string, unknown>[] = [
          { id: 's', kind: 'server', cpuCores: BOUNDS.cpuCores.min, ramGiB: BOUNDS.ramGiB.min },
          { id: 'h', kind: 'hypervisor', parentId: 's', cluster: 'c' },
        ];
        for (let i = 0; i < 2000; i += 1) {
          nodes.push({
            id: `v${i}`,
            kind: 'vm',
            parentId: 'h',
            vcpu: vcpus[i % vcpus.length],
            ramGiB: BOUNDS.ramGiB.max,
          });
        }
        const plan = load({ format: 'strata-plan', version: 1, nodes });
        expect(plan).not.toBeNull();
        if (plan) checkReport(plan);
      }),
      { numRuns: 2 },
    );
  });
});
