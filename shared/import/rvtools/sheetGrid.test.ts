import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { failure, file } from '../test-support/importHelpers';
import {
  vHostRows,
  VHOST_4X,
  vInfoRows,
  VINFO_4X,
  type HostFixture,
  type VmFixture,
} from '../test-support/rvtoolsFixtures';
import { buildXlsx } from '../test-support/xlsx';
import { MAX_IMPORT_ROWS } from '../types';
import { MAX_SHEET_CELLS, sheetGridRefusal } from './sheetGrid';

const VMS: VmFixture[] = [{ name: 'web-1', host: 'esx-01', cpus: 2, memoryMiB: 4096 }];
const HOSTS: HostFixture[] = [
  { name: 'esx-01', datacenter: 'DC', cluster: 'Prod', cores: 16, memoryMiB: 131072 },
];

/** A workbook whose vInfo sheet (sheet1.xml) is changed by `edit`. */
function workbook(edit: (sheet: string) => string): Uint8Array {
  const parts = unzipSync(
    buildXlsx([
      { name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) },
      { name: 'vHost', rows: vHostRows(VHOST_4X, HOSTS) },
    ]),
  );
  const sheet = 'xl/worksheets/sheet1.xml';
  parts[sheet] = strToU8(edit(strFromU8(parts[sheet] as Uint8Array)));
  return zipSync(parts);
}

describe("a sheet's cell addresses, checked before the xlsx reader sees them", () => {
  it('refuses an address of damaged letters, naming the part and the address, instead of aborting', async () => {
    // Fuzz seed 20306671: read-excel-file took each letter for its character code and grew a row
    // until V8 aborted the process.
    const damaged = workbook((xml) => xml.replace(/ r="B2"/, ' r="BQ+\u00e9G\u001b4"'));
    expect(await failure([file('damaged.xlsx', damaged)])).toBe(
      'damaged.xlsx: sheet vInfo: xl/worksheets/sheet1.xml holds the cell address "BQ+??G?4", which is not an Excel address (A1 to XFD1048576) — damaged; refused before reading it',
    );
  });

  it('reads a tag as XML does: a `>` inside the address does not end it (fuzz seed 20303464)', () => {
    const sheet = strToU8(
      '<sheetData><row r="1"><c r="\u00ff>\u0011dBT8" t="s"><v>1</v></c></row></sheetData>',
    );
    expect(sheetGridRefusal(sheet, 'sheet1.xml', 10)?.reason).toMatch(
      /^sheet1\.xml holds the cell address "\?\?>\?dBT8", which is not an Excel address/,
    );
  });

  it('refuses a cell or a row past the rows Strata imports, and a column past XFD', async () => {
    const far = workbook((xml) =>
      xml.replace('</sheetData>', '<row r="900000"><c r="A900000"><v>1</v></c></row></sheetData>'),
    );
    expect(await failure([file('far.xlsx', far)])).toBe(
      `far.xlsx: sheet vInfo: a cell at row 900000 lies past the ${MAX_IMPORT_ROWS} rows Strata imports — refused before reading it`,
    );
    const wide = workbook((xml) => xml.replace(/ r="B2"/, ' r="XFE2"'));
    expect(await failure([file('wide.xlsx', wide)])).toMatch(
      /"XFE2", which is not an Excel address/,
    );
    const row = workbook((xml) => xml.replace(/<row r="2"/, '<row r="99999999999"'));
    expect(await failure([file('row.xlsx', row)])).toMatch(
      /"99999999999", which is not an Excel address/,
    );
  });

  it('takes any address Excel writes, with or without a namespace prefix or an r attribute', () => {
    const sheet = strToU8(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"/><x:c r=\'XFD1\'/></x:row>' +
        '<row spans="1:3"><c t="s"><v>1</v></c><c s="2" r="C2"/></row><cols><col min="1"/></cols>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(sheetGridRefusal(sheet, 'sheet1.xml', 10)).toBeNull();
  });

  it('refuses a grid of more cells than a sheet may span', () => {
    const rows = Math.ceil(MAX_SHEET_CELLS / 16_384) + 1;
    const sheet = strToU8(
      `<sheetData><row r="1"><c r="XFD1"/></row><row r="${rows}"/></sheetData>`,
    );
    expect(sheetGridRefusal(sheet, 'sheet1.xml', MAX_IMPORT_ROWS + 1)?.reason).toBe(
      `its cells span ${rows} rows by 16384 columns, more than the ${MAX_SHEET_CELLS} cells Strata reads in a sheet — refused before reading it`,
    );
  });
});
