import { describe, expect, it } from 'vitest';
import { actionForKey, matchesShortcut, type KeyLike } from './keyboard';

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
    expect(actionForKey(key('q'), false)).toBeNull();
  });
});
