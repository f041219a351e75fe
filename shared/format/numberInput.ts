/**
 * Numbers as a person types them into a field, in their locale: `8,5` in de-DE, `1,024` (en-US)
 * or `1.024` (de-DE) with digit groups, spaces between groups, the field's unit after the number
 * (`16 GiB`), a minus sign (− too). What is not a plain decimal number — `0x10`, `1e308`,
 * `Infinity`, an empty field — is refused with the reason; the schema then checks the range.
 * The inspector shows a value with `numberInputText`, which this reads back exactly.
 */

import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import { message, type Message } from '../i18n/message';

/** Why a typed number was refused: `number.<code>` in the catalogs. */
export type NumberRefusalCode =
  | 'empty'
  | 'not-decimal'
  | 'not-digits'
  | 'exponent'
  | 'wrong-unit'
  | 'no-word'
  | 'decimal-once'
  | 'decimal-after-groups'
  | 'not-a-number'
  | 'decimal-sign'
  | 'groups'
  | 'too-large';

/** A refusal carries its code and message (for the reader's language) and the English reason. */
export type NumberInputResult =
  | { readonly ok: true; readonly value: number }
  | {
      readonly ok: false;
      readonly code: NumberRefusalCode;
      readonly message: Message;
      readonly reason: string;
    };

export interface NumberLocale {
  readonly decimal: string;
  readonly group: string;
}

const localeCache = new Map<string, NumberLocale>();

/** The decimal and group separators of a BCP 47 locale (`en-US`, `de-DE`), from Intl. */
export function numberLocale(locale: string): NumberLocale {
  let found = localeCache.get(locale);
  if (found === undefined) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en-US').formatToParts(1234567.5);
    }
    found = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    localeCache.set(locale, found);
  }
  return found;
}

/** `value` as the field shows it: every digit JavaScript would write, the locale's decimal sign. */
export function numberInputText(value: number, locale: string): string {
  const text = String(value + 0);
  return /e/i.test(text) ? text : text.replace('.', numberLocale(locale).decimal);
}

// Decimal digits of other scripts, by the code of their zero (Arabic-Indic, Persian, Devanagari,
// Bengali, full-width).
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10];
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212]/;

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code < z + 10);
    return zero === undefined ? d : String(code - zero);
  });
}

/** The decimal sign as the catalog names it: `number.sign.point`, `.comma`, else `.other` quoting it. */
function signParams(sign: string): MessageParams {
  return { sign, signName: sign === '.' ? 'point' : sign === ',' ? 'comma' : 'other' };
}

/** Drops the field's unit from the end (`16 GiB`, `16gib`, `2 core`); null when another word is there. */
function withoutUnit(text: string, units: readonly string[]): string | null {
  const match = /^(.*?[\d.,'’\u066b\u066c\s])\s*([^\d\s.,'’\u066b\u066c\u2212+-][^\d]*)$/u.exec(
    text,
  );
  if (!match) return text;
  const word = (match[2] ?? '').trim().toLowerCase().replace(SPACES, '');
  const forms = new Set<string>();
  for (const unit of units) {
    const accepted = unit.toLowerCase().replace(SPACES, '');
    forms.add(accepted).add(`${accepted}s`).add(accepted.replace(/s$/, ''));
    if (accepted === '×') forms.add('x');
  }
  return forms.has(word) ? (match[1] ?? '').trim() : null;
}

function refuse(
  typed: string,
  code: NumberRefusalCode,
  params: MessageParams = {},
): NumberInputResult {
  const said = message(`number.${code}` as CatalogKey, { typed, ...params });
  return { ok: false, code, message: said, reason: ENGLISH.t(said.key, said.params) };
}

