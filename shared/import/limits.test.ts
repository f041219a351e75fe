/**
 * Limits checked before the work: a workbook's sheet past 200,000 rows, or a part that inflates
 * to more than it declares, is refused before the xlsx reader parses a cell; a CSV past the limit
 * before its table is built; YAML alias bombs, unresolved aliases, nesting too deep and too many
 * documents are clean errors. Each case here was also found, or is reached, by tests/fuzz.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { langOf } from '../i18n/lang';
import { formatMessage } from '../i18n/message';
import { parseCsvTable } from './csvTable';
import { importFiles } from './registry';
import { file, readXlsx } from './test-support/importHelpers';
import { vHostRows, VHOST_4X, vInfoRows, VINFO_4X } from './test-support/rvtoolsFixtures';
import { buildXlsx } from './test-support/xlsx';
import { MAX_MARKUP_GAP, readWorkbookParts } from './rvtools/workbookParts';
import { checkWorkbookZip } from './xlsxGuard';
import { MAX_IMPORT_ROWS, type XlsxReader } from './types';
import { readYamlDocuments } from './yamlText';

const HOSTS = [{ name: 'esx-01' }];
const VMS = [{ name: 'web', host: 'esx-01' }];

/** An xlsx reader that fails the test if it is ever asked to parse. */
const neverRead: XlsxReader = () => {
  throw new Error('the workbook reached the xlsx reader');
};

function workbook(): Zippable {
  return unzipSync(
    buildXlsx([
      { name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) },
      { name: 'vHost', rows: vHostRows(VHOST_4X, HOSTS) },
    ]),
  );
}

