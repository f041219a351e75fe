// The open document as the main process sees it: its file, its unsaved state, the window title,
// the Save / Don't Save / Cancel prompt before anything replaces or closes it, and the recovery
// copy. Electron is injected (see electronAdapters.ts) so the state machine is testable.
import { PLAN_FILE_TYPES } from '../shared/model/planFiles';
import { basename, dirname, join } from 'node:path';
import type {
  DocumentState,
  ExportResult,
  OpenResult,
  OpenedFile,
  ProceedResult,
  RecoveryOffer,
  SaveResult,
} from '../shared/bridge';
import { loadDocument } from '../shared/load/loadDocument';
import { serializeDocument } from '../shared/load/serializeDocument';
import { DEFAULT_PLAN_NAME } from '../shared/model/defaults';
import { ENGLISH, type Lang } from '../shared/i18n/lang';
import { openFailureText, type OpenAnyResult } from '../node/files/openAnyPlan';
import { exportFile, type ExportRequest } from './exportFiles';
import { safeFileName, withExtension, type SaveKind } from './fileKinds';
import { ReadOnlyTargets, type WriteFile } from './readOnlyTargets';
import { RecoveryKeeper, type RecoverySlot, type Timers } from './recoveryKeeper';
import { cleanName, formatWindowTitle } from './windowTitle';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface SessionDialogs {
  askUnsaved(documentName: string): Promise<UnsavedChoice>;
  chooseOpenPath(defaultFolder: string): Promise<string | null>;
  chooseSavePath(kind: SaveKind, defaultPath: string): Promise<string | null>;
  /** The file is read-only: true to replace it anyway. */
  askOverwriteReadOnly(fileName: string): Promise<boolean>;
  showError(message: string): Promise<void>;
}

export interface SessionWindow {
  setTitle(title: string): void;
  setDocumentEdited(dirty: boolean): void;
  setRepresentedFilename(path: string): void;
  /** Sends a plan opened by main (OS, command line, Open Recent menu) to the renderer. */
  deliverPlan(file: OpenedFile): void;
  close(): void;
}

export interface SessionEnvironment {
  quit(): void;
  /** Adds to Strata's recent list and the OS's recent documents. */
  noteRecent(path: string): Promise<void>;
  recentPaths(): Promise<readonly string[]>;
  /** The user's documents folder: where dialogs start for a plan without a file. */
  readonly documentsFolder: string;
  log(message: string): void;
  /**
   * Opens a file in a window of its own (the desktop: each window is one document). Without it
   * every file opens in this window, after the unsaved-changes prompt.
   */
  openInNewWindow?(path: string): Promise<void>;
}

export interface SessionFiles {
  open(path: string): Promise<OpenAnyResult>;
  /** The one writer (`atomicWrite`): it refuses a read-only file unless `overwriteReadOnly`. */
  readonly write: WriteFile;
}

export interface SessionDeps {
  readonly dialogs: SessionDialogs;
  readonly window: SessionWindow;
  readonly env: SessionEnvironment;
  readonly files: SessionFiles;
  readonly recovery: RecoverySlot;
  /** The current plan's JSON from the renderer, or null if it did not answer. */
  requestPlan(): Promise<string | null>;
  /** The language refusals are worded in (the app's: View ▸ Language, else the OS's). */
  readonly lang?: () => Lang;
  readonly timers?: Timers;
  readonly recoveryIntervalMs?: number;
}

const CANCELED = { status: 'canceled' } as const;

export class DocumentSession {
  private path: string | null = null;
  /** Save As starts here for a plan without a file (e.g. `rack.strata` beside `rack.png`). */
  private suggestedPath: string | null = null;
  private planName = DEFAULT_PLAN_NAME;
  private dirty = false;
  private quitting = false;
  private closeApproved = false;
  private prompting = false;
  readonly recovery: RecoveryKeeper;
  private readonly targets: ReadOnlyTargets;

