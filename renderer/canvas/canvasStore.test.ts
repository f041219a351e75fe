import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { planTree } from '../../shared/edit/planTree';
import { createEditorStores } from '../store/editorStores';
import { commitPlan as commitPlanTo, replacePlan as replacePlanIn } from '../store/planStore';
import { withNode } from '../../shared/test-support/planBuilder';
import { estate, twoHostPlan } from '../../shared/test-support/plans';
import { createCanvasParts } from './canvasDocument';
import { buildEdges, buildFlowNodes } from './flowElements';
import { layoutPlan } from '../../shared/layout/planLayout';
import { shownNodes } from './levelOfDetail';

const stores = createEditorStores();
const { canvas, lod } = createCanvasParts(stores);
const {
  layoutFor,
  rebuild: rebuildCanvas,
  rebuildAfterPaint: rebuildCanvasAfterPaint,
  syncMovingLinks,
  cardHolding,
} = canvas;
const useCanvasStore = canvas.store;
const useLodStore = lod.store;
const useUiStore = stores.ui;
const replacePlan = (plan: Plan): void => replacePlanIn(stores.plan, plan);
const commitPlan = (plan: Plan): void => commitPlanTo(stores.plan, plan);

function renamed(plan: Plan, id: string, name: string): Plan {
  return withNode(plan, id, (n): PlanNode => ({ ...n, name }));
}

describe('layoutFor after a field edit', () => {
  it('keeps the boxes and puts the edited node objects in the order, as a fresh layout would', () => {
    const plan = estate(2, 3, 4);
    const first = layoutFor(plan);
    const edited = renamed(renamed(plan, 'v0-1-2', 'web'), 's1-2', 'db host');
    const next = layoutFor(edited);
    expect(next.boxes).toBe(first.boxes);
    const fresh = layoutPlan(edited);
    expect(next.order.length).toBe(fresh.order.length);
    next.order.forEach((n, i) => expect(n).toBe(fresh.order[i]));
  });
});

describe('rebuildCanvas after field edits', () => {
  it('gives the elements a rebuild from scratch gives, collapsed cards included', () => {
    let plan = twoHostPlan();
    replacePlan(plan);
    useLodStore.setState({ level: 'full', overrides: new Map([['s1', true]]), region: null });
    rebuildCanvas();
    for (const [id, name] of [
      ['s1', 'a'],
      ['c1', 'b'],
      ['v3', 'c'],
    ] as const) {
      plan = renamed(plan, id, name);
      commitPlan(plan);
      rebuildCanvas();
      const { nodes, edges } = useCanvasStore.getState();
      const hidden = new Set(['h1', 'v1', 'v2', 'r1', 'c1']);
      const shown = plan.nodes.map((n) => n.id).filter((id) => !hidden.has(id));
      const fresh = buildFlowNodes(
        plan,
        layoutPlan(plan),
        [],
        new Set(),
        new Set(['s1']),
        shownNodes(planTree(plan), new Set(['s1'])).ids,
      );
      expect(nodes.map((n) => [n.id, n.data, n.position, n.parentId])).toEqual(
        fresh.map((n) => [n.id, n.data, n.position, n.parentId]),
      );
      expect(edges.map((e) => e.id)).toEqual(
        buildEdges(plan, [], new Set(), new Set(shown)).map((e) => e.id),
      );
    }
    // A move changes the tree: nothing cached for the old shape may be used.
    const moved = {
      ...plan,
      nodes: plan.nodes.map((n) => (n.id === 'v3' ? { ...n, parentId: 'h1' } : n)),
    };
    commitPlan(moved);
    rebuildCanvas();
    const shown = shownNodes(planTree(moved), new Set(['s1']));
    expect(shown.set.has('v3')).toBe(false);
    expect(useCanvasStore.getState().nodes.map((n) => n.id)).toEqual(
      buildFlowNodes(moved, layoutPlan(moved), [], new Set(), new Set(['s1']), shown.ids).map(
        (n) => n.id,
      ),
    );
    expect(useCanvasStore.getState().edges).toEqual([]);
    useLodStore.setState({ level: 'full', overrides: new Map(), region: null });
  });
});

