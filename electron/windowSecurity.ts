// Electron's security checklist as small decisions: where the app's page lives, which IPC senders
// and navigations are the app's own, which permissions a planner's canvas needs (none but
// writing the clipboard). `import type` only: the wiring passes the real Electron objects in.
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME } from './appProtocol';

/**
 * Where the app's own page lives: the app:// protocol (packaged and `npm start`, see
 * appProtocol.ts) or, in development only, a dev server origin.
 */
export type AppLocation =
  | { readonly kind: 'app'; readonly host: string; readonly pathname: string }
  | { readonly kind: 'server'; readonly origin: string };

export function appLocation(url: string): AppLocation {
  const parsed = new URL(url);
  if (parsed.protocol === `${APP_SCHEME}:`)
    return { kind: 'app', host: parsed.host, pathname: parsed.pathname };
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return { kind: 'server', origin: parsed.origin };
  }
  throw new Error(`Unsupported app URL: ${url}`);
}

/** True when `url` is the app's own page (any query or fragment), parsed, never string-matched. */
export function isAppUrl(url: string, app: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (app.kind === 'app') {
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === app.host &&
      parsed.pathname === app.pathname
    );
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === app.origin
  );
}

export interface SenderFrame {
  readonly url: string;
  /** Null for the top frame. */
  readonly parent: unknown;
}

/** IPC is accepted only from the top frame of the app's own page. */
export function isTrustedSender(frame: SenderFrame | null | undefined, app: AppLocation): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, app);
}

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, app: AppLocation): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, app)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, app)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, app)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}
