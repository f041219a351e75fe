import { describe, expect, it } from 'vitest';
import { rendererTarget } from './rendererTarget';

describe('rendererTarget', () => {
  it('loads the built renderer by default', () => {
    const target = rendererTarget(undefined, '/opt/strata/dist/renderer/index.html');
    expect(target).toMatchObject({ kind: 'file', path: '/opt/strata/dist/renderer/index.html' });
    expect(target.location).toMatchObject({
      kind: 'file',
      pathname: '/opt/strata/dist/renderer/index.html',
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
