import { describe, expect, it } from 'vitest';
import { initialPlanPath, planPathFromArgv } from './launchArgs';

describe('planPathFromArgv', () => {
  it('finds the plan file of a packaged launch and of a development launch', () => {
    expect(planPathFromArgv(['/opt/Strata/strata', '/home/p/rack.strata'], '/')).toBe(
      '/home/p/rack.strata',
    );
    expect(planPathFromArgv(['/x/electron', '.', 'examples/a.strata'], '/repo')).toBe(
      '/repo/examples/a.strata',
    );
    expect(planPathFromArgv(['/x/electron', 'dist/electron/main.cjs', 'shot.PNG'], '/w')).toBe(
      '/w/shot.PNG',
    );
  });

  it('skips switches Chromium adds and the app path', () => {
    const argv = [
      '/x/electron',
      '.',
      '--allow-file-access-from-files',
      '--inspect=0',
      'plan.json',
      '--no-sandbox',
    ];
    expect(planPathFromArgv(argv, '/w')).toBe('/w/plan.json');
    expect(planPathFromArgv(['/x/electron', '.', '--flag'], '/w')).toBeNull();
    expect(planPathFromArgv(['/x/strata.strata'], '/w')).toBeNull();
  });

  it('falls back to STRATA_OPEN', () => {
    expect(initialPlanPath(['/x/electron', '.'], '/repo', 'examples/b.strata')).toBe(
      '/repo/examples/b.strata',
    );
    expect(initialPlanPath(['/x/electron', '.', 'a.strata'], '/repo', 'b.strata')).toBe(
      '/repo/a.strata',
    );
    expect(initialPlanPath(['/x/electron', '.'], '/repo', '')).toBeNull();
    expect(initialPlanPath(['/x/electron', '.'], '/repo', undefined)).toBeNull();
  });
});
