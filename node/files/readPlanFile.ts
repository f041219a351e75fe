// Read a `.strata` file from disk and load it: the size is checked before a byte is read, the
// bytes must be UTF-8, and the text goes through the one loader. Never rejects.
import type { Message } from '../../shared/i18n/message';
import { reason } from '../../shared/load/loadReasons';
import { isUtf8 } from 'node:buffer';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDocument } from '../../shared/load/loadDocument';
import {
  loadFailure,
  type DocumentResult,
  type LoadResult,
  type Step,
} from '../../shared/load/loadResult';
import { formatMiB } from '../../shared/load/parseText';
import { MAX_FILE_BYTES } from '../../shared/model/plan';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { concatBytes } from '../../shared/png/chunks';
import { readReason } from './fsErrors';

function tooBig(bytes: number): Message {
  return reason('load.fileTooBig', { size: formatMiB(bytes), max: MAX_FILE_BYTES / (1024 * 1024) });
}

/** Every scenario of the file at `path`; I/O failures name the file as the place. */
export async function readDocumentFile(path: string): Promise<DocumentResult> {
  const text = await readPlanText(path);
  return text.ok ? loadDocument(text.value) : text;
}

/** The plan the file at `path` opens on (a version-2 file: its active scenario). */
export async function readPlanFile(path: string): Promise<LoadResult> {
  const loaded = await readDocumentFile(path);
  return loaded.ok ? { ok: true, plan: activeScenarioOf(loaded.document).plan } : loaded;
}

/** Why the bytes of a file were not read (readBytesOnce). */
export type BytesRefusal<K> =
  | { readonly why: 'folder' }
  | { readonly why: 'notRegular' }
  | { readonly why: 'tooBig'; readonly kind: K; readonly size: number }
  | { readonly why: 'io'; readonly error: unknown };

export type BytesRead<K> =
  | { readonly ok: true; readonly kind: K; readonly bytes: Uint8Array }
  | ({ readonly ok: false } & BytesRefusal<K>);

/** How much is read to tell a file's kind from its content. */
const HEAD_BYTES = 4096;

/**
 * The bytes of the file at `path`, read through one handle: its first bytes give its kind
 * (`kindOf`), and a file larger than that kind's `limitOf` is refused before the rest is read.
 * The kind and the bytes come from the same read, so a file replaced in between cannot be taken
 * for another kind, and a file that grows while it is read is still held to the limit.
 */
export async function readBytesOnce<K>(
  path: string,
  kindOf: (head: Uint8Array) => K,
  limitOf: (kind: K) => number,
): Promise<BytesRead<K>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, why: 'folder' };
    if (!info.isFile()) return { ok: false, why: 'notRegular' };
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const head = new Uint8Array(Math.min(size, HEAD_BYTES));
      const headRead = await readFully(handle, head, 0);
      const kind = kindOf(head.subarray(0, headRead));
      const limit = limitOf(kind);
      if (size > limit) return { ok: false, why: 'tooBig', kind, size };
      // One buffer of the size taken: the head is copied in, the rest read straight into it.
      const whole = new Uint8Array(size);
      whole.set(head.subarray(0, headRead));
      let total = headRead + (await readFully(handle, whole.subarray(headRead), headRead));
      const parts = [whole.subarray(0, total)];
      // A file that grew since its size was taken is read on, and still held to the limit.
      for (let more = total === size; more && total <= limit;) {
        const chunk = new Uint8Array(64 * 1024);
        const got = await readFully(handle, chunk, total);
        parts.push(chunk.subarray(0, got));
        total += got;
        more = got === chunk.length;
      }
      if (total > limit) return { ok: false, why: 'tooBig', kind, size: total };
      const grown = parts.filter((part) => part.length > 0);
      return {
        ok: true,
        kind,
        bytes: grown.length > 1 ? concatBytes(grown) : (parts[0] as Uint8Array),
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, why: 'io', error };
  }
}

/** Fills `buffer` from the file's `position` until it is full or the file ends; the bytes read. */
async function readFully(
  handle: FileHandle,
  buffer: Uint8Array,
  position: number,
): Promise<number> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesRead } = await handle.read(
      buffer,
      offset,
      buffer.length - offset,
      position + offset,
    );
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return offset;
}

/** The UTF-8 text of a file Strata reads (a plan, a policy), within the plan file size limit. */
export async function readPlanText(path: string): Promise<Step<string>> {
  const place = basename(path) || path;
  const read = await readBytesOnce(
    path,
    () => null,
    () => MAX_FILE_BYTES,
  );
  return read.ok ? planText(place, read.bytes) : loadFailure(place, refusalReason(read));
}

/** The reason a plan file's bytes were not read, as the loader says it (the file is the place). */
export function refusalReason(refusal: BytesRefusal<unknown>): Message {
  if (refusal.why === 'folder') return reason('load.folder');
  if (refusal.why === 'notRegular') return reason('load.notRegular');
  if (refusal.why === 'tooBig') return tooBig(refusal.size);
  return readReason(refusal.error);
}

/** A plan file's bytes as text: UTF-8 only. */
export function planText(place: string, bytes: Uint8Array): Step<string> {
  if (!isUtf8(bytes)) return loadFailure(place, reason('load.notUtf8'));
  return {
    ok: true,
    value: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
  };
}
