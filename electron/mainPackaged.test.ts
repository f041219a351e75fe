// main.ts as a packaged app, wired to a fake `electron`: the development variables are set and
// ignored, and the window loads the renderer through the app:// protocol.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import type * as NodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from './channels';
import type { FakeElectron } from './test-support/fakeElectron';

const paths = vi.hoisted(() => ({ userData: '', documents: '' }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./test-support/fakeElectron');
  const root = mkdtempSync(join(tmpdir(), 'strata-main-packaged-'));
  paths.userData = join(root, 'userData');
  paths.documents = join(root, 'Documents');
  return createFakeElectron(paths, { packaged: true });
});

// The built page may be missing in a checkout; main only checks that it exists.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  return {
    ...fs,
    existsSync: (path: string) => /[\\/]index\.html$/.test(path) || fs.existsSync(path),
  };
});

let fake: FakeElectron;

beforeAll(async () => {
  vi.stubEnv('STRATA_DEV_URL', 'http://127.0.0.1:5173/');
  vi.stubEnv('STRATA_USER_DATA', '/tmp/strata-should-not-be-used');
  vi.stubEnv('STRATA_OPEN', join(__dirname, '..', 'examples', '02-esxi-ha-cluster.strata'));
  fake = (await import('electron')) as unknown as FakeElectron;
  const userDataBefore = paths.userData;
  await import('./main');
  expect(paths.userData).toBe(userDataBefore);
  fake.app.fireReady();
  await vi.waitFor(() => expect(fake.BrowserWindow.getAllWindows()[0]?.loaded).toBeTruthy());
});

afterAll(() => vi.unstubAllEnvs());

describe('the packaged main process', () => {
  it('ignores STRATA_DEV_URL, STRATA_USER_DATA and STRATA_OPEN', async () => {
    const window = fake.BrowserWindow.getAllWindows()[0]!;
    expect(window.loaded).toBe('app://strata/index.html');
    expect(fake.app.getPath('userData')).not.toBe('/tmp/strata-should-not-be-used');
    window.webContents.emit('did-finish-load');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(window.webContents.sent.some(([channel]) => channel === CHANNELS.planOpened)).toBe(
      false,
    );
  });

  it('registers app:// as a privileged scheme and serves only the renderer folder', async () => {
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const outside = await handler!({ url: 'app://strata/../../package.json' });
    expect(outside.status).not.toBe(200);
  });
});
