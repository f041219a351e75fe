// Electron behind the session's interfaces. Dialogs are looked up on `dialog` at call time so
// that end-to-end tests can stub them in the main process (`electronApp.evaluate`).
import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import type { OpenedFile } from '../shared/bridge';
import { CHANNELS } from './channels';
import type { SessionDialogs, SessionWindow, UnsavedChoice } from './documentSession';
import { openFilters, saveKind } from './fileKinds';
import { ENGLISH, type Lang } from '../shared/i18n/lang';

export function unsavedPrompt(documentName: string, lang: Lang = ENGLISH): MessageBoxOptions {
  const { t } = lang;
  return {
    type: 'warning',
    title: t('dialog.unsaved.title'),
    message: t('dialog.unsaved.message', { name: documentName }),
    detail: t('dialog.unsaved.detail'),
    buttons: [t('dialog.button.save'), t('dialog.button.dontSave'), t('dialog.button.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** Asked before a save or an export replaces a read-only file. */
export function readOnlyPrompt(fileName: string, lang: Lang = ENGLISH): MessageBoxOptions {
  const { t } = lang;
  return {
    type: 'warning',
    title: t('dialog.readOnly.title'),
    message: t('dialog.readOnly.message', { name: fileName }),
    detail: t('dialog.readOnly.detail'),
    buttons: [t('dialog.button.replace'), t('dialog.button.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export function choiceFromResponse(response: number): UnsavedChoice {
  if (response === 0) return 'save';
  return response === 1 ? 'discard' : 'cancel';
}

export function electronDialogs(
  getWindow: () => BrowserWindow | null,
  getLang: () => Lang = () => ENGLISH,
): SessionDialogs {
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
      const { response } = await messageBox(unsavedPrompt(documentName, getLang()));
      return choiceFromResponse(response);
    },
    async askOverwriteReadOnly(fileName) {
      const { response } = await messageBox(readOnlyPrompt(fileName, getLang()));
      return response === 0;
    },
    async chooseOpenPath(defaultFolder) {
      const options = {
        title: getLang().t('dialog.open.title'),
        defaultPath: defaultFolder,
        properties: ['openFile' as const],
        filters: openFilters(getLang()),
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(kind, defaultPath) {
      const spec = saveKind(kind, getLang());
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
      await messageBox({ type: 'error', title: 'Strata', message, buttons: [getLang().t('dialog.button.ok')], noLink: true });
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
