import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import {
  appLocation,
  hardenWebContents,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
} from './windowSecurity';

const APP = appLocation('app://strata/index.html');
const DEV_APP = appLocation('http://127.0.0.1:5173/');

describe('the app URL', () => {
  it('accepts the app page with any query or fragment', () => {
    expect(isAppUrl('app://strata/index.html', APP)).toBe(true);
    expect(isAppUrl('app://strata/index.html?x=1#plan', APP)).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5173/some/route?q', DEV_APP)).toBe(true);
  });

  it('refuses look-alikes that a string prefix check would accept', () => {
    for (const url of [
      'app://strata/index.html.evil',
      'app://strata/other.html',
      'app://strata.evil/index.html',
      'app://evil/index.html',
      'file:///opt/strata/dist/renderer/index.html',
      'https://strata/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(url, APP), url).toBe(false);
    }
    for (const url of [
      'http://127.0.0.1:5174/',
      'http://127.0.0.1.evil.com:5173/',
      'http://evil.com/?http://127.0.0.1:5173/',
      'https://127.0.0.1:5173/',
      'file:///index.html',
    ]) {
      expect(isAppUrl(url, DEV_APP), url).toBe(false);
    }
  });

  it('trusts IPC only from the top frame of the app page', () => {
    const url = 'app://strata/index.html';
    expect(isTrustedSender({ url, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url, parent: {} }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
  });

  it('refuses app URLs of other schemes', () => {
    expect(() => appLocation('javascript:alert(1)')).toThrow(/Unsupported/);
  });
});

describe('window hardening', () => {
  it('turns every security option the checklist asks for on (and Node off)', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('has a strict content security policy that still lets the PNG export draw', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [
        d.split(' ')[0],
        d.split(' ').slice(1).join(' '),
      ]),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('object-src')).toBe("'none'");
    // WebAssembly may be compiled (HiGHS); JavaScript may never be evaluated.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-eval|https?:|\*/);
  });

  it('denies every permission except writing the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });

  it('prevents navigation away from the app, webviews and new windows', () => {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | null = null;
    const contents = {
      on(name: string, listener: (event: { url: string; preventDefault(): void }) => void) {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler(handler: () => unknown) {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as unknown as WebContents, APP);

    const navigate = (name: string, url: string): boolean => {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://strata/index.html')).toBe(false);
    expect(navigate('will-navigate', 'app://strata/assets/x.js')).toBe(true);
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(openHandler).not.toBeNull();
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
