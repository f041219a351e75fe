// The packaged app's fuses as electron-builder will see them: the release build has Node's inspect
// arguments off and file:// without extra privileges; the test build (electron-builder.test.yml,
// merged over the release config the way electron-builder merges `extends`) differs by exactly
// the inspect fuse Playwright needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepAssign } from 'builder-util-runtime';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..');
type Config = { extends?: string; electronFuses?: Record<string, boolean> } & Record<
  string,
  unknown
>;
const read = (name: string): Config => parse(readFileSync(join(ROOT, name), 'utf8')) as Config;

const release = read('electron-builder.yml');
const testBuild = read('electron-builder.test.yml');

describe('Electron fuses', () => {
  it('ship the release without inspect arguments and without file:// privileges', () => {
    expect(release.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('turn inspect on in the test build only, everything else as released', () => {
    expect(testBuild.extends).toBe('./electron-builder.yml');
    const { extends: _parent, ...override } = testBuild;
    const merged = deepAssign({}, structuredClone(release), override) as Config;
    expect(merged.electronFuses).toEqual({
      ...release.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(merged.directories).toEqual({ output: 'release-test', buildResources: 'assets' });
    expect(merged.appId).toBe(release.appId);
  });
});
