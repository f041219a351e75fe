/// <reference types="vite/client" />
import type { StrataWindow } from '../shared/bridge';

declare global {
  /** True in the test and benchmark builds only (vite.config.ts): compiles the test hook in. */
  const __STRATA_TEST_HOOK__: boolean;

  // The desktop bridge exposed by the Electron preload; absent in the browser build.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Window extends StrataWindow {}
}
