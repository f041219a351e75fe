// Node's error codes, said the way a planner understands them.
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';
import { formatMiB } from '../../shared/load/parseText';

const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the file does not exist',
  ENOTDIR: 'the file does not exist (part of the path is a file)',
  EACCES: 'permission to read it is denied',
  EPERM: 'permission to read it is denied',
  EISDIR: 'it is a folder, not a file',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Codes that mean the data did not fit: the reason says how much was needed. */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export interface SpaceNeeded {
  readonly neededBytes: number;
  /** What the disk reported free at the time, when it could be asked. */
  readonly freeBytes?: number | null;
}

/** The catalog key of each write reason; codes that say the same share a key. */
const WRITE_KEYS: Readonly<Record<string, CatalogKey>> = {
  EACCES: 'write.EACCES',
  EPERM: 'write.EACCES',
  EROFS: 'write.EROFS',
  ENOSPC: 'write.ENOSPC',
  EDQUOT: 'write.EDQUOT',
  EFBIG: 'write.EFBIG',
  ENOENT: 'write.ENOENT',
  ENOTDIR: 'write.ENOTDIR',
  EISDIR: 'write.EISDIR',
  ENAMETOOLONG: 'write.ENAMETOOLONG',
  EBUSY: 'write.EBUSY',
  EMFILE: 'write.EMFILE',
  ENFILE: 'write.EMFILE',
  EIO: 'write.EIO',
};

/** Every key a write reason may name (tests/i18nCatalogs.test.ts checks each has words). */
export const WRITE_REASON_KEYS: readonly CatalogKey[] = [...new Set(Object.values(WRITE_KEYS))];

function hasSizes(error: unknown): error is { written: number; meant: number } {
  return typeof error === 'object' && error !== null && 'written' in error && 'meant' in error;
}

/** A write failure as a message: the code's words, a shortfall's sizes, or the error's own text. */
function writeReasonMessage(error: unknown): Message {
  const code = errorCode(error);
  const key = code === null ? undefined : WRITE_KEYS[code];
  if (key !== undefined) return message(key);
  if (code === 'ESHORT' && hasSizes(error))
    return message('write.short', { written: formatSize(error.written), size: formatSize(error.meant) });
  return message('write.other', { detail: detail(error) });
}

/** `the disk is full: 3.2 MiB needed, 1.0 MiB free` as a message (no file name). */
export function writeReason(error: unknown, space?: SpaceNeeded): Message {
  const code = errorCode(error);
  const base = writeReasonMessage(error);
  if (!space || code === null || !NO_ROOM.has(code)) return base;
  // NO_ROOM codes have words without parameters: the full message nests their key.
  const needed = formatSize(space.neededBytes);
  return typeof space.freeBytes === 'number'
    ? message('write.spaceFree', { reason: base.key, needed, free: formatSize(space.freeBytes) })
    : message('write.space', { reason: base.key, needed });
}

/** `the disk is full: 3.2 MiB needed, 1.0 MiB free`, without the file name. */
export function describeWriteReason(error: unknown, space?: SpaceNeeded, lang: Lang = ENGLISH): string {
  return formatMessage(lang, writeReason(error, space));
}

/** `812 bytes`, `40.2 KiB`, `3.2 MiB`, `78.5 GiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return formatMiB(bytes);
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** The catalog key of each read reason; codes that say the same share a key. */
const READ_KEYS: Readonly<Record<string, CatalogKey>> = {
  ENOENT: 'read.ENOENT',
  ENOTDIR: 'read.ENOTDIR',
  EACCES: 'read.EACCES',
  EPERM: 'read.EACCES',
  EISDIR: 'read.EISDIR',
  EBUSY: 'read.EBUSY',
  EMFILE: 'read.EMFILE',
  ENFILE: 'read.EMFILE',
  EIO: 'read.EIO',
};

export const READ_REASON_KEYS: readonly CatalogKey[] = [...new Set(Object.values(READ_KEYS))];

/** `cannot be read: the file does not exist`, as a loader message. */
export function readReason(error: unknown): Message {
  const code = errorCode(error);
  const key = code === null ? undefined : READ_KEYS[code];
  return key === undefined
    ? message('load.cannotReadDetail', { detail: detail(error) })
    : message('load.cannotRead', { reason: key });
}

/** `describeReadError` as a catalog message (`read.*`, else the system's own words). */
export function readErrorMessage(error: unknown): Message {
  const code = errorCode(error);
  const key = code === null ? undefined : READ_KEYS[code];
  return key === undefined ? message('load.other', { detail: detail(error) }) : message(key);
}

/** Why a file cannot be read, without the file name (callers put it in front). */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && READ_REASONS[code]) ?? detail(error);
}
