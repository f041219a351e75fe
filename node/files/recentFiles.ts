// Strata's own list of recently opened files (the OS list exists only on macOS and Windows):
// JSON in the app's data folder, newest first, at most 10, no duplicates, missing files dropped.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { atomicWrite } from './atomicWrite';

export const MAX_RECENT_FILES = 10;

export interface RecentFiles {
  /** The list with files that no longer exist dropped (and the drop saved). */
  list(): Promise<string[]>;
  add(path: string): Promise<string[]>;
  remove(path: string): Promise<string[]>;
  clear(): Promise<void>;
}

export interface RecentFilesOptions {
  readonly max?: number;
  readonly exists?: (path: string) => Promise<boolean>;
  /** Paths differ only in case on Windows (and usually macOS) yet name the same file. */
  readonly caseInsensitive?: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Paths compare case-insensitively on Windows and macOS (their usual file systems). */
export function samePath(
  a: string,
  b: string,
  caseInsensitive: boolean = process.platform !== 'linux',
): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function createRecentFiles(
  storeFile: string,
  options: RecentFilesOptions = {},
): RecentFiles {
  const max = options.max ?? MAX_RECENT_FILES;
  const exists = options.exists ?? isFile;
  const caseInsensitive = options.caseInsensitive ?? process.platform !== 'linux';
  const key = (path: string): string => (caseInsensitive ? path.toLowerCase() : path);
  // One operation at a time, so two quick opens cannot overwrite each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<string[]> => {
    try {
      const value: unknown = JSON.parse(await readFile(storeFile, 'utf8'));
      const files = (value as { files?: unknown }).files;
      return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = async (files: string[]): Promise<string[]> => {
    await mkdir(dirname(storeFile), { recursive: true }).catch(() => undefined);
    await atomicWrite(storeFile, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    return files;
  };
  const dedupe = (files: readonly string[]): string[] => {
    const seen = new Set<string>();
    return files.filter((file) => !seen.has(key(file)) && Boolean(seen.add(key(file))));
  };

  return {
    list: () =>
      serial(async () => {
        const stored = await read();
        const present = await Promise.all(stored.map(exists));
        const kept = dedupe(stored.filter((_, i) => present[i])).slice(0, max);
        return kept.length === stored.length ? kept : write(kept);
      }),
    add: (path) =>
      serial(async () => write(dedupe([resolve(path), ...(await read())]).slice(0, max))),
    remove: (path) =>
      serial(async () => {
        const gone = key(resolve(path));
        return write((await read()).filter((file) => key(file) !== gone));
      }),
    clear: () => serial(async () => void (await write([]))),
  };
}
