// Re-validating what the renderer sends: the renderer is treated as untrusted input.
import { isAbsolute } from 'node:path';
import type { DocumentState } from '../shared/bridge';
import { MAX_FILE_BYTES } from '../shared/model/plan';
import { MAX_PNG_BYTES, MAX_SVG_BYTES, PLAN_FILE_EXTENSIONS } from '../shared/model/planFiles';

/** A refused argument; the handler rejects the renderer's promise with it. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

const MAX_NAME_CHARS = 1_000;
const MAX_PATH_CHARS = 4_096;

/** Text up to 50 MiB (a UTF-16 unit is at least one UTF-8 byte, so this never cuts a valid file). */
export function asPlanText(value: unknown, what = 'plan'): string {
  if (typeof value !== 'string') throw new ArgumentError(`${what} must be text`);
  if (value.length > MAX_FILE_BYTES) throw new ArgumentError(`${what} is over 50 MiB`);
  return value;
}

/** An SVG's text, up to the size Strata reads back (shared/model/planFiles.ts). */
export function asSvgText(value: unknown): string {
  if (typeof value !== 'string') throw new ArgumentError('SVG must be text');
  if (value.length > MAX_SVG_BYTES) throw new ArgumentError('SVG is over 256 MiB');
  return value;
}

export function asName(value: unknown, what = 'name'): string {
  if (typeof value !== 'string') throw new ArgumentError(`${what} must be text`);
  return value.slice(0, MAX_NAME_CHARS);
}

export function asBytes(value: unknown, what = 'image'): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new ArgumentError(`${what} must be bytes`);
  if (value.length > MAX_PNG_BYTES) throw new ArgumentError(`${what} is over 512 MiB`);
  return value;
}

export function asDocumentState(value: unknown): DocumentState {
  if (typeof value !== 'object' || value === null)
    throw new ArgumentError('document state must be an object');
  const { title, dirty } = value as Record<string, unknown>;
  if (typeof dirty !== 'boolean')
    throw new ArgumentError('document state: dirty must be true or false');
  return { title: asName(title, 'document state: title'), dirty };
}

/** An absolute path to a plan file of a kind Strata opens (shared/model/planFiles.ts). */
export function asPlanFilePath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH_CHARS) {
    throw new ArgumentError('path must be text');
  }
  if (!isAbsolute(value) || value.includes('\u0000'))
    throw new ArgumentError('path must be absolute');
  const extension = /\.([^./\\]+)$/.exec(value)?.[1]?.toLowerCase() ?? '';
  if (!PLAN_FILE_EXTENSIONS.includes(extension)) {
    throw new ArgumentError(
      `Strata opens ${PLAN_FILE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files`,
    );
  }
  return value;
}
