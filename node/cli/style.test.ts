import { describe, expect, it } from 'vitest';
import { ANSI_STYLE, PLAIN_STYLE, shouldUseColor } from './style';

describe('colour', () => {
  it('is on only for a terminal without NO_COLOR', () => {
    expect(shouldUseColor(true, {})).toBe(true);
    expect(shouldUseColor(true, { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(false, {})).toBe(false);
  });

  it('wraps text in SGR codes, or leaves it alone', () => {
    expect(ANSI_STYLE.bad('x')).toBe('\u001b[31mx\u001b[39m');
    expect(PLAIN_STYLE.bad('x')).toBe('x');
  });
});
