import { describe, expect, it, vi } from 'vitest';
import { plan, server } from '../../shared/test-support/planBuilder';
import { createTestDocument } from '../document/testDocument';
import { getPlan } from '../store/editorStores';
import { setSelection } from '../store/uiStore';
import { performAction } from './registry';

function docWithTwoCards() {
  const doc = createTestDocument(
    plan([server('a', null, { position: { x: 0, y: 0 } }), server('b', null, { position: { x: 900, y: 0 } })]),
  );
  setSelection(doc, ['a']);
  return doc;
}

const x = (doc: ReturnType<typeof docWithTwoCards>) =>
  getPlan(doc).nodes.find((n) => n.id === 'a')?.position?.x;

describe('the nudge actions', () => {
  it('move the selection a pixel, or a grid step, and a quick run is one undo step', () => {
    const doc = docWithTwoCards();
    const ctx = { source: 'keyboard' as const, doc };
    performAction('edit-nudge-right', ctx);
    performAction('edit-nudge-right', ctx);
    performAction('edit-nudge-right-grid', ctx);
    expect(x(doc)).toBe(22);
    expect(doc.plan.temporal.getState().pastStates).toHaveLength(1);
    doc.plan.temporal.getState().undo();
    expect(x(doc)).toBe(0);
  });

  it('start a new undo step after a pause, or after another edit', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const doc = docWithTwoCards();
      const ctx = { source: 'keyboard' as const, doc };
      performAction('edit-nudge-left', ctx);
      vi.advanceTimersByTime(3500);
      performAction('edit-nudge-left', ctx);
      expect(doc.plan.temporal.getState().pastStates).toHaveLength(2);
      doc.plan.temporal.getState().undo();
      performAction('edit-nudge-up', ctx);
      expect(doc.plan.temporal.getState().pastStates).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are off with nothing selected', () => {
    const doc = docWithTwoCards();
    setSelection(doc, []);
    expect(performAction('edit-nudge-down', { source: 'keyboard', doc })).toBe(false);
  });
});
