import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { describe, expect, it } from 'vitest';
import { alignColumns, cell, renderSections } from './layout';
import { ANSI_STYLE, PLAIN_STYLE } from './style';

describe('layout', () => {
  it('starts every value in the same column across sections', () => {
    const text = renderSections(
      [
        { title: 'First', rows: [{ label: 'A', lines: [cell('one'), cell('two')] }] },
        { title: 'Second', summary: cell('verdict'), rows: [] },
        { title: 'Third', rows: [{ label: 'Longer label', lines: [cell('three')] }] },
      ],
      PLAIN_STYLE,
    );
    expect(text).toBe(
      [
        'First',
        '  A             one',
        '                two',
        '',
        'Second          verdict',
        '',
        'Third',
        '  Longer label  three',
        '',
      ].join('\n'),
    );
  });

  it('pads before colouring, so colour never shifts a column', () => {
    const rows = [
      [cell('error', ANSI_STYLE.bad), cell('a'), cell('x')],
      [cell('warning', ANSI_STYLE.warn), cell('bb'), cell('y')],
    ];
    const plain = alignColumns(rows.map((r) => r.map((c) => cell(c.text))));
    expect(alignColumns(rows).map(stripAnsi)).toEqual(plain);
    expect(plain).toEqual(['  error    a   x', '  warning  bb  y']);
  });
});
