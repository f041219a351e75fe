import { describe, expect, it } from 'vitest';
import { estate, twoHostPlan } from '../../shared/test-support/plans';
import type { ViewportModel } from '../canvas/viewport';
import { getPlan } from '../store/editorStores';
import { connectDocument } from './connect';
import { createDocumentStores } from './createDocument';

const anyFlow = {} as Parameters<ViewportModel['register']>[0];

describe('opening a document', () => {
  it('builds the canvas once, when the canvas is up, not before and not again', () => {
    const doc = createDocumentStores(twoHostPlan());
    connectDocument(doc);
    expect(doc.canvas.rebuilds()).toBe(0);
    expect(doc.canvas.store.getState().nodes).toEqual([]);
    doc.viewport.register(anyFlow);
    expect(doc.canvas.rebuilds()).toBe(1);
    expect(
      doc.canvas.store
        .getState()
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(
      twoHostPlan()
        .nodes.map((n) => n.id)
        .sort(),
    );
    doc.viewport.register(anyFlow);
    expect(doc.canvas.rebuilds()).toBe(1);
  });

  it('opens another plan with one rebuild, a fresh history and nothing selected', () => {
    const doc = createDocumentStores(twoHostPlan());
    connectDocument(doc);
    doc.viewport.register(anyFlow);
    doc.ui.setState({ selection: ['h1'] });
    doc.canvas.syncSelectionFlags();
    const before = doc.canvas.rebuilds();
    let updates = 0;
    const off = doc.canvas.store.subscribe(() => (updates += 1));
    const next = estate(2, 2, 2);
    doc.open(next);
    off();
    expect(doc.canvas.rebuilds()).toBe(before + 1);
    expect(updates).toBe(1);
    expect(getPlan(doc)).toEqual(next);
    expect(doc.plan.temporal.getState().pastStates).toHaveLength(0);
    expect(doc.ui.getState().selection).toEqual([]);
    expect(doc.plan.getState().dirty).toBe(false);
  });

  it('keeps a plan opened before the canvas is up, and shows that one', () => {
    const doc = createDocumentStores(twoHostPlan());
    connectDocument(doc);
    const next = estate(1, 1, 1);
    doc.open(next);
    expect(doc.canvas.rebuilds()).toBe(0);
    doc.viewport.register(anyFlow);
    expect(doc.canvas.rebuilds()).toBe(1);
    expect(doc.canvas.store.getState().nodes).toHaveLength(next.nodes.length);
  });

  it('keeps two documents apart: plans, histories and canvases', () => {
    const a = createDocumentStores(twoHostPlan());
    const b = createDocumentStores(estate(1, 1, 1));
    a.plan.setState({ plan: { ...getPlan(a), name: 'A edited' } });
    expect(getPlan(b).name).not.toBe('A edited');
    expect(b.plan.temporal.getState().pastStates).toHaveLength(0);
    expect(a.canvas.store).not.toBe(b.canvas.store);
    expect(a.engine).not.toBe(b.engine);
  });
});
