// Renderer files whose words are not in the catalogs yet: the literal-string rule
// (eslint.config.js, i18next/no-literal-string) skips them until they are translated. This list
// is temporary: remove a file when its strings move to shared/i18n/locales (docs/i18n.md).
export const I18N_PENDING = [
  'renderer/App.tsx',
  'renderer/app/EmptyCanvas.tsx',
  'renderer/app/ScenarioTabs.tsx',
  'renderer/app/ShortcutSheet.tsx',
  'renderer/app/StatusBar.tsx',
  'renderer/app/Toast.tsx',
  'renderer/app/Toolbar.tsx',
  'renderer/canvas/DependencyHighlight.tsx',
  'renderer/canvas/PlanMinimap.tsx',
  'renderer/compare/ComparePanel.tsx',
  'renderer/compare/FigureTable.tsx',
  'renderer/compare/ScenarioPicker.tsx',
  'renderer/failure/FailureSummary.tsx',
  'renderer/find/FindBox.tsx',
  'renderer/nodes/NodeFrame.tsx',
  'renderer/nodes/cards.tsx',
];