describe('syncMovingLinks', () => {
  it('marks the links of the nodes a drag moves, unmarks them after, and keeps the other objects', () => {
    replacePlan(twoHostPlan());
    useLodStore.setState({ level: 'full', overrides: new Map(), region: null });
    rebuildCanvas();
    const before = useCanvasStore.getState().edges;
    expect(before.map((e) => [e.id, e.className])).toEqual([['l1', 'strata-link']]);
    useUiStore.setState({
      gesture: { kind: 'node-drag', ids: [before[0]?.source ?? ''], cancelled: false },
    });
    syncMovingLinks();
    expect(useCanvasStore.getState().edges.map((e) => e.className)).toEqual([
      'strata-link strata-link--moving',
    ]);
    useUiStore.setState({ gesture: { kind: 'node-drag', ids: ['s3'], cancelled: false } });
    syncMovingLinks();
    expect(useCanvasStore.getState().edges.map((e) => e.className)).toEqual(['strata-link']);
    const unmarked = useCanvasStore.getState().edges;
    useUiStore.setState({ gesture: null });
    syncMovingLinks();
    expect(useCanvasStore.getState().edges).toBe(unmarked);
    // A rebuild never keeps a marked link object.
    useUiStore.setState({
      gesture: { kind: 'node-drag', ids: [before[0]?.source ?? ''], cancelled: false },
    });
    syncMovingLinks();
    useUiStore.setState({ gesture: null });
    rebuildCanvas();
    expect(useCanvasStore.getState().edges.map((e) => e.className)).toEqual(['strata-link']);
  });
});

describe('cardHolding', () => {
  it('is the outermost collapsed card around a node, or the node itself', () => {
    replacePlan(twoHostPlan());
    useLodStore.setState({ level: 'full', overrides: new Map([['s1', true]]), region: null });
    rebuildCanvas();
    expect(cardHolding('c1')).toBe('s1');
    expect(cardHolding('s1')).toBe('s1');
    expect(cardHolding('v3')).toBe('v3');
    useLodStore.setState({
      level: 'full',
      overrides: new Map([
        ['s1', true],
        ['site1', true],
      ]),
      region: null,
    });
    rebuildCanvas();
    expect(cardHolding('c1')).toBe('site1');
    useLodStore.setState({ level: 'full', overrides: new Map(), region: null });
    rebuildCanvas();
    expect(cardHolding('c1')).toBe('c1');
  });
});

describe('rebuildCanvasAfterPaint', () => {
  const frames: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const flush = (queue: (() => void)[]): void => {
    for (const run of queue.splice(0)) run();
  };

  afterEach(() => {
    vi.unstubAllGlobals();
    useUiStore.setState({ gesture: null });
  });

  function setUp(): Plan {
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const plan = twoHostPlan();
    replacePlan(plan);
    useLodStore.setState({ level: 'full', overrides: new Map(), region: null });
    rebuildCanvas();
    const edited = renamed(plan, 'v1', 'web');
    commitPlan(edited);
    return edited;
  }

  const nameOnCanvas = (): unknown =>
    useCanvasStore.getState().nodes.find((n) => n.id === 'v1')?.data.node.name;

  it('rebuilds once, after the next frame, when the main thread is idle', () => {
    setUp();
    rebuildCanvasAfterPaint();
    rebuildCanvasAfterPaint();
    expect(frames).toHaveLength(1);
    flush(frames);
    expect(nameOnCanvas()).toBe('v1');
    expect(idle).toHaveLength(1);
    flush(idle);
    expect(nameOnCanvas()).toBe('web');
  });

  it('leaves the cards of a drag in flight alone', () => {
    setUp();
    rebuildCanvasAfterPaint();
    useUiStore.setState({ gesture: { kind: 'node-drag', ids: ['v2'], cancelled: false } });
    flush(frames);
    flush(idle);
    expect(nameOnCanvas()).toBe('v1');
  });
});
