import { describe, expect, it } from 'vitest';
import { cell, renderSections } from './layout';
import { PLAIN_STYLE } from './style';
import { visible } from './visible';

describe('visible', () => {
  it('shows control characters from a plan as ?', () => {
    expect(visible('esx-01')).toBe('esx-01');
    expect(visible('a\u001b[2Jb')).toBe('a?[2Jb');
    expect(visible('two\nlines\ttab\u009b')).toBe('two?lines?tab?');
    expect(visible('')).toBe('');
    expect(visible('Zürich — Genève')).toBe('Zürich — Genève');
  });

  it('shows bidirectional controls as ?, so a line reads as what it holds', () => {
    const controls = [0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d];
    for (const code of [...controls, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(visible(`a${String.fromCharCode(code)}b`)).toBe('a?b');
    }
    expect(visible('invoice\u202egpj.exe')).toBe('invoice?gpj.exe');
    // Right-to-left text itself is kept: only the invisible controls go.
    expect(visible('שרת-01 خادم')).toBe('שרת-01 خادم');
    expect(visible('a\u200db\u2070')).toBe('a\u200db\u2070');
  });

  it('guards every cell of the summary', () => {
    expect(cell('evil\u001b]0;title\u0007').text).toBe('evil?]0;title?');
  });
});

describe('row labels', () => {
  it('are guarded too (cluster names come from the plan)', () => {
    const text = renderSections(
      [{ title: 'HA', rows: [{ label: 'p\u001b[31m', lines: [cell('x')] }] }],
      PLAIN_STYLE,
    );
    expect(text).toBe('HA\n  p?[31m  x\n');
  });
});
