/**
 * Mutations that know the inventory text formats: CSV (wrong and mixed separators, BOMs, odd
 * cells, lost headers, unbalanced quotes, many rows, other encodings), YAML (deep nesting,
 * aliases up to a billion laughs, merge keys, tags, many documents) and JSON/YAML trees (numbers
 * at and past every bound, quantities like `1e400Gi`, wrong types, removed keys, copies).
 */
import { parseAllDocuments, stringify } from 'yaml';
import { mutateBytes } from './mutateBytes';
import type { Random } from '../../bench/random';

type Tree = null | boolean | number | string | Tree[] | { [key: string]: Tree };
type Container = Tree[] | { [key: string]: Tree };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Cells and values past every bound an importer reads. */
export const ODD_CELLS = [
  '1e308',
  '-1e308',
  '1e400',
  '5e-324',
  '99999999999999999999999999',
  '9'.repeat(400),
  '-1',
  '0',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1,5',
  '1.234,5',
  '16 384',
  '1e21',
  '',
  ' ',
  '"',
  'True',
  'poweredOff',
  '=HYPERLINK("x")',
  '\u202eevil\u0000',
  '名前',
  '250m',
  '1e400Gi',
  '-5Mi',
  '1Ei',
  '0.0000001',
  '4096',
];

function oddValue(rnd: Random, large: boolean): Tree {
  switch (rnd.int(0, 5)) {
    case 0:
      return rnd.pick([1e308, -1e308, 5e-324, 2 ** 53 + 2, -1, 0, 0.5, 4097, 1e21, 2 ** 31]);
    case 1:
      return rnd.pick(ODD_CELLS);
    case 2:
      return rnd.pick<Tree>([
        null,
        true,
        false,
        [],
        {},
        [1, 2],
        { a: 1 },
        'x'.repeat(large ? 100_000 : 2000),
      ]);
    case 3:
      return -rnd.int(0, 9);
    case 4: {
      let v: Tree = 0;
      for (let d = rnd.int(1, large ? 2000 : 100); d > 0; d--) v = rnd.chance(0.5) ? [v] : { a: v };
      return v;
    }
    default:
      return rnd.next() * 10 ** rnd.int(0, 15);
  }
}

function containers(value: Tree, out: Container[] = [], depth = 0): Container[] {
  if (depth > 64) return out;
  if (Array.isArray(value)) {
    out.push(value);
    for (const item of value) containers(item, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const item of Object.values(value)) containers(item, out, depth + 1);
  }
  return out;
}

/** The most text one mutation adds: past the importers' 50 MiB limit, well within V8's strings. */
const MAX_GROWTH = 64 * 1024 * 1024;

/** One change to a parsed tree: a key set to an odd value, a key removed, an item copied many times. */
export function mutateTree(doc: Tree, keys: readonly string[], rnd: Random, large: boolean): void {
  const all = containers(doc);
  if (all.length === 0) return;
  const target = rnd.pick(all);
  switch (rnd.int(0, 4)) {
    case 0:
    case 1:
      if (Array.isArray(target)) {
        if (target.length > 0) target[rnd.int(0, target.length - 1)] = oddValue(rnd, large);
        else target.push(oddValue(rnd, large));
      } else target[rnd.pick(keys)] = oddValue(rnd, large);
      return;
    case 2:
      if (Array.isArray(target)) target.splice(rnd.int(0, target.length), 1);
      else {
        const own = Object.keys(target);
        if (own.length > 0) delete target[rnd.pick(own)];
      }
      return;
    case 3:
      if (Array.isArray(target) && target.length > 0) {
        const copy = target[rnd.int(0, target.length - 1)] ?? null;
        // Within MAX_GROWTH, so that copies of copies still make a string V8 can hold.
        const most = Math.floor(MAX_GROWTH / (JSON.stringify(copy)?.length ?? 1));
        for (let k = Math.min(most, rnd.int(1, large ? 2000 : 20)); k > 0; k--)
          target.push(structuredClone(copy));
      } else if (!Array.isArray(target)) {
        const own = Object.keys(target);
        if (own.length > 0) {
          const from = rnd.pick(own);
          target[`${from}-${rnd.int(0, 9)}`] = structuredClone(target[from] ?? null);
        }
      }
      return;
    default: {
      // A key of the format moved somewhere it does not belong, with its value's type swapped.
      if (Array.isArray(target)) target.push({ [rnd.pick(keys)]: oddValue(rnd, large) });
      else {
        const own = Object.keys(target);
        if (own.length > 0) {
          const k = rnd.pick(own);
          const v = target[k];
          target[k] =
            typeof v === 'string' ? Number(v) || [v] : typeof v === 'number' ? String(v) : null;
        }
      }
    }
  }
}

