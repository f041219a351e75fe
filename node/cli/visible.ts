/**
 * Text from a plan file reaches the terminal: names, ids, services, messages. A control
 * character there (an escape sequence, a newline) could recolour or rewrite the terminal, or
 * break the alignment, and a bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE and its kin)
 * could make a line read differently from what it holds, so the human output shows each one as
 * `?`. JSON output is left exact.
 */
export function visible(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const hidden = isHidden(text.charCodeAt(i));
    if (hidden && out === null) out = text.slice(0, i);
    if (out !== null) out += hidden ? '?' : text[i];
  }
  return out ?? text;
}

function isHidden(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    // ARABIC LETTER MARK, LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    // LINE and PARAGRAPH SEPARATOR (a line break to some terminals), embeddings and overrides
    (code >= 0x2028 && code <= 0x202e) ||
    // isolates
    (code >= 0x2066 && code <= 0x2069)
  );
}
