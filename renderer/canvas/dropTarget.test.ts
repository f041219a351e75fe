import { describe, expect, it } from 'vitest';
import type { Point } from '../../shared/model/nodes';
import { twoHostPlan } from '../../shared/test-support/plans';
import { findDropTarget, nodesUnder } from './dropTarget';
import { layoutPlan } from '../../shared/layout/planLayout';

const p = twoHostPlan();
const layout = layoutPlan(p);

/** A point just inside the bottom-left corner of a node, clear of its children. */
function inside(id: string): Point {
  const at = layout.absolute.get(id) ?? { x: 0, y: 0 };
  const box = layout.boxes.get(id);
  return { x: at.x + 4, y: at.y + (box?.height ?? 0) - 4 };
}

function centreOf(id: string): Point {
  const at = layout.absolute.get(id) ?? { x: 0, y: 0 };
  const box = layout.boxes.get(id);
  return { x: at.x + (box?.width ?? 0) / 2, y: at.y + (box?.height ?? 0) / 2 };
}

describe('nodesUnder', () => {
  it('lists the nodes under a point innermost first', () => {
    expect(nodesUnder(p, layout, centreOf('c1')).map((n) => n.id)).toEqual(['c1', 'r1', 'v1', 'h1', 's1', 'site1']);
    expect(nodesUnder(p, layout, { x: -50, y: -50 })).toEqual([]);
  });

  it('skips excluded nodes with their subtrees', () => {
    expect(nodesUnder(p, layout, centreOf('c1'), new Set(['v1'])).map((n) => n.id)).toEqual(['h1', 's1', 'site1']);
  });
});

describe('findDropTarget', () => {
  it('chooses the innermost node that accepts the kind', () => {
    expect(findDropTarget(p, layout, centreOf('c1'), 'container')).toMatchObject({ ok: true, parentId: 'r1' });
    expect(findDropTarget(p, layout, centreOf('c1'), 'vm')).toMatchObject({ ok: true, parentId: 'h1', message: 'Into hypervisor h1' });
    expect(findDropTarget(p, layout, inside('site1'), 'server')).toMatchObject({ ok: true, parentId: 'site1' });
  });

  it('drops kinds that may stand alone on the canvas', () => {
    expect(findDropTarget(p, layout, { x: -500, y: -500 }, 'server')).toMatchObject({ ok: true, parentId: null, message: 'Onto the canvas' });
  });

  it('refuses with the reason of the innermost node under the pointer', () => {
    const refused = findDropTarget(p, layout, inside('s3'), 'vm');
    expect(refused).toMatchObject({ ok: false, outlineId: 's3' });
    expect(refused.message).toMatch(/A VM cannot go inside a server/);
    expect(findDropTarget(p, layout, { x: -500, y: -500 }, 'container').message).toMatch(/not on the bare canvas/);
  });

  it('lets a moved node stay in its own parent but never go inside itself', () => {
    expect(findDropTarget(p, layout, centreOf('v2'), 'vm', 'v2')).toMatchObject({ ok: true, parentId: 'h1' });
    expect(findDropTarget(p, layout, centreOf('c1'), 'server', 's1')).toMatchObject({ ok: true, parentId: 'site1' });
  });
});
