import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTree } from '../../shared/edit/planTree';
import { estate, twoHostPlan } from '../../shared/test-support/plans';
import { langOf } from '../../shared/i18n/lang';
import { buildEdges, buildFlowNodes } from './flowElements';
import { absoluteBox, layoutPlan } from '../../shared/layout/planLayout';
import { sameStructure } from './canvasStore';
import {
  summaryFontSize,
  COLLAPSE_BELOW,
  EXPAND_FROM,
  collapsedIds,
  contains,
  levelForZoom,
  regionAround,
  shownNodes,
  subtreeSummaries,
  summaryText,
  type DetailLevel,
} from './levelOfDetail';

describe('levelForZoom', () => {
  it('collapses below one threshold and expands only from a higher one', () => {
    expect(levelForZoom(1, 'full')).toBe('full');
    expect(levelForZoom(COLLAPSE_BELOW - 0.01, 'full')).toBe('summary');
    // Between the thresholds the level stays what it was: no flicker around one value.
    const between = (COLLAPSE_BELOW + EXPAND_FROM) / 2;
    expect(levelForZoom(between, 'full')).toBe('full');
    expect(levelForZoom(between, 'summary')).toBe('summary');
    expect(levelForZoom(EXPAND_FROM, 'summary')).toBe('full');
  });

  it('never changes level twice for the same zoom (hysteresis is stable)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.constantFrom<DetailLevel>('full', 'summary'), (zoom, start) => {
        const once = levelForZoom(zoom, start);
        expect(levelForZoom(zoom, once)).toBe(once);
      }),
    );
  });
});

describe('collapsedIds and shownNodes', () => {
  const plan = twoHostPlan();
  const tree = planTree(plan);

  it('collapses every server with contents at the summary level, none at full', () => {
    expect([...collapsedIds(tree, 'summary', new Map())].sort()).toEqual(['s1', 's2']);
    expect(collapsedIds(tree, 'full', new Map()).size).toBe(0);
  });

  it('honours hand-made choices: expanded at summary level, collapsed at full', () => {
    expect([...collapsedIds(tree, 'summary', new Map([['s1', false]]))]).toEqual(['s2']);
    expect([...collapsedIds(tree, 'full', new Map([['site1', true]]))]).toEqual(['site1']);
    // A VM is not collapsible, and an empty server has nothing to collapse.
    expect(collapsedIds(tree, 'full', new Map([['v1', true], ['s3', true]])).size).toBe(0);
  });

  it('shows every node but the descendants of collapsed ones, parents before children', () => {
    const hidden = (collapsed: string[]) => {
      const shown = shownNodes(tree, new Set(collapsed));
      return plan.nodes.map((n) => n.id).filter((id) => !shown.set.has(id)).sort();
    };
    expect(hidden(['s1'])).toEqual(['c1', 'h1', 'r1', 'v1', 'v2']);
    expect(hidden(['site1'])).toEqual(['c1', 'h1', 'h2', 'r1', 's1', 's2', 'v1', 'v2', 'v3']);
    expect(shownNodes(tree, new Set()).ids).toEqual(layoutPlan(plan).order.map((n) => n.id));
  });

  it('leaves off, given a region, exactly the nodes wholly outside it and all they hold', () => {
    const big = estate(2, 6, 3);
    const bigTree = planTree(big);
    const layout = layoutPlan(big);
    const boxOf = (id: string) => absoluteBox(layout, id);
    const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 4000 }), fc.integer({ min: -500, max: 3000 }), fc.integer({ min: 1, max: 2000 }), (x, y, size) => {
        const region = { x, y, width: size, height: size / 2 };
        const shown = shownNodes(bigTree, new Set(), region, boxOf);
        // A node is on the canvas exactly when it and every node holding it reach into the region.
        for (const node of big.nodes) {
          let inside = true;
          for (let at: string | null = node.id; at !== null; at = bigTree.byId.get(at)?.parentId ?? null) {
            const box = boxOf(at);
            if (box && !overlaps(region, box)) inside = false;
          }
          expect(shown.set.has(node.id)).toBe(inside);
        }
        // In the layout's order: parents before children, as React Flow needs.
        const order = layout.order.map((n) => n.id).filter((id) => shown.set.has(id));
        expect(shown.ids).toEqual(order);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a region while the view stays inside it, and grows the view by half on each side', () => {
    const view = { x: 0, y: 0, width: 100, height: 50 };
    const region = regionAround(view);
    expect(region).toEqual({ x: -50, y: -25, width: 200, height: 100 });
    expect(contains(region, { x: 40, y: 10, width: 100, height: 50 })).toBe(true);
    expect(contains(region, { x: 60, y: 10, width: 100, height: 50 })).toBe(false);
  });
});

