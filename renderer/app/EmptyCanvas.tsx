/**
 * The empty canvas says how to start: drag from the palette, or pick a starter plan (made by
 * shared/edit/starters.ts, one undo step). "Import…" is offered when the `file-import` action exists.
 */
import { addStarter, STARTERS } from '../../shared/edit';
import { useActionDocument } from '../actions/actionDocument';
import { getAction, performAction } from '../actions/registry';
import { run } from '../store/commands';
import { usePlan } from '../store/editorContext';
import { getPlan } from '../store/editorStores';
import { useCanvasDocument } from '../canvas/canvasDocument';

export function EmptyCanvas() {
  const empty = usePlan((s) => s.plan.nodes.length === 0);
  const doc = useCanvasDocument();
  const actionDoc = useActionDocument();
  if (!empty) return null;
  const canImport = getAction('file-import') !== undefined;
  return (
    <div className="empty-canvas" data-testid="empty-canvas">
      <p className="empty-canvas__title">An empty plan</p>
      <p className="empty-canvas__hint">
        Drag a site or a server from the palette onto the canvas, or start from:
      </p>
      <div className="empty-canvas__starters">
        {STARTERS.map((starter) => (
          <button
            key={starter.id}
            type="button"
            className="empty-canvas__starter"
            data-testid={`starter-${starter.id}`}
            title={starter.detail}
            onClick={() => {
              if (run(doc, addStarter(getPlan(doc), starter.id), { select: true }))
                requestAnimationFrame(() => doc.viewport.fitAll());
            }}
          >
            {starter.label}
          </button>
        ))}
        {canImport && (
          <button
            type="button"
            className="empty-canvas__starter"
            data-testid="starter-import"
            onClick={() => performAction('file-import', { source: 'other', doc: actionDoc })}
          >
            Import…
          </button>
        )}
      </div>
    </div>
  );
}
