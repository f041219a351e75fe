import { describe, expect, it } from 'vitest';
import type { MenuActionId } from '../shared/bridge';
import { asTextFocus, dispatchMenuAction, type MenuTarget, type TextFocus } from './menuDispatch';

function target(focus: TextFocus | Error): MenuTarget & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    textFocus: () => (focus instanceof Error ? Promise.reject(focus) : Promise.resolve(focus)),
    nativeEdit: (command) => calls.push(`native:${command}`),
    sendAction: (id) => calls.push(`send:${id}`),
    closeWindow: () => calls.push('close'),
  };
}

const CANVAS: TextFocus = { editable: false, hasSelection: false };
const TEXT_FIELD: TextFocus = { editable: true, hasSelection: false };

async function run(id: MenuActionId, focus: TextFocus | Error): Promise<string[]> {
  const t = target(focus);
  await dispatchMenuAction(id, t);
  return t.calls;
}

describe('dispatchMenuAction', () => {
  it('sends canvas actions to the renderer by id', async () => {
    expect(await run('file-save', CANVAS)).toEqual(['send:file-save']);
    expect(await run('view-heat', TEXT_FIELD)).toEqual(['send:view-heat']);
    expect(await run('edit-undo', CANVAS)).toEqual(['send:edit-undo']);
    expect(await run('edit-paste', CANVAS)).toEqual(['send:edit-paste']);
  });

  it('edits a focused text field natively', async () => {
    expect(await run('edit-undo', TEXT_FIELD)).toEqual(['native:undo']);
    expect(await run('edit-redo', TEXT_FIELD)).toEqual(['native:redo']);
    expect(await run('edit-cut', TEXT_FIELD)).toEqual(['native:cut']);
    expect(await run('edit-paste', TEXT_FIELD)).toEqual(['native:paste']);
    expect(await run('edit-delete', TEXT_FIELD)).toEqual(['native:delete']);
    expect(await run('edit-select-all', TEXT_FIELD)).toEqual(['native:selectAll']);
  });

  it('copies selected text natively, but only for Copy', async () => {
    const selection = { editable: false, hasSelection: true };
    expect(await run('edit-copy', selection)).toEqual(['native:copy']);
    expect(await run('edit-cut', selection)).toEqual(['send:edit-cut']);
  });

  it('falls back to the renderer when the page cannot be asked', async () => {
    expect(await run('edit-copy', new Error('page busy'))).toEqual(['send:edit-copy']);
  });

  it('closes the window for Close (the window asks about unsaved changes)', async () => {
    expect(await run('file-close', CANVAS)).toEqual(['close']);
  });

  it('reads the page probe defensively', () => {
    expect(asTextFocus({ editable: true, hasSelection: 1 })).toEqual({
      editable: true,
      hasSelection: false,
    });
    expect(asTextFocus(null)).toEqual({ editable: false, hasSelection: false });
  });
});
