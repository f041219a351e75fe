import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_VARIABLES, launchSettings } from './launchSettings';

const ENV = {
  STRATA_DEV_URL: 'http://127.0.0.1:5173/',
  STRATA_USER_DATA: '/tmp/strata-user',
  STRATA_OPEN: 'examples/a.strata',
};

describe('launchSettings', () => {
  it('reads the development variables when run from the repository', () => {
    expect(launchSettings(ENV, false)).toEqual({
      devUrl: 'http://127.0.0.1:5173/',
      userData: '/tmp/strata-user',
      open: 'examples/a.strata',
    });
    expect(launchSettings({ STRATA_OPEN: '' }, false)).toEqual({
      devUrl: undefined,
      userData: undefined,
      open: '',
    });
  });

  it('ignores every one of them in a packaged app', () => {
    expect(Object.keys(ENV).sort()).toEqual([...DEVELOPMENT_VARIABLES].sort());
    expect(launchSettings(ENV, true)).toEqual({
      devUrl: undefined,
      userData: undefined,
      open: undefined,
    });
  });
});
