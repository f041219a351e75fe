/**
 * Where the document's files live: the desktop (Electron's main process through `window.strata`)
 * or the browser (a file picker, downloads, web storage). The file flows talk only to this.
 */
import type { MenuActionId, RecoveryOffer } from '../../shared/bridge';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import type { Opening } from './opening/openProtocol';
import type { RecoveryForm } from './recovery/recoveryProtocol';

export interface Canceled {
  readonly status: 'canceled';
}

export interface Failed {
  readonly status: 'failed';
  /** Ready to show, e.g. `Cannot open "file.strata": nodes[3].ramGiB: must be a positive number`. */
  readonly message: string;
}

/**
 * `name` is the file's name, e.g. `rack.strata` or `rack.png`; `plan` the scenario it opens on,
 * `document` every scenario of the file (absent: the plan is the whole document).
 */
export type OpenOutcome =
  | {
      readonly status: 'opened';
      readonly plan: Plan;
      readonly document?: ScenarioSet;
      readonly name: string;
    }
  | Canceled
  | Failed;
export type SaveOutcome = { readonly status: 'saved'; readonly name: string } | Canceled | Failed;
export type ExportOutcome =
  { readonly status: 'exported'; readonly name: string } | Canceled | Failed;

/** `report` is the command line's JSON report; `pdf` the planning report. */
export type ExportKind = 'png' | 'svg' | 'pdf' | 'json' | 'report';

export interface DocumentStatus {
  /** The plan's name. */
  readonly title: string;
  /** The file it was opened from or saved to, if any. */
  readonly fileName: string | null;
  readonly dirty: boolean;
}

/** What the host calls back into the page for. */
export interface HostEvents {
  /** A menu item by id (desktop). */
  menuAction(id: MenuActionId): void;
  /**
   * A plan the page did not ask for: from the OS, the command line or Open Recent (desktop,
   * unsaved changes already settled), or a file put in the file input directly (browser).
   */
  planArrived(outcome: OpenOutcome, settled: boolean): void;
  /** The current plan's JSON, for a save the host runs itself (the desktop's close prompt). */
  planJson(): string | null;
  isDirty(): boolean;
  /** A file is being opened off the main thread (its progress), or no longer (null). */
  opening(state: Opening | null): void;
}

export interface DocumentHost {
  readonly kind: 'electron' | 'browser';
  /**
   * True when `open`, `openFile` and `newDocument` settle unsaved changes themselves (the desktop's
   * native prompt); otherwise the flows ask in the page before the plan is replaced.
   */
  readonly settlesUnsaved: boolean;
  connect(events: HostEvents): () => void;
  /** The Open dialog or file picker; the chosen file read and loaded. */
  open(): Promise<OpenOutcome>;
  /** A file dropped on the window. */
  openFile(file: File): Promise<OpenOutcome>;
  /**
   * The Open dialog or file picker, and the chosen file read and loaded the same way, without
   * making it the document: a plan to compare with. Unsaved changes are not asked about.
   */
  readPlanFile(): Promise<OpenOutcome>;
  /** Before New or an example replaces the document. */
  newDocument(): Promise<'proceed' | 'canceled'>;
  save(planJson: string, suggestedName: string): Promise<SaveOutcome>;
  saveAs(planJson: string, suggestedName: string): Promise<SaveOutcome>;
  exportFile(
    kind: ExportKind,
    data: Uint8Array | string,
    suggestedName: string,
  ): Promise<ExportOutcome>;
  /**
   * The document now holds the plan of `outcome` (as `open` returned it), or no file at all
   * (null: New, an example, restored work). The browser keeps the opened file's handle for Save.
   */
  fileChanged?(outcome: OpenOutcome | null): void;
  /** Called whenever the title, file or unsaved state changes. */
  documentChanged(status: DocumentStatus): void;
  /** Writes the recovery copy from the document's text (made on the page: leaving the page). */
  writeRecovery(planJson: string, fileName: string | null): void;
  /**
   * How the recovery worker (recovery/recoveryCopier.ts) hands over a copy: as the text, which
   * `storeRecovery` then keeps, or stored already (`indexeddb`, the browser).
   */
  readonly recoveryForm: RecoveryForm;
  /** Keeps a copy the recovery worker made as text. */
  storeRecovery(planJson: string, fileName: string | null): void;
  discardRecovery(): void;
  /** The copy of unsaved work left by a session that ended without saving, if any. */
  takeRecovery(): Promise<RecoveryOffer | null>;
  /** The planner restored the offered copy. */
  restoreRecovery(): void;
  /** File → Close: the desktop closes the window (which prompts); the browser starts a new plan. */
  readonly closeWindow?: () => void;
}
