/**
 * The text layout of a saved document: indented JSON like `JSON.stringify(value, null, 2)`,
 * except that the items of every `nodes` and `links` array are written compactly, one per line.
 * Pretty-printing a node over ten lines nearly doubled a large plan (34 MB of content written as
 * 61 MB); one line per node keeps diffs and grep readable at a few bytes per node.
 * For the plain JSON data of a document (no undefined in arrays, no toJSON, no cycles).
 */
const ONE_PER_LINE: ReadonlySet<string> = new Set(['nodes', 'links']);
const INDENT = '  ';

export function layoutJson(value: unknown): string {
  return write(value, '', null);
}

function write(value: unknown, indent: string, key: string | null): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + INDENT;
    const compact = key !== null && ONE_PER_LINE.has(key);
    const items = value.map(
      (item) => inner + (compact ? JSON.stringify(item) : write(item, inner, null)),
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = indent + INDENT;
    const entries: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      entries.push(`${inner}${JSON.stringify(k)}: ${write(v, inner, k)}`);
    }
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
