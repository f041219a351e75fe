// The English text of the user-facing labels, keyed by label key (`action.zoomToFit`). One table:
// the toolbar, the page's File menu, tooltips and the desktop menu all read their words here, and
// a translation is another table with the same keys (see docs/canvas.md, "Actions").
export const EN = {
  'action.new': 'New plan',
  'action.open': 'Open…',
  'action.import': 'Import…',
  'action.save': 'Save',
  'action.saveAs': 'Save As…',
  'action.exportPng': 'Export PNG…',
  'action.exportJson': 'Export JSON…',
  'action.exportSvg': 'Export SVG…',
  'action.exportReport': 'Export Report…',
  'action.exportReport.hint': 'Export the planning report as a PDF: diagram, figures, HA, DR, worst failures, issues',
  'action.exportReportJson': 'Export Report as JSON…',
  'action.close': 'Close',
  'action.undo': 'Undo',
  'action.redo': 'Redo',
  'action.cut': 'Cut',
  'action.copy': 'Copy',
  'action.paste': 'Paste',
  'action.delete': 'Delete',
  'action.duplicate': 'Duplicate',
  'action.selectAll': 'Select All',
  'action.zoomToFit': 'Zoom to Fit',
  'action.zoomIn': 'Zoom In',
  'action.zoomOut': 'Zoom Out',
  'action.tidy': 'Tidy Up',
  'action.tidy.hint': 'Tidy up: arrange the top-level nodes in rows',
  'action.minimap': 'Minimap',
  'action.failureMode': 'Failure Mode',
  'action.failureMode.hint': 'What if it fails? Point at a node to see what its failure takes down',
  'action.heatView': 'Heat View',
  'action.heatView.hint': 'Heat view: colour hosts by how loaded they are',
  'action.compare': 'Compare',
  'action.compare.hint': 'Compare two scenarios: their figures side by side and what changed',
  'action.theme': 'Dark Theme',
  'action.theme.hint': 'Switch between the dark and the light theme',
  'action.consolidate': 'Consolidate…',
  'action.consolidate.hint': 'Propose the fewest hosts for this scenario, as a new scenario',
  'action.examples': 'Examples',
  'action.about': 'About Strata',
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.plan': '&Plan',
  'menu.help': '&Help',
  'menu.openRecent': 'Open Recent',
  'menu.noRecent': 'No Recent Files',
  'menu.clearRecent': 'Clear Recent',
  'menu.quit': 'Quit',
} as const;

export type LabelKey = keyof typeof EN;

export function label(key: LabelKey): string {
  return EN[key];
}
