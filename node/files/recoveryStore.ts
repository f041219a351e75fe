// Copies of unsaved plans, one JSON file per slot in a folder (Electron: userData/recovery),
// written atomically so that a crash while writing the copy cannot destroy the previous copy.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite, type WriteResult } from './atomicWrite';

export interface RecoveryEntry {
  readonly slot: string;
  /** The unsaved plan as JSON text. */
  readonly planJson: string;
  /** The file the plan was opened from or last saved to; null for a plan never saved. */
  readonly originalPath: string | null;
  /** When the copy was written, ISO 8601. */
  readonly savedAt: string;
}

export interface RecoveryStore {
  readonly folder: string;
  /** `savedAt` defaults to now (a copy taken from a killed save keeps that file's time). */
  write(
    slot: string,
    copy: { planJson: string; originalPath: string | null; savedAt?: Date },
  ): Promise<WriteResult>;
  read(slot: string): Promise<RecoveryEntry | null>;
  /** Every readable copy, newest first. */
  list(): Promise<RecoveryEntry[]>;
  clear(slot: string): Promise<void>;
}

const RECORD_FORMAT = 'strata-recovery';
const SLOT_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function createRecoveryStore(
  folder: string,
  now: () => Date = () => new Date(),
): RecoveryStore {
  const fileOf = (slot: string): string => {
    if (!SLOT_PATTERN.test(slot)) throw new Error(`Invalid recovery slot name: ${slot}`);
    return join(folder, `${slot}.json`);
  };

  return {
    folder,
    async write(slot, copy) {
      const record = {
        format: RECORD_FORMAT,
        version: 1,
        originalPath: copy.originalPath,
        savedAt: (copy.savedAt ?? now()).toISOString(),
        plan: copy.planJson,
      };
      try {
        await mkdir(folder, { recursive: true });
      } catch {
        // atomicWrite reports the failure in words
      }
      return atomicWrite(fileOf(slot), JSON.stringify(record));
    },
    async read(slot) {
      return readRecord(fileOf(slot), slot);
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const slots = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter((slot) => SLOT_PATTERN.test(slot));
      const entries = await Promise.all(slots.map((slot) => readRecord(fileOf(slot), slot)));
      return entries
        .filter((entry): entry is RecoveryEntry => entry !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.slot.localeCompare(b.slot));
    },
    async clear(slot) {
      await rm(fileOf(slot), { force: true });
    },
  };
}

/** The copy in a record file, or null when it is missing or not a recovery record. */
async function readRecord(path: string, slot: string): Promise<RecoveryEntry | null> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { originalPath, savedAt, plan } = record;
  if (record.format !== RECORD_FORMAT || typeof plan !== 'string' || typeof savedAt !== 'string') {
    return null;
  }
  if (originalPath !== null && typeof originalPath !== 'string') return null;
  return { slot, planJson: plan, originalPath, savedAt };
}
