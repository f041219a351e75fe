import { describe, expect, it } from 'vitest';
import { ACTION_MANIFEST, actionKeys } from '../../shared/actions/manifest';
import { fileFlowActions } from '../files/fileFlowActions';
import type { FileFlows } from '../files/fileFlows';
import { importActions } from '../import/importActions';
import { createTestDocument } from '../document/testDocument';
import { emptyPlan } from '../../shared/model/defaults';
import { shortcutFor } from './bindAction';
import { actionForKey, matchesShortcut, shortcutLabel, type KeyLike } from './keyboard';
import { registerActions } from './registry';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, code: /^[0-9]$/.test(k) ? `Digit${k}` : `Key${k.toUpperCase()}`, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('matchesShortcut', () => {
  it('maps Mod to Ctrl off macOS and to Cmd on macOS', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+Z', key('z', { metaKey: true }), true)).toBe(true);
  });

  it('requires exactly the modifiers named', () => {
    expect(matchesShortcut('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut('Delete', key('Delete'), false)).toBe(true);
    expect(matchesShortcut('Shift+1', { ...key('!', { shiftKey: true }), code: 'Digit1' }, false)).toBe(true);
  });
});

describe('actionForKey', () => {
  it('finds the editing actions by their shortcuts', () => {
    expect(actionForKey(key('z', { ctrlKey: true }), false)).toBe('edit-undo');
    expect(actionForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit-redo');
    expect(actionForKey(key('y', { ctrlKey: true }), false)).toBe('edit-redo');
    expect(actionForKey(key('Backspace'), false)).toBe('edit-delete');
    expect(actionForKey(key('d', { ctrlKey: true }), false)).toBe('edit-duplicate');
    expect(actionForKey(key('a', { ctrlKey: true }), false)).toBe('edit-select-all');
    expect(actionForKey(key('T', { shiftKey: true }), false)).toBe('view-tidy');
    expect(actionForKey(key('y', { metaKey: true }), true)).toBeNull();
    expect(actionForKey(key('q'), false)).toBeNull();
  });
});

describe('the manifest keys', () => {
  /** The key press a person makes for `shortcut` ("Mod+Shift+Z", "Shift+1", "Delete"). */
  function press(shortcut: string, isMac: boolean): KeyLike {
    const parts = shortcut.split('+');
    const main = parts.pop() ?? '';
    const has = (m: string) => parts.includes(m);
    const shiftKey = has('Shift');
    const letter = /^[A-Z]$/.test(main);
    return {
      key: main === 'Plus' ? '+' : letter ? (shiftKey ? main : main.toLowerCase()) : main,
      code: /^[0-9]$/.test(main) ? `Digit${main}` : letter ? `Key${main}` : main,
      ctrlKey: has('Ctrl') || (has('Mod') && !isMac),
      metaKey: has('Meta') || (has('Mod') && isMac),
      shiftKey,
      altKey: has('Alt'),
    };
  }

  it('reach their own action, every key on both platforms', () => {
    registerActions(fileFlowActions(new Proxy({} as FileFlows, { get: () => () => Promise.resolve() }), () => undefined));
    registerActions(importActions(createTestDocument(emptyPlan())));
    for (const isMac of [false, true]) {
      for (const spec of ACTION_MANIFEST) {
        for (const shortcut of actionKeys(spec, isMac ? 'mac' : 'other')) {
          expect(actionForKey(press(shortcut, isMac), isMac), `${shortcut} (${isMac ? 'mac' : 'other'})`).toBe(spec.id);
        }
      }
    }
  });

  it('are the ones the menu and the tooltips show', () => {
    expect(shortcutFor('view-zoom-fit', 'other')).toBe('Shift+1');
    expect(shortcutLabel(shortcutFor('edit-duplicate', 'mac'), 'mac')).toBe('⌘D');
    expect(shortcutLabel(shortcutFor('edit-redo', 'other'), 'other')).toBe('Ctrl+Y');
  });
});
