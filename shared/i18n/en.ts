// The English text of the action and menu labels, keyed by label key (`action.zoomToFit`). The
// toolbar, the page's File menu, tooltips and the desktop menu read their words through
// `label(key, lang)`; the English catalog is this table plus locales/en.json, and every other
// language's catalog (locales/zh-CN.json) must hold the same keys (tests/i18nCatalogs.test.ts).
// A new action label: add its key here AND to locales/zh-CN.json (see docs/i18n.md).
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
  'action.find': 'Find…',
  'action.find.hint': 'Find a node by name, id, service or image',
  'action.nudgeLeft': 'Nudge Left',
  'action.nudgeRight': 'Nudge Right',
  'action.nudgeUp': 'Nudge Up',
  'action.nudgeDown': 'Nudge Down',
  'action.nudgeLeftGrid': 'Nudge Left by Grid',
  'action.nudgeRightGrid': 'Nudge Right by Grid',
  'action.nudgeUpGrid': 'Nudge Up by Grid',
  'action.nudgeDownGrid': 'Nudge Down by Grid',
  'action.zoomReset': 'Zoom to 100%',
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
  // A language is named in itself, in every language.
  'action.languageEn': 'English',
  'action.languageZhCn': '简体中文',
  'action.languageHint': 'View ▸ Language: the language of the editor (remembered)',
  'action.examples': 'Examples',
  'action.about': 'About Strata',
  'action.shortcuts': 'Keyboard Shortcuts',
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.plan': '&Plan',
  'menu.help': '&Help',
  'menu.openRecent': 'Open Recent',
  'menu.noRecent': 'No Recent Files',
  'menu.clearRecent': 'Clear Recent',
  'menu.quit': 'Quit',
  'sheet.canvas': 'Canvas',
} as const;

export type LabelKey = keyof typeof EN;

/** The label in `lang` (a Lang of ./lang.ts); English without one. */
export function label(key: LabelKey, lang?: { t(key: LabelKey): string }): string {
  return lang ? lang.t(key) : EN[key];
}
