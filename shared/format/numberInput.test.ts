import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langOf } from '../i18n/lang';
import { formatMessage } from '../i18n/message';
import { numberInputText, parseNumberInput } from './numberInput';

const ok = (value: number) => ({ ok: true, value });
const no = (reason: string) => expect.objectContaining({ ok: false, reason });

describe('parseNumberInput', () => {
  it('reads plain numbers, signs, spaces and the leading or trailing decimal sign', () => {
    expect(parseNumberInput('16', 'en-US')).toEqual(ok(16));
    expect(parseNumberInput('  8.5 ', 'en-US')).toEqual(ok(8.5));
    expect(parseNumberInput('-2', 'en-US')).toEqual(ok(-2));
    expect(parseNumberInput('−2', 'en-US')).toEqual(ok(-2));
    expect(parseNumberInput('+3', 'en-US')).toEqual(ok(3));
    expect(parseNumberInput('.5', 'en-US')).toEqual(ok(0.5));
    expect(parseNumberInput('5.', 'en-US')).toEqual(ok(5));
    expect(parseNumberInput('-0', 'en-US')).toEqual(ok(0));
    expect(Object.is(parseNumberInput('-0', 'en-US').ok && 0, 0)).toBe(true);
  });

  it('reads the decimal sign and digit groups of the locale', () => {
    expect(parseNumberInput('8,5', 'de-DE')).toEqual(ok(8.5));
    expect(parseNumberInput('1,024', 'en-US')).toEqual(ok(1024));
    expect(parseNumberInput('1.024', 'en-US')).toEqual(ok(1.024));
    expect(parseNumberInput('1.024', 'de-DE')).toEqual(ok(1024));
    expect(parseNumberInput('1,024', 'de-DE')).toEqual(ok(1.024));
    expect(parseNumberInput('1.234.567,25', 'de-DE')).toEqual(ok(1234567.25));
    expect(parseNumberInput('1 234,5', 'fr-FR')).toEqual(ok(1234.5));
    expect(parseNumberInput('1\u202f234,5', 'fr-FR')).toEqual(ok(1234.5));
    expect(parseNumberInput("1'234.5", 'de-CH')).toEqual(ok(1234.5));
    expect(parseNumberInput('1’234.5', 'de-CH')).toEqual(ok(1234.5));
    expect(parseNumberInput('12,34,567', 'en-IN')).toEqual(ok(1234567));
    expect(parseNumberInput('1 024', 'en-US')).toEqual(ok(1024));
    expect(parseNumberInput('١٢٫٥', 'ar-EG')).toEqual(ok(12.5));
  });

  it('reads the field unit after the number, and refuses another', () => {
    expect(parseNumberInput('16 GiB', 'en-US', 'GiB')).toEqual(ok(16));
    expect(parseNumberInput('16gib', 'en-US', 'GiB')).toEqual(ok(16));
    expect(parseNumberInput('1 core', 'en-US', 'cores')).toEqual(ok(1));
    expect(parseNumberInput('2,5 h', 'de-DE', 'h')).toEqual(ok(2.5));
    expect(parseNumberInput('16 TB', 'en-US', 'GiB')).toEqual(no('16 TB: enter a number of GiB'));
    expect(parseNumberInput('16 GiB', 'en-US')).toEqual(no('16 GiB: enter only a number'));
  });

  it('refuses what is not a plain decimal number, and says why', () => {
    expect(parseNumberInput('', 'en-US')).toEqual(no('enter a number'));
    expect(parseNumberInput('   ', 'en-US')).toEqual(no('enter a number'));
    expect(parseNumberInput('0x10', 'en-US')).toEqual(
      no('0x10: write the number in decimal digits'),
    );
    expect(parseNumberInput('1e308', 'en-US')).toEqual(
      no('1e308: write the number in full, without an exponent'),
    );
    expect(parseNumberInput('2.5E-3', 'en-US').ok).toBe(false);
    expect(parseNumberInput('Infinity', 'en-US')).toEqual(no('Infinity: enter a number in digits'));
    expect(parseNumberInput('-∞', 'en-US').ok).toBe(false);
    expect(parseNumberInput('NaN', 'en-US').ok).toBe(false);
    expect(parseNumberInput('abc', 'en-US')).toEqual(no('abc: not a number'));
    expect(parseNumberInput('9'.repeat(400), 'en-US').ok).toBe(false);
  });

  it('says which sign is for decimals only where the locale makes it so', () => {
    expect(parseNumberInput('8,5', 'en-US')).toEqual(no('8,5: use a point for decimals'));
    expect(parseNumberInput('8.5', 'de-DE')).toEqual(no('8.5: use a comma for decimals'));
    expect(parseNumberInput('8.5', 'fr-FR')).toEqual(no('8.5: use a comma for decimals'));
    expect(parseNumberInput('1.234,5', 'en-US')).toEqual(
      no('1.234,5: use a point for decimals, after the digit groups'),
    );
    expect(parseNumberInput('1.2.3', 'en-US')).toEqual(
      no('1.2.3: use a point only once, for decimals'),
    );
    expect(parseNumberInput('12,34', 'en-US')).toEqual(no('12,34: use a point for decimals'));
    expect(parseNumberInput('1,2,3', 'en-US')).toEqual(
      no('1,2,3: digit groups have three digits (1,024)'),
    );
  });
});

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ar-EG', 'ja-JP', 'es-ES', 'ru-RU'];

describe('parseNumberInput properties', () => {
  it('reads back exactly what the field shows, for any number', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1e9, max: 1e9, noNaN: true })
          .filter((v) => Math.abs(v) >= 1e-6 || v === 0),
        fc.constantFrom(...LOCALES),
        (value, locale) => {
          expect(parseNumberInput(numberInputText(value, locale), locale)).toEqual(ok(value + 0));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads numbers as the locale formats them, digit groups included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...LOCALES),
        (units, decimals, locale) => {
          const value = units / 10 ** decimals;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
          expect(parseNumberInput(text, locale)).toEqual(ok(value + 0));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and always answers a finite number or a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[-+\d.,' e\u202f]{0,12}$/)),
        fc.constantFrom(...LOCALES),
        (text, locale) => {
          const result = parseNumberInput(text, locale, 'GiB');
          if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
          else expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseNumberInput in the reader’s language', () => {
  const zh = langOf('zh-CN');
  const said = (typed: string, locale: string, unit?: string | readonly string[]): string => {
    const result = parseNumberInput(typed, locale, unit);
    if (result.ok) throw new Error(`${typed} was read as ${result.value}`);
    return formatMessage(zh, result.message);
  };

  it('says every refusal with a code, in Chinese as in English', () => {
    expect(said('8,5', 'en-US')).toBe('8,5：小数请用小数点“.”');
    expect(said('1.2.3', 'en-US')).toBe('1.2.3：小数点“.”只能出现一次，用于小数');
    expect(said('', 'zh-CN')).toBe('请输入数字');
    expect(said('8 apples', 'zh-CN', ['核', 'cores'])).toBe('8 apples：请输入以 核 为单位的数字');
    const result = parseNumberInput('8,5', 'en-US');
    expect(result.ok ? null : result.code).toBe('decimal-sign');
  });

  it('accepts the unit in the shown language and in English', () => {
    expect(parseNumberInput('8 核', 'zh-CN', ['核', 'cores'])).toEqual(ok(8));
    expect(parseNumberInput('8 cores', 'zh-CN', ['核', 'cores'])).toEqual(ok(8));
  });
});
