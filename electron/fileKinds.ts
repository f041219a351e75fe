// The kinds of file Strata writes, their dialog filters (extensions without dots, as Electron
// wants them) and safe default names built from a name the renderer suggests.
import { extname } from 'node:path';
import { PLAN_FILE_EXTENSIONS } from '../shared/model/planFiles';
import type { Lang } from '../shared/i18n/lang';

export type SaveKind = 'plan' | 'png' | 'svg' | 'pdf' | 'json' | 'report';

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

export interface SaveKindSpec {
  readonly extension: string;
  readonly title: string;
  readonly filters: FileFilter[];
}

/** The extension each kind is saved with; titles and filter names are the catalogs' words. */
export const SAVE_EXTENSIONS: { readonly [K in SaveKind]: string } = {
  plan: 'strata',
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  json: 'json',
  report: 'json',
};

/** A save kind with its dialog title and filter names in `lang`. */
export function saveKind(kind: SaveKind, lang: Lang): SaveKindSpec {
  const extension = SAVE_EXTENSIONS[kind];
  return {
    extension,
    title: lang.t(`dialog.save.${kind}`),
    filters: [{ name: lang.t(`dialog.filter.${kind}`), extensions: [extension] }],
  };
}

export function openFilters(lang: Lang): FileFilter[] {
  return [
    { name: lang.t('dialog.filter.plans'), extensions: [...PLAN_FILE_EXTENSIONS] },
    { name: lang.t('dialog.filter.all'), extensions: ['*'] },
  ];
}

const MAX_BASE_LENGTH = 100;

/** A plain file name: no folders, no characters Windows refuses, the extension added. */
export function safeFileName(suggested: string, extension: string, fallback = 'plan'): string {
  const lastSegment = suggested.split(/[\\/]/).pop() ?? '';
  const wanted = `.${extension}`;
  const base = lastSegment.toLowerCase().endsWith(wanted)
    ? lastSegment.slice(0, -wanted.length)
    : lastSegment;
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(clean);
  return `${clean && !reserved ? clean : fallback}.${extension}`;
}

/** The chosen path, with the extension added when the planner typed a name without one. */
export function withExtension(path: string, extension: string): string {
  return extname(path) === '' ? `${path}.${extension}` : path;
}
