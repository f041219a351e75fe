// The renderer as it ships, built for real: the production bundle carries the one Content Security
// Policy in its index.html and no trace of the test hook; the test build (same sources, `--mode
// test`) does carry the hook, which shows the search below would find it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';

const ROOT = join(__dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'strata-built-'));
// Names only the hook's code uses (its global, its two functions).
const HOOK_MARKERS = ['__strataTest', 'loadPlanJson', 'getPlanJson'];

async function buildRenderer(mode: 'production' | 'test'): Promise<string> {
  const outDir = join(out, mode);
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

function scripts(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

let production = '';
let test = '';

beforeAll(async () => {
  production = await buildRenderer('production');
  test = await buildRenderer('test');
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built renderer', () => {
  it('carries the one Content Security Policy in its index.html', () => {
    const html = readFileSync(join(production, 'index.html'), 'utf8');
    const metas = [
      ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
    ];
    expect(metas).toHaveLength(1);
    expect(metas[0]![1]!.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('ships no test hook in production, and has it in the test build', () => {
    const shipped = scripts(production);
    for (const marker of HOOK_MARKERS) expect(shipped, marker).not.toContain(marker);
    const tested = scripts(test);
    for (const marker of HOOK_MARKERS) expect(tested, marker).toContain(marker);
  });
});
