/**
 * The browser's recovery copy in IndexedDB: one record, the offer itself (text, file name, time),
 * kept by structured clone, so nothing escapes or copies the text on the page. The recovery worker
 * writes it; the page reads it at start and deletes it when the work is saved or discarded.
 * (Web storage, `recoveryStorage.ts`, still takes the copy written on the page as it is left.)
 */
import type { RecoveryOffer } from '../../../shared/bridge';

const DATABASE = 'strata-recovery';
const STORE = 'copies';
const KEY = 'copy';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function open(idb: IDBFactory): Promise<IDBDatabase> {
  const opening = idb.open(DATABASE, 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(STORE)) opening.result.createObjectStore(STORE);
  };
  return request(opening);
}

/** Runs `work` in one transaction and resolves once it is committed. */
async function transact<T>(
  idb: IDBFactory,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(idb);
  try {
    const tx = db.transaction(STORE, mode);
    const result = request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    return await result;
  } finally {
    db.close();
  }
}

export async function putRecoveryCopy(idb: IDBFactory, copy: RecoveryOffer): Promise<void> {
  await transact(idb, 'readwrite', (store) => store.put(copy, KEY));
}

/** The copy, or null when there is none, it is not one, or the database cannot be read. */
export async function getRecoveryCopy(idb: IDBFactory | null): Promise<RecoveryOffer | null> {
  if (!idb) return null;
  try {
    const value: unknown = await transact(idb, 'readonly', (store) => store.get(KEY));
    if (typeof value !== 'object' || value === null) return null;
    const { text, name, savedAt } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof savedAt !== 'string') return null;
    if (Number.isNaN(Date.parse(savedAt)) || (name !== null && typeof name !== 'string'))
      return null;
    return { text, name, savedAt };
  } catch {
    return null;
  }
}

export async function deleteRecoveryCopy(idb: IDBFactory | null): Promise<void> {
  if (!idb) return;
  try {
    await transact(idb, 'readwrite', (store) => store.delete(KEY));
  } catch {
    // A database that cannot be written holds no copy either.
  }
}

/** The later of two copies (web storage's, written as the page was left, may be the newer). */
export function newerCopy(a: RecoveryOffer | null, b: RecoveryOffer | null): RecoveryOffer | null {
  if (!a || !b) return a ?? b;
  return Date.parse(b.savedAt) > Date.parse(a.savedAt) ? b : a;
}