function damage(text: string, rnd: Random): string {
  return decoder.decode(mutateBytes(encoder.encode(text), rnd));
}

function withBom(text: string, rnd: Random): string {
  return rnd.pick(['\ufeff', '\ufeff\ufeff', '\ufffe', '']) + text.replace(/^\ufeff/, '');
}

// --- CSV -------------------------------------------------------------------------------------

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

function mutateCsvText(text: string, rnd: Random, large: boolean): string {
  const lines = splitLines(text);
  switch (rnd.int(0, 10)) {
    case 0: {
      // The wrong separator, in the whole file or in some lines only.
      const from = rnd.pick([',', ';']);
      const to = rnd.pick([',', ';', '\t', '|', ' ']);
      if (rnd.chance(0.5)) return text.split(from).join(to);
      const at = rnd.int(0, lines.length - 1);
      lines[at] = (lines[at] ?? '').split(from).join(to);
      return lines.join('\r\n');
    }
    case 1:
      return withBom(text, rnd);
    case 2: {
      // One cell replaced by an odd value (often in a column an importer reads).
      const at = rnd.int(0, lines.length - 1);
      const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
      const cells = (lines[at] ?? '').split(sep);
      const odd = rnd.pick(ODD_CELLS);
      cells[rnd.int(0, Math.max(0, cells.length - 1))] = rnd.chance(0.5) ? odd : `"${odd}"`;
      lines[at] = cells.join(sep);
      return lines.join('\n');
    }
    case 3: {
      // A header renamed or emptied: a required column lost, or two columns of one name.
      const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
      const cells = (lines[0] ?? '').split(sep);
      const at = rnd.int(0, Math.max(0, cells.length - 1));
      cells[at] = rnd.pick(['', 'VM', 'Host', 'CPUs', 'id', 'kind', cells[at] ?? '', ' # CORES ']);
      lines[0] = cells.join(sep);
      return lines.join('\n');
    }
    case 4: {
      // Rows repeated: many rows, or in the long run past the 200,000-row limit.
      const row = lines[rnd.int(1, Math.max(1, lines.length - 2))] ?? '';
      const wanted = large ? (rnd.chance(0.15) ? 200_001 : rnd.int(1, 5000)) : rnd.int(1, 100);
      const copies = Math.min(wanted, Math.floor(MAX_GROWTH / (row.length + 1)));
      return [...lines, ...new Array<string>(copies).fill(row)].join('\n');
    }
    case 5: {
      // An unbalanced quote, or a quoted cell spanning lines.
      const at = rnd.int(0, text.length);
      return `${text.slice(0, at)}${rnd.pick(['"', '"\n', '""', '\n"a\nb"'])}${text.slice(at)}`;
    }
    case 6:
      // Line ends: CR only, mixed, or none but the last.
      return rnd.chance(0.5)
        ? lines.join('\r')
        : lines.join(rnd.pick(['\n\n', '\r\r\n', '\u2028']));
    case 7:
      // Latin-1 or NUL bytes in the middle.
      return damage(text, rnd);
    case 8:
      // Empty lines and title rows before the header.
      return `${'\n'.repeat(rnd.int(0, 8))}${rnd.chance(0.5) ? 'RVTools export;;;\n' : ''}${text}`;
    case 9: {
      // Very long cells and many columns. The added text stays within MAX_GROWTH in all, so a
      // file that case 4 already made long is not grown past what a string can hold.
      const cell = Math.min(
        large ? 70_000 : 500,
        Math.floor(MAX_GROWTH / Math.max(1, lines.length)),
      );
      return lines
        .map((l, i) =>
          i === 0
            ? `${l},${'x,'.repeat(rnd.int(1, large ? 5000 : 200))}`
            : `${l},${'y'.repeat(rnd.int(0, cell))}`,
        )
        .join('\n');
    }
    default:
      return lines.slice(0, rnd.int(0, lines.length)).join('\n');
  }
}

