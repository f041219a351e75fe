/**
 * Production builds for the benchmark: Strata's renderer (the repository's vite.config.ts, into
 * dist/bench-app/ so that a build here never replaces dist/renderer/ under a colleague's running
 * end-to-end tests) and the floor page (bench/canvas/floor/vite.config.ts, into dist/bench-floor/).
 * A profiling run builds Strata unminified, so that CPU profiles name its functions.
 */
import { join } from 'node:path';
import { build } from 'vite';

export const FLOOR_DIR = 'dist/bench-floor';

export function appDir(profile: boolean): string {
  return profile ? 'dist/bench-app-profile' : 'dist/bench-app';
}

export async function buildApp(root: string, profile: boolean): Promise<string> {
  const outDir = appDir(profile);
  await build({
    configFile: join(root, 'vite.config.ts'),
    // The benchmark build: the shipped renderer plus the test hook it loads plans through.
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir: join(root, outDir), emptyOutDir: true, minify: !profile, sourcemap: profile },
  });
  return outDir;
}

export async function buildFloor(root: string): Promise<string> {
  await build({ configFile: join(root, 'bench/canvas/floor/vite.config.ts'), logLevel: 'warn' });
  return FLOOR_DIR;
}