  constructor(private readonly deps: SessionDeps) {
    this.targets = new ReadOnlyTargets({
      write: deps.files.write,
      askOverwriteReadOnly: (name) => deps.dialogs.askOverwriteReadOnly(name),
    });
    this.recovery = new RecoveryKeeper(
      deps.recovery,
      () => this.path,
      deps.timers,
      deps.recoveryIntervalMs,
      (message) => deps.env.log(message),
    );
  }

  private lang(): Lang {
    return this.deps.lang?.() ?? ENGLISH;
  }

  get snapshot(): { path: string | null; dirty: boolean; title: string } {
    return { path: this.path, dirty: this.dirty, title: this.title() };
  }

  setDocumentState(state: DocumentState): void {
    this.planName = cleanName(state.title) || DEFAULT_PLAN_NAME;
    // Back to the saved state (e.g. undone): the recovery copy has nothing left to recover.
    if (this.dirty && !state.dirty) void this.recovery.discard();
    this.dirty = state.dirty;
    this.recovery.setDirty(state.dirty);
    this.refreshWindow();
  }

  // ---- saving ----------------------------------------------------------------------------

  async save(planJson: string): Promise<SaveResult> {
    if (this.path === null) return this.saveAs(planJson);
    return this.writePlan(planJson, this.path);
  }

  async saveAs(planJson: string): Promise<SaveResult> {
    const checked = checkPlan(planJson);
    if (!checked.ok) return checked.failure;
    const defaultPath =
      this.path ??
      this.suggestedPath ??
      join(this.deps.env.documentsFolder, safeFileName(this.planName, 'strata'));
    const chosen = await this.deps.dialogs.chooseSavePath('plan', defaultPath);
    if (chosen === null) return CANCELED;
    return this.writePlan(planJson, withExtension(chosen, 'strata'));
  }

  private async writePlan(planJson: string, path: string): Promise<SaveResult> {
    const checked = checkPlan(planJson);
    if (!checked.ok) return checked.failure;
    const written = await this.targets.write(path, checked.text);
    if (written === 'canceled') return CANCELED;
    if (!written.ok)
      return { status: 'failed', message: await this.keepAfterFailure(written.message, planJson) };
    this.path = path;
    this.suggestedPath = null;
    this.dirty = false;
    await this.recovery.discard();
    await this.noteRecent(path);
    this.refreshWindow();
    return { status: 'saved', name: basename(path), path };
  }

  /** A failed save leaves the document unsaved, and puts its plan in the recovery copy at once. */
  private async keepAfterFailure(message: string, planJson: string): Promise<string> {
    if (!this.dirty) return `${message}. Nothing was overwritten.`;
    this.recovery.update(planJson);
    const kept = await this.recovery.flush();
    return `${message}. Nothing was overwritten; your changes are still open${kept ? ', and a recovery copy is kept' : ''}.`;
  }

  // ---- unsaved changes -------------------------------------------------------------------

  /** Save / Don't Save / Cancel when there are unsaved changes; 'proceed' means go ahead. */
  async settleUnsaved(): Promise<'proceed' | 'cancel'> {
    if (!this.dirty) return 'proceed';
    if (this.prompting) return 'cancel';
    this.prompting = true;
    try {
      const choice = await this.deps.dialogs.askUnsaved(this.displayName());
      if (choice === 'cancel') return 'cancel';
      if (choice === 'discard') {
        await this.recovery.discard();
        this.dirty = false;
        return 'proceed';
      }
      const planJson = await this.deps.requestPlan();
      if (planJson === null) {
        await this.deps.dialogs.showError(
          'Strata could not get the plan from its window, so it was not saved.',
        );
        return 'cancel';
      }
      const saved = await this.save(planJson);
      if (saved.status === 'failed') await this.deps.dialogs.showError(saved.message);
      return saved.status === 'saved' ? 'proceed' : 'cancel';
    } finally {
      this.prompting = false;
    }
  }

