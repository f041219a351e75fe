import { describe, expect, it } from 'vitest';
import { rendererTarget } from './rendererTarget';

describe('rendererTarget', () => {
  it('serves the built renderer through app://', () => {
    const target = rendererTarget(undefined, '/opt/strata/dist/renderer');
    expect(target).toEqual({
      kind: 'app',
      root: '/opt/strata/dist/renderer',
      url: 'app://strata/index.html',
      location: { kind: 'app', host: 'strata', pathname: '/index.html' },
    });
  });

  it('loads a dev server on this machine only', () => {
    expect(rendererTarget('http://localhost:5173', '/x')).toMatchObject({
      kind: 'url',
      url: 'http://localhost:5173/',
      location: { kind: 'server', origin: 'http://localhost:5173' },
    });
    expect(() => rendererTarget('https://example.com/', '/x')).toThrow(/on this machine/);
    expect(() => rendererTarget('file:///etc/passwd', '/x')).toThrow(/on this machine/);
  });
});
