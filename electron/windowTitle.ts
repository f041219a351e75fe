// The window title: the file's name (or the plan's, before its first save), an unsaved marker.
import { DEFAULT_PLAN_NAME } from '../shared/model/defaults';

export const APP_NAME = 'Strata';
export const UNSAVED_MARKER = '•';
const MAX_NAME_LENGTH = 120;

export interface TitleParts {
  /** Base name of the document's file, or null while it has none. */
  readonly fileName: string | null;
  /** The plan's own name, used while there is no file. */
  readonly planName: string;
  readonly dirty: boolean;
}

/** `• rack-a.strata — Strata` */
export function formatWindowTitle({ fileName, planName, dirty }: TitleParts): string {
  const name = cleanName(fileName ?? '') || cleanName(planName) || DEFAULT_PLAN_NAME;
  return `${dirty ? `${UNSAVED_MARKER} ` : ''}${name} — ${APP_NAME}`;
}

/** Control characters removed, whitespace collapsed, length capped. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]/g;
  const clean = name.replace(/\s+/g, ' ').replace(controls, '').trim();
  return clean.length > MAX_NAME_LENGTH ? `${clean.slice(0, MAX_NAME_LENGTH - 1)}…` : clean;
}
