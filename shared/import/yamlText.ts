/**
 * YAML text → plain values through `yaml` (YAML 1.2, every document of a multi-document file),
 * bounded: flow nesting past 1,000 levels refused before parsing, at most MAX_IMPORT_ROWS
 * documents (counted as they are composed, one at a time), alias expansion capped (a "billion
 * laughs" is refused, not expanded), and nesting too deep for the parser a clean error rather
 * than a stack overflow.
 */
import { Composer, LineCounter, Parser } from 'yaml';
import { MAX_IMPORT_ROWS, refusal, type Refusal } from './types';

/** yaml's `maxAliasCount`: how many nodes aliases may copy in all (its own default is 100). */
export const MAX_YAML_ALIAS_COUNT = 1000;

/**
 * Deeper flow nesting (`[[[…` or `{a: {a: …`) than any inventory has; `yaml` slows down sharply
 * with depth (a 100,000-deep list took a minute), so it is refused before parsing.
 */
export const MAX_YAML_DEPTH = 1000;

/** The line where flow nesting first goes past `max` (quoted scalars and comments skipped), or 0. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return line;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
    else if (c === 0x22 || c === 0x27) {
      // A quoted scalar: skip to its closing quote (`\"` escapes in double quotes, `''` in single).
      for (i++; i < text.length; i++) {
        const q = text.charCodeAt(i);
        if (q === 10) line++;
        if (c === 0x22 && q === 0x5c) i++;
        else if (q === c) break;
      }
    } else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    }
  }
  return 0;
}

export type YamlRead =
  | { readonly ok: true; readonly docs: unknown[] }
  | ({ readonly ok: false; readonly place: string } & Refusal);

/** The parser's complaint: ours by key, else its own (English) first line. */
function describe(error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /Maximum call stack/i.test(message))
    return refusal('import.yaml.nestedTooDeeply');
  if (/Excessive alias count/i.test(message))
    return refusal('import.yaml.aliasBomb', { max: MAX_YAML_ALIAS_COUNT });
  const detail = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  return refusal('import.other', { detail });
}

export function readYamlDocuments(text: string, maxDocuments = MAX_IMPORT_ROWS): YamlRead {
  const deepLine = tooDeepAt(text, MAX_YAML_DEPTH);
  if (deepLine > 0)
    return {
      ok: false,
      place: `line ${deepLine}`,
      ...refusal('import.yaml.tooDeep', { max: MAX_YAML_DEPTH }),
    };
  const lines = new LineCounter();
  const composer = new Composer({ uniqueKeys: false });
  const out: unknown[] = [];
  let n = 0;
  try {
    for (const doc of composer.compose(new Parser(lines.addNewLine).parse(text))) {
      n += 1;
      if (n > maxDocuments)
        return {
          ok: false,
          place: `document ${n}`,
          ...refusal('import.yaml.tooManyDocuments', { max: maxDocuments }),
        };
      const error = doc.errors[0];
      if (error) {
        const line = lines.linePos(error.pos[0]).line;
        return { ok: false, place: `line ${line}`, ...describe(error) };
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
      } catch (toJsError) {
        return { ok: false, place: `document ${n}`, ...describe(toJsError) };
      }
      if (value !== null && value !== undefined) out.push(value);
    }
  } catch (parseError) {
    return { ok: false, place: `document ${Math.max(1, n)}`, ...describe(parseError) };
  }
  return { ok: true, docs: out };
}
