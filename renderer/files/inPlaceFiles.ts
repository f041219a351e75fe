/**
 * The browser's Open and Save where the File System Access API exists: Open keeps the chosen
 * file's handle, Save writes back to the file the document came from, Save As asks with the save
 * picker. Without the API (or when a picker refuses to open) Open uses the page's file input and
 * Save downloads under the plan file's own name. No DOM here beyond the API: tested with fakes.
 */
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import type { OpenOutcome, SaveOutcome } from './documentHost';
import {
  pickFileToOpen,
  pickFileToSave,
  writableInPlace,
  writeToHandle,
  type FilePickers,
  type PlanFileHandle,
} from './fileSystemAccess';
import { cannotOpen } from './readPlanBytes';

export interface InPlaceFiles {
  /** The open picker, or `fallback` (the file input) where there is none. */
  open(fallback: () => Promise<OpenOutcome>): Promise<OpenOutcome>;
  save(planJson: string, suggestedName: string): Promise<SaveOutcome>;
  saveAs(planJson: string, suggestedName: string): Promise<SaveOutcome>;
  /** See DocumentHost.fileChanged: the document adopted `outcome`, or has no file (null). */
  fileChanged(outcome: OpenOutcome | null): void;
  /** The name of the file Save writes to, null when Save asks (or downloads). */
  readonly target: string | null;
}

const CANCELED = { status: 'canceled' } as const;

export function createInPlaceFiles(
  pickers: FilePickers,
  read: (file: File) => Promise<OpenOutcome>,
  download: (planJson: string, name: string) => void,
  lang: () => Lang = () => ENGLISH,
): InPlaceFiles {
  /** The file the document was opened from or saved to through a picker. */
  let current: PlanFileHandle | null = null;
  /** The last file opened through the picker, until the flows adopt (or decline) its plan. */
  let picked: { readonly outcome: OpenOutcome; readonly handle: PlanFileHandle | null } | null =
    null;

  async function open(fallback: () => Promise<OpenOutcome>): Promise<OpenOutcome> {
    if (!pickers.showOpenFilePicker) return fallback();
    let handle: PlanFileHandle | null;
    try {
      handle = await pickFileToOpen(pickers);
    } catch {
      // Refused without a click to answer (a shortcut from a menu) or by policy: the input still works.
      return fallback();
    }
    if (!handle) return CANCELED;
    let file: File;
    try {
      file = await handle.getFile();
    } catch {
      const said = lang();
      return { status: 'failed', message: cannotOpen(handle.name, said.t('open.unreadable'), said) };
    }
    const outcome = await read(file);
    // A picture opens as its plan, but Save must not write plan text over the picture.
    if (outcome.status === 'opened')
      picked = { outcome, handle: writableInPlace(handle.name) ? handle : null };
    return outcome;
  }

  async function saveAs(planJson: string, suggestedName: string): Promise<SaveOutcome> {
    if (pickers.showSaveFilePicker) {
      let handle: PlanFileHandle | null | undefined;
      try {
        handle = await pickFileToSave(pickers, suggestedName);
      } catch {
        handle = undefined;
      }
      if (handle === null) return CANCELED;
      if (handle) {
        const outcome = await writeToHandle(handle, planJson, lang());
        if (outcome.status === 'saved') current = handle;
        return outcome;
      }
    }
    // No picker (or it refused to open): a download under the plan file's own name.
    download(planJson, suggestedName);
    return { status: 'saved', name: suggestedName };
  }

  return {
    open,
    save: (planJson, suggestedName) =>
      current ? writeToHandle(current, planJson, lang()) : saveAs(planJson, suggestedName),
    saveAs,
    fileChanged(outcome) {
      current = outcome !== null && picked?.outcome === outcome ? picked.handle : null;
      picked = null;
    },
    get target() {
      return current?.name ?? null;
    },
  };
}