  async newDocument(): Promise<ProceedResult> {
    if ((await this.settleUnsaved()) === 'cancel') return CANCELED;
    this.path = null;
    this.suggestedPath = null;
    this.planName = DEFAULT_PLAN_NAME;
    this.dirty = false;
    this.refreshWindow();
    return { status: 'proceed' };
  }

  // ---- opening ---------------------------------------------------------------------------

  /**
   * The window shows a document to keep: one with changes, or one from a file (saved, opened, or
   * read from a PNG). Any other plan on screen is an example as it came (the one a new window
   * shows, or one picked from Examples), which a file replaces without loss; a plan the planner
   * built or edited is unsaved, hence kept.
   */
  holdsDocument(): boolean {
    return this.dirty || this.path !== null || this.suggestedPath !== null;
  }

  private opensElsewhere(): boolean {
    return this.deps.env.openInNewWindow !== undefined && this.holdsDocument();
  }

  /**
   * A window holding a document keeps it: a file it is asked to open goes to a window of its own
   * (nothing changes here: `canceled`), unless the loader refuses it (`failed`, and no window
   * opens). Null: open it here.
   */
  private async openElsewhere(path: string): Promise<OpenResult | null> {
    const openInNewWindow = this.deps.env.openInNewWindow;
    if (!openInNewWindow || !this.holdsDocument()) return null;
    const opened = await this.deps.files.open(path);
    if (!opened.ok) return refusedFile(opened, this.lang());
    await openInNewWindow(path);
    return CANCELED;
  }

  async openWithDialog(): Promise<OpenResult> {
    if (!this.opensElsewhere() && (await this.settleUnsaved()) === 'cancel') return CANCELED;
    const chosen = await this.deps.dialogs.chooseOpenPath(this.folder());
    if (chosen === null) return CANCELED;
    return (await this.openElsewhere(chosen)) ?? this.openPath(chosen);
  }

  /** A plan file to compare with: chosen, read and checked, but not adopted as this window's document. */
  async readWithDialog(): Promise<OpenResult> {
    const chosen = await this.deps.dialogs.chooseOpenPath(this.folder());
    if (chosen === null) return CANCELED;
    const opened = await this.deps.files.open(chosen);
    if (!opened.ok) return refusedFile(opened, this.lang());
    return {
      status: 'opened',
      file: { name: opened.name, text: serializeDocument(opened.document), path: null },
    };
  }

  /** Only paths from Strata's own recent list are accepted. */
  async openRecent(path: string): Promise<OpenResult> {
    if (!(await this.deps.env.recentPaths()).includes(path)) {
      return {
        status: 'failed',
        message: `"${basename(path)}" is not in the list of recent files.`,
      };
    }
    const elsewhere = await this.openElsewhere(path);
    if (elsewhere) return elsewhere;
    if ((await this.settleUnsaved()) === 'cancel') return CANCELED;
    return this.openPath(path);
  }

  /** A file dropped on the window (the preload got its path from Electron, not the page). */
  async openDropped(path: string): Promise<OpenResult> {
    const elsewhere = await this.openElsewhere(path);
    if (elsewhere) return elsewhere;
    if ((await this.settleUnsaved()) === 'cancel') return CANCELED;
    return this.openPath(path);
  }

  /** Opened by the OS, the command line or a second launch: the result goes to the renderer. */
  async openFromOs(path: string): Promise<void> {
    const elsewhere = await this.openElsewhere(path);
    if (elsewhere?.status === 'failed') await this.deps.dialogs.showError(elsewhere.message);
    if (elsewhere) return;
    if ((await this.settleUnsaved()) === 'cancel') return;
    const result = await this.openPath(path);
    if (result.status === 'opened') this.deps.window.deliverPlan(result.file);
    else if (result.status === 'failed') await this.deps.dialogs.showError(result.message);
  }

