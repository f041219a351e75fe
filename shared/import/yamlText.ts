/** YAML text → plain values through `yaml` (YAML 1.2, every document of a multi-document file). */
import { parseAllDocuments } from 'yaml';

export type YamlRead =
  | { readonly ok: true; readonly docs: unknown[] }
  | { readonly ok: false; readonly place: string; readonly reason: string };

export function readYamlDocuments(text: string): YamlRead {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const doc = list[i];
    if (!doc) continue;
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      return {
        ok: false,
        place: line === undefined ? `document ${i + 1}` : `line ${line}`,
        reason: error.message.split('\n')[0] ?? error.message,
      };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 1000 });
    if (value !== null && value !== undefined) out.push(value);
  }
  return { ok: true, docs: out };
}
