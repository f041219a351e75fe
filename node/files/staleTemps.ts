// Temporary files left by a save that was killed (a crash, a power cut, a kill -9): found by
// name beside the files Strata writes, removed, or kept for recovery when one holds a whole plan
// newer than the file it was meant to replace.
import { lstat, readFile, readdir, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadPlan } from '../../shared/load/loadPlan';
import { MAX_FILE_BYTES } from '../../shared/model/plan';
import { errorCode } from './fsErrors';
import { isLegacyTempOf, parseTempName, type TempName } from './tempNames';

/** A save in another process may still be running: its file is left alone this long. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

export interface StaleSave {
  readonly tempPath: string;
  /** The file the save was meant to replace. */
  readonly targetPath: string;
  readonly modifiedAt: Date;
  /** The whole plan in it (the loader accepts it). */
  readonly planJson: string;
}

export interface SweepResult {
  readonly removed: readonly string[];
  /** Left on disk: the caller keeps the plan somewhere, then removes the file. */
  readonly recoverable: readonly StaleSave[];
}

export interface SweepOptions {
  /** Files Strata wrote (recent plans, its own data files): their old-style temps are recognised. */
  readonly knownFiles?: readonly string[];
  readonly now?: () => Date;
  readonly isRunning?: (pid: number) => boolean;
}

interface Candidate {
  readonly path: string;
  readonly targetPath: string | null;
  readonly pid: number | null;
  readonly info: Stats;
}

export async function sweepStaleTemps(
  folders: readonly string[],
  options: SweepOptions = {},
): Promise<SweepResult> {
  const now = (options.now ?? (() => new Date()))().getTime();
  const isRunning = options.isRunning ?? processIsRunning;
  const removed: string[] = [];
  const recoverable: StaleSave[] = [];
  for (const folder of new Set(folders)) {
    for (const candidate of await candidatesIn(folder, options.knownFiles ?? [])) {
      const age = now - candidate.info.mtimeMs;
      const pid = candidate.pid;
      if (pid === process.pid) continue;
      if (age < STALE_AFTER_MS && (pid === null || isRunning(pid))) continue;
      const save = await wholeNewerPlan(candidate);
      if (save) recoverable.push(save);
      else if (await removeFile(candidate.path)) removed.push(candidate.path);
    }
  }
  return { removed, recoverable };
}

export async function removeFile(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    return errorCode(error) === 'ENOENT';
  }
}

async function candidatesIn(folder: string, knownFiles: readonly string[]): Promise<Candidate[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const known = knownFiles.filter((file) => dirname(file) === folder).map((file) => basename(file));
  const found: Candidate[] = [];
  for (const name of names) {
    const parsed = parseTempName(name);
    const legacyOf = parsed ? undefined : known.find((target) => isLegacyTempOf(name, target));
    if (!parsed && legacyOf === undefined) continue;
    const path = join(folder, name);
    const info = await lstat(path).catch(() => null);
    // Never a folder or a link: only the plain files a save writes.
    if (!info?.isFile()) continue;
    const targetName = parsed ? targetOf(parsed, name, names) : (legacyOf ?? null);
    found.push({
      path,
      targetPath: targetName === null ? null : join(folder, targetName),
      pid: parsed ? parsed.pid : null,
      info,
    });
  }
  return found;
}

/** The file a temp was meant to replace: by name, or by the start of a shortened name. */
function targetOf(parsed: TempName, tempName: string, names: readonly string[]): string | null {
  if (!parsed.truncated || names.includes(parsed.target)) return parsed.target;
  return names.find((other) => other !== tempName && other.startsWith(parsed.target)) ?? null;
}

/** The plan in a left-over file when it is whole and newer than its target (or the target is gone). */
async function wholeNewerPlan(candidate: Candidate): Promise<StaleSave | null> {
  const { targetPath, info } = candidate;
  if (targetPath === null || info.size === 0 || info.size > MAX_FILE_BYTES) return null;
  const target = await lstat(targetPath).catch(() => null);
  if (target && target.mtimeMs >= info.mtimeMs) return null;
  let text: string;
  try {
    text = await readFile(candidate.path, 'utf8');
  } catch {
    return null;
  }
  if (!loadPlan(text).ok) return null;
  return { tempPath: candidate.path, targetPath, modifiedAt: info.mtime, planJson: text };
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
