// Node's error codes, said the way a planner understands them.
import { basename } from 'node:path';

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'the folder is read-only',
  EPERM: 'the folder is read-only',
  EROFS: 'the folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
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

/** `Cannot save "plan.strata": the disk is full`. */
export function describeWriteError(path: string, error: unknown): string {
  const code = errorCode(error);
  const reason = (code && WRITE_REASONS[code]) ?? detail(error);
  return `Cannot save "${basename(path)}": ${reason}`;
}

/** Why a file cannot be read, without the file name (callers put it in front). */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && READ_REASONS[code]) ?? detail(error);
}
