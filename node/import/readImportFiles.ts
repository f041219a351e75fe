/** The files of `strata import`, read from disk: the size is checked before a byte is read. */
import { readFile, stat } from 'node:fs/promises';
import { formatMiB } from '../../shared/load/parseText';
import { MAX_IMPORT_BYTES, type ImportFile } from '../../shared/import/types';
import { describeReadError } from '../files/fsErrors';

export type FilesRead =
  | { readonly ok: true; readonly files: ImportFile[] }
  | { readonly ok: false; readonly file: string; readonly reason: string };

export async function readImportFiles(paths: readonly string[]): Promise<FilesRead> {
  const files: ImportFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory())
        return { ok: false, file: path, reason: 'it is a folder, not a file' };
      if (info.size > MAX_IMPORT_BYTES)
        return {
          ok: false,
          file: path,
          reason: `the file is ${formatMiB(info.size)}; Strata imports files up to ${formatMiB(MAX_IMPORT_BYTES)}`,
        };
      const bytes = await readFile(path);
      files.push({
        name: path,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      });
    } catch (error) {
      return { ok: false, file: path, reason: `cannot be read: ${describeReadError(error)}` };
    }
  }
  return { ok: true, files };
}
