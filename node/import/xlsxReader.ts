/**
 * The xlsx reader handed to the pure importers on the command line: read-excel-file's Node build,
 * which unzips with Node's native zlib (about 40 % less CPU than the universal build's fflate on a
 * 5,000-VM RVTools workbook). The browser's import worker injects the universal build instead.
 * The library's input types name the DOM's and Node's Blob, which `shared/` cannot see; `sheets`
 * is an option the library reads but does not declare in its types.
 */
import readXlsxFile from 'read-excel-file/node';
import type { XlsxReader } from '../../shared/import/types';

type Options = NonNullable<Parameters<typeof readXlsxFile>[1]>;

export const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(Buffer.from(data), {
    sheets: options.sheets ? [...options.sheets] : undefined,
  } as Options);
