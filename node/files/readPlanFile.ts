// Read a `.strata` file from disk and load it: the size is checked before a byte is read, the
// bytes must be UTF-8, and the text goes through the one loader. Never rejects.
import type { Message } from '../../shared/i18n/message';
import { reason } from '../../shared/load/loadReasons';
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
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

/** The UTF-8 text of a file Strata reads (a plan, a policy), within the plan file size limit. */
export async function readPlanText(path: string): Promise<Step<string>> {
  const place = basename(path) || path;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return loadFailure(place, reason('load.folder'));
    if (!info.isFile()) return loadFailure(place, reason('load.notRegular'));
    if (info.size > MAX_FILE_BYTES)
      return loadFailure(place, tooBig(info.size));
    bytes = await readFile(path);
  } catch (error) {
    return loadFailure(place, readReason(error));
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_FILE_BYTES)
    return loadFailure(place, tooBig(bytes.length));
  if (!isUtf8(bytes)) return loadFailure(place, reason('load.notUtf8'));
  return { ok: true, value: bytes.toString('utf8') };
}
