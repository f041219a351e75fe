import { describe, expect, it } from 'vitest';
import { exceedsUtf8Bytes, utf8ByteLength } from './parseText';

describe('utf8ByteLength', () => {
  it('counts ASCII as one byte a character', () => {
    expect(utf8ByteLength('{"name":"Rack A"}')).toBe(17);
    expect(utf8ByteLength('')).toBe(0);
  });

  it('counts two, three and four byte characters as UTF-8 does', () => {
    // é is 2 bytes, € is 3, 😀 (a surrogate pair) is 4: 1 + 2 + 3 + 4 = 10.
    expect(utf8ByteLength('aé€😀')).toBe(10);
    expect(utf8ByteLength('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
  });

  it('counts a lone surrogate as the three bytes of its replacement', () => {
    expect(utf8ByteLength('\ud800x')).toBe(new TextEncoder().encode('\ud800x').length);
  });
});

describe('exceedsUtf8Bytes', () => {
  it('decides by length alone where it can, and by counting where it must', () => {
    expect(exceedsUtf8Bytes('abcd', 3)).toBe(true);
    expect(exceedsUtf8Bytes('ab', 6)).toBe(false);
    expect(exceedsUtf8Bytes('€€', 5)).toBe(true);
    expect(exceedsUtf8Bytes('€€', 6)).toBe(false);
  });
});
