// The sandboxed preload: one CommonJS file (bundled by scripts/build-node.mjs) that requires only
// `electron`. It exposes `window.strata` with one function per capability; no raw ipcRenderer,
// no generic send. Events pass only their payload and return an unsubscribe function.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isMenuActionId } from '../shared/bridge';
import type {
  DocumentState,
  DroppedFile,
  MenuActionId,
  MenuState,
  OpenedFile,
  StrataBridge,
} from '../shared/bridge';
import { CHANNELS } from './channels';

function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, text, path } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    typeof text === 'string' &&
    (path === null || typeof path === 'string')
  );
}

// Plans opened at start arrive before the renderer subscribes: keep them until it does.
const openedBeforeSubscription: OpenedFile[] = [];
const openListeners = new Set<(file: OpenedFile) => void>();
ipcRenderer.on(CHANNELS.planOpened, (_event: IpcRendererEvent, file: unknown) => {
  if (!isOpenedFile(file)) return;
  if (openListeners.size === 0) openedBeforeSubscription.push(file);
  for (const listener of openListeners) listener(file);
});

function pathOfDroppedFile(file: DroppedFile): string {
  try {
    return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  } catch {
    return '';
  }
}

const bridge: StrataBridge = {
  openDialog: () => ipcRenderer.invoke(CHANNELS.openDialog),
  readPlanDialog: () => ipcRenderer.invoke(CHANNELS.readPlanDialog),
  openRecent: (path: string) => ipcRenderer.invoke(CHANNELS.openRecent, path),
  openDropped: (file: DroppedFile) => {
    const path = pathOfDroppedFile(file);
    if (!path)
      return Promise.resolve({
        status: 'failed',
        message: 'Cannot open this item: it is not a file on disk.',
        said: { key: 'open.notOnDisk', params: {} },
      });
    return ipcRenderer.invoke(CHANNELS.openDropped, path);
  },
  listRecent: () => ipcRenderer.invoke(CHANNELS.listRecent),
  newDocument: () => ipcRenderer.invoke(CHANNELS.newDocument),
  save: (planJson: string) => ipcRenderer.invoke(CHANNELS.save, planJson),
  saveAs: (planJson: string) => ipcRenderer.invoke(CHANNELS.saveAs, planJson),
  exportPng: (bytes: Uint8Array, suggestedName: string) =>
    ipcRenderer.invoke(CHANNELS.exportPng, bytes, suggestedName),
  exportJson: (text: string, suggestedName: string) =>
    ipcRenderer.invoke(CHANNELS.exportJson, text, suggestedName),
  exportReport: (text: string, suggestedName: string) =>
    ipcRenderer.invoke(CHANNELS.exportReport, text, suggestedName),
  exportSvg: (text: string, suggestedName: string) =>
    ipcRenderer.invoke(CHANNELS.exportSvg, text, suggestedName),
  exportPdf: (bytes: Uint8Array, suggestedName: string) =>
    ipcRenderer.invoke(CHANNELS.exportPdf, bytes, suggestedName),
  setDocumentState: (state: DocumentState) =>
    ipcRenderer.invoke(CHANNELS.setState, { title: state.title, dirty: state.dirty }),
  setMenuState: (state: MenuState) => ipcRenderer.invoke(CHANNELS.setMenuState, { ...state }),
  writeRecovery: (planJson: string) => ipcRenderer.invoke(CHANNELS.writeRecovery, planJson),
  clearRecovery: () => ipcRenderer.invoke(CHANNELS.clearRecovery),
  takeRecovery: () => ipcRenderer.invoke(CHANNELS.takeRecovery),
  restoreRecovery: () => ipcRenderer.invoke(CHANNELS.restoreRecovery),

  onMenuAction(callback: (actionId: MenuActionId) => void) {
    const listener = (_event: IpcRendererEvent, id: unknown): void => {
      if (isMenuActionId(id)) callback(id);
    };
    ipcRenderer.on(CHANNELS.menuAction, listener);
    return () => void ipcRenderer.removeListener(CHANNELS.menuAction, listener);
  },

  onOpenPlan(callback: (file: OpenedFile) => void) {
    openListeners.add(callback);
    for (const file of openedBeforeSubscription.splice(0)) callback(file);
    return () => void openListeners.delete(callback);
  },

  onPlanRequested(provider: () => string | null) {
    const listener = (_event: IpcRendererEvent, id: unknown): void => {
      let text: string | null = null;
      try {
        text = provider();
      } catch {
        text = null;
      }
      ipcRenderer.send(CHANNELS.planResponse, id, text);
    };
    ipcRenderer.on(CHANNELS.planRequest, listener);
    return () => void ipcRenderer.removeListener(CHANNELS.planRequest, listener);
  },
};

contextBridge.exposeInMainWorld('strata', bridge);
