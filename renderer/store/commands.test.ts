import { describe, expect, it } from 'vitest';
import { moveNode } from '../../shared/edit';
import { node, plan } from '../../shared/test-support/plans';
import { createTestDocument } from '../document/testDocument';
import { run } from './commands';
import { getPlan } from './editorStores';

describe('run', () => {
  it('moves the neighbours a dropped card overlaps aside, in the same undo step', () => {
    const doc = createTestDocument(
      plan([
        node('server', 'a', null, { position: { x: 0, y: 0 } }),
        node('server', 'b', null, { position: { x: 600, y: 0 } }),
      ]),
    );
    const at = (id: string) => getPlan(doc).nodes.find((n) => n.id === id)?.position;
    expect(run(doc, moveNode(getPlan(doc), 'b', null, { x: 100, y: 10 }))).toBe(true);
    expect(at('b')).toEqual({ x: 100, y: 10 });
    expect(at('a')).not.toEqual({ x: 0, y: 0 });
    doc.plan.temporal.getState().undo();
    expect(at('a')).toEqual({ x: 0, y: 0 });
    expect(at('b')).toEqual({ x: 600, y: 0 });
  });
});