describe('summaries', () => {
  it('count every descendant by kind', () => {
    const s = subtreeSummaries(twoHostPlan());
    expect(s.get('site1')).toEqual({ servers: 2, hypervisors: 2, vms: 3, runtimes: 1, containers: 1 });
    expect(s.get('s1')).toEqual({ servers: 0, hypervisors: 1, vms: 2, runtimes: 1, containers: 1 });
    expect(s.has('c1')).toBe(false);
    expect(summaryText(s.get('s1') ?? { servers: 0, hypervisors: 0, vms: 0, runtimes: 0, containers: 0 })).toBe(
      '1 hypervisor · 2 VMs · 1 runtime · 1 container',
    );
    expect(summaryText(s.get('s1') ?? { servers: 0, hypervisors: 0, vms: 0, runtimes: 0, containers: 0 }, langOf('zh-CN'))).toBe(
      '1 个 Hypervisor · 2 台虚拟机 · 1 个容器运行时 · 1 个容器',
    );
  });

  it('match a count of the plan on a generated estate', () => {
    const big = estate(2, 5, 4);
    const s = subtreeSummaries(big);
    expect(s.get('site0')).toEqual({ servers: 5, hypervisors: 5, vms: 20, runtimes: 0, containers: 0 });
    expect(s.get('s1-4')).toEqual({ servers: 0, hypervisors: 1, vms: 4, runtimes: 0, containers: 0 });
  });
});

describe('flow elements with collapsed nodes', () => {
  const plan = twoHostPlan();
  const tree = planTree(plan);
  const layout = layoutPlan(plan);

  it('leave hidden nodes and their links off the canvas, give summary cards their counts, and keep boxes', () => {
    const collapsed = new Set(['s1', 's2']);
    const shown = shownNodes(tree, collapsed);
    const nodes = buildFlowNodes(plan, layout, [], new Set(), collapsed, shown.ids);
    expect(nodes.map((n) => n.id)).toEqual(['site1', 's1', 's2', 's3']);
    const s1 = nodes.find((n) => n.id === 's1');
    expect(s1?.data.summary).toEqual({ servers: 0, hypervisors: 1, vms: 2, runtimes: 1, containers: 1 });
    expect(s1?.width).toBe(layout.boxes.get('s1')?.width);
    expect(nodes.find((n) => n.id === 's3')?.data.summary).toBeNull();
    expect(buildEdges(plan, [], new Set(), shown.set)).toEqual([]);
    expect(buildEdges(plan, [], new Set()).map((e) => e.id)).toEqual(['l1']);
  });

  it('reuse every unchanged object when the level of detail does not change', () => {
    const collapsed = new Set(['s1']);
    const shown = shownNodes(tree, collapsed).ids;
    const first = buildFlowNodes(plan, layout, [], new Set(), collapsed, shown);
    const second = buildFlowNodes(plan, layout, first, new Set(), collapsed, shown);
    second.forEach((n, i) => expect(n).toBe(first[i]));
    // Expanding s1 again rebuilds s1 only; the others keep their identity.
    const expanded = buildFlowNodes(plan, layout, first, new Set());
    expect(expanded.find((n) => n.id === 's1')).not.toBe(first.find((n) => n.id === 's1'));
    expect(expanded.find((n) => n.id === 's2')).toBe(first.find((n) => n.id === 's2'));
  });
});

describe('sameStructure (layout reuse after a field edit)', () => {
  it('is true for a field change and false for a move or a new node', () => {
    const plan = twoHostPlan();
    const edited = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'v1' ? { ...n, name: 'renamed' } : n)) };
    expect(sameStructure(plan, edited)).toBe(true);
    const moved = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'v3' ? { ...n, parentId: 'h1' } : n)) };
    expect(sameStructure(plan, moved)).toBe(false);
    const shifted = { ...plan, nodes: plan.nodes.map((n) => (n.id === 's3' ? { ...n, position: { x: 1, y: 2 } } : n)) };
    expect(sameStructure(plan, shifted)).toBe(false);
    expect(sameStructure(plan, { ...plan, nodes: plan.nodes.slice(1) })).toBe(false);
  });
});

describe('summaryFontSize', () => {
  it('gives every summary card the size the smallest one holds, within bounds', () => {
    expect(summaryFontSize([])).toBeNull();
    const small = { width: 248, height: 240 };
    const big = { width: 1200, height: 900 };
    // 7 % of the small card's width: the big card gets the same, not its own 64.
    expect(summaryFontSize([big, small])).toBe(Math.round(248 * 0.07));
    expect(summaryFontSize([big])).toBe(64);
    expect(summaryFontSize([{ width: 40, height: 30 }])).toBe(12);
    fc.assert(
      fc.property(
        fc.array(fc.record({ width: fc.integer({ min: 50, max: 5000 }), height: fc.integer({ min: 50, max: 5000 }) }), { minLength: 1 }),
        (cards) => {
          const size = summaryFontSize(cards) ?? 0;
          const reordered = summaryFontSize([...cards].reverse());
          return reordered === size && size >= 12 && size <= 64;
        },
      ),
    );
  });
});
