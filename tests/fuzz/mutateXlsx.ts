/**
 * Mutations that know a workbook: the XML inside damaged and zipped again (odd cell values,
 * shared-string indexes out of range, a lying `<dimension>`, rows copied past the limit, XML
 * entity bombs, sheets renamed or lost, relationships pointing nowhere), the zip itself damaged
 * (sizes in its directory that lie, compressed data cut or flipped, entries lost or repeated),
 * and bombs (an entry inflating to far more than its size says).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mutateBytes } from './mutateBytes';
import { ODD_CELLS } from './mutateInventory';
import type { Random } from '../../bench/random';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function entityBomb(levels: number): string {
  const ents = ['<!ENTITY l0 "lollollollollol">'];
  for (let i = 1; i <= levels; i++) ents.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE worksheet [${ents.join('')}]>`;
}

function mutateSheetXml(xml: string, rnd: Random, large: boolean): string {
  switch (rnd.int(0, 9)) {
    case 0:
      // A value replaced by an odd one (numbers past the bounds, text where a number belongs).
      return xml.replace(/<v>[^<]*<\/v>/g, (m) =>
        rnd.chance(0.08) ? `<v>${rnd.pick(ODD_CELLS)}</v>` : m,
      );
    case 1:
      // The dimension lies, either way.
      return xml.replace(
        /<dimension ref="[^"]*"\/>/,
        `<dimension ref="${rnd.pick(['A1:ZZ999999', 'A1', 'A1:B2', 'XFD1048576', 'A1:A', '', 'A0:A-1'])}"/>`,
      );
    case 2: {
      // Rows copied: many, or in the long run past the 200,000-row limit.
      const row =
        /<row [^>]*>.*?<\/row>/.exec(xml)?.[0] ?? '<row r="2"><c r="A2"><v>1</v></c></row>';
      // Past the row limit, with rows kept short enough that the XML still fits in one string.
      const copies = large ? (rnd.chance(0.2) ? 200_001 : rnd.int(1, 3000)) : rnd.int(1, 100);
      const short = copies > 3000 ? '<row><c><v>1</v></c></row>' : row;
      return xml.replace('</sheetData>', `${short.repeat(copies)}</sheetData>`);
    }
    case 3:
      return xml
        .replace(/<\?xml[^>]*\?>/, (m) => `${m}${entityBomb(rnd.int(1, large ? 9 : 6))}`)
        .replace(/<v>[^<]*<\/v>/, '<v>&l1;</v>');
    case 4:
      // Cell types and indexes that point nowhere.
      return xml
        .replace(/ t="(s|b|inlineStr)"/g, (m) =>
          rnd.chance(0.2) ? ` t="${rnd.pick(['s', 'b', 'e', 'd', 'n', 'str', 'x'])}"` : m,
        )
        .replace(/<v>\d+<\/v>/, `<v>${rnd.pick(['99999999', '-1', '1.5', '', 'abc'])}</v>`);
    case 5:
      // Cell references out of order, huge, or missing.
      return xml.replace(/ r="[A-Z]+\d+"/g, (m) =>
        rnd.chance(0.1) ? rnd.pick([' r="XFD1048576"', ' r="A0"', ' r="ZZZZ1"', '', ' r="1A"']) : m,
      );
    case 6: {
      // Deeply nested elements.
      const depth = rnd.int(10, large ? 100_000 : 500);
      return xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`);
    }
    case 7:
      // A tag cut in half.
      return xml.slice(0, rnd.int(0, xml.length));
    case 8:
      // A huge row (many columns).
      return xml.replace(
        '</sheetData>',
        `<row r="9999">${'<c><v>1</v></c>'.repeat(rnd.int(100, large ? 20_000 : 1000))}</row></sheetData>`,
      );
    default:
      return strFromU8(mutateBytes(strToU8(xml), rnd));
  }
}

function mutateOtherXml(name: string, xml: string, rnd: Random): string {
  if (name.endsWith('workbook.xml') && rnd.chance(0.6))
    // Sheets renamed (case, spaces, lost) or repeated.
    return xml.replace(
      /name="(vInfo|vHost)"/,
      () => `name="${rnd.pick(['vinfo', 'VHOST', ' vInfo ', 'vInfo', 'x', ''])}"`,
    );
  if (name.endsWith('.rels') && rnd.chance(0.6))
    return xml.replace(
      /Target="[^"]*"/,
      `Target="${rnd.pick(['../../../etc/passwd', '/xl/worksheets/sheet99.xml', '', 'worksheets/sheet1.xml', 'http://x/y'])}"`,
    );
  if (name.endsWith('sharedStrings.xml') && rnd.chance(0.6))
    return xml.replace(
      /<si>.*?<\/si>/,
      `<si><t>${rnd.pick(ODD_CELLS).replace(/[<&]/g, '')}</t></si>`.repeat(rnd.int(0, 3)),
    );
  return strFromU8(mutateBytes(strToU8(xml), rnd));
}

/** The offsets of the central directory entries and local headers of a zip. */
function zipHeaders(bytes: Uint8Array): { central: number[]; local: number[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const central: number[] = [];
  const local: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === CENTRAL) central.push(i);
    else if (sig === LOCAL) local.push(i);
  }
  return { central, local };
}

