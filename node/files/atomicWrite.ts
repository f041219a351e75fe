// Saving without ever leaving a half-written file: write-file-atomic writes a temporary file in
// the same folder, flushes it (fsync) and renames it over the target; on any failure the temp
// file is removed and the old file is untouched.
import writeFileAtomic from 'write-file-atomic';
import { describeWriteError, errorCode } from './fsErrors';

export type WriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: string | null; readonly message: string };

type Writer = (
  path: string,
  data: string | Buffer,
  options: writeFileAtomic.Options,
) => Promise<void>;

export interface AtomicWriteOptions {
  /** Windows antivirus and indexers briefly lock new files: retry these there. */
  readonly platform?: NodeJS.Platform;
  readonly retryDelaysMs?: readonly number[];
  /** Called once the temporary file exists (tests use it to interrupt a write). */
  readonly onTempFile?: (tempPath: string) => void | Promise<void>;
  readonly writer?: Writer;
}

const WINDOWS_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DEFAULT_RETRY_DELAYS_MS = [50, 100, 200, 400, 800];

export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WriteResult> {
  const platform = options.platform ?? process.platform;
  const delays = platform === 'win32' ? (options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS) : [];
  const writer: Writer = options.writer ?? writeFileAtomic;
  const body =
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const writeOptions: writeFileAtomic.Options = {
    fsync: true,
    encoding: 'utf8',
    ...(options.onTempFile ? { tmpfileCreated: options.onTempFile } : {}),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await writer(path, body, writeOptions);
      return { ok: true };
    } catch (error) {
      const code = errorCode(error);
      const delay = delays[attempt];
      if (delay !== undefined && code !== null && WINDOWS_TRANSIENT.has(code)) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      return { ok: false, code, message: describeWriteError(path, error) };
    }
  }
}
