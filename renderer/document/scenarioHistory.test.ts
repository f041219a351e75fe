import { describe, expect, it } from 'vitest';
import { deleteSubtrees } from '../../shared/edit';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { node, plan } from '../../shared/test-support/plans';
import { EDIT_ACTIONS } from '../actions/editActions';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { createTestDocument } from './testDocument';
import {
  duplicateActive,
  move,
  remove,
  rename,
  restoreDeleted,
  switchScenario,
} from './scenarioTabs';
import type { StrataDocument } from './createDocument';

const base = plan([node('server', 'a', null), node('server', 'b', null)]);
const set: ScenarioSet = {
  name: base.name,
  scenarios: [
    { id: 'as-is', name: 'As is', plan: base },
    { id: 'to-be', name: 'To be', plan: base },
    { id: 'later', name: 'Later', plan: base },
  ],
  activeScenario: 'to-be',
};

function opened(): StrataDocument {
  const doc = createTestDocument(base);
  doc.open(base, set);
  return doc;
}

/** Edit › Undo and Redo as the keyboard and the menus perform them. */
function press(doc: StrataDocument, id: 'edit-undo' | 'edit-redo'): void {
  const action = EDIT_ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(id);
  action.perform({ source: 'keyboard', doc });
}

const tabs = (doc: StrataDocument) =>
  doc.scenarios.store.getState().set.scenarios.map((s) => s.name);
const active = (doc: StrataDocument) => doc.scenarios.store.getState().set.activeScenario;
const ids = (doc: StrataDocument) => getPlan(doc).nodes.map((n) => n.id);
const deleteNode = (doc: StrataDocument, id: string) =>
  run(doc, deleteSubtrees(getPlan(doc), [id]));

describe('undo across scenario steps and edits', () => {
  it('undoes a scenario delete right after it: back at its place, shown, with its own history', () => {
    const doc = opened();
    deleteNode(doc, 'b');
    remove(doc, 'to-be');
    expect(tabs(doc)).toEqual(['As is', 'Later']);
    expect(active(doc)).toBe('later');
    expect(ids(doc)).toEqual(['a', 'b']);

    press(doc, 'edit-undo');
    expect(tabs(doc)).toEqual(['As is', 'To be', 'Later']);
    expect(active(doc)).toBe('to-be');
    expect(ids(doc)).toEqual(['a']);
    expect(doc.ui.getState().toast?.text).toBe('Undone: Delete scenario “To be”');
    // Its own history came back with it: the next undo takes back its edit.
    press(doc, 'edit-undo');
    expect(ids(doc)).toEqual(['a', 'b']);
    expect(doc.history.canUndo()).toBe(false);
    // The document is as it was opened: saved.
    expect(doc.files.store.getState().othersDirty).toBe(false);
    expect(doc.plan.getState().dirty).toBe(false);

    // Redo in the order undone: the edit, then the delete.
    press(doc, 'edit-redo');
    expect(ids(doc)).toEqual(['a']);
    press(doc, 'edit-redo');
    expect(tabs(doc)).toEqual(['As is', 'Later']);
    expect(doc.history.canRedo()).toBe(false);
  });

  it('interleaves steps and edits by time: rename, edit, duplicate are undone last first', () => {
    const doc = opened();
    duplicateActive(doc);
    expect(tabs(doc)).toEqual(['As is', 'To be', 'To be (2)', 'Later']);
    const copy = active(doc);
    deleteNode(doc, 'a');
    rename(doc, copy, 'Consolidated');
    expect(tabs(doc)[2]).toBe('Consolidated');

    press(doc, 'edit-undo');
    expect(tabs(doc)[2]).toBe('To be (2)');
    expect(ids(doc)).toEqual(['b']);
    press(doc, 'edit-undo');
    expect(ids(doc)).toEqual(['a', 'b']);
    press(doc, 'edit-undo');
    // The copy is gone and the scenario it was made from is shown again.
    expect(tabs(doc)).toEqual(['As is', 'To be', 'Later']);
    expect(active(doc)).toBe('to-be');

    press(doc, 'edit-redo');
    expect(active(doc)).toBe(copy);
    press(doc, 'edit-redo');
    expect(ids(doc)).toEqual(['b']);
    press(doc, 'edit-redo');
    expect(tabs(doc)[2]).toBe('Consolidated');
  });

  it("reaches a later step from another tab before that tab's older edits", () => {
    const doc = opened();
    deleteNode(doc, 'a');
    switchScenario(doc, 'as-is');
    move(doc, 'as-is', 2);
    expect(tabs(doc)).toEqual(['To be', 'Later', 'As is']);
    switchScenario(doc, 'to-be');
    press(doc, 'edit-undo');
    expect(tabs(doc)).toEqual(['As is', 'To be', 'Later']);
    expect(ids(doc)).toEqual(['b']);
    press(doc, 'edit-undo');
    expect(ids(doc)).toEqual(['a', 'b']);
  });

  it('forgets what could be redone once something new is done, and everything on open', () => {
    const doc = opened();
    rename(doc, 'later', 'Much later');
    press(doc, 'edit-undo');
    expect(doc.history.canRedo()).toBe(true);
    deleteNode(doc, 'a');
    expect(doc.history.canRedo()).toBe(false);
    press(doc, 'edit-undo');
    expect(doc.history.canRedo()).toBe(true);
    rename(doc, 'later', 'Much later');
    expect(doc.history.canRedo()).toBe(false);
    doc.open(base, set);
    expect(doc.history.canUndo()).toBe(false);
  });

  it("the tabs' Undo delete button restores the delete even after an edit of another scenario", () => {
    const doc = opened();
    remove(doc, 'as-is');
    deleteNode(doc, 'b');
    expect(doc.scenarios.store.getState().deleted?.scenario.name).toBe('As is');
    restoreDeleted(doc);
    expect(tabs(doc)).toEqual(['As is', 'To be', 'Later']);
    expect(doc.scenarios.store.getState().deleted).toBeNull();
    // The edit made after it stays, and is what Undo reaches next.
    switchScenario(doc, 'to-be');
    expect(ids(doc)).toEqual(['a']);
    press(doc, 'edit-undo');
    expect(ids(doc)).toEqual(['a', 'b']);
  });
});
