import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { actionState as stateOf } from '../actions/actionState';
import { performAction as perform } from '../actions/registry';
import { createTestDocument } from '../document/testDocument';
import { getPlan as planOf } from '../store/editorStores';
import { emptyPlan } from '../../shared/model/defaults';
import { twoHostPlan } from '../../shared/test-support/plans';
import * as changes from './changes';
import type { CardNode } from './flowElements';
import * as drag from './nodeDrag';

const { sortNodeChanges } = changes;
let doc = createTestDocument(emptyPlan());
const getPlan = () => planOf(doc);
const actionState = () => stateOf(doc);
const performAction = (id: string): boolean => perform(id, { source: 'other', doc });
const onNodesChange = (list: NodeChange<CardNode>[]): void => changes.onNodesChange(doc, list);
const beginNodeDrag = (ids: readonly string[]): void => drag.beginNodeDrag(doc, ids);
const cancelNodeDrag = (): boolean => drag.cancelNodeDrag(doc);
const endNodeDrag = (
  ...args: Parameters<typeof drag.endNodeDrag> extends [unknown, ...infer R] ? R : never
): void => drag.endNodeDrag(doc, ...args);

const history = () => doc.plan.temporal.getState();

function position(id: string, x: number, y: number, dragging = true): NodeChange<CardNode> {
  return { type: 'position', id, position: { x, y }, dragging };
}

function flowNode(id: string): CardNode | undefined {
  return doc.canvas.store.getState().nodes.find((n) => n.id === id);
}

beforeEach(() => {
  doc = createTestDocument(twoHostPlan());
});

describe('sortNodeChanges', () => {
  it('passes positions and sizes through, turns selection into ids and removals into a delete', () => {
    const sorted = sortNodeChanges(
      [
        position('s3', 1, 2),
        { type: 'dimensions', id: 's3', dimensions: { width: 10, height: 10 } },
        { type: 'select', id: 'v1', selected: true },
        { type: 'select', id: 'v2', selected: false },
        { type: 'remove', id: 'c1' },
      ],
      ['v2', 'v3'],
      false,
    );
    expect(sorted.apply.map((c) => c.type)).toEqual(['position', 'dimensions', 'select', 'select']);
    expect(sorted.selection?.sort()).toEqual(['v1', 'v3']);
    expect(sorted.remove).toEqual(['c1']);
  });

  it('drops position changes once a drag is cancelled', () => {
    expect(sortNodeChanges([position('s3', 1, 2)], [], true).apply).toEqual([]);
  });
});

describe('a drag is one undo step', () => {
  it('keeps the frames out of the document and commits once on the drop', () => {
    const before = getPlan();
    beginNodeDrag(['s3']);
    for (let i = 1; i <= 20; i += 1) onNodesChange([position('s3', 2000 + i * 10, i * 5)]);
    expect(getPlan()).toBe(before);
    expect(history().pastStates).toHaveLength(0);
    expect(flowNode('s3')?.position).toEqual({ x: 2200, y: 100 });
    expect(actionState().gestureActive).toBe(true);
    expect(performAction('edit-undo')).toBe(false);

    endNodeDrag('s3', ['s3'], { x: 2300, y: 150 }, new Map([['s3', { x: 2200, y: 100 }]]));
    expect(history().pastStates).toHaveLength(1);
    expect(getPlan().nodes.find((n) => n.id === 's3')?.position).toEqual({ x: 2200, y: 100 });
    expect(doc.ui.getState().gesture).toBeNull();

    expect(performAction('edit-undo')).toBe(true);
    expect(getPlan()).toBe(before);
    expect(flowNode('s3')?.position).toEqual({ x: 2000, y: 0 });
  });

  it('migrates a VM dropped onto another hypervisor, in one step', () => {
    beginNodeDrag(['v2']);
    onNodesChange([position('v2', 900, 80)]);
    const h2 = doc.canvas.store.getState().nodes.find((n) => n.id === 'h2');
    expect(h2).toBeDefined();
    // Drop with the pointer in the middle of h2 (absolute canvas coordinates from the layout).
    const s2 = flowNode('s2');
    const site = flowNode('site1');
    const point = {
      x: (site?.position.x ?? 0) + (s2?.position.x ?? 0) + (h2?.position.x ?? 0) + 20,
      y:
        (site?.position.y ?? 0) +
        (s2?.position.y ?? 0) +
        (h2?.position.y ?? 0) +
        (h2?.height ?? 0) -
        10,
    };
    endNodeDrag('v2', ['v2'], point, new Map());
    expect(getPlan().nodes.find((n) => n.id === 'v2')?.parentId).toBe('h2');
    expect(history().pastStates).toHaveLength(1);
  });

  it('refuses a drop the rules refuse, changes nothing and says why', () => {
    const before = getPlan();
    beginNodeDrag(['v2']);
    onNodesChange([position('v2', 5000, 5000)]);
    endNodeDrag('v2', ['v2'], { x: 5000, y: 5000 }, new Map());
    expect(getPlan()).toBe(before);
    expect(doc.ui.getState().toast).toMatchObject({ kind: 'refused' });
    expect(doc.ui.getState().toast?.text).toMatch(/must go inside a hypervisor/);
    expect(flowNode('v2')?.position).not.toEqual({ x: 5000, y: 5000 });
  });

  it('Escape cancels back to where the drag started, and the drop then changes nothing', () => {
    const before = getPlan();
    beginNodeDrag(['s3']);
    onNodesChange([position('s3', 2500, 300)]);
    expect(cancelNodeDrag()).toBe(true);
    expect(flowNode('s3')?.position).toEqual({ x: 2000, y: 0 });
    onNodesChange([position('s3', 2600, 400)]);
    expect(flowNode('s3')?.position).toEqual({ x: 2000, y: 0 });
    endNodeDrag('s3', ['s3'], { x: 2600, y: 400 }, new Map([['s3', { x: 2600, y: 400 }]]));
    expect(getPlan()).toBe(before);
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('selection', () => {
  it('follows React Flow select changes without touching the history', () => {
    onNodesChange([{ type: 'select', id: 'v1', selected: true }]);
    expect(doc.ui.getState().selection).toEqual(['v1']);
    expect(flowNode('v1')?.selected).toBe(true);
    expect(history().pastStates).toHaveLength(0);
  });

  it('deletes the selection with its subtree as one undoable step', () => {
    doc.ui.setState({ selection: ['v1'] });
    expect(performAction('edit-delete')).toBe(true);
    expect(getPlan().nodes.map((n) => n.id)).not.toContain('c1');
    expect(doc.ui.getState().selection).toEqual([]);
    performAction('edit-undo');
    expect(getPlan().nodes.map((n) => n.id)).toContain('c1');
    performAction('edit-redo');
    expect(getPlan().nodes.map((n) => n.id)).not.toContain('c1');
  });
});
