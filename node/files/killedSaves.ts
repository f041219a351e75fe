// At the next start after a killed save: its temporary files are removed, and the newest one that
// holds a whole plan newer than its file (and than the recovery copy) becomes the recovery copy,
// which the app then offers as it offers any unsaved work left by a crash.
import { dirname } from 'node:path';
import type { RecoveryStore } from './recoveryStore';
import { removeFile, sweepStaleTemps, type StaleSave, type SweepOptions } from './staleTemps';

export interface KilledSavesDeps {
  readonly store: RecoveryStore;
  readonly slot: string;
  /** Folders where Strata writes (its data folder, the folders of recent files). */
  readonly folders: readonly string[];
  readonly options?: SweepOptions;
}

export interface KilledSavesResult {
  readonly removed: readonly string[];
  /** The save made the recovery copy, if one was newer than everything else. */
  readonly recovered: StaleSave | null;
}

export async function cleanUpKilledSaves(deps: KilledSavesDeps): Promise<KilledSavesResult> {
  const current = await deps.store.read(deps.slot);
  const folders = [deps.store.folder, ...deps.folders];
  if (current?.originalPath) folders.push(dirname(current.originalPath));
  const sweep = await sweepStaleTemps(folders, deps.options);
  const removed = [...sweep.removed];
  const newest = [...sweep.recoverable].sort(
    (a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime(),
  )[0];
  let recovered: StaleSave | null = null;
  if (newest && (!current || Date.parse(current.savedAt) < newest.modifiedAt.getTime())) {
    const written = await deps.store.write(deps.slot, {
      planJson: newest.planJson,
      originalPath: newest.targetPath,
      savedAt: newest.modifiedAt,
    });
    // Not kept anywhere else yet: leave the files for the next start.
    if (!written.ok) return { removed, recovered: null };
    recovered = newest;
  }
  for (const save of sweep.recoverable) {
    if (await removeFile(save.tempPath)) removed.push(save.tempPath);
  }
  return { removed, recovered };
}
