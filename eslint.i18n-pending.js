// Renderer files whose words are not in the catalogs yet: the literal-string rule
// (eslint.config.js, i18next/no-literal-string) skips them until they are translated. This list
// is temporary: remove a file when its strings move to shared/i18n/locales (docs/i18n.md).
export const I18N_PENDING = [
  'renderer/consolidate/ConsolidateDialog.tsx',
  'renderer/consolidate/ConsolidateFields.tsx',
  'renderer/consolidate/ConsolidateResult.tsx',
  'renderer/files/ExportDialog.tsx',
  'renderer/files/FileDialogs.tsx',
  'renderer/files/opening/OpeningProgress.tsx',
  'renderer/import/ImportDialog.tsx',
  'renderer/inspector/Inspector.tsx',
  'renderer/inspector/KindFields.tsx',
  'renderer/inspector/OsFields.tsx',
  'renderer/inspector/PlanSettings.tsx',
];
