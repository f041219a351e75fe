// Launching the desktop app under Playwright, and reaching into its main process: stubbed
// dialogs, menu clicks by id, the window title. Never triggers an Electron download.
import { _electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StrataWindow } from '../../../shared/bridge';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const MAIN_SCRIPT = join(ROOT, 'dist', 'electron', 'main.cjs');
export const EXAMPLE = join(ROOT, 'examples', '02-esxi-ha-cluster.strata');

export const SKIP_REASON =
  'Electron binary not installed (it cannot be downloaded on this machine); these specs run where `npx install-electron` works';

/** The installed Electron executable, found like `electron/index.js` does but without its download. */
export function findElectronExecutable(): string | null {
  const electronPackage = join(ROOT, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
    const executable = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist'),
      relative,
    );
    return relative && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** For `beforeAll`: skips the file's tests, saying why, when there is no Electron binary. */
export function requireElectron(): string {
  const executable = findElectronExecutable();
  if (!executable) console.log(`Skipping the Electron specs: ${SKIP_REASON}`);
  test.skip(!executable, SKIP_REASON);
  ensureBuilt();
  return executable ?? '';
}

function ensureBuilt(): void {
  if (!existsSync(MAIN_SCRIPT))
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-node.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
}

export interface Strata {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly userData: string;
}

export async function launchStrata(
  executablePath: string,
  options: { open?: string; userData?: string } = {},
): Promise<Strata> {
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'strata-e2e-user-'));
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  const app = await _electron.launch({
    executablePath,
    args: [
      ...(asRoot ? ['--no-sandbox'] : []),
      MAIN_SCRIPT,
      ...(options.open ? [options.open] : []),
    ],
    // STRATA_OPEN empty: no example plan unless the test names one.
    env: {
      ...process.env,
      STRATA_USER_DATA: userData,
      STRATA_OPEN: '',
      ELECTRON_ENABLE_LOGGING: '1',
    },
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window, userData };
}

export function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** Every window's title, sorted (one window per document). */
export function windowTitles(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()
      .map((w) => w.getTitle())
      .sort(),
  );
}

export function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

export function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  return app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`No menu item ${itemId}`);
    item.click();
  }, id);
}

export function menuItemIds(
  app: ElectronApplication,
): Promise<{ id: string; accelerator: string | null; label: string }[]> {
  return app.evaluate(({ Menu }) => {
    const found: { id: string; accelerator: string | null; label: string }[] = [];
    const walk = (items: Electron.MenuItem[]): void => {
      for (const item of items) {
        if (item.id)
          found.push({ id: item.id, accelerator: item.accelerator ?? null, label: item.label });
        if (item.submenu) walk(item.submenu.items);
      }
    };
    walk(Menu.getApplicationMenu()?.items ?? []);
    return found;
  });
}

export interface DialogAnswers {
  /** Paths the Open dialog returns, in order; then it is canceled. */
  readonly open?: readonly string[];
  /** Paths the Save dialog returns, in order; then it is canceled. */
  readonly save?: readonly string[];
  /** Button indexes the message boxes return, in order (unsaved prompt: 0 Save, 1 Don't Save, 2 Cancel). */
  readonly messageBox?: readonly number[];
}

/** Replaces the native dialogs in the main process; main looks them up at call time. */
export async function stubDialogs(app: ElectronApplication, answers: DialogAnswers): Promise<void> {
  await app.evaluate(({ dialog }, given) => {
    const open = [...(given.open ?? [])];
    const save = [...(given.save ?? [])];
    const responses = [...(given.messageBox ?? [])];
    const log: string[] = [];
    (globalThis as unknown as { strataDialogLog: string[] }).strataDialogLog = log;
    dialog.showOpenDialog = async () => {
      const next = open.shift();
      log.push(`open:${next ?? 'cancel'}`);
      return next ? { canceled: false, filePaths: [next] } : { canceled: true, filePaths: [] };
    };
    dialog.showSaveDialog = async () => {
      const next = save.shift();
      log.push(`save:${next ?? 'cancel'}`);
      return next ? { canceled: false, filePath: next } : { canceled: true, filePath: '' };
    };
    dialog.showMessageBox = async (...args: unknown[]) => {
      const options = args.find(
        (a): a is { message: string } => typeof a === 'object' && a !== null && 'message' in a,
      );
      const response = responses.shift() ?? 2;
      log.push(`message:${options?.message ?? ''}:${response}`);
      return { response, checkboxChecked: false };
    };
  }, answers);
}

export function dialogLog(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(
    () => (globalThis as unknown as { strataDialogLog?: string[] }).strataDialogLog ?? [],
  );
}

/** Marks the document as having unsaved changes, as the renderer does after an edit. */
export async function markDirty(window: Page, title: string): Promise<void> {
  // Page callbacks are serialized: everything they use must be inside them.
  await window.evaluate(
    (name) =>
      (globalThis as unknown as StrataWindow).strata?.setDocumentState({
        title: name,
        dirty: true,
      }),
    title,
  );
}