  /** Reads, validates and adopts a file; the current plan is untouched when it is refused. */
  private async openPath(path: string): Promise<OpenResult> {
    const opened = await this.deps.files.open(path);
    if (!opened.ok) return refusedFile(opened, this.lang());
    await this.recovery.discard();
    // A plan taken out of a picture is saved as a new .strata beside it, never over the picture.
    const fromPicture = PLAN_FILE_TYPES[opened.kind].embedded;
    this.path = fromPicture ? null : path;
    this.suggestedPath = fromPicture
      ? join(dirname(path), safeFileName(opened.name.replace(/\.(png|svg)$/i, ''), 'strata'))
      : null;
    this.planName = opened.plan.name;
    this.dirty = false;
    await this.noteRecent(path);
    this.refreshWindow();
    return {
      status: 'opened',
      file: { name: opened.name, text: serializeDocument(opened.document), path: this.path },
    };
  }

  // ---- exporting and recovery ------------------------------------------------------------

  exportFile(request: ExportRequest): Promise<ExportResult> {
    return exportFile(request, {
      chooseSavePath: (kind, defaultPath) => this.deps.dialogs.chooseSavePath(kind, defaultPath),
      write: (path, data) => this.targets.write(path, data),
      folder: this.folder(),
    });
  }

  takeRecovery(): RecoveryOffer | null {
    return this.recovery.takeOffer();
  }

  restoreRecovery(): void {
    const originalPath = this.recovery.adoptOffer();
    if (originalPath !== null) this.path = originalPath;
    this.refreshWindow();
  }

  // ---- closing ---------------------------------------------------------------------------

  beginQuit(): void {
    this.quitting = true;
  }

  /**
   * The window's `close` event: true lets it close now; false means prevent it — the prompt
   * runs, and the window closes (or the app quits) afterwards unless the planner cancels.
   */
  handleWindowClose(): boolean {
    if (this.closeApproved || !this.dirty) {
      this.recovery.stop();
      return true;
    }
    if (!this.prompting) void this.closeAfterPrompt();
    return false;
  }

  private async closeAfterPrompt(): Promise<void> {
    const outcome = await this.settleUnsaved();
    if (outcome === 'cancel') {
      this.quitting = false;
      return;
    }
    this.closeApproved = true;
    this.recovery.stop();
    if (this.quitting) this.deps.env.quit();
    else this.deps.window.close();
  }

  // ---- helpers ---------------------------------------------------------------------------

  private title(): string {
    return formatWindowTitle({
      fileName: this.path ? basename(this.path) : null,
      planName: this.planName,
      dirty: this.dirty,
    });
  }

  private displayName(): string {
    return this.path ? basename(this.path) : this.planName;
  }

  private folder(): string {
    const anchor = this.path ?? this.suggestedPath;
    return anchor ? dirname(anchor) : this.deps.env.documentsFolder;
  }

  private refreshWindow(): void {
    this.deps.window.setTitle(this.title());
    this.deps.window.setDocumentEdited(this.dirty);
    if (this.path) this.deps.window.setRepresentedFilename(this.path);
  }

  private async noteRecent(path: string): Promise<void> {
    try {
      await this.deps.env.noteRecent(path);
    } catch (error) {
      this.deps.env.log(`Recent files not updated: ${String(error)}`);
    }
  }
}

function refusedFile(opened: Extract<OpenAnyResult, { ok: false }>, lang: Lang): OpenResult {
  const detail = openFailureText(opened, lang);
  return { status: 'failed', message: lang.t('open.cannot', { file: opened.name, detail }) };
}

/** Main never writes what the loader refuses; it writes the loader's canonical text. */
function checkPlan(
  planJson: string,
): { ok: true; text: string } | { ok: false; failure: SaveResult } {
  const loaded = loadDocument(planJson);
  if (loaded.ok) return { ok: true, text: serializeDocument(loaded.document) };
  return {
    ok: false,
    failure: {
      status: 'failed',
      message: `Cannot save: the plan is not valid (${loaded.error.message})`,
    },
  };
}