export function mutateCsvBytes(bytes: Uint8Array, rnd: Random, large: boolean): Uint8Array {
  if (rnd.chance(0.15)) return mutateBytes(bytes, rnd);
  let text = decoder.decode(bytes);
  for (let k = rnd.int(1, 2); k > 0; k--) text = mutateCsvText(text, rnd, large);
  // Now and then as Windows-1252 bytes (an older export), which the reader must still decode.
  if (rnd.chance(0.1)) return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  return encoder.encode(text);
}

// --- YAML and JSON ---------------------------------------------------------------------------

/** A billion laughs: `levels` anchors, each a list of `width` aliases of the one before. */
export function billionLaughs(levels: number, width: number): string {
  const out = ['x-lol0: &l0 ["lol"]'];
  for (let i = 1; i <= levels; i++)
    out.push(`x-lol${i}: &l${i} [${new Array<string>(width).fill(`*l${i - 1}`).join(', ')}]`);
  return `${out.join('\n')}\n`;
}

function deepFlow(depth: number, rnd: Random): string {
  return rnd.chance(0.5)
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
}

function deepBlock(depth: number): string {
  const out: string[] = [];
  for (let i = 0; i < depth; i++) out.push(`${' '.repeat(i)}a:`);
  return `${out.join('\n')} 1\n`;
}

function mutateYamlText(text: string, rnd: Random, large: boolean): string {
  switch (rnd.int(0, 11)) {
    case 0:
      return `${billionLaughs(rnd.int(2, large ? 12 : 9), rnd.int(2, 10))}${text}`;
    case 1: {
      const depth = large ? (rnd.chance(0.3) ? 100_000 : rnd.int(10, 3000)) : rnd.int(10, 400);
      return `${text}\nx-deep: ${deepFlow(depth, rnd)}\n`;
    }
    case 2:
      return `${text}\nx-deep:\n${deepBlock(rnd.int(10, large ? 20_000 : 200))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}`;
    case 3:
      // Aliases: to no anchor, to itself, merge keys, an alias as a key.
      return text.replace(
        /:\s*(\S[^\n]*)/,
        `: ${rnd.pick(['*nope', '&self [*self]', '&m {a: 1}\nx-merge: {<<: *m, <<: [*m, *m]}', '{*a : 1}', '&a\n  - *a'])}`,
      );
    case 4:
      // Tags the importers never asked for.
      return text.replace(
        /:\s*(\S[^\n]*)/,
        `: ${rnd.pick(['!!binary aGVsbG8=', '!!set {a, b}', '!!omap [a: 1]', '!!timestamp 2001-12-14', '!custom x', '!!js/function "f"', '!!int "x"', '!!float ".inf"'])}`,
      );
    case 5:
      // Numbers YAML reads but JSON cannot hold.
      return text.replace(
        /(?<=:\s*)-?\d+(\.\d+)?/,
        rnd.pick([
          '.inf',
          '-.inf',
          '.nan',
          '1e400',
          '0x7fffffffffffffffffffffff',
          '0o777',
          '9'.repeat(400),
          '1_000',
          '-0',
          '5e-324',
        ]),
      );
    case 6:
      // Many documents, or document markers in odd places.
      return rnd.chance(0.5)
        ? `${text}\n${'---\n'.repeat(rnd.int(1, large ? 200_000 : 200))}`
        : text.replace(
            /\n/,
            `\n${rnd.pick(['---\n', '...\n', '%YAML 1.1\n---\n', '%TAG ! tag:x,2000:\n---\n'])}`,
          );
    case 7:
      return withBom(text, rnd);
    case 8:
      // Tabs for indentation, a duplicate key.
      return rnd.chance(0.5)
        ? text.replace(/\n {2}/g, '\n\t')
        : text.replace(/\n(\s*)(\w+):/, '\n$1$2: 1\n$1$2:');
    case 9:
      return text.slice(0, rnd.int(0, text.length));
    default:
      return damage(text, rnd);
  }
}

