// The catalogs stay complete and consistent: a new string cannot land in one language only, and
// every code shared/ speaks in has its words in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../shared/edit';
import { CATALOGS, LOCALES, langOf } from '../shared/i18n';
import { NODE_KINDS } from '../shared/model/nodes';
import { ISSUE_CODES } from '../shared/validate/issue';
import { HEADLINE_FIGURES, headlineLabel } from '../shared/diff/headline';
import { COUNT_LABEL, describeCounts } from '../shared/import/summary';
import { READ_REASON_KEYS, WRITE_REASON_KEYS } from '../node/files/fsErrors';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(PLURAL, '');

/** The interpolation parameters a text uses: `{{name}}`, also inside `$t(kind.{{kind}})`. */
function paramsOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] as string);
}

/** base key → the parameters used by any of its plural forms, sorted. */
function shape(catalog: Readonly<Record<string, string>>): Map<string, string> {
  const params = new Map<string, Set<string>>();
  for (const [key, text] of Object.entries(catalog)) {
    const base = baseKey(key);
    const set = params.get(base) ?? new Set<string>();
    for (const p of paramsOf(text)) set.add(p);
    // A plural form always receives `count`, whether or not it prints it.
    if (PLURAL.test(key)) set.add('count');
    params.set(base, set);
  }
  return new Map([...params].map(([k, set]) => [k, [...set].sort().join(',')]));
}

describe('catalogs', () => {
  const en = shape(CATALOGS.en);

  // JSON.parse keeps the last of two equal keys without a word: two areas that chose one key for
  // different texts would silently lose one of them.
  it.each(LOCALES)('%s names each key once', (locale) => {
    const text = readFileSync(
      join(__dirname, '..', 'shared', 'i18n', 'locales', `${locale}.json`),
      'utf8',
    );
    const keys = [...text.matchAll(/^\s*"((?:[^"\\]|\\.)*)"\s*:/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const other = shape(CATALOGS[locale]);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s uses the same parameters as English in every message',
    (locale) => {
      const other = shape(CATALOGS[locale]);
      const differ = [...en]
        .filter(([key, params]) => other.get(key) !== params)
        .map(([key]) => key);
      expect(differ).toEqual([]);
    },
  );

  it.each(LOCALES)('%s has the plural forms its language needs', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const needed = rules.resolvedOptions().pluralCategories;
    const catalog = CATALOGS[locale];
    for (const key of Object.keys(catalog).filter((k) => PLURAL.test(k))) {
      for (const form of needed)
        expect(catalog, `${baseKey(key)}_${form}`).toHaveProperty([`${baseKey(key)}_${form}`]);
    }
  });

  it.each(LOCALES)('%s: every issue code and every refusal code has a message', (locale) => {
    const keys = new Set(Object.keys(CATALOGS[locale]).map(baseKey));
    for (const code of ISSUE_CODES) {
      expect(
        [...keys].some((k) => k === `issue.${code}` || k.startsWith(`issue.${code}.`)),
        code,
      ).toBe(true);
    }
    for (const code of REFUSAL_CODES) expect(keys.has(`refusal.${code}`), code).toBe(true);
  });

  it.each(LOCALES)(
    '%s: every message resolves fully (no key left as text, no {{ }} or $t( left)',
    (locale) => {
      const lang = langOf(locale);
      const sample: Record<string, string | number> = {
        kind: 'vm',
        parentKind: 'server',
        hostKind: 'server',
        ownerKind: 'vm',
        family: 'linux',
        ownerFamily: 'windows',
        count: 2,
      };
      for (const key of new Set(Object.keys(CATALOGS[locale]).map(baseKey))) {
        const params: Record<string, string | number> = { ...sample };
        for (const p of paramsOf(CATALOGS.en[key] ?? CATALOGS.en[`${key}_other`] ?? ''))
          params[p] ??= `<${p}>`;
        const text = lang.t(key as never, params);
        expect(text, key).not.toMatch(/\{\{|\$t\(/);
        expect(text, key).not.toBe(key);
      }
    },
  );

  it('names every kind in every language', () => {
    for (const locale of LOCALES) {
      for (const kind of NODE_KINDS) {
        for (const prefix of ['kind', 'kindLower', 'aKind', 'aKindCap', 'parents'])
          expect(CATALOGS[locale], `${locale} ${prefix}.${kind}`).toHaveProperty([
            `${prefix}.${kind}`,
          ]);
      }
    }
  });

  it.each(LOCALES)(
    '%s: every loader, writer, reader and import-count code has a message',
    (locale) => {
      const keys = new Set(Object.keys(CATALOGS[locale]).map(baseKey));
      const loadKeys = Object.keys(CATALOGS.en)
        .map(baseKey)
        .filter((k) => /^(load|import|png|embedded|policy|scenario|cli\.arg)\./.test(k));
      expect(loadKeys.length).toBeGreaterThan(100);
      for (const key of [...loadKeys, ...WRITE_REASON_KEYS, ...READ_REASON_KEYS])
        expect(keys.has(key), key).toBe(true);
      for (const reason of Object.keys(COUNT_LABEL))
        expect(keys.has(`importCount.${reason}`), reason).toBe(true);
      for (const fig of HEADLINE_FIGURES)
        expect(keys.has(`headline.${fig.key}`), fig.key).toBe(true);
    },
  );

  it('says the loader, the headline figures and the import counts in English exactly as before', () => {
    const en = langOf('en');
    for (const fig of HEADLINE_FIGURES) expect(headlineLabel(fig, en)).toBe(fig.label);
    for (const [reason, [one, many]] of Object.entries(COUNT_LABEL)) {
      expect(describeCounts({ [reason]: 1 })).toEqual([`1 ${one}`]);
      expect(describeCounts({ [reason]: 1200 })).toEqual([`1,200 ${many}`]);
    }
  });
});
