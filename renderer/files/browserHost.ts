/**
 * The browser build's host: where the File System Access API exists (Chromium) Open keeps the
 * file's handle and Save writes back to that file; elsewhere a hidden file input opens plans and
 * downloads save them. Exports download; web storage keeps the recovery copy, and
 * `beforeunload` warns before unsaved work is left behind.
 */
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { PLAN_FILE_EXTENSIONS } from '../../shared/model/planFiles';
import type {
  DocumentHost,
  DocumentStatus,
  ExportKind,
  HostEvents,
  OpenOutcome,
} from './documentHost';
import { afterPaint } from '../store/afterPaint';
import { downloadFile } from './downloads';
import type { FilePickers } from './fileSystemAccess';
import { createInPlaceFiles } from './inPlaceFiles';
import type { CreateWorker } from './opening/openInWorker';
import { openWithProgress, type ReportOpening } from './opening/openWithProgress';
import { checkFileSize } from './readPlanBytes';
import {
  clearRecoveryCopy,
  readRecoveryCopy,
  writeRecoveryCopy,
  type KeyValueStorage,
} from './recoveryStorage';
import { deleteRecoveryCopy, getRecoveryCopy, newerCopy } from './recovery/recoveryDatabase';

const ACCEPT = PLAN_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
const CANCELED = { status: 'canceled' } as const;
const TYPES: Readonly<Record<ExportKind, string>> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  json: 'application/json',
  report: 'application/json',
};

/** A chosen or dropped file → the plan in it, read and loaded off the main thread; refusals in `lang`. */
export async function readChosenFile(
  file: File,
  report: ReportOpening = () => undefined,
  create?: CreateWorker | null,
  lang: Lang = ENGLISH,
): Promise<OpenOutcome> {
  const tooBig = checkFileSize(file.name, file.size, lang);
  if (tooBig !== null) return { status: 'failed', message: tooBig };
  report({ fileName: file.name, progress: { stage: 'reading', fraction: null } });
  // The worker reads the file (a File crosses as a reference): it starts while the file is read,
  // and the page never holds or copies the bytes.
  const request = { kind: 'file', fileName: file.name, file, locale: lang.locale } as const;
  return openWithProgress(request, report, create);
}

function webStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The page's IndexedDB, where the recovery worker keeps its copies; null where there is none. */
function pageDatabase(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    return null;
  }
}

export function createBrowserHost(
  storage: KeyValueStorage | null = webStorage(),
  pickers: FilePickers = window as FilePickers,
  lang: () => Lang = () => ENGLISH,
  database: IDBFactory | null = pageDatabase(),
): DocumentHost {
  let events: HostEvents | null = null;
  let pending: ((outcome: OpenOutcome) => void) | null = null;
  let wasDirty = false;
  let cancelTitle: () => void = () => undefined;
  const discard = (): void => {
    clearRecoveryCopy(storage);
    void deleteRecoveryCopy(database);
  };

  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ACCEPT;
  input.hidden = true;
  input.dataset.testid = 'file-input';
  input.setAttribute('aria-hidden', 'true');
  input.tabIndex = -1;

  const settle = (outcome: OpenOutcome): void => {
    const resolve = pending;
    pending = null;
    if (resolve) resolve(outcome);
    else if (outcome.status !== 'canceled') events?.planArrived(outcome, false);
  };
  const onChange = (): void => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      settle(CANCELED);
      return;
    }
    void readChosen(file).then(settle);
  };
  const onCancel = (): void => settle(CANCELED);
  const reportOpening: ReportOpening = (state) => events?.opening(state);
  const readChosen = (file: File): Promise<OpenOutcome> =>
    readChosenFile(file, reportOpening, undefined, lang());
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    if (!events?.isDirty()) return;
    e.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    e.returnValue = '';
  };

  /** The file input's picker; the chosen file read and loaded (the flows decide what to do with it). */
  const choose = (): Promise<OpenOutcome> => {
    pending?.(CANCELED);
    return new Promise((resolve) => {
      pending = resolve;
      input.value = '';
      input.click();
    });
  };

  const download = (data: Uint8Array | string, name: string, type: string): void =>
    downloadFile(data, name, type);

  const inPlace = createInPlaceFiles(
    pickers,
    readChosen,
    (json, name) => download(json, name, 'application/json'),
    lang,
  );

  return {
    kind: 'browser',
    settlesUnsaved: false,
    connect(handlers) {
      events = handlers;
      document.body.append(input);
      input.addEventListener('change', onChange);
      input.addEventListener('cancel', onCancel);
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => {
        events = null;
        input.removeEventListener('change', onChange);
        input.removeEventListener('cancel', onCancel);
        window.removeEventListener('beforeunload', onBeforeUnload);
        input.remove();
      };
    },
    open: () => inPlace.open(choose),
    openFile: readChosen,
    // The picker adopts nothing by itself: reading to compare is the same choosing and reading.
    readPlanFile: choose,
    newDocument: () => Promise.resolve('proceed'),
    save: (planJson, suggestedName) => inPlace.save(planJson, suggestedName),
    saveAs: (planJson, suggestedName) => inPlace.saveAs(planJson, suggestedName),
    fileChanged: (outcome) => inPlace.fileChanged(outcome),
    exportFile(kind, data, suggestedName) {
      download(data, suggestedName, TYPES[kind]);
      return Promise.resolve({ status: 'exported', name: suggestedName });
    },
    documentChanged(status: DocumentStatus) {
      // The title follows once the edit's own frame has painted (the first edit makes it dirty:
      // writing the title was a few milliseconds of the drop's task on a large plan).
      cancelTitle();
      cancelTitle = afterPaint(() => {
        document.title = `${status.dirty ? '• ' : ''}${status.fileName ?? status.title} — Strata`;
      });
      // Saved, discarded or undone back to the saved plan: nothing is left to recover.
      if (wasDirty && !status.dirty) discard();
      wasDirty = status.dirty;
    },
    // Written on the page only as it is left: web storage is written at once, IndexedDB is not.
    writeRecovery(planJson, fileName) {
      writeRecoveryCopy(storage, planJson, fileName);
    },
    // The recovery worker stores its copies in IndexedDB itself; without one, the page does.
    recoveryForm: database ? 'indexeddb' : 'text',
    storeRecovery(planJson, fileName) {
      writeRecoveryCopy(storage, planJson, fileName);
    },
    discardRecovery: discard,
    takeRecovery: async () => newerCopy(readRecoveryCopy(storage), await getRecoveryCopy(database)),
    // The copy stays until the restored work is saved or discarded.
    restoreRecovery: () => undefined,
  };
}
