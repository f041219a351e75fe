// What the window loads: the built renderer (dist/renderer) through the app:// protocol or, in
// development, the Vite dev server named by STRATA_DEV_URL (loopback only; never when packaged,
// see launchSettings.ts).
import { APP_INDEX_URL } from './appProtocol';
import { appLocation, type AppLocation } from './windowSecurity';

export type RendererTarget =
  | {
      readonly kind: 'app';
      /** The folder app:// serves: dist/renderer. */
      readonly root: string;
      readonly url: string;
      readonly location: AppLocation;
    }
  | { readonly kind: 'url'; readonly url: string; readonly location: AppLocation };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function rendererTarget(devUrl: string | undefined, rendererRoot: string): RendererTarget {
  if (devUrl) {
    const parsed = new URL(devUrl);
    if (!['http:', 'https:'].includes(parsed.protocol) || !LOOPBACK_HOSTS.has(parsed.hostname)) {
      throw new Error(`STRATA_DEV_URL must be an http(s) URL on this machine, not ${devUrl}`);
    }
    return { kind: 'url', url: parsed.href, location: appLocation(parsed.href) };
  }
  return {
    kind: 'app',
    root: rendererRoot,
    url: APP_INDEX_URL,
    location: appLocation(APP_INDEX_URL),
  };
}
