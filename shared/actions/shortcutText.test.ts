import { describe, expect, it } from 'vitest';
import { shortcutText, withShortcut } from './shortcutText';

describe('shortcutText', () => {
  it('spells modifiers Ctrl / Shift / Alt off macOS, joined by +', () => {
    expect(shortcutText('Mod+Shift+S', 'other')).toBe('Ctrl+Shift+S');
    expect(shortcutText('Alt+Shift+1', 'other')).toBe('Alt+Shift+1');
    expect(shortcutText('Ctrl+Y', 'other')).toBe('Ctrl+Y');
    expect(shortcutText('Mod+0', 'other')).toBe('Ctrl+0');
  });

  it('uses ⌘ ⇧ ⌥ ⌃ on macOS, in Apple order and without separators', () => {
    expect(shortcutText('Mod+Shift+S', 'mac')).toBe('⇧⌘S');
    expect(shortcutText('Shift+Mod+Z', 'mac')).toBe('⇧⌘Z');
    expect(shortcutText('Mod+Alt+Ctrl+K', 'mac')).toBe('⌃⌥⌘K');
    expect(shortcutText('Mod+F', 'mac')).toBe('⌘F');
  });

  it('names keys by what is printed on them', () => {
    expect(shortcutText('Delete', 'other')).toBe('Del');
    expect(shortcutText('Backspace', 'mac')).toBe('⌫');
    expect(shortcutText('Shift+ArrowLeft', 'other')).toBe('Shift+←');
    expect(shortcutText('Shift+ArrowUp', 'mac')).toBe('⇧↑');
    expect(shortcutText('Mod+Plus', 'other')).toBe('Ctrl++');
    expect(shortcutText('?', 'other')).toBe('?');
    expect(shortcutText(undefined, 'other')).toBe('');
  });

  it('never repeats the label in a tooltip', () => {
    expect(withShortcut('Delete', 'Delete', 'other')).toBe('Delete (Del)');
    expect(withShortcut('Undo', 'Mod+Z', 'mac')).toBe('Undo (⌘Z)');
    expect(withShortcut('Compare', undefined, 'other')).toBe('Compare');
  });
});
