/**
 * The browser build's recovery copy: the latest unsaved plan in web storage (the desktop app keeps
 * it in its data folder instead), offered at the next start, cleared by saving or discarding.
 */
import type { RecoveryOffer } from '../../shared/bridge';

export const RECOVERY_KEY = 'strata.recovery.v1';

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Writes the copy; false when storage refuses it (full, disabled), which must not stop editing. */
export function writeRecoveryCopy(
  storage: KeyValueStorage | null,
  text: string,
  name: string | null,
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  const copy: RecoveryOffer = { text, name, savedAt: now.toISOString() };
  try {
    storage.setItem(RECOVERY_KEY, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

/** The copy, or null when there is none or it is not one (it is then removed). */
export function readRecoveryCopy(storage: KeyValueStorage | null): RecoveryOffer | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(RECOVERY_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const copy = parseCopy(raw);
  if (!copy) clearRecoveryCopy(storage);
  return copy;
}

function parseCopy(raw: string): RecoveryOffer | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { text, name, savedAt } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)))
    return null;
  if (name !== null && typeof name !== 'string') return null;
  return { text, name, savedAt };
}

export function clearRecoveryCopy(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(RECOVERY_KEY);
  } catch {
    // Storage that cannot be written holds no copy either.
  }
}