/** A YAML or JSON inventory: as a tree most of the time (then written back as YAML or JSON), or as text. */
export function mutateTreeText(
  text: string,
  keys: readonly string[],
  rnd: Random,
  large: boolean,
): string {
  const json = /^\s*[[{]/.test(text);
  if (rnd.chance(0.4)) {
    return json && rnd.chance(0.5)
      ? mutateJsonText(text, rnd, large)
      : mutateYamlText(text, rnd, large);
  }
  let docs: Tree[];
  try {
    docs = parseAllDocuments(text).map((d) => d.toJS() as Tree);
  } catch {
    return damage(text, rnd);
  }
  for (let k = rnd.int(1, 3); k > 0; k--)
    mutateTree(docs.length > 0 ? rnd.pick(docs) : null, keys, rnd, large);
  try {
    // A deep tree copied many times is written in flow style (compact JSON, which YAML reads as
    // flow collections): indented, every line carries its depth, and the text grows with depth
    // times size — gigabytes, minutes of the harness's own time before an importer sees a byte.
    if (!indentedWithin(docs, MAX_GROWTH))
      return docs.map((d) => JSON.stringify(d)).join('\n---\n');
    if (json && docs.length === 1)
      return JSON.stringify(docs[0], null, rnd.chance(0.5) ? 2 : undefined);
    return docs.map((d) => stringify(d)).join('---\n');
  } catch (error) {
    // Copies of copies can outgrow what a string holds: the harness's limit, not the importer's.
    if (error instanceof RangeError) return damage(text, rnd);
    throw error;
  }
}

/**
 * Whether `tree` written indented (block YAML, or JSON with an indent) stays within `limit`
 * characters: each value costs at least its depth's indent and a line end. Walked without
 * recursion (the harness's trees nest 2,000 deep) and stopped as soon as the limit is passed.
 */
export function indentedWithin(tree: Tree, limit: number): boolean {
  const stack: [Tree, number][] = [[tree, 0]];
  let size = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [Tree, number];
    size += 2 * depth + 1 + (typeof value === 'string' ? value.length : 0);
    if (size > limit) return false;
    if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        size += key.length;
        stack.push([item, depth + 1]);
      }
  }
  return true;
}

function mutateJsonText(text: string, rnd: Random, large: boolean): string {
  switch (rnd.int(0, 3)) {
    case 0:
      return text.replace(
        /(?<=:\s*)-?\d+(\.\d+)?/,
        rnd.pick(['1e999', '-1e999', '1e-999', '123456789012345678901234567890', '-0']),
      );
    case 1: {
      const depth = large ? (rnd.chance(0.3) ? 100_000 : rnd.int(10, 5000)) : rnd.int(10, 500);
      return text.replace(/\{/, `{"x-deep": ${'['.repeat(depth)}0${']'.repeat(depth)}, `);
    }
    case 2:
      return text.replace(
        '{',
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}},',
      );
    default:
      return withBom(text, rnd);
  }
}
