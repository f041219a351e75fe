import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../shared/i18n/lang';
import {
  openFilters,
  saveKind,
  SAVE_EXTENSIONS,
  safeFileName,
  withExtension,
  type SaveKind,
} from './fileKinds';

describe('file kinds', () => {
  it('gives dialog filters without dots', () => {
    const kinds = Object.keys(SAVE_EXTENSIONS) as SaveKind[];
    const filters = [
      ...openFilters(ENGLISH),
      ...kinds.flatMap((kind) => saveKind(kind, ENGLISH).filters),
    ];
    for (const filter of filters)
      for (const extension of filter.extensions) expect(extension).not.toContain('.');
    expect(openFilters(ENGLISH)[0]?.extensions).toEqual(['strata', 'json', 'png', 'svg']);
    expect(saveKind('report', ENGLISH)).toEqual({
      extension: 'json',
      title: 'Export report',
      filters: [{ name: 'JSON report', extensions: ['json'] }],
    });
  });

  it('makes a plain, safe file name from a suggestion', () => {
    expect(safeFileName('Rack A', 'strata')).toBe('Rack A.strata');
    expect(safeFileName('Rack A.png', 'png')).toBe('Rack A.png');
    expect(safeFileName('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(safeFileName('C:\\Users\\x\\plan', 'json')).toBe('plan.json');
    expect(safeFileName('a<b>:c"d|e?f*g', 'png')).toBe('abcdefg.png');
    expect(safeFileName('...', 'png')).toBe('plan.png');
    expect(safeFileName('CON', 'json', 'report')).toBe('report.json');
    expect(safeFileName('x'.repeat(300), 'png')).toHaveLength(104);
  });

  it('adds the extension only when the chosen name has none', () => {
    expect(withExtension('/p/rack', 'strata')).toBe('/p/rack.strata');
    expect(withExtension('/p/rack.strata', 'strata')).toBe('/p/rack.strata');
    expect(withExtension('/p/rack.v2', 'strata')).toBe('/p/rack.v2');
  });
});
