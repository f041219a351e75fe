// The running desktop app: its window, the document session of that window, the menu with the
// recent files, and the IPC handlers. Wiring of tested parts; kept free of decisions.
import { BrowserWindow, Menu, app, ipcMain, session as electronSession } from 'electron';
import { dirname, join } from 'node:path';
import type { MenuActionId } from '../shared/bridge';
import { DEFAULT_PLAN_NAME } from '../shared/model/defaults';
import { atomicWrite } from '../node/files/atomicWrite';
import { openAnyPlan } from '../node/files/openAnyPlan';
import { cleanUpKilledSaves } from '../node/files/killedSaves';
import { createRecentFiles, type RecentFiles } from '../node/files/recentFiles';
import { createRecoveryStore, type RecoveryStore } from '../node/files/recoveryStore';
import { CHANNELS } from './channels';
import { DocumentSession } from './documentSession';
import { electronDialogs, electronWindow } from './electronAdapters';
import { registerIpcHandlers } from './ipcHandlers';
import { buildMenuTemplate } from './menu';
import { asTextFocus, dispatchMenuAction, TEXT_FOCUS_PROBE, type MenuTarget } from './menuDispatch';
import { createPlanRequests, type PlanRequests } from './planRequests';
import type { RendererTarget } from './rendererTarget';
import { denyPermissions, secureWebPreferences } from './windowSecurity';

const RECOVERY_SLOT = 'document';

export interface DesktopAppOptions {
  readonly target: RendererTarget;
  readonly preloadPath: string;
  readonly developer: boolean;
}

export class DesktopApp {
  private window: BrowserWindow | null = null;
  private session: DocumentSession | null = null;
  private readonly userData: string;
  private readonly recent: RecentFiles;
  private readonly recoveryStore: RecoveryStore;
  private readonly planRequests: PlanRequests;
  private recoveryChecked = false;

  constructor(private readonly options: DesktopAppOptions) {
    const userData = app.getPath('userData');
    this.userData = userData;
    this.recent = createRecentFiles(join(userData, 'recent-files.json'));
    this.recoveryStore = createRecoveryStore(join(userData, 'recovery'));
    this.planRequests = createPlanRequests((id) => {
      if (!this.window || this.window.isDestroyed()) throw new Error('no window');
      this.window.webContents.send(CHANNELS.planRequest, id);
    });
  }

  async start(openPaths: readonly string[]): Promise<void> {
    denyPermissions(electronSession.defaultSession);
    registerIpcHandlers(ipcMain, {
      app: this.options.target.location,
      session: () => this.session,
      recentPaths: () => this.recent.list(),
      planRequests: this.planRequests,
    });
    await this.refreshMenu();
    await this.cleanUpKilledSaves();
    await this.createWindow(openPaths);
  }

  /** A file from the OS (open-file, second launch); opens a window first if none is open. */
  async openFromOs(path: string): Promise<void> {
    if (!this.session) {
      await this.createWindow([path]);
      return;
    }
    this.focus();
    await this.session.openFromOs(path);
  }

  focus(): void {
    const window = this.window;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  beginQuit(): void {
    this.session?.beginQuit();
  }

  hasWindow(): boolean {
    return this.window !== null;
  }

  async createWindow(openPaths: readonly string[]): Promise<void> {
    const window = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 800,
      minHeight: 560,
      show: false,
      title: 'Strata',
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    const session = new DocumentSession({
      dialogs: electronDialogs(() => window),
      window: electronWindow(window, process.platform),
      env: {
        quit: () => app.quit(),
        noteRecent: (path) => this.noteRecent(path),
        recentPaths: () => this.recent.list(),
        documentsFolder: app.getPath('documents'),
        log: (message) => console.warn(`[strata] ${message}`),
      },
      files: {
        open: openAnyPlan,
        write: (path, data, options) => atomicWrite(path, data, options),
      },
      recovery: {
        read: () => this.recoveryStore.read(RECOVERY_SLOT),
        write: (copy) => this.recoveryStore.write(RECOVERY_SLOT, copy),
        clear: () => this.recoveryStore.clear(RECOVERY_SLOT),
      },
      requestPlan: () => this.planRequests.request(),
    });
    if (!this.recoveryChecked) {
      this.recoveryChecked = true;
      await session.recovery.loadOffer();
    }
    this.window = window;
    this.session = session;
    session.setDocumentState({ title: DEFAULT_PLAN_NAME, dirty: false });

    // The page's <title> must not replace the document title main keeps.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('close', (event) => {
      if (!session.handleWindowClose()) event.preventDefault();
    });
    window.on('closed', () => {
      if (this.window !== window) return;
      this.window = null;
      this.session = null;
    });
    window.once('ready-to-show', () => window.show());
    window.webContents.once('did-finish-load', () => {
      void (async () => {
        for (const path of openPaths) await session.openFromOs(path);
      })();
    });
    const { target } = this.options;
    if (target.kind === 'file') await window.loadFile(target.path);
    else await window.loadURL(target.url);
  }

  /** Temp files of saves killed last time: removed, or the newest whole plan made the recovery copy. */
  private async cleanUpKilledSaves(): Promise<void> {
    try {
      const recent = await this.recent.list();
      const result = await cleanUpKilledSaves({
        store: this.recoveryStore,
        slot: RECOVERY_SLOT,
        folders: [this.userData, ...recent.map((path) => dirname(path))],
        options: {
          knownFiles: [
            ...recent,
            join(this.userData, 'recent-files.json'),
            join(this.recoveryStore.folder, `${RECOVERY_SLOT}.json`),
          ],
        },
      });
      if (result.removed.length > 0)
        console.warn(`[strata] removed ${result.removed.length} files left by killed saves`);
    } catch (error) {
      console.warn(`[strata] files left by killed saves not checked: ${String(error)}`);
    }
  }

  private menuTarget(window: BrowserWindow): MenuTarget {
    const contents = window.webContents;
    return {
      textFocus: async () => asTextFocus(await contents.executeJavaScript(TEXT_FOCUS_PROBE, false)),
      nativeEdit: (command) => contents[command](),
      sendAction: (id) => contents.send(CHANNELS.menuAction, id),
      closeWindow: () => window.close(),
    };
  }

  private onMenuAction(id: MenuActionId): void {
    const window = this.window;
    if (!window || window.isDestroyed()) {
      if (id === 'file-new' || id === 'file-open') void this.createWindow([]);
      return;
    }
    void dispatchMenuAction(id, this.menuTarget(window));
  }

  private async noteRecent(path: string): Promise<void> {
    await this.recent.add(path);
    if (process.platform === 'darwin' || process.platform === 'win32') app.addRecentDocument(path);
    await this.refreshMenu();
  }

  private async refreshMenu(): Promise<void> {
    const paths = await this.recent.list();
    const template = buildMenuTemplate(
      {
        platform: process.platform,
        recent: paths.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, path })),
        developer: this.options.developer,
      },
      {
        action: (id) => this.onMenuAction(id),
        openRecent: (path) => void this.openFromOs(path),
        clearRecent: () => void this.clearRecent(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  private async clearRecent(): Promise<void> {
    await this.recent.clear();
    if (process.platform === 'darwin' || process.platform === 'win32') app.clearRecentDocuments();
    await this.refreshMenu();
  }
}
