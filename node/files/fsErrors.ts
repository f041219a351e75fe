// Node's error codes, said the way a planner understands them.
import { formatMiB } from '../../shared/load/parseText';

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'the folder is read-only',
  EPERM: 'the folder is read-only',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for this disk',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist (part of the path is a file)',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the file name is too long',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

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

/** `the disk is full: 3.2 MiB needed, 1.0 MiB free`, without the file name. */
export function describeWriteReason(error: unknown, space?: SpaceNeeded): string {
  const code = errorCode(error);
  const reason = (code && WRITE_REASONS[code]) ?? detail(error);
  if (!space || code === null || !NO_ROOM.has(code)) return reason;
  const free = typeof space.freeBytes === 'number' ? `, ${formatSize(space.freeBytes)} free` : '';
  return `${reason}: ${formatSize(space.neededBytes)} needed${free}`;
}

/** `812 bytes`, `40.2 KiB`, `3.2 MiB`, `78.5 GiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return formatMiB(bytes);
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** Why a file cannot be read, without the file name (callers put it in front). */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && READ_REASONS[code]) ?? detail(error);
}
