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
import { useLang } from '../i18n/useLang';

export function EmptyCanvas() {
  const empty = usePlan((s) => s.plan.nodes.length === 0);
  const doc = useCanvasDocument();
  const actionDoc = useActionDocument();
  const lang = useLang();
  if (!empty) return null;
  const canImport = getAction('file-import') !== undefined;
  return (
    <div className="empty-canvas" data-testid="empty-canvas">
      <p className="empty-canvas__title">{lang.t('ui.empty.title')}</p>
      <p className="empty-canvas__hint">{lang.t('ui.empty.hint')}</p>
      <div className="empty-canvas__starters">
        {STARTERS.map((starter) => (
          <button
            key={starter.id}
            type="button"
            className="empty-canvas__starter"
            data-testid={`starter-${starter.id}`}
            title={lang.t(`ui.starter.${starter.id}.detail`)}
            onClick={() => {
              if (run(doc, addStarter(getPlan(doc), starter.id), { select: true }))
                requestAnimationFrame(() => doc.viewport.fitAll());
            }}
          >
            {lang.t(`ui.starter.${starter.id}`)}
          </button>
        ))}
        {canImport && (
          <button
            type="button"
            className="empty-canvas__starter"
            data-testid="starter-import"
            onClick={() => performAction('file-import', { source: 'other', doc: actionDoc })}
          >
            {lang.t('action.import')}
          </button>
        )}
      </div>
    </div>
  );
}
