/**
 * Installs the file flows once at start: picks the host (the desktop bridge when the preload put
 * one on `window`, else the browser), registers the file actions, keeps the host in step with the
 * document, opens dropped files and offers any unsaved work left by the last session.
 */
import { openPlan } from '../actions/fileActions';
import { currentView } from '../canvas/viewport';
import { performAction, registerActions } from '../actions/registry';
import { getPlan, setSavedPlan, usePlanStore } from '../store/planStore';
import { effectiveTheme, showToast, useUiStore } from '../store/uiStore';
import { createBrowserHost } from './browserHost';
import type { DocumentHost } from './documentHost';
import { syncDocument } from './documentSync';
import { createElectronHost } from './electronHost';
import { installFileDrop } from './fileDrop';
import { fileFlowActions } from './fileFlowActions';
import { createFileFlows, documentText, type DocumentAccess, type FileFlows } from './fileFlows';
import { askRecovery, askUnsaved, useFilesStore } from './filesStore';
import { renderPlanPng } from './pngRender';

const documentAccess: DocumentAccess = {
  getPlan,
  isDirty: () => usePlanStore.getState().dirty,
  fileName: () => useFilesStore.getState().fileName,
  replace(plan, fileName, saved, document) {
    useFilesStore.setState({ fileName });
    openPlan(plan, document ?? null);
    if (!saved) setSavedPlan(null);
  },
  markSaved(plan, fileName) {
    setSavedPlan(plan);
    useFilesStore.setState({ fileName });
  },
  forgetFile: () => useFilesStore.setState({ fileName: null }),
  view: currentView,
};

let flows: FileFlows | null = null;

/** The PNG dialog's Export button. */
export function exportPngAt(scale: number): void {
  void flows?.exportPng(scale);
}

export function installFileFlows(): () => void {
  if (flows) return () => undefined;
  const host: DocumentHost = window.strata
    ? createElectronHost(window.strata)
    : createBrowserHost();
  const active = createFileFlows({
    host,
    doc: documentAccess,
    notify: showToast,
    askUnsaved,
    askRecovery,
    renderPng: (plan, scale) => renderPlanPng(plan, scale, effectiveTheme(useUiStore.getState())),
  });
  flows = active;
  registerActions(fileFlowActions(active, () => useFilesStore.setState({ pngDialog: true })));
  const off = [
    host.connect({
      menuAction: (id) => void performAction(id, { source: 'menu' }),
      planArrived: (outcome, settled) => void active.adopt(outcome, settled),
      planJson: () => documentText(getPlan(), currentView()),
      isDirty: documentAccess.isDirty,
    }),
    syncDocument(host),
    installFileDrop((file) => void active.openFile(file)),
  ];
  void active.offerRecovery();
  return () => {
    off.forEach((stop) => stop());
    flows = null;
  };
}
