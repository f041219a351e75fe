/** The inspector: the selected node's every field, or a multi-selection's summary. */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CatalogKey } from '../../shared/i18n/keys';
import { useActionDocument } from '../actions/actionDocument';
import { performAction } from '../actions/registry';
import { KIND_ICON } from '../nodes/icons';
import { updateNode } from '../../shared/edit';
import { formatMessage } from '../../shared/i18n/message';
import { useLang } from '../i18n/useLang';
import { run } from '../store/commands';
import { useEditor, usePlan, useUi } from '../store/editorContext';
import { getPlan } from '../store/editorStores';
import { planTree } from '../../shared/edit/planTree';
import { formatNumber } from '../../shared/format/numbers';
import { ReadOnly, TextField } from './fields';
import { KindFields } from './KindFields';

function NodeInspector({ id }: { id: string }) {
  const doc = useEditor();
  const lang = useLang();
  // The engine's index, which the figures build for every plan anyway: after a move on a large plan
  // the plan tree is built later, with the cards (renderer/document/connect.ts).
  const node = usePlan((s) => doc.engine.indexFor(s.plan).getNode(id));
  const parentName = usePlan((s) => {
    const ix = doc.engine.indexFor(s.plan);
    const parentId = ix.getNode(id)?.parentId;
    return parentId ? (ix.getNode(parentId)?.name ?? parentId) : null;
  });
  const commit = useCallback(
    (patch: Record<string, unknown>): string | null => {
      const result = updateNode(getPlan(doc), id, patch);
      if (!result.ok) return formatMessage(lang, result.refusal);
      run(doc, result);
      return null;
    },
    [doc, id, lang],
  );
  if (!node) return null;
  return (
    <div className="inspector__body" data-testid="inspector-node" data-node-id={id}>
      <div className="inspector__heading">
        <img src={KIND_ICON[node.kind]} alt="" width={28} height={28} />
        <div>
          <div className="inspector__title">{node.name}</div>
          <div className="muted">
            {lang.t(`kind.${node.kind}` as CatalogKey)} · {node.id}
          </div>
        </div>
      </div>
      <TextField
        key={`name:${node.name}`}
        label={lang.t('inspector.name')}
        value={node.name}
        commit={(name) => commit({ name })}
        testId="field-name"
      />
      <ReadOnly
        label={lang.t('inspector.inside')}
        value={parentName ?? lang.t('inspector.canvas')}
        testId="field-parent"
      />
      <KindFields node={node} commit={commit} />
      <TextField
        key={`notes:${node.notes ?? ''}`}
        label={lang.t('inspector.notes')}
        multiline
        value={node.notes ?? ''}
        commit={(notes) => commit({ notes: notes === '' ? undefined : notes })}
        testId="field-notes"
      />
    </div>
  );
}

function MultiInspector({ ids }: { ids: readonly string[] }) {
  const doc = useActionDocument();
  const lang = useLang();
  const names = usePlan(
    useShallow((s) => {
      const tree = planTree(s.plan);
      return ids.slice(0, 12).map((id) => tree.byId.get(id)?.name ?? id);
    }),
  );
  return (
    <div className="inspector__body" data-testid="inspector-multi">
      <div className="inspector__title">
        {lang.t('inspector.selected', { count: ids.length, n: formatNumber(ids.length, 0, lang.numberLocale) })}
      </div>
      <ul className="plain-list">
        {names.map((name, i) => (
          <li key={`${name}-${i}`}>{name}</li>
        ))}
        {ids.length > names.length && (
          <li className="muted">
            {lang.t('inspector.more', {
              n: formatNumber(ids.length - names.length, 0, lang.numberLocale),
            })}
          </li>
        )}
      </ul>
      <div className="button-row">
        <button
          type="button"
          onClick={() => performAction('edit-duplicate', { source: 'other', doc })}
        >
          {lang.t('action.duplicate')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => performAction('edit-delete', { source: 'other', doc })}
        >
          {lang.t('action.delete')}
        </button>
      </div>
    </div>
  );
}

/** The selection's inspector, above the sidebar's tabs; nothing when nothing is selected (the
 * plan's settings have their own tab). */
export function Inspector() {
  const selection = useUi((s) => s.selection);
  const lang = useLang();
  const [only] = selection;
  if (selection.length === 0) return null;
  return (
    <section className="inspector" data-testid="inspector" aria-label={lang.t('inspector.title')}>
      <div className="panel-title">{lang.t('inspector.title')}</div>
      {selection.length === 1 && only !== undefined && <NodeInspector key={only} id={only} />}
      {selection.length > 1 && <MultiInspector ids={selection} />}
    </section>
  );
}
