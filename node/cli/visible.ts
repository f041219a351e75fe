/**
 * Text from a plan file reaches the terminal: names, ids, services, messages. A control
 * character there (an escape sequence, a newline) could recolour or rewrite the terminal, or
 * break the alignment, so the human output shows each one as `?`. JSON output is left exact.
 */
export function visible(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (control && out === null) out = text.slice(0, i);
    if (out !== null) out += control ? '?' : text[i];
  }
  return out ?? text;
}
