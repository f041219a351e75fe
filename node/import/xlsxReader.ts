/**
 * read-excel-file's universal build (no DOM, no Node APIs at run time), handed to the pure
 * importers: its input type names the DOM's Blob, which `shared/` cannot see, so the call lives
 * here and in the renderer's import worker. `sheets` is an option the library reads but does not
 * declare in its types.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { XlsxReader } from '../../shared/import/types';

type Options = NonNullable<Parameters<typeof readXlsxFile>[1]>;

export const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(data, { sheets: options.sheets ? [...options.sheets] : undefined } as Options);
