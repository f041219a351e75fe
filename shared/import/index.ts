/** Importers of inventories (RVTools, Proxmox VE, Compose, Kubernetes, Strata CSV); see docs/import.md. */
export { importFiles } from './registry';
export { addToPlan, type MergeResult } from './merge';
export { planToCsv, STRATA_CSV_COLUMNS } from './strataCsv';
export { countKinds, importJson, summarizeImport, type ImportSummary } from './summary';
export * from './types';