/** Sets the uncompressed size an entry declares (central directory and local header) to `size`. */
function lieAboutSize(bytes: Uint8Array, rnd: Random, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const { central, local } = zipHeaders(out);
  const which = rnd.int(0, Math.max(0, central.length - 1));
  const c = central[which];
  if (c !== undefined && c + 28 <= out.length) view.setUint32(c + 24, size >>> 0, true);
  const l = local[which];
  if (l !== undefined && l + 26 <= out.length && rnd.chance(0.7))
    view.setUint32(l + 22, size >>> 0, true);
  return out;
}

/** A sheet entry that inflates to `size` bytes of rows (or zeros), written as one of the sheets. */
function bombEntry(entries: Zippable, rnd: Random, large: boolean): void {
  const mib = large ? (rnd.chance(0.3) ? rnd.int(64, 400) : rnd.int(1, 24)) : 1;
  const sheets = Object.keys(entries).filter((n) => n.includes('worksheets/'));
  const name = sheets.length > 0 ? rnd.pick(sheets) : 'xl/worksheets/sheet1.xml';
  const row = '<row><c t="inlineStr"><is><t>a</t></is></c></row>';
  const unit = strToU8(rnd.chance(0.5) ? row : ' ');
  entries[name] = repeatedBetween(
    strToU8('<worksheet><sheetData>'),
    unit,
    Math.ceil((mib * 1024 * 1024) / unit.length),
    strToU8('</sheetData></worksheet>'),
  );
}

/** head + unit × count + tail as bytes, without a string of hundreds of MiB on the way. */
function repeatedBetween(
  head: Uint8Array,
  unit: Uint8Array,
  count: number,
  tail: Uint8Array,
): Uint8Array {
  const body = unit.length * count;
  const out = new Uint8Array(head.length + body + tail.length);
  out.set(head);
  out.set(unit, head.length);
  for (let filled = unit.length; filled < body; filled *= 2)
    out.copyWithin(head.length + filled, head.length, head.length + Math.min(filled, body - filled));
  out.set(tail, head.length + body);
  return out;
}

export function mutateXlsx(seed: Uint8Array, rnd: Random, large: boolean): Uint8Array {
  if (rnd.chance(0.12)) return mutateBytes(seed, rnd);
  let entries: Zippable;
  try {
    entries = unzipSync(seed);
  } catch {
    return mutateBytes(seed, rnd);
  }
  const names = Object.keys(entries);
  const level = rnd.pick([0, 1, 6, 9] as const);
  switch (rnd.int(0, 7)) {
    case 0:
    case 1:
    case 2: {
      // The XML of one part damaged (a sheet most often), zipped again.
      const sheets = names.filter((n) => n.includes('worksheets/'));
      const name = sheets.length > 0 && rnd.chance(0.7) ? rnd.pick(sheets) : rnd.pick(names);
      const xml = strFromU8(entries[name] as Uint8Array);
      entries[name] = strToU8(
        name.includes('worksheets/')
          ? mutateSheetXml(xml, rnd, large)
          : mutateOtherXml(name, xml, rnd),
      );
      return zipSync(entries, { level });
    }
    case 3: {
      // A part lost, or two parts swapped.
      const a = rnd.pick(names);
      const b = rnd.pick(names);
      if (rnd.chance(0.5)) delete entries[a];
      else [entries[a], entries[b]] = [entries[b] as Uint8Array, entries[a] as Uint8Array];
      return zipSync(entries, { level });
    }
    case 4: {
      // A bomb: the sizes it declares tell the truth, or lie (small) so the guard cannot see it.
      bombEntry(entries, rnd, large);
      const zipped = zipSync(entries, { level: 6 });
      return rnd.chance(0.6) ? lieAboutSize(zipped, rnd, rnd.pick([0, 1, 100, 4096])) : zipped;
    }
    case 5:
      // The directory lies about a size (bigger or smaller).
      return lieAboutSize(
        seed,
        rnd,
        rnd.pick([0, 1, 0x7fffffff, 0xffffffff, 600 * 1024 * 1024, rnd.int(0, 1 << 20)]),
      );
    case 6: {
      // The compressed data of an entry flipped or cut, the directory left as it was.
      const out = seed.slice();
      const { local } = zipHeaders(out);
      const at =
        local.length > 0 ? rnd.pick(local) + 30 + rnd.int(0, 400) : rnd.int(0, out.length - 1);
      for (let k = rnd.int(1, 8); k > 0; k--) {
        const i = Math.min(out.length - 1, at + rnd.int(0, 200));
        out[i] = (out[i] ?? 0) ^ (1 << rnd.int(0, 7));
      }
      return out;
    }
    default:
      return mutateBytes(zipSync(entries, { level }), rnd);
  }
}
