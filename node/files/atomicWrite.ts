// The one writer for everything Strata writes (saves, recovery copies, exports, the CLI's output):
// a temporary file beside the target, every byte written (a write may take fewer than asked),
// flushed, its size checked against the bytes meant, then renamed over the target. On any
// shortfall or error the temporary file is removed and the old file is untouched.
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Message } from '../../shared/i18n/message';
import { errorCode, formatSize, writeReason, type SpaceNeeded } from './fsErrors';
import { formatMessage, message } from '../../shared/i18n/message';
import { ENGLISH } from '../../shared/i18n/lang';
import { tempNameFor } from './tempNames';
import { REAL_FS, type WriteFs } from './writeFs';

export type WriteResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** Node's error code (`ENOSPC`, `EACCES`…); `ESHORT` when fewer bytes reached the disk. */
      readonly code: string | null;
      /** Ready to show: `Cannot save "plan.strata": the disk is full: 3.2 MiB needed`. */
      readonly message: string;
      /** The same without the file name, for `FILE: reason` lines. */
      readonly reason: string;
      /** The reason as a catalog message, for a reader of another language. */
      readonly said: Message;
      /** The target is a read-only file: nothing was written; ask, then `overwriteReadOnly`. */
      readonly readOnly?: true;
    };

export interface AtomicWriteOptions {
  /** Replace a read-only target (the planner agreed); it stays read-only afterwards. */
  readonly overwriteReadOnly?: boolean;
  /** Windows antivirus and indexers briefly lock new files: the rename is retried there. */
  readonly platform?: NodeJS.Platform;
  readonly retryDelaysMs?: readonly number[];
  /** Called once the temporary file exists (tests use it to interrupt a write). */
  readonly onTempFile?: (tempPath: string) => void | Promise<void>;
  /** Replaces some file-system calls (tests inject short writes and failures). */
  readonly fs?: Partial<WriteFs>;
}

const WINDOWS_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DEFAULT_RETRY_DELAYS_MS = [50, 100, 200, 400, 800];
export const READ_ONLY_REASON = 'the file is read-only';

export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WriteResult> {
  const io: WriteFs = { ...REAL_FS, ...options.fs };
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // Saving through a symbolic link writes the file it points to, and keeps the link.
  const target = await io.realpath(path).catch(() => path);
  let existing: Stats | null = null;
  try {
    existing = await io.stat(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return failure(path, error);
  }
  if (existing?.isDirectory()) return failure(path, codeError('EISDIR'));
  if (existing && !options.overwriteReadOnly && (await isReadOnly(io, target, existing))) {
    return {
      ...failure(path, new Error(READ_ONLY_REASON)),
      code: null,
      readOnly: true,
      said: message('write.readOnlyFile'),
    };
  }

  const folder = dirname(target);
  const temp = join(folder, tempNameFor(basename(target)));
  try {
    await writeTemp(io, temp, bytes, existing, options.onTempFile);
    await renameWithRetries(io, temp, target, options);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    const space: SpaceNeeded = {
      neededBytes: bytes.byteLength,
      freeBytes: await io.freeBytes(folder),
    };
    return failure(path, error, space);
  }
  await io.syncFolder(folder);
  return { ok: true };
}

async function writeTemp(
  io: WriteFs,
  temp: string,
  bytes: Uint8Array,
  existing: Stats | null,
  onTempFile: AtomicWriteOptions['onTempFile'],
): Promise<void> {
  const fd = await io.open(temp, 'wx', 0o666);
  try {
    await onTempFile?.(temp);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const written = await io.write(fd, bytes, offset, bytes.byteLength - offset, offset);
      if (!(written > 0)) throw shortfall(offset, bytes.byteLength);
      offset += written;
    }
    if (existing) await keepOwnership(io, fd, existing);
    await io.fsync(fd);
    const size = await io.size(fd);
    if (size !== bytes.byteLength) throw shortfall(size, bytes.byteLength);
  } catch (error) {
    await io.close(fd).catch(() => undefined);
    throw error;
  }
  // A network file system may report a failed write only when the file is closed.
  await io.close(fd);
}

/** The replaced file keeps its permissions (and, when run as root, its owner). */
async function keepOwnership(io: WriteFs, fd: number, existing: Stats): Promise<void> {
  await io.fchmod(fd, existing.mode & 0o7777).catch(() => undefined);
  if (process.getuid?.() === 0) {
    await io.fchown(fd, existing.uid, existing.gid).catch(() => undefined);
  }
}

async function renameWithRetries(
  io: WriteFs,
  temp: string,
  target: string,
  options: AtomicWriteOptions,
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const delays = platform === 'win32' ? (options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS) : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await io.rename(temp, target);
      return;
    } catch (error) {
      const code = errorCode(error);
      const delay = delays[attempt];
      if (delay === undefined || code === null || !WINDOWS_TRANSIENT.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** No write permission bit, or this process may not write it (a file of another user). */
async function isReadOnly(io: WriteFs, target: string, existing: Stats): Promise<boolean> {
  return (existing.mode & 0o222) === 0 || !(await io.writable(target));
}

function shortfall(written: number, meant: number): Error {
  const error = new Error(
    `only ${formatSize(written)} of ${formatSize(meant)} reached the disk (it may be full)`,
  );
  return Object.assign(error, { code: 'ESHORT', written, meant });
}

function codeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function failure(
  path: string,
  error: unknown,
  space?: SpaceNeeded,
): Extract<WriteResult, { ok: false }> {
  const said = writeReason(error, space);
  const reason = formatMessage(ENGLISH, said);
  return {
    ok: false,
    code: errorCode(error),
    message: `Cannot save "${basename(path)}": ${reason}`,
    reason,
    said,
  };
}
