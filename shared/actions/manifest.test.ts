import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import {
  ACTION_IDS,
  ACTION_MANIFEST,
  actionKeys,
  actionSpec,
  shortcutOf,
  type ActionSpec,
  type Platform,
} from './manifest';
import { CHECKED_RULES, ENABLED_RULES } from './rules';

const SPECS: readonly ActionSpec[] = ACTION_MANIFEST;
const PLATFORMS: readonly Platform[] = ['mac', 'other'];

/** A key as the platform sees it: Mod is Cmd (Meta) on macOS and Ctrl elsewhere; order-free. */
function physical(key: string, platform: Platform): string {
  const parts = key.split('+');
  const main = parts.pop() ?? '';
  const mods = parts.map((m) => (m === 'Mod' ? (platform === 'mac' ? 'Meta' : 'Ctrl') : m)).sort();
  return [...mods, main.toLowerCase()].join('+');
}

describe('the action manifest', () => {
  it('keeps every action id the app had, kebab-case and unique', () => {
    expect([...ACTION_IDS].sort()).toEqual(
      [
        'file-new',
        'file-open',
        'file-import',
        'file-save',
        'file-save-as',
        'export-png',
        'export-svg',
        'export-json',
        'export-report',
        'export-report-json',
        'file-close',
        'edit-undo',
        'edit-redo',
        'edit-cut',
        'edit-copy',
        'edit-paste',
        'edit-duplicate',
        'edit-delete',
        'edit-select-all',
        'view-zoom-fit',
        'view-zoom-in',
        'view-zoom-out',
        'view-tidy',
        'view-minimap',
        'view-failure-mode',
        'view-heat',
        'view-compare',
        'view-theme',
        'plan-consolidate',
        'view-language-en',
        'view-language-zh-cn',
        'help-examples',
        'help-about',
        'edit-find',
        'edit-nudge-left',
        'edit-nudge-right',
        'edit-nudge-up',
        'edit-nudge-down',
        'edit-nudge-left-grid',
        'edit-nudge-right-grid',
        'edit-nudge-up-grid',
        'edit-nudge-down-grid',
        'view-zoom-reset',
        'help-shortcuts',
      ].sort(),
    );
    for (const id of ACTION_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(new Set(ACTION_IDS).size).toBe(ACTION_IDS.length);
  });

  it('gives every shortcut to one action only, on each platform', () => {
    for (const platform of PLATFORMS) {
      const owners = new Map<string, string>();
      for (const spec of SPECS) {
        for (const key of actionKeys(spec, platform)) {
          const seen = owners.get(physical(key, platform));
          expect(seen, `${platform}: ${key} of ${spec.id} is also ${seen}'s`).toBeUndefined();
          owners.set(physical(key, platform), spec.id);
        }
      }
    }
  });

  it('writes keys the keyboard and the menu understand', () => {
    const modifiers = new Set(['Mod', 'Ctrl', 'Meta', 'Alt', 'Shift']);
    for (const platform of PLATFORMS) {
      for (const spec of SPECS) {
        for (const key of actionKeys(spec, platform)) {
          const parts = key.split('+');
          const main = parts.pop() ?? '';
          expect(
            parts.every((m) => modifiers.has(m)),
            `${spec.id}: ${key}`,
          ).toBe(true);
          expect(main, `${spec.id}: ${key}`).toMatch(
            /^([A-Z0-9=?-]|Plus|Delete|Backspace|ArrowLeft|ArrowRight|ArrowUp|ArrowDown)$/,
          );
        }
      }
    }
  });

  it('has one shortcut each for the items that had drifted apart', () => {
    const shortcut = (id: string, platform: Platform = 'other') =>
      shortcutOf(actionSpec(id)!, platform);
    expect(shortcut('view-zoom-fit')).toBe('Shift+1');
    expect(shortcut('view-failure-mode')).toBe('F');
    expect(shortcut('view-minimap')).toBe('M');
    expect(shortcut('view-heat')).toBe('H');
    expect(shortcut('edit-duplicate')).toBe('Mod+D');
    expect(shortcut('view-tidy')).toBe('Shift+T');
    expect(shortcut('edit-redo', 'mac')).toBe('Mod+Shift+Z');
    expect(shortcut('edit-redo')).toBe('Ctrl+Y');
    expect(shortcut('edit-find')).toBe('Mod+F');
    expect(shortcut('view-zoom-reset')).toBe('Mod+0');
    expect(shortcut('help-shortcuts')).toBe('?');
    expect(shortcut('edit-nudge-left')).toBe('ArrowLeft');
    expect(shortcut('edit-nudge-left-grid')).toBe('Shift+ArrowLeft');
  });

  it('puts Duplicate and Tidy in the menu, and names only rules and labels that exist', () => {
    expect(actionSpec('edit-duplicate')?.menu?.menu).toBe('edit');
    expect(actionSpec('view-tidy')?.menu?.menu).toBe('view');
    for (const spec of SPECS) {
      expect(ENABLED_RULES[spec.enabled], spec.id).toBeTypeOf('function');
      if (spec.checked) expect(CHECKED_RULES[spec.checked], spec.id).toBeTypeOf('function');
      expect(EN[spec.labelKey], spec.id).toBeTruthy();
      expect(spec.labelKey).toMatch(/^action\.[a-z][A-Za-z]*$/);
      if (spec.hintKey) expect(EN[spec.hintKey], spec.id).toBeTruthy();
    }
  });

  it('keeps each menu in groups, in order', () => {
    for (const menu of ['file', 'edit', 'view', 'plan', 'help'] as const) {
      const groups = SPECS.filter((s) => s.menu?.menu === menu).map((s) => s.menu!.group);
      expect(groups, menu).toEqual([...groups].sort((a, b) => a - b));
    }
  });
});
