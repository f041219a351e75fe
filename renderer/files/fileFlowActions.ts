/**
 * The file actions by id (the desktop menu's MENU_ACTION_IDS): open, save, export, close; and New
 * and the examples wrapped so that they ask about unsaved changes before replacing the plan.
 */
import { FILE_ACTIONS } from '../actions/fileActions';
import type { Action, ActionState } from '../actions/types';
import type { FileFlows } from './fileFlows';

const free = (s: ActionState): boolean => !s.gestureActive;

/** What the unsaved-changes prompt says the replacement is for. */
function replacing(action: Action): string {
  return action.id === 'file-new' ? 'starting a new plan' : `opening the example “${action.label}”`;
}

export function fileFlowActions(
  flows: FileFlows,
  showPngDialog: () => void,
  replaceable: readonly Action[] = FILE_ACTIONS,
): Action[] {
  const guarded = replaceable.map((action): Action => ({
    ...action,
    perform: (ctx) => void flows.replaceDocument(() => action.perform(ctx), replacing(action)),
  }));
  return [
    ...guarded,
    {
      id: 'file-open',
      label: 'Open…',
      shortcuts: ['Mod+O'],
      enabled: free,
      perform: () => void flows.open(),
    },
    {
      id: 'file-save',
      label: 'Save',
      shortcuts: ['Mod+S'],
      enabled: free,
      perform: () => void flows.save(),
    },
    {
      id: 'file-save-as',
      label: 'Save as…',
      shortcuts: ['Mod+Shift+S'],
      enabled: free,
      perform: () => void flows.saveAs(),
    },
    {
      id: 'export-png',
      label: 'Export PNG…',
      shortcuts: ['Mod+Shift+E'],
      enabled: free,
      perform: showPngDialog,
    },
    {
      id: 'export-json',
      label: 'Export JSON…',
      enabled: free,
      perform: () => void flows.exportJson(),
    },
    {
      id: 'export-report',
      label: 'Export report…',
      enabled: free,
      perform: () => void flows.exportReport(),
    },
    { id: 'file-close', label: 'Close', enabled: free, perform: () => void flows.close() },
  ];
}
