import { describe, expect, it } from 'vitest';
import { OPEN_FILTERS, SAVE_KINDS, safeFileName, withExtension } from './fileKinds';

describe('file kinds', () => {
  it('gives dialog filters without dots', () => {
    const filters = [...OPEN_FILTERS, ...Object.values(SAVE_KINDS).flatMap((kind) => kind.filters)];
    for (const filter of filters)
      for (const extension of filter.extensions) expect(extension).not.toContain('.');
    expect(OPEN_FILTERS[0]?.extensions).toEqual(['strata', 'json', 'png', 'svg']);
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
