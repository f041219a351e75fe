import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../generatePlan';
import { planToFlowNodes } from './gridLayout';

describe('the floor page layout', () => {
  const plan = generatePlan({ nodes: 500 });
  const { nodes, bounds } = planToFlowNodes(plan.nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  it('has every plan node once, nested like the plan, parents before children', () => {
    expect(nodes).toHaveLength(plan.nodes.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(plan.nodes.length);
    const seen = new Set<string>();
    for (const node of nodes) {
      const planNode = plan.nodes.find((p) => p.id === node.id);
      expect(node.parentId ?? null).toBe(planNode?.parentId ?? null);
      if (node.parentId !== undefined) expect(seen.has(node.parentId)).toBe(true);
      seen.add(node.id);
    }
  });

  it('gives every node an explicit size and no handles', () => {
    for (const node of nodes) {
      expect(node.width).toBeGreaterThan(0);
      expect(node.height).toBeGreaterThan(0);
      expect(node.handles).toEqual([]);
    }
  });

  it('keeps children inside their parent and apart from their siblings', () => {
    const siblings = new Map<string, typeof nodes>();
    for (const node of nodes) {
      if (node.parentId === undefined) continue;
      const parent = byId.get(node.parentId);
      expect(node.position.x).toBeGreaterThanOrEqual(0);
      expect(node.position.y).toBeGreaterThanOrEqual(0);
      expect(node.position.x + (node.width ?? 0)).toBeLessThanOrEqual(parent?.width ?? 0);
      expect(node.position.y + (node.height ?? 0)).toBeLessThanOrEqual(parent?.height ?? 0);
      siblings.set(node.parentId, [...(siblings.get(node.parentId) ?? []), node]);
    }
    for (const group of siblings.values()) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) {
          const apart =
            a.position.x + (a.width ?? 0) <= b.position.x || b.position.x + (b.width ?? 0) <= a.position.x ||
            a.position.y + (a.height ?? 0) <= b.position.y || b.position.y + (b.height ?? 0) <= a.position.y;
          expect(apart).toBe(true);
        }
      }
    }
  });

  it('places top-level nodes at their saved position, and bounds them all', () => {
    for (const root of plan.nodes.filter((n) => n.parentId === null)) {
      expect(byId.get(root.id)?.position).toEqual(root.position);
    }
    const roots = nodes.filter((n) => n.parentId === undefined);
    expect(bounds.x).toBe(Math.min(...roots.map((n) => n.position.x)));
    expect(bounds.x + bounds.width).toBe(Math.max(...roots.map((n) => n.position.x + (n.width ?? 0))));
    expect(bounds.y + bounds.height).toBe(Math.max(...roots.map((n) => n.position.y + (n.height ?? 0))));
  });
});
