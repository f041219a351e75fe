// The running desktop app: its document windows (one document each, see documentWindows.ts), the
// menu with the recent files, enabled and checked from the focused window's state, and the IPC
// handlers. Wiring of tested parts; kept free of decisions.
import { BrowserWindow, Menu, app, ipcMain, session as electronSession } from 'electron';
import { dirname, join } from 'node:path';
import type { MenuActionId } from '../shared/bridge';
import { ACTION_MANIFEST } from '../shared/actions/manifest';
import type { MenuState } from '../shared/actions/rules';
import { DEFAULT_PLAN_NAME } from '../shared/model/defaults';
import { atomicWrite } from '../node/files/atomicWrite';
import { openAnyPlan } from '../node/files/openAnyPlan';
import { cleanUpKilledSaves } from '../node/files/killedSaves';
import { createRecentFiles, samePath, type RecentFiles } from '../node/files/recentFiles';
import { createRecoveryStore, type RecoveryStore } from '../node/files/recoveryStore';
import { CHANNELS } from './channels';
import { DocumentSession } from './documentSession';
import {
  DocumentWindows,
  FIRST_RECOVERY_SLOT,
  recoverySlotIndex,
  type DocumentWindow,
} from './documentWindows';
import { electronDialogs, electronWindow } from './electronAdapters';
import { registerIpcHandlers } from './ipcHandlers';
import { buildMenuTemplate } from './menu';
import { langOf, type Lang } from '../shared/i18n/lang';
import { firstLocale } from '../shared/i18n/locales';
import { asTextFocus, dispatchMenuAction, TEXT_FOCUS_PROBE, type MenuTarget } from './menuDispatch';
import { menuStateKey, NO_WINDOW_STATE } from './menuState';
import { createPlanRequests } from './planRequests';
import type { RendererTarget } from './rendererTarget';
import { denyPermissions, secureWebPreferences } from './windowSecurity';

export interface DesktopAppOptions {
  readonly target: RendererTarget;
  readonly preloadPath: string;
  readonly developer: boolean;
}

interface WindowOptions {
  /** Its recovery slot; the lowest free one by default. */
  readonly slot?: string;
  /** Offer the copy a crash left in that slot. */
  readonly offerRecovery?: boolean;
}

type Entry = DocumentWindow<BrowserWindow>;

export class DesktopApp {
  private readonly windows = new DocumentWindows<BrowserWindow>();
  private readonly recent: RecentFiles;
  private readonly recoveryStore: RecoveryStore;
  private recentPaths: readonly string[] = [];
  private menuKey: string | null = null;

  constructor(private readonly options: DesktopAppOptions) {
    const userData = app.getPath('userData');
    this.recent = createRecentFiles(join(userData, 'recent-files.json'));
    this.recoveryStore = createRecoveryStore(join(userData, 'recovery'));
  }

  async start(openPaths: readonly string[]): Promise<void> {
    denyPermissions(electronSession.defaultSession);
    registerIpcHandlers(ipcMain, {
      app: this.options.target.location,
      windowOf: (sender) => {
        const entry = this.windows.bySender(sender);
        if (!entry) return null;
        return {
          session: entry.session,
          planRequests: entry.planRequests,
          setMenuState: (state) => this.setMenuState(entry, state),
        };
      },
      recentPaths: () => this.recent.list(),
      lang: () => this.lang(),
    });
    this.recentPaths = await this.recent.list();
    this.refreshMenu();
    await this.cleanUpKilledSaves();
    const [first, ...others] = openPaths;
    await this.createWindow(first ? [first] : [], {
      slot: FIRST_RECOVERY_SLOT,
      offerRecovery: true,
    });
    for (const path of others) await this.openInNewWindow(path);
    // Copies a crash left in other windows' slots: each offered in a window of its own.
    for (const entry of await this.recoveryStore.list()) {
      const index = recoverySlotIndex(entry.slot);
      if (index !== null && index > 1)
        await this.createWindow([], { slot: entry.slot, offerRecovery: true });
    }
  }

  /**
   * A file from the OS (open-file, second launch, Open Recent): to the window focused last, which
   * opens it in place when it holds no document and in a window of its own otherwise.
   */
  async openFromOs(path: string): Promise<void> {
    const shown = this.windows.showing(path, samePath);
    if (shown) {
      this.focusWindow(shown.window);
      return;
    }
    const target = this.windows.focused;
    if (!target) {
      await this.createWindow([path]);
      return;
    }
    this.focusWindow(target.window);
    await target.session.openFromOs(path);
  }

  focus(): void {
    const entry = this.windows.focused;
    if (entry) this.focusWindow(entry.window);
  }

  beginQuit(): void {
    for (const entry of this.windows.all()) entry.session.beginQuit();
  }

  hasWindow(): boolean {
    return this.windows.size > 0;
  }