/** vInfo (sheet1) replaced by `rows` empty rows under the dimension given. */
function withManyRows(rows: number, dimension: string): Uint8Array {
  const parts = workbook();
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"/>`).join('');
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${body}</sheetData></worksheet>`,
  );
  return zipSync(parts, { level: 6 });
}

async function importXlsx(bytes: Uint8Array, reader: XlsxReader = neverRead): Promise<string> {
  const r = await importFiles([file('big.xlsx', bytes)], {}, { readXlsx: reader });
  return r.ok ? 'imported' : r.message;
}

describe('workbook limits, before the reader parses', () => {
  it('refuses a sheet whose dimension says more than 200,000 rows', async () => {
    const bytes = withManyRows(
      MAX_IMPORT_ROWS + 5,
      `<dimension ref="A1:CH${MAX_IMPORT_ROWS + 5}"/>`,
    );
    expect(await importXlsx(bytes)).toBe(
      `big.xlsx: sheet vInfo: ${MAX_IMPORT_ROWS + 4} rows (its dimension says); Strata imports up to ${MAX_IMPORT_ROWS} — refused before reading it`,
    );
  });

  it('counts the rows when the dimension is missing or lies (the same check, at a limit of 50)', () => {
    for (const dimension of ['', '<dimension ref="A1:B2"/>']) {
      const bytes = withManyRows(52, dimension);
      const guard = checkWorkbookZip(bytes);
      if (!guard.ok) throw new Error(guard.reason);
      expect(readWorkbookParts(bytes, guard.declared, 50)).toMatchObject({
        ok: false,
        place: 'sheet vInfo',
        reason: 'more than 50 rows; Strata imports up to 50 — refused before reading it',
      });
      expect(readWorkbookParts(withManyRows(51, dimension), guard.declared, 50).ok).toBe(true);
    }
  });

  it('does not trust a dimension larger than the sheet could hold', async () => {
    const parts = workbook();
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'] as Uint8Array);
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    );
    expect(await importXlsx(zipSync(parts), readXlsx)).toBe('imported');
  });

  it('refuses a part with a long stretch without markup, and keeps the longest cell a workbook can hold', async () => {
    // Found by the fuzz (seed 1359440316): 25 MiB of blanks inside <sheetData> kept
    // read-excel-file's streaming parser busy for minutes.
    const blanks = workbook();
    blanks['xl/worksheets/sheet1.xml'] = strToU8(
      `<worksheet><sheetData>${' '.repeat(MAX_MARKUP_GAP + 1)}</sheetData></worksheet>`,
    );
    const started = Date.now();
    expect(await importXlsx(zipSync(blanks, { level: 6 }))).toBe(
      'big.xlsx: sheet vInfo: part xl/worksheets/sheet1.xml holds more than 256 KiB without markup in one place; a cell holds at most 32,767 characters — damaged; refused',
    );
    expect(Date.now() - started).toBeLessThan(2000);
    // A cell of 32,767 ampersands, escaped: the most a spreadsheet writes between two tags.
    const longest = unzipSync(
      buildXlsx([
        {
          name: 'vInfo',
          rows: vInfoRows(VINFO_4X, [{ name: '&'.repeat(32_767), host: 'esx-01' }]),
        },
        { name: 'vHost', rows: vHostRows(VHOST_4X, HOSTS) },
      ]),
    );
    expect(await importXlsx(zipSync(longest), readXlsx)).toBe('imported');
  });

  it('refuses a part that inflates to more than its zip entry declares', async () => {
    const parts = workbook();
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<worksheet>${' '.repeat(8 << 20)}</worksheet>`);
    const bytes = zipSync(parts, { level: 6 });
    // The sizes in the central directory and the local header say 100 bytes.
    const view = new DataView(bytes.buffer);
    const name = strToU8('xl/worksheets/sheet1.xml');
    for (let i = 0; i + 46 < bytes.length; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x02014b50 ? 46 : sig === 0x04034b50 ? 30 : -1;
      if (at < 0 || view.getUint16(i + (at === 46 ? 28 : 26), true) !== name.length) continue;
      if (!name.every((c, k) => bytes[i + at + k] === c)) continue;
      view.setUint32(i + (at === 46 ? 24 : 22), 100, true);
    }
    expect(await importXlsx(bytes)).toBe(
      'big.xlsx: sheet vInfo: part xl/worksheets/sheet1.xml unpacks to more than the 100 bytes its zip entry declares — damaged, or a zip bomb; refused',
    );
  });

  it('names a missing sheet or part, and says a damaged sheet is damaged (no engine message)', async () => {
    const parts = workbook();
    delete parts['xl/worksheets/sheet2.xml'];
    expect(await importXlsx(zipSync(parts))).toBe(
      'big.xlsx: sheet vHost: is not a readable .xlsx workbook (its part xl/worksheets/sheet2.xml is missing)',
    );
    const cut = workbook();
    const xml = new TextDecoder().decode(cut['xl/worksheets/sheet1.xml'] as Uint8Array);
    cut['xl/worksheets/sheet1.xml'] = strToU8(
      xml.replace(/<sheetData>/, '<sheetData><row r="2"><c r="A2" t="s"><v>99999</v></c></row>'),
    );
    expect(await importXlsx(zipSync(cut), readXlsx)).not.toMatch(
      /Cannot read|undefined|is not a function/,
    );
  });
});

