/**
 * The xlsx reader handed to the pure importers on the command line: read-excel-file's universal
 * build, as in the app's import worker. It is given only the parts Strata reads, already inflated
 * and checked (shared/import/rvtools/workbookParts.ts), as a stored zip, so there is nothing left
 * to inflate and the Node build's native zlib would gain nothing (the universal build reads the
 * 5,000-VM benchmark workbook's parts in about 0.6 s of CPU; the Node build the whole workbook in
 * about 0.8–1.0 s). The library's input types name the DOM's Blob, which `shared/` cannot see;
 * `sheets` is an option the library reads but does not declare in its types.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { XlsxReader } from '../../shared/import/types';

type Options = NonNullable<Parameters<typeof readXlsxFile>[1]>;

export const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(data, {
    sheets: options.sheets ? [...options.sheets] : undefined,
  } as Options);
