// The app:// protocol that serves the built renderer (dist/renderer) to the window, instead of
// file://: the page gets a real origin (app://strata), so 'self' in the Content Security Policy
// means the app's own files and nothing else on disk, and the `grantFileProtocolExtraPrivileges`
// fuse can be off. Decisions only; main.ts registers the scheme and hands the handler to Electron.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'strata';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`: a standard, secure scheme (module scripts, `'self'`, fetch of the
 * app's own files, V8's code cache). No service workers, no CSP bypass.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequest =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

const refused = (status: 400 | 403 | 404, reason: string): AppRequest => ({
  kind: 'refused',
  status,
  reason,
});

/**
 * The file under `root` that an app:// URL names, or why none is served. The URL is parsed, its
 * path decoded once and resolved under `root`; anything that would leave `root` (`..`, encoded
 * `%2e%2e`, backslashes, NUL, another host) is refused.
 */
export function resolveAppRequest(url: string, root: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused(400, 'not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return refused(404, `not the app's origin: ${parsed.protocol}//${parsed.host}`);
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return refused(400, 'badly encoded path');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return refused(400, 'bad characters');
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return refused(403, 'outside the app');
  if (segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const path = resolve(base, ...segments);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return refused(403, 'outside the app');
  }
  return { kind: 'file', path, mimeType: mimeTypeFor(path) };
}

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer). */
  readonly root: string;
  readonly read?: (path: string) => Promise<Uint8Array>;
}

/** What `protocol.handle('app', …)` calls for every request of the window. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: { readonly url: string }) => Promise<Response> {
  const read = options.read ?? ((path: string) => readFile(path));
  return async (request) => {
    const target = resolveAppRequest(request.url, options.root);
    if (target.kind === 'refused') {
      return new Response(target.reason, {
        status: target.status,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    let body: Uint8Array;
    try {
      body = await read(target.path);
    } catch {
      return new Response('not found', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': target.mimeType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
