/**
 * Numbered, named migrations of the file format. Each takes a document of version `from` and
 * returns one of version `to`. The list is ordered; a file is carried from its version to
 * CURRENT_VERSION one step at a time, before any field is checked.
 *
 * Version 1 is the first, so the list is empty today. To change the format: raise
 * CURRENT_VERSION, append `{ from: 1, to: 2, name: 'what-changed', migrate }`, add a fixture.
 */
import { CURRENT_VERSION } from '../model/plan';

/** A JSON document as read from a file; migrations may not assume any field is valid. */
export type PlanDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Kebab-case, says what changed: `split-os-into-family-and-name`. */
  readonly name: string;
  migrate(doc: PlanDocument): PlanDocument;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { readonly ok: true; readonly doc: PlanDocument; readonly applied: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Runs the migrations that lead from `fromVersion` to `toVersion`, in order. Refuses a version
 * no migration starts from ("no such version"), and reports a migration that throws by name.
 * Each step's result gets `version: to` whatever the migration wrote.
 */
export function runMigrations(
  doc: PlanDocument,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): MigrationResult {
  let current = doc;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < toVersion) {
    const step = migrations.find((m) => m.from === version && m.to > version && m.to <= toVersion);
    if (!step) {
      return {
        ok: false,
        reason: `no such version (file version ${fromVersion}, this program reads ${describeRange(migrations, toVersion)})`,
      };
    }
    try {
      const next = step.migrate(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return {
          ok: false,
          reason: `migration ${step.from} → ${step.to} "${step.name}" did not return a document`,
        };
      }
      current = { ...next, version: step.to };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        reason: `migration ${step.from} → ${step.to} "${step.name}" failed (${detail})`,
      };
    }
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, doc: current, applied };
}

/** "1" or "1 to 3" — the oldest version some migration chain starts from, up to the newest. */
function describeRange(migrations: readonly Migration[], toVersion: number): string {
  let oldest = toVersion;
  for (;;) {
    const step = migrations.find((m) => m.to === oldest && m.from < oldest);
    if (!step) break;
    oldest = step.from;
  }
  return oldest === toVersion ? `version ${toVersion}` : `versions ${oldest} to ${toVersion}`;
}
