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

export function ScenarioTabs() {
  const doc = useStrataDocument();
  const set = useStore(doc.scenarios.store, (s) => s.set);
  const deleted = useStore(doc.scenarios.store, (s) => s.deleted);
  const busy = useUi((s) => s.gesture !== null);
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
    <nav className="scenario-tabs" data-testid="scenario-tabs" aria-label="Scenarios">
      <div role="tablist" className="scenario-tabs__list">
        {set.scenarios.map((s) =>
          editing === s.id ? (
            <input
              key={s.id}
              className="scenario-tabs__rename"
              data-testid="scenario-rename-input"
              aria-label="Scenario name"
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
              title="Double-click to rename"
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
          title="New empty scenario"
          disabled={busy}
          onClick={() => addEmpty(doc)}
        >
          +
        </button>
        <button
          type="button"
          data-testid="scenario-duplicate"
          title="Duplicate this scenario (the usual start of a to-be)"
          disabled={busy}
          onClick={() => duplicateActive(doc)}
        >
          Duplicate
        </button>
        <button
          type="button"
          data-testid="scenario-rename"
          title="Rename this scenario"
          onClick={() => setEditing(active)}
        >
          Rename
        </button>
        <button
          type="button"
          data-testid="scenario-move-left"
          title="Move this scenario left"
          disabled={index <= 0}
          onClick={() => move(doc, active, index - 1)}
        >
          ◀
        </button>
        <button
          type="button"
          data-testid="scenario-move-right"
          title="Move this scenario right"
          disabled={index >= set.scenarios.length - 1}
          onClick={() => move(doc, active, index + 1)}
        >
          ▶
        </button>
        <button
          type="button"
          data-testid="scenario-delete"
          title="Delete this scenario"
          disabled={busy || set.scenarios.length < 2}
          onClick={() => remove(doc, active)}
        >
          Delete
        </button>
        {deleted ? (
          <button
            type="button"
            data-testid="scenario-restore"
            disabled={busy}
            onClick={() => restoreDeleted(doc)}
          >
            Undo delete of “{deleted.scenario.name}”
          </button>
        ) : null}
      </div>
    </nav>
  );
}
