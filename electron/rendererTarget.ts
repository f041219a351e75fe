// What the window loads: the built renderer (`dist/renderer/index.html`) or, in development,
// the Vite dev server named by STRATA_DEV_URL (loopback only).
import { pathToFileURL } from 'node:url';
import { appLocation, type AppLocation } from './windowSecurity';

export type RendererTarget =
  | { readonly kind: 'file'; readonly path: string; readonly location: AppLocation }
  | { readonly kind: 'url'; readonly url: string; readonly location: AppLocation };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function rendererTarget(devUrl: string | undefined, indexHtmlPath: string): RendererTarget {
  if (devUrl) {
    const parsed = new URL(devUrl);
    if (!['http:', 'https:'].includes(parsed.protocol) || !LOOPBACK_HOSTS.has(parsed.hostname)) {
      throw new Error(`STRATA_DEV_URL must be an http(s) URL on this machine, not ${devUrl}`);
    }
    return { kind: 'url', url: parsed.href, location: appLocation(parsed.href) };
  }
  return {
    kind: 'file',
    path: indexHtmlPath,
    location: appLocation(pathToFileURL(indexHtmlPath).href),
  };
}
