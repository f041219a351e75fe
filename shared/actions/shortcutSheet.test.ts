import { describe, expect, it } from 'vitest';
import { ACTION_MANIFEST, actionKeys, type Platform } from './manifest';
import { langOf } from '../i18n/lang';
import { shortcutSheet } from './shortcutSheet';

describe('shortcutSheet', () => {
  it('lists every action with keys once, under its menu', () => {
    for (const platform of ['mac', 'other'] as Platform[]) {
      const sheet = shortcutSheet(platform);
      const listed = sheet.flatMap((g) => g.rows.map((r) => r.id));
      const withKeys = ACTION_MANIFEST.filter((s) => actionKeys(s, platform).length > 0).map((s) => s.id);
      expect([...listed].sort()).toEqual([...withKeys].sort());
      for (const group of sheet) {
        for (const row of group.rows) {
          const spec = ACTION_MANIFEST.find((s) => s.id === row.id)!;
          expect('menu' in spec ? spec.menu.menu : 'canvas').toBe(group.name);
        }
      }
    }
  });

  it('titles groups as the menus read, without mnemonics', () => {
    expect(shortcutSheet('other').map((g) => g.title)).toEqual(['File', 'Edit', 'View', 'Canvas', 'Help']);
  });

  it('speaks Chinese when asked: menu titles without "(&F)", labels from the catalog', () => {
    const sheet = shortcutSheet('other', ACTION_MANIFEST, langOf('zh-CN'));
    expect(sheet.map((g) => g.title)).toEqual(['文件', '编辑', '视图', '画布', '帮助']);
    expect(sheet.flatMap((g) => g.rows).find((r) => r.id === 'edit-undo')?.label).toBe('撤销');
  });

  it('spells keys Ctrl / Shift / Alt, or ⌘ ⇧ ⌥ on macOS', () => {
    const row = (platform: Platform, id: string) =>
      shortcutSheet(platform).flatMap((g) => g.rows).find((r) => r.id === id);
    expect(row('other', 'file-save-as')).toEqual({ id: 'file-save-as', label: 'Save As…', keys: ['Ctrl+Shift+S'] });
    expect(row('mac', 'file-save-as')?.keys).toEqual(['⇧⌘S']);
    expect(row('other', 'edit-redo')?.keys).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
    expect(row('other', 'edit-nudge-left-grid')?.keys).toEqual(['Shift+←']);
    expect(row('other', 'view-zoom-reset')?.keys).toEqual(['Ctrl+0']);
    expect(row('other', 'edit-find')?.keys).toEqual(['Ctrl+F']);
    expect(row('mac', 'edit-find')?.keys).toEqual(['⌘F']);
  });
});
