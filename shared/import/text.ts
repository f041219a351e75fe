/** Bytes to text for the text formats (CSV, YAML, JSON): UTF-8 with or without BOM, else Latin-1. */
import { strFromU8 } from 'fflate';

const REPLACEMENT = '\uFFFD';

export function decodeText(bytes: Uint8Array): string {
  const text = strFromU8(bytes);
  // Older exports (RVTools' CSV on a Western Windows) are Windows-1252: undecodable UTF-8 becomes
  // U+FFFD, which the bytes themselves do not hold (EF BF BD).
  if (text.includes(REPLACEMENT) && !hasUtf8Replacement(bytes))
    return stripBom(strFromU8(bytes, true));
  return stripBom(text);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function hasUtf8Replacement(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

/** A header cell as the importers compare it: no BOM, no surrounding or doubled spaces, lower case. */
export function headerKey(value: unknown): string {
  return stripBom(String(value ?? ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A cell as text: trimmed, '' for empty cells. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}
