/**
 * Numbered, named migrations of the file format. Each takes a document of version `from` and
 * returns one of version `to`. The list is ordered; a file is carried from its version to
 * FILE_VERSION one step at a time, before any field is checked.
 *
 * To change the format: raise FILE_VERSION, append `{ from: 2, to: 3, name: 'what-changed',
 * migrate }`, add a fixture of the old version.
 */
import { message, type Message } from '../i18n/message';
import { FILE_VERSION } from '../model/plan';
import { englishReason } from './loadReasons';
import { FIRST_SCENARIO_ID, FIRST_SCENARIO_NAME } from '../model/scenarios';

/** A JSON document as read from a file; migrations may not assume any field is valid. */
export type PlanDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Kebab-case, says what changed: `split-os-into-family-and-name`. */
  readonly name: string;
  migrate(doc: PlanDocument): PlanDocument;
}

/** The keys of a version-1 plan that become its scenario's; `format` and `name` stay on top. */
const PLAN_BODY_KEYS = ['settings', 'nodes', 'links', 'view'] as const;

/**
 * 1 → 2: the one plan of a version-1 file becomes the only scenario, "As is", of a version-2
 * document. Keys are moved as they are (checked later, with version-1 places); others are dropped.
 */
export const PLAN_BECOMES_SCENARIO: Migration = {
  from: 1,
  to: 2,
  name: 'plan-becomes-scenario-as-is',
  migrate(doc) {
    const scenario: Record<string, unknown> = { id: FIRST_SCENARIO_ID, name: FIRST_SCENARIO_NAME };
    for (const key of PLAN_BODY_KEYS) if (doc[key] !== undefined) scenario[key] = doc[key];
    return {
      format: doc.format,
      version: 2,
      ...(doc.name === undefined ? {} : { name: doc.name }),
      scenarios: [scenario],
      activeScenario: FIRST_SCENARIO_ID,
    };
  },
};

export const MIGRATIONS: readonly Migration[] = [PLAN_BECOMES_SCENARIO];

export type MigrationResult =
  | { readonly ok: true; readonly doc: PlanDocument; readonly applied: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

function refused(said: Message): MigrationResult {
  return { ok: false, reason: englishReason(said), said };
}

/**
 * Runs the migrations that lead from `fromVersion` to `toVersion`, in order. Refuses a version
 * no migration starts from ("no such version"), and reports a migration that throws by name.
 * Each step's result gets `version: to` whatever the migration wrote.
 */
export function runMigrations(
  doc: PlanDocument,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = FILE_VERSION,
): MigrationResult {
  let current = doc;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < toVersion) {
    const step = migrations.find((m) => m.from === version && m.to > version && m.to <= toVersion);
    if (!step) {
      const oldest = oldestVersion(migrations, toVersion);
      return refused(
        oldest === toVersion
          ? message('load.migration.noVersion', { version: fromVersion, newest: toVersion })
          : message('load.migration.noVersions', {
              version: fromVersion,
              oldest,
              newest: toVersion,
            }),
      );
    }
    try {
      const next = step.migrate(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return refused(message('load.migration.noDocument', { ...named(step) }));
      }
      current = { ...next, version: step.to };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return refused(message('load.migration.failed', { ...named(step), detail }));
    }
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, doc: current, applied };
}

function named(step: Migration): { from: number; to: number; name: string } {
  return { from: step.from, to: step.to, name: step.name };
}

/** The oldest version some migration chain starts from, up to `toVersion`. */
function oldestVersion(migrations: readonly Migration[], toVersion: number): number {
  let oldest = toVersion;
  for (;;) {
    const step = migrations.find((m) => m.to === oldest && m.from < oldest);
    if (!step) break;
    oldest = step.from;
  }
  return oldest;
}
