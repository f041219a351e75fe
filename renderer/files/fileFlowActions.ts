/**
 * The file actions bound by id (shared/actions/manifest.ts): open, save, export, close; and New
 * and the examples wrapped so that they ask about unsaved changes before replacing the plan.
 */
import { EXAMPLE_ACTION_PREFIX } from '../../shared/actions/manifest';
import { FILE_ACTIONS } from '../actions/fileActions';
import { bindAction } from '../actions/bindAction';
import type { Action } from '../actions/types';
import { message, type Message } from '../../shared/i18n/message';
import type { FileFlows, PictureFormat } from './fileFlows';

function replacesPlan(action: Action): boolean {
  return action.id === 'file-new' || action.id.startsWith(EXAMPLE_ACTION_PREFIX);
}

/** What the unsaved-changes prompt says the replacement is for (an example's name is its own). */
function replacing(action: Action): Message {
  return action.id === 'file-new'
    ? message('files.unsaved.new')
    : message('files.unsaved.example', { name: action.label });
}

export function fileFlowActions(
  flows: FileFlows,
  /** Opens the export dialog for PNG, SVG or the PDF report. */
  showExportDialog: (format: PictureFormat) => void,
  replaceable: readonly Action[] = FILE_ACTIONS,
): Action[] {
  // Only New and the examples replace the plan; Help's items pass through as they are.
  const guarded = replaceable.map((action): Action =>
    replacesPlan(action)
      ? {
          ...action,
          perform: (ctx) => void flows.replaceDocument(() => action.perform(ctx), replacing(action)),
        }
      : action,
  );
  return [
    ...guarded,
    bindAction('file-open', () => void flows.open()),
    bindAction('file-save', () => void flows.save()),
    bindAction('file-save-as', () => void flows.saveAs()),
    bindAction('export-png', () => showExportDialog('png')),
    bindAction('export-svg', () => showExportDialog('svg')),
    bindAction('export-json', () => void flows.exportJson()),
    bindAction('export-report', () => showExportDialog('pdf')),
    bindAction('export-report-json', () => void flows.exportReport()),
    bindAction('file-close', () => void flows.close()),
  ];
}
