/** The envelope of a file: a JSON object of format "strata-plan" and a version this program reads. */
import { CURRENT_VERSION, PLAN_FORMAT } from '../model/plan';
import { isRecord, loadFailure, type Step } from './loadResult';
import { runMigrations, type Migration, type PlanDocument } from './migrations';

/** Checks format and version and migrates an older document to CURRENT_VERSION. */
export function readEnvelope(value: unknown, migrations: readonly Migration[]): Step<PlanDocument> {
  if (!isRecord(value))
    return loadFailure('file', `must be a JSON object with "format": "${PLAN_FORMAT}"`);
  if (value.format !== PLAN_FORMAT) return loadFailure('format', `must be "${PLAN_FORMAT}"`);
  const version = value.version;
  if (version === undefined) return loadFailure('version', 'is missing');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return loadFailure('version', 'must be an integer');
  if (version > CURRENT_VERSION) {
    return loadFailure(
      'version',
      `made by a newer version of Strata (file version ${version}, this program reads up to ${CURRENT_VERSION})`,
    );
  }
  if (version === CURRENT_VERSION) return { ok: true, value };
  const migrated = runMigrations(value, version, migrations, CURRENT_VERSION);
  if (!migrated.ok) return loadFailure('version', migrated.reason);
  if (migrated.doc.format !== PLAN_FORMAT)
    return loadFailure('format', `must be "${PLAN_FORMAT}" (after migration)`);
  return { ok: true, value: migrated.doc };
}
