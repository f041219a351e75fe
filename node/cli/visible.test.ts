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
