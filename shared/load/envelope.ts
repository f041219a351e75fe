/** The envelope of a file: a JSON object of format "strata-plan" and a version this program reads. */
import { FILE_VERSION, PLAN_FORMAT } from '../model/plan';
import { isRecord, loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';
import { runMigrations, type Migration, type PlanDocument } from './migrations';

export interface Envelope {
  /** The document carried to FILE_VERSION. */
  readonly doc: PlanDocument;
  /** The version the file was written in: a version-1 file's places keep its own shape. */
  readonly fileVersion: number;
}

/** Checks format and version and migrates an older document to FILE_VERSION. */
export function readEnvelope(value: unknown, migrations: readonly Migration[]): Step<Envelope> {
  if (!isRecord(value))
    return loadFailure('file', reason('load.notJsonObject', { format: PLAN_FORMAT }));
  if (value.format !== PLAN_FORMAT) return loadFailure('format', reason('load.mustBeValue', { value: PLAN_FORMAT }));
  const version = value.version;
  if (version === undefined) return loadFailure('version', reason('load.missing'));
  if (typeof version !== 'number' || !Number.isInteger(version))
    return loadFailure('version', reason('load.integer'));
  if (version > FILE_VERSION) {
    return loadFailure(
      'version',
      reason('load.newerVersion', { version, max: FILE_VERSION }),
    );
  }
  if (version === FILE_VERSION) return { ok: true, value: { doc: value, fileVersion: version } };
  const migrated = runMigrations(value, version, migrations, FILE_VERSION);
  if (!migrated.ok) return loadFailure('version', migrated.said);
  if (migrated.doc.format !== PLAN_FORMAT)
    return loadFailure('format', reason('load.mustBeValueAfterMigration', { value: PLAN_FORMAT }));
  return { ok: true, value: { doc: migrated.doc, fileVersion: version } };
}
