// Electron behind the session's interfaces. Dialogs are looked up on `dialog` at call time so
// that end-to-end tests can stub them in the main process (`electronApp.evaluate`).
import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import type { OpenedFile } from '../shared/bridge';
import { CHANNELS } from './channels';
import type { SessionDialogs, SessionWindow, UnsavedChoice } from './documentSession';
import { OPEN_FILTERS, SAVE_KINDS } from './fileKinds';

const UNSAVED_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;

export function unsavedPrompt(documentName: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message: `Do you want to save the changes you made to "${documentName}"?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: [...UNSAVED_BUTTONS],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

const READ_ONLY_BUTTONS = ['Replace', 'Cancel'] as const;

/** Asked before a save or an export replaces a read-only file. */
export function readOnlyPrompt(fileName: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Read-only file',
    message: `"${fileName}" is read-only. Do you want to replace it?`,
    detail:
      'The file is marked read-only, perhaps to keep it from being changed. If you replace it, it stays read-only; Cancel keeps it as it is and your changes stay open.',
    buttons: [...READ_ONLY_BUTTONS],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export function choiceFromResponse(response: number): UnsavedChoice {
  if (response === 0) return 'save';
  return response === 1 ? 'discard' : 'cancel';
}

export function electronDialogs(getWindow: () => BrowserWindow | null): SessionDialogs {
  const parent = (): BrowserWindow | null => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  const messageBox = (options: MessageBoxOptions) => {
    const window = parent();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };
  return {
    async askUnsaved(documentName) {
      const { response } = await messageBox(unsavedPrompt(documentName));
      return choiceFromResponse(response);
    },
    async askOverwriteReadOnly(fileName) {
      const { response } = await messageBox(readOnlyPrompt(fileName));
      return response === 0;
    },
    async chooseOpenPath(defaultFolder) {
      const options = {
        title: 'Open plan',
        defaultPath: defaultFolder,
        properties: ['openFile' as const],
        filters: OPEN_FILTERS,
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(kind, defaultPath) {
      const spec = SAVE_KINDS[kind];
      const options = {
        title: spec.title,
        defaultPath,
        filters: spec.filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showError(message) {
      await messageBox({ type: 'error', title: 'Strata', message, buttons: ['OK'], noLink: true });
    },
  };
}

export function electronWindow(window: BrowserWindow, platform: NodeJS.Platform): SessionWindow {
  const alive = (): boolean => !window.isDestroyed();
  return {
    setTitle: (title) => alive() && window.setTitle(title),
    setDocumentEdited: (dirty) =>
      alive() && platform === 'darwin' && window.setDocumentEdited(dirty),
    setRepresentedFilename: (path) =>
      alive() && platform === 'darwin' && window.setRepresentedFilename(path),
    deliverPlan: (file: OpenedFile) =>
      alive() && window.webContents.send(CHANNELS.planOpened, file),
    close: () => alive() && window.close(),
  };
}
