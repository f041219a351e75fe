// The keyboard shortcut sheet (`?`, Help ▸ Keyboard Shortcuts), from the manifest: every action
// with keys, grouped by its menu (keyboard-only actions under "Canvas"), keys spelled for the platform.
import { label, type LabelKey } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { ACTION_MANIFEST, actionKeys, type ActionSpec, type MenuName, type Platform } from './manifest';
import { shortcutText } from './shortcutText';

export type SheetGroupName = MenuName | 'canvas';

export interface SheetRow {
  readonly id: string;
  readonly label: string;
  /** Every key of the action, the shortcut first, as the platform spells them. */
  readonly keys: readonly string[];
}

export interface SheetGroup {
  readonly name: SheetGroupName;
  readonly title: string;
  readonly rows: readonly SheetRow[];
}

const ORDER: readonly SheetGroupName[] = ['file', 'edit', 'view', 'plan', 'canvas', 'help'];

const TITLE_KEYS: Readonly<Record<SheetGroupName, LabelKey>> = {
  file: 'menu.file',
  edit: 'menu.edit',
  view: 'menu.view',
  plan: 'menu.plan',
  help: 'menu.help',
  canvas: 'sheet.canvas',
};

/** A menu title without its mnemonic marker ("&File" → "File", "文件(&F)" → "文件"). */
export function plainTitle(key: LabelKey, lang?: Lang): string {
  return label(key, lang)
    .replace(/\(&.\)/g, '')
    .replace(/&(.)/g, '$1');
}

export function shortcutSheet(
  platform: Platform,
  specs: readonly ActionSpec[] = ACTION_MANIFEST,
  lang?: Lang,
): SheetGroup[] {
  const rows = new Map<SheetGroupName, SheetRow[]>();
  for (const spec of specs) {
    const keys = actionKeys(spec, platform);
    if (keys.length === 0) continue;
    const name: SheetGroupName = spec.menu?.menu ?? 'canvas';
    const row = { id: spec.id, label: label(spec.labelKey, lang), keys: keys.map((k) => shortcutText(k, platform)) };
    rows.set(name, [...(rows.get(name) ?? []), row]);
  }
  return ORDER.filter((name) => rows.has(name)).map((name) => ({
    name,
    title: plainTitle(TITLE_KEYS[name], lang),
    rows: rows.get(name) ?? [],
  }));
}
