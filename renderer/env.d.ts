/// <reference types="vite/client" />
import type { StrataWindow } from '../shared/bridge';

declare global {
  // The desktop bridge exposed by the Electron preload; absent in the browser build.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Window extends StrataWindow {}
}
