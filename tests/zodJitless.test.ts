// zod never evaluates code: every entry configures it `jitless` before any schema exists, so the
// app's Content Security Policy (no 'unsafe-eval') is never tripped, not even by zod's probe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const ENTRIES = ['renderer/main.tsx', 'electron/main.ts', 'node/cli/strata.ts'];

describe('zod without eval', () => {
  it('is configured by the first import of every entry', () => {
    for (const entry of ENTRIES) {
      const source = readFileSync(join(ROOT, entry), 'utf8');
      const firstImport = source.match(/^import\s[^;]*;/m)?.[0];
      expect(firstImport, entry).toMatch(/^import '(\.\.\/)+shared\/load\/zodConfig';$/);
    }
  });

  it('loads and checks a plan without constructing a Function', async () => {
    const constructed: unknown[][] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args, newTarget) {
        constructed.push(args);
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, thisArg, args) {
        constructed.push(args);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    try {
      await import('../shared/load/zodConfig');
      const { loadPlan } = await import('../shared/load/loadPlan');
      for (const name of ['01-legacy-bare-metal.strata', '04-mixed-dr-sites.strata']) {
        const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
        expect(loadPlan(text).ok, name).toBe(true);
      }
    } finally {
      globalThis.Function = original;
    }
    expect(constructed).toEqual([]);
  });
});
