/**
 * One plan from a file, for callers that show or score one plan: a version-1 file's plan, or the
 * scenario a version-2 file opens on (its `activeScenario`). Everything is checked by
 * `loadDocument` (./loadDocument.ts): every scenario of the file must load. It never throws.
 */
import { activeScenarioOf } from '../model/scenarioSet';
import { loadDocument, loadDocumentWithMigrations } from './loadDocument';
import type { DocumentResult, LoadResult } from './loadResult';
import type { Migration } from './migrations';

export type { LoadError, LoadResult } from './loadResult';

export function loadPlan(input: unknown): LoadResult {
  return activePlan(loadDocument(input));
}

/** `loadPlan` with another list of migrations (tests of the migration mechanism). */
export function loadPlanWithMigrations(
  input: unknown,
  migrations: readonly Migration[],
): LoadResult {
  return activePlan(loadDocumentWithMigrations(input, migrations));
}

function activePlan(result: DocumentResult): LoadResult {
  return result.ok ? { ok: true, plan: activeScenarioOf(result.document).plan } : result;
}
