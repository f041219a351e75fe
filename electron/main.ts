// The Electron main process entry (bundled to dist/electron/main.cjs): wiring only.
import { BrowserWindow, app, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DesktopApp } from './desktopApp';
import { initialPlanPath, planPathFromArgv } from './launchArgs';
import { rendererTarget } from './rendererTarget';
import { hardenWebContents } from './windowSecurity';

// Tests and side-by-side runs keep their recent list and recovery copies apart.
if (process.env.STRATA_USER_DATA) app.setPath('userData', process.env.STRATA_USER_DATA);

const repoRoot = join(__dirname, '..', '..');
const target = rendererTarget(
  process.env.STRATA_DEV_URL,
  join(repoRoot, 'dist', 'renderer', 'index.html'),
);
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
  const chosen = initialPlanPath(process.argv, process.cwd(), process.env);
  if (chosen || app.isPackaged || process.env.STRATA_OPEN !== undefined) return chosen;
  const example = join(repoRoot, 'examples', '02-esxi-ha-cluster.strata');
  return existsSync(example) ? example : null;
}

async function start(): Promise<void> {
  if (target.kind === 'file' && !existsSync(target.path)) {
    dialog.showErrorBox(
      'Strata is not built',
      `${target.path} is missing. Run "npm run build" first.`,
    );
    app.quit();
    return;
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