/** Digit groups as the locale writes them (1,234,567; 12,34,567 in en-IN) or by threes. */
function groupsAreValid(groups: readonly string[], locale: string): boolean {
  if (groups.length === 1) return true;
  const digits = groups.join('');
  const threes = groups.every((g, i) =>
    i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3,
  );
  if (threes) return true;
  const own = new Intl.NumberFormat(locale, { useGrouping: true })
    .formatToParts(BigInt(digits))
    .filter((p) => p.type === 'integer')
    .map((p) => asciiDigits(p.value));
  return own.join('|') === groups.join('|');
}

/**
 * Reads what a person typed into a number field. `unit` is the field's unit (`GiB`), or its forms
 * (the shown one first, e.g. `核` and `cores`): typed after the number it is accepted; any other
 * word is refused.
 */
export function parseNumberInput(
  typed: string,
  locale: string,
  unit?: string | readonly string[],
): NumberInputResult {
  // Invisible direction marks (the minus sign of ar-EG carries one) are not part of the number.
  const shown = typed.replace(/\p{Cf}/gu, '').trim();
  if (shown === '') {
    const said = message('number.empty');
    return { ok: false, code: 'empty', message: said, reason: ENGLISH.t(said.key) };
  }
  const { decimal, group } = numberLocale(locale);
  if (/^[-+\u2212]?0[xob]/i.test(shown)) return refuse(shown, 'not-decimal');
  if (/^[-+\u2212]?(infinity|∞|nan)$/i.test(shown))
    return refuse(shown, 'not-digits');
  const plain = asciiDigits(shown);
  if (/^[-+\u2212]?[\d.,]*\d[eE][-+]?\d+$/.test(plain.replace(SPACES, ''))) {
    return refuse(shown, 'exponent');
  }
  const units = unit === undefined ? [] : typeof unit === 'string' ? [unit] : unit;
  const body = withoutUnit(plain, units);
  if (body === null) {
    const [named] = units;
    return named ? refuse(shown, 'wrong-unit', { unit: named }) : refuse(shown, 'no-word');
  }
  const negative = MINUS.test(body);
  const unsigned = body.replace(/^[-+\u2212]/, '').trim();
  // Spaces, and the locale's group sign, separate digit groups; the decimal sign comes once.
  const apostrophes = group === "'" || group === '’' ? /['’]/g : null;
  const spaced = unsigned.replace(SPACES, '|');
  const marked = (apostrophes ? spaced.replace(apostrophes, '|') : spaced).split(group).join('|');
  const pieces = marked.split(decimal);
  if (pieces.length > 2) return refuse(shown, 'decimal-once', signParams(decimal));
  const [typedWhole = '', typedFraction] = pieces;
  // `.5` and `5.` are read as 0.5 and 5.
  const whole = typedWhole === '' && typedFraction ? '0' : typedWhole;
  const fraction = typedFraction === '' ? undefined : typedFraction;
  const otherSign = decimal === ',' ? '.' : decimal === '.' ? ',' : null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return fraction.includes('|') || (otherSign !== null && fraction.includes(otherSign))
      ? refuse(shown, 'decimal-after-groups', signParams(decimal))
      : refuse(shown, 'not-a-number');
  }
  const groups = whole.split('|');
  if (!groups.every((g) => /^\d+$/.test(g))) {
    if (otherSign !== null && whole.includes(otherSign) && group !== otherSign) {
      return refuse(shown, 'decimal-sign', signParams(decimal));
    }
    return refuse(shown, 'not-a-number');
  }
  if (!groupsAreValid(groups, locale)) {
    // `8,5` in en-US: a group sign where a decimal sign belongs.
    return fraction === undefined && groups.length === 2 && (group === '.' || group === ',')
      ? refuse(shown, 'decimal-sign', signParams(decimal))
      : refuse(shown, 'groups', { example: new Intl.NumberFormat(locale).format(1024) });
  }
  const value = Number(`${negative ? '-' : ''}${groups.join('')}.${fraction ?? '0'}`);
  if (!Number.isFinite(value)) return refuse(shown, 'too-large');
  return { ok: true, value: value + 0 };
}
