/**
 * YAML text → plain values through `yaml` (YAML 1.2, every document of a multi-document file),
 * bounded: at most MAX_IMPORT_ROWS documents (counted as they are composed, one at a time), alias
 * expansion capped (a "billion laughs" is refused, not expanded), and nesting too deep for the
 * parser a clean error rather than a stack overflow.
 */
import { Composer, LineCounter, Parser } from 'yaml';
import { MAX_IMPORT_ROWS } from './types';

/** yaml's `maxAliasCount`: how many nodes aliases may copy in all (its own default is 100). */
export const MAX_YAML_ALIAS_COUNT = 1000;

export type YamlRead =
  | { readonly ok: true; readonly docs: unknown[] }
  | { readonly ok: false; readonly place: string; readonly reason: string };

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /Maximum call stack/i.test(message))
    return 'the YAML is nested too deeply to read';
  if (/Excessive alias count/i.test(message))
    return `its aliases expand to more than ${MAX_YAML_ALIAS_COUNT} nodes (an alias bomb?) — refused`;
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export function readYamlDocuments(text: string, maxDocuments = MAX_IMPORT_ROWS): YamlRead {
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
          reason: `more than ${maxDocuments} YAML documents; Strata imports up to ${maxDocuments}`,
        };
      const error = doc.errors[0];
      if (error) {
        const line = lines.linePos(error.pos[0]).line;
        return { ok: false, place: `line ${line}`, reason: describe(error) };
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
      } catch (toJsError) {
        return { ok: false, place: `document ${n}`, reason: describe(toJsError) };
      }
      if (value !== null && value !== undefined) out.push(value);
    }
  } catch (parseError) {
    return { ok: false, place: `document ${Math.max(1, n)}`, reason: describe(parseError) };
  }
  return { ok: true, docs: out };
}
