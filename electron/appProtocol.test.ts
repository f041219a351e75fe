import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppRequest,
} from './appProtocol';

const ROOT = '/opt/strata/dist/renderer';

describe('resolveAppRequest', () => {
  it('maps app://strata paths to files under the renderer folder', () => {
    expect(resolveAppRequest(APP_INDEX_URL, ROOT)).toEqual({
      kind: 'file',
      path: `${ROOT}/index.html`,
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://strata/', ROOT)).toMatchObject({ path: `${ROOT}/index.html` });
    expect(resolveAppRequest('app://strata/assets/main-1a2b.js?v=1#x', ROOT)).toMatchObject({
      path: `${ROOT}/assets/main-1a2b.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://strata/assets/a%20b.css', ROOT)).toMatchObject({
      path: `${ROOT}/assets/a b.css`,
    });
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://strata/../../../etc/passwd',
      'app://strata/%2e%2e/%2e%2e/etc/passwd',
      'app://strata/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://strata/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'app://strata/..%5c..%5cwindows',
      'app://strata/a\\..\\..\\b',
      'app://strata/index.html%00.png',
      'app://strata/%E0%A4%A',
    ]) {
      const result = resolveAppRequest(url, ROOT);
      if (result.kind === 'file') expect(result.path.startsWith(`${ROOT}/`), url).toBe(true);
      else expect([400, 403]).toContain(result.status);
    }
    expect(resolveAppRequest('app://strata/..%2f..%2fetc%2fpasswd', ROOT)).toMatchObject({
      kind: 'refused',
      status: 403,
    });
  });

  it('serves only its own origin', () => {
    expect(resolveAppRequest('app://other/index.html', ROOT)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('file:///opt/strata/dist/renderer/index.html', ROOT)).toMatchObject({
      status: 404,
    });
    expect(resolveAppRequest('not a url', ROOT)).toMatchObject({ status: 400 });
  });
});

describe('MIME types', () => {
  it('names what the build emits', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('highs.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });

  it('registers a standard, secure scheme without a CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect('bypassCSP' in APP_SCHEME_PRIVILEGES).toBe(false);
    expect('allowServiceWorkers' in APP_SCHEME_PRIVILEGES).toBe(false);
  });
});

describe('the protocol handler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-app-protocol-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Strata</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  const handle = createAppProtocolHandler({ root });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page with its type and the Content Security Policy', async () => {
    const response = await handle({ url: APP_INDEX_URL });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Strata</title>');
    const script = await handle({ url: 'app://strata/assets/main.js' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file or a folder, 403 for a way out', async () => {
    expect((await handle({ url: 'app://strata/nope.js' })).status).toBe(404);
    expect((await handle({ url: 'app://strata/assets' })).status).toBe(404);
    const out = await handle({ url: 'app://strata/assets/..%2f..%2fsecret.txt' });
    expect(out.status).toBe(403);
    expect(await out.text()).not.toContain('secret');
  });
});
