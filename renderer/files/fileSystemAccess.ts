/**
 * Saving in place in the browser through the File System Access API (Chromium's
 * `showOpenFilePicker` / `showSaveFilePicker` and a file handle's `createWritable`). Where the API
 * is missing the browser host downloads instead. Written against a small typed view of the API so
 * it is tested with fake handles; the browser's own objects fit it.
 */
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import type { CatalogKey } from '../../shared/i18n/keys';
import { PLAN_FILE_TYPES, planFileKind } from '../../shared/model/planFiles';
import type { SaveOutcome } from './documentHost';

type PermissionState = 'granted' | 'denied' | 'prompt';

export interface PlanFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{
    write(data: string): Promise<void>;
    close(): Promise<void>;
    abort?(): Promise<void>;
  }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

interface PickerType {
  readonly description: string;
  readonly accept: Record<string, string[]>;
}

/** The pickers as a window may have them (Chromium); absent elsewhere. */
export interface FilePickers {
  showOpenFilePicker?(options: {
    multiple?: boolean;
    types?: PickerType[];
    excludeAcceptAllOption?: boolean;
  }): Promise<PlanFileHandle[]>;
  showSaveFilePicker?(options: {
    suggestedName?: string;
    types?: PickerType[];
  }): Promise<PlanFileHandle>;
}

/** The open picker's types: every kind of file Strata opens (shared/model/planFiles.ts). */
export const OPEN_TYPES: PickerType[] = [
  {
    description: 'Strata plans',
    accept: Object.fromEntries(
      Object.values(PLAN_FILE_TYPES).map((t) => [t.mime, [`.${t.extension}`]]),
    ),
  },
];

const SAVE_TYPES: PickerType[] = [
  {
    description: PLAN_FILE_TYPES.strata.description,
    accept: { [PLAN_FILE_TYPES.strata.mime]: ['.strata'] },
  },
];

/** The planner closed the picker (as opposed to the picker failing). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Whether Save may write the plan's text back to this file: a plan file, not a picture. */
export function writableInPlace(name: string): boolean {
  return !PLAN_FILE_TYPES[planFileKind(name)].embedded;
}

/** The browser's refusals by name; another error's own words when it has some. */
const WRITE_REFUSALS: Readonly<Record<string, CatalogKey>> = {
  NotAllowedError: 'inPlace.notAllowed',
  SecurityError: 'inPlace.notAllowed',
  QuotaExceededError: 'inPlace.noRoom',
  NotFoundError: 'inPlace.gone',
  NoModificationAllowedError: 'inPlace.locked',
};

function reason(error: unknown, lang: Lang): string {
  const key = error instanceof DOMException ? WRITE_REFUSALS[error.name] : undefined;
  if (key !== undefined) return lang.t(key);
  return error instanceof Error && error.message ? error.message : lang.t('inPlace.refused');
}

/** `Cannot save "x": why. The changes are not saved; use Save As…` */
function cannotSave(handle: PlanFileHandle, detail: string, lang: Lang): SaveOutcome {
  return { status: 'failed', message: lang.t('inPlace.cannotSave', { file: handle.name, detail }) };
}

/** Asks for write access when the browser has not granted it yet; 'denied' when refused. */
async function permission(handle: PlanFileHandle): Promise<PermissionState> {
  const mode = { mode: 'readwrite' } as const;
  if (!handle.queryPermission) return 'granted';
  const state = await handle.queryPermission(mode);
  if (state === 'granted' || !handle.requestPermission) return state;
  return handle.requestPermission(mode);
}

/** Writes `text` over the file; the file keeps its old content when any step fails. */
export async function writeToHandle(
  handle: PlanFileHandle,
  text: string,
  lang: Lang = ENGLISH,
): Promise<SaveOutcome> {
  let state: PermissionState;
  try {
    state = await permission(handle);
  } catch (error) {
    return cannotSave(handle, reason(error, lang), lang);
  }
  if (state !== 'granted') return cannotSave(handle, lang.t('inPlace.permissionRefused'), lang);
  let writable: Awaited<ReturnType<PlanFileHandle['createWritable']>> | null = null;
  try {
    writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return { status: 'saved', name: handle.name };
  } catch (error) {
    // createWritable writes to a swap file: aborting leaves the original untouched.
    await writable?.abort?.().catch(() => undefined);
    return cannotSave(handle, reason(error, lang), lang);
  }
}

/** The open picker's one file, null when the planner closed it. */
export async function pickFileToOpen(pickers: FilePickers): Promise<PlanFileHandle | null> {
  if (!pickers.showOpenFilePicker) return null;
  try {
    const [handle] = await pickers.showOpenFilePicker({ multiple: false, types: OPEN_TYPES });
    return handle ?? null;
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

/** The save picker's file, null when the planner closed it. */
export async function pickFileToSave(
  pickers: FilePickers,
  suggestedName: string,
): Promise<PlanFileHandle | null> {
  if (!pickers.showSaveFilePicker) return null;
  try {
    return await pickers.showSaveFilePicker({ suggestedName, types: SAVE_TYPES });
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}
