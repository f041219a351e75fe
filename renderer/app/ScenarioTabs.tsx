/**
 * The scenario tabs along the bottom of the canvas, as sheets in a spreadsheet: click to show a
 * scenario, double-click (or Rename) to rename it; add, duplicate, move left or right, delete —
 * each undone by Ctrl+Z when it is the last thing done, and the last delete by its own button too.
 * What each does is renderer/document/scenarioTabs.ts.
 */
import { useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useStrataDocument } from '../document/DocumentProvider';
import {
  addEmpty,
  duplicateActive,
  move,
  remove,
  rename,
  restoreDeleted,
  switchScenario,
} from '../document/scenarioTabs';
import { useUi } from '../store/editorContext';
import { useLang } from '../i18n/useLang';

export function ScenarioTabs() {
  const doc = useStrataDocument();
  const set = useStore(doc.scenarios.store, (s) => s.set);
  const deleted = useStore(doc.scenarios.store, (s) => s.deleted);
  const busy = useUi((s) => s.gesture !== null);
  const { t } = useLang();
  const [editing, setEditing] = useState<string | null>(null);
  const active = set.activeScenario;
  const index = set.scenarios.findIndex((s) => s.id === active);
  const commit = (id: string, name: string): void => {
    rename(doc, id, name);
    setEditing(null);
  };
  const onKey = (id: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(id, event.currentTarget.value);
    else if (event.key === 'Escape') setEditing(null);
  };
  return (
    <nav className="scenario-tabs" data-testid="scenario-tabs" aria-label={t('ui.scenarios.label')}>
      <div role="tablist" className="scenario-tabs__list">
        {set.scenarios.map((s) =>
          editing === s.id ? (
            <input
              key={s.id}
              className="scenario-tabs__rename"
              data-testid="scenario-rename-input"
              aria-label={t('ui.scenarios.name')}
              defaultValue={s.name}
              autoFocus
              onKeyDown={onKey(s.id)}
              onBlur={(event) => commit(s.id, event.currentTarget.value)}
            />
          ) : (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.id === active}
              className={`scenario-tabs__tab${s.id === active ? ' scenario-tabs__tab--active' : ''}`}
              data-testid={`scenario-tab-${s.id}`}
              disabled={busy}
              onClick={() => switchScenario(doc, s.id)}
              onDoubleClick={() => setEditing(s.id)}
              title={t('ui.scenarios.tabHint')}
            >
              {s.name}
            </button>
          ),
        )}
      </div>
      <div className="scenario-tabs__tools">
        <button
          type="button"
          data-testid="scenario-add"
          title={t('ui.scenarios.add')}
          disabled={busy}
          onClick={() => addEmpty(doc)}
        >
          +
        </button>
        <button
          type="button"
          data-testid="scenario-duplicate"
          title={t('ui.scenarios.duplicateHint')}
          disabled={busy}
          onClick={() => duplicateActive(doc)}
        >
          {t('ui.scenarios.duplicate')}
        </button>
        <button
          type="button"
          data-testid="scenario-rename"
          title={t('ui.scenarios.renameHint')}
          onClick={() => setEditing(active)}
        >
          {t('ui.scenarios.rename')}
        </button>
        <button
          type="button"
          data-testid="scenario-move-left"
          title={t('ui.scenarios.moveLeft')}
          disabled={index <= 0}
          onClick={() => move(doc, active, index - 1)}
        >
          ◀
        </button>
        <button
          type="button"
          data-testid="scenario-move-right"
          title={t('ui.scenarios.moveRight')}
          disabled={index >= set.scenarios.length - 1}
          onClick={() => move(doc, active, index + 1)}
        >
          ▶
        </button>
        <button
          type="button"
          data-testid="scenario-delete"
          title={t('ui.scenarios.deleteHint')}
          disabled={busy || set.scenarios.length < 2}
          onClick={() => remove(doc, active)}
        >
          {t('ui.scenarios.delete')}
        </button>
        {deleted ? (
          <button
            type="button"
            data-testid="scenario-restore"
            disabled={busy}
            onClick={() => restoreDeleted(doc)}
          >
            {t('ui.scenarios.restore', { name: deleted.scenario.name })}
          </button>
        ) : null}
      </div>
    </nav>
  );
}