  /** A file already shown is brought forward; any other opens in a new window. */
  /** Temp files of saves killed last time: removed, or the newest whole plan made a recovery copy. */
  private async cleanUpKilledSaves(): Promise<void> {
    try {
      const userData = app.getPath('userData');
      const recent = await this.recent.list();
      const result = await cleanUpKilledSaves({
        store: this.recoveryStore,
        slot: FIRST_RECOVERY_SLOT,
        folders: [userData, ...recent.map((path) => dirname(path))],
        options: {
          knownFiles: [
            ...recent,
            join(userData, 'recent-files.json'),
            join(this.recoveryStore.folder, `${FIRST_RECOVERY_SLOT}.json`),
          ],
        },
      });
      if (result.removed.length > 0)
        console.warn(`[strata] removed ${result.removed.length} files left by killed saves`);
    } catch (error) {
      console.warn(`[strata] files left by killed saves not checked: ${String(error)}`);
    }
  }

  private async openInNewWindow(path: string): Promise<void> {
    const shown = this.windows.showing(path, samePath);
    if (shown) this.focusWindow(shown.window);
    else await this.createWindow([path]);
  }

  private focusWindow(window: BrowserWindow): void {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  async createWindow(openPaths: readonly string[], options: WindowOptions = {}): Promise<void> {
    const window = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 800,
      minHeight: 560,
      show: false,
      title: 'Strata',
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    const slot = options.slot ?? this.windows.freeSlot();
    const planRequests = createPlanRequests((id) => {
      if (window.isDestroyed()) throw new Error('no window');
      window.webContents.send(CHANNELS.planRequest, id);
    });
    const session = new DocumentSession({
      dialogs: electronDialogs(
        () => window,
        () => this.lang(),
      ),
      window: electronWindow(window, process.platform),
      env: {
        quit: () => app.quit(),
        noteRecent: (path) => this.noteRecent(path),
        recentPaths: () => this.recent.list(),
        documentsFolder: app.getPath('documents'),
        log: (message) => console.warn(`[strata] ${message}`),
        openInNewWindow: (path) => this.openInNewWindow(path),
      },
      files: {
        open: openAnyPlan,
        write: (path, data, options) => atomicWrite(path, data, options),
      },
      recovery: {
        read: () => this.recoveryStore.read(slot),
        write: (copy) => this.recoveryStore.write(slot, copy),
        clear: () => this.recoveryStore.clear(slot),
      },
      requestPlan: () => planRequests.request(),
      lang: () => this.lang(),
    });
    if (options.offerRecovery) await session.recovery.loadOffer();
    const entry: Entry = {
      window,
      contents: window.webContents,
      session,
      planRequests,
      slot,
      menuState: null,
    };
    this.windows.add(entry);
    session.setDocumentState({ title: DEFAULT_PLAN_NAME, dirty: false });
    this.refreshMenu();

    // The page's <title> must not replace the document title main keeps.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('focus', () => {
      if (this.windows.focus(window)) this.refreshMenu();
    });
    window.on('close', (event) => {
      if (!session.handleWindowClose()) event.preventDefault();
    });
    window.on('closed', () => {
      this.windows.remove(window);
      this.refreshMenu();
    });
    window.once('ready-to-show', () => window.show());
    window.webContents.once('did-finish-load', () => {
      void (async () => {
        for (const path of openPaths) await session.openFromOs(path);
      })();
    });
    await window.loadURL(this.options.target.url);
  }

  private setMenuState(entry: Entry, state: MenuState): void {
    entry.menuState = state;
    if (entry === this.windows.focused) this.refreshMenu();
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
    const window = this.windows.focused?.window;
    if (!window || window.isDestroyed()) {
      if (id === 'file-new' || id === 'file-open') void this.createWindow([]);
      return;
    }
    void dispatchMenuAction(id, this.menuTarget(window));
  }

  private async noteRecent(path: string): Promise<void> {
    await this.recent.add(path);
    if (process.platform === 'darwin' || process.platform === 'win32') app.addRecentDocument(path);
    this.recentPaths = await this.recent.list();
    this.refreshMenu(true);
  }

  /**
   * The language of the menu and dialogs: the focused page's (View ▸ Language), else the OS's
   * (its preferred list, then the UI locale).
   */
  private lang(): Lang {
    const chosen = this.windows.focused?.menuState?.language;
    if (chosen) return langOf(chosen);
    // Optional calls: test doubles of `app` may not have them.
    const preferred = app.getPreferredSystemLanguages?.() ?? [];
    return langOf(firstLocale([...preferred, app.getLocale?.()]));
  }

  /** Rebuilds the menu when what it shows changed (or `force`: the recent files changed). */
  private refreshMenu(force = false): void {
    const state = this.windows.focused?.menuState ?? NO_WINDOW_STATE;
    const key = menuStateKey(ACTION_MANIFEST, state);
    if (!force && key === this.menuKey) return;
    this.menuKey = key;
    const template = buildMenuTemplate(
      {
        platform: process.platform,
        recent: this.recentPaths.map((path) => ({
          name: path.split(/[\\/]/).pop() ?? path,
          path,
        })),
        developer: this.options.developer,
        state,
        lang: this.lang(),
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
    this.recentPaths = [];
    this.refreshMenu(true);
  }
}
