// IPC channel names (`domain:verb`), shared by the preload and the main process.
export const CHANNELS = {
  openDialog: 'file:open-dialog',
  readPlanDialog: 'file:read-plan-dialog',
  openRecent: 'file:open-recent',
  openDropped: 'file:open-dropped',
  listRecent: 'file:list-recent',
  save: 'file:save',
  saveAs: 'file:save-as',
  newDocument: 'document:new',
  setState: 'document:set-state',
  setMenuState: 'menu:set-state',
  exportPng: 'export:png',
  exportJson: 'export:json',
  exportReport: 'export:report',
  writeRecovery: 'recovery:write',
  clearRecovery: 'recovery:clear',
  takeRecovery: 'recovery:take',
  restoreRecovery: 'recovery:restore',
  // main → renderer
  menuAction: 'menu:action',
  planOpened: 'file:opened',
  planRequest: 'document:plan-request',
  // renderer → main, the answer to planRequest
  planResponse: 'document:plan-response',
} as const;

/** The channels the renderer may invoke (each has one `ipcMain.handle`). */
export const INVOKE_CHANNELS = [
  CHANNELS.openDialog,
  CHANNELS.readPlanDialog,
  CHANNELS.openRecent,
  CHANNELS.openDropped,
  CHANNELS.listRecent,
  CHANNELS.save,
  CHANNELS.saveAs,
  CHANNELS.newDocument,
  CHANNELS.setState,
  CHANNELS.setMenuState,
  CHANNELS.exportPng,
  CHANNELS.exportJson,
  CHANNELS.exportReport,
  CHANNELS.writeRecovery,
  CHANNELS.clearRecovery,
  CHANNELS.takeRecovery,
  CHANNELS.restoreRecovery,
] as const;