describe('CSV limits, before the table is built', () => {
  const header = 'id,kind,parent\n';
  it('reads exactly the limit, and refuses one row more (here 50; 200,000 in use)', () => {
    const rows = 'a,site,\n'.repeat(50);
    expect(parseCsvTable(header + rows, 50).ok).toBe(true);
    expect(parseCsvTable(`${header}${rows}\n\n\n`, 50).ok).toBe(true);
    expect(parseCsvTable(`${header}${rows}a,site,\n\n\n`, 50)).toMatchObject({
      ok: false,
      reason: 'more than 50 rows; Strata imports up to 50 — refused before reading them',
    });
  });

  it('refuses a file of 200,001 rows', async () => {
    const text = `VM,Powerstate,CPUs,Memory,Host\n${'a,poweredOn,1,1024,h\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const r = await importFiles([file('RVTools_tabvInfo.csv', text)]);
    expect(r.ok ? 'imported' : r.message).toBe(
      `RVTools_tabvInfo.csv: more than ${MAX_IMPORT_ROWS} rows; Strata imports up to ${MAX_IMPORT_ROWS} — refused before reading them`,
    );
  });

  it('reads no more than the first rows of a text that is no known table', async () => {
    // Read whole, this would be refused as too many rows; no header in its first rows says it is
    // a table Strata imports, so it is not read as one at all.
    const text = `alpha,beta,gamma\n${'1,2,3\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const r = await importFiles([file('numbers.txt', text)]);
    expect(r.ok ? 'imported' : r.message).not.toMatch(/rows/);
    expect(r.ok).toBe(false);
  });

  it('counts rows, not line ends: quoted cells may span lines', () => {
    const rows = `a,site,"line\n${'more\n'.repeat(60)}end"\n`;
    const table = parseCsvTable(header + rows, 50);
    expect(table.ok && table.rows.length).toBe(2);
  });
});

describe('YAML bounds', () => {
  it('refuses an alias bomb instead of expanding it', () => {
    const lol = ['a0: &a0 [lol, lol]'];
    for (let i = 1; i <= 9; i++) lol.push(`a${i}: &a${i} [${`*a${i - 1}, `.repeat(9)}*a${i - 1}]`);
    expect(readYamlDocuments(lol.join('\n'))).toMatchObject({
      ok: false,
      place: 'document 1',
      reason: 'its aliases expand to more than 1000 nodes (an alias bomb?) — refused',
    });
  });

  it('names an alias without its anchor, and refuses nesting too deep before parsing', () => {
    const unresolved = readYamlDocuments('services:\n  web: *nowhere\n');
    expect(unresolved.ok).toBe(false);
    // Found by the fuzzer: a 100,000-deep list took yaml a minute; past 1,000 levels it is refused first.
    const deep = readYamlDocuments(`a: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(deep).toMatchObject({
      ok: false,
      place: 'line 2',
      reason: 'nested more than 1000 levels deep; no inventory is — refused before parsing',
    });
    const quoted = readYamlDocuments(
      `x: "${'['.repeat(5000)}"\ny: '${'{'.repeat(5000)}' # ${'['.repeat(5000)}\n`,
    );
    expect(quoted.ok).toBe(true);
    const nested = readYamlDocuments(`x: ${'['.repeat(900)}${']'.repeat(900)}\n`);
    expect(nested.ok || nested.reason).toMatch(/true|nested too deeply/);
  });

  it('counts documents as they are read, and refuses past the limit (here 10; 200,000 in use)', () => {
    expect(readYamlDocuments('---\na: 1\n'.repeat(10), 10).ok).toBe(true);
    expect(readYamlDocuments('---\na: 1\n'.repeat(11), 10)).toMatchObject({
      ok: false,
      place: 'document 11',
      reason: 'more than 10 YAML documents; Strata imports up to 10',
    });
  });

  it('an alias bomb in a Compose file is the import error, naming the file', async () => {
    const text = `x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nx-b: &b [${'*a, '.repeat(40)}*a]\nx-c: [${'*b, '.repeat(40)}*b]\nservices:\n  web:\n    image: nginx\n`;
    const r = await importFiles([file('compose.yaml', text)]);
    expect(r.ok ? 'imported' : r.message).toBe(
      'compose.yaml: document 1: its aliases expand to more than 1000 nodes (an alias bomb?) — refused',
    );
  });
});

describe('limit refusals in the reader’s language', () => {
  it('says the CSV, YAML and workbook limits in Chinese, with the English text unchanged', () => {
    const zh = langOf('zh-CN');
    const header = 'kind,name,parent\n';
    const csv = parseCsvTable(`${header}${'vm,a,\n'.repeat(51)}`, 50);
    if (csv.ok) throw new Error('expected a refusal');
    expect(csv.reason).toBe('more than 50 rows; Strata imports up to 50 — refused before reading them');
    expect(formatMessage(zh, csv.said)).toBe('超过 50 行；Strata 最多导入 50 行——已在读取前拒绝');
    const yaml = readYamlDocuments('---\na: 1\n'.repeat(11), 10);
    if (yaml.ok) throw new Error('expected a refusal');
    expect(formatMessage(zh, yaml.said)).toBe('超过 10 个 YAML 文档；Strata 最多导入 10 个');
    const empty = checkWorkbookZip(zipSync({}));
    if (empty.ok) throw new Error('expected a refusal');
    expect(empty.reason).toBe('is not a readable .xlsx workbook (an empty zip archive)');
    expect(formatMessage(zh, empty.said)).toBe('不是可读取的 .xlsx 工作簿（zip 压缩包为空）');
  });
});

