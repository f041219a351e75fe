import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy.ts';

/**
 * Build modes. `production` (the default of `vite build`) is what ships: dist/renderer, no test
 * hook. `test` (the browser end-to-end tests) and `bench` (the canvas benchmark) compile the
 * test hook in (renderer/app/testHook.ts, `window.__strataTest`); the test build goes to its
 * own folder so that it can never be packaged.
 */
export const TEST_HOOK_MODES: readonly string[] = ['test', 'bench'];
export const TEST_BUILD_DIR = 'dist/renderer-test';

/** Injects the one CSP into built pages only: the dev server needs its inline React preamble. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'strata-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // A literal: the production bundle's `if (false)` drops the hook and everything only it uses.
  define: { __STRATA_TEST_HOOK__: JSON.stringify(TEST_HOOK_MODES.includes(mode)) },
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: mode === 'test' ? `../${TEST_BUILD_DIR}` : '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
}));
