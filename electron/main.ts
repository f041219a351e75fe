// The Electron main process entry (bundled to dist/electron/main.cjs): wiring only.
// First: zod must be configured before any schema is built (see shared/load/zodConfig.ts).
import '../shared/load/zodConfig';
import { BrowserWindow, app, dialog, protocol } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { DesktopApp } from './desktopApp';
import { initialPlanPath, planPathFromArgv } from './launchArgs';
import { launchSettings } from './launchSettings';
import { rendererTarget } from './rendererTarget';
import { hardenWebContents } from './windowSecurity';

// Development and test variables; a packaged app reads none of them.
const settings = launchSettings(process.env, app.isPackaged);
// Tests and side-by-side runs keep their recent list and recovery copies apart.
if (settings.userData) app.setPath('userData', settings.userData);

const repoRoot = join(__dirname, '..', '..');
const target = rendererTarget(settings.devUrl, join(repoRoot, 'dist', 'renderer'));
// Before `ready`: the page is served from app://strata, a standard secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
const pendingOpens: string[] = [];
let desktop: DesktopApp | null = null;

// macOS hands files over with open-file, possibly before `ready`.
app.on('will-finish-launching', () => {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (desktop) void desktop.openFromOs(path);
    else pendingOpens.push(path);
  });
});

/** Command line, else STRATA_OPEN, else (from the repository) the example plan. */
function startupPath(): string | null {
  const chosen = initialPlanPath(process.argv, process.cwd(), settings.open);
  if (chosen || app.isPackaged || settings.open !== undefined) return chosen;
  const example = join(repoRoot, 'examples', '02-esxi-ha-cluster.strata');
  return existsSync(example) ? example : null;
}

async function start(): Promise<void> {
  if (target.kind === 'app') {
    const index = join(target.root, 'index.html');
    if (!existsSync(index)) {
      dialog.showErrorBox('Strata is not built', `${index} is missing. Run "npm run build" first.`);
      app.quit();
      return;
    }
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: target.root }));
  }
  desktop = new DesktopApp({
    target,
    preloadPath: join(__dirname, 'preload.cjs'),
    developer: !app.isPackaged,
  });
  const initial = startupPath();
  await desktop.start([...(initial ? [initial] : []), ...pendingOpens.splice(0)]);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = planPathFromArgv(argv, workingDirectory);
    if (!desktop) return;
    desktop.focus();
    if (path) void desktop.openFromOs(path);
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, target.location),
  );
  app.on('before-quit', () => desktop?.beginQuit());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (desktop && BrowserWindow.getAllWindows().length === 0) void desktop.createWindow([]);
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
