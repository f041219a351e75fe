/**
 * The file flows' state on screen, one per document: its file name, and the prompts waiting for an
 * answer (unsaved changes, the recovery offer, the export options). Never in the undo history.
 */
import { createStore, type StoreApi } from 'zustand';
import type { RecoveryOffer } from '../../shared/bridge';
import type { Plan } from '../../shared/model/plan';
import type { OpenOutcome } from './documentHost';
import type { PictureFormat, PictureRequest, UnsavedChoice, UnsavedRequest } from './fileFlows';
import type { Paper } from '../../shared/publish/pdfPages';
import type { Opening } from './opening/openProtocol';
import { DEFAULT_PNG_SCALE, isPngScale, type PngScale } from '../../shared/draw/geometry';

export interface FilesState {
  /** The file the document was opened from or saved to (e.g. `rack.strata`), null for none. */
  readonly fileName: string | null;
  readonly unsaved: UnsavedRequest | null;
  readonly recovery: RecoveryOffer | null;
  /** The export dialog open for this format (PNG, SVG or the PDF report), or null. */
  readonly exportDialog: PictureFormat | null;
  readonly pngScale: PngScale;
  /** The PDF report's paper. */
  readonly paper: Paper;
  /** Export only the selected cards (offered while something is selected). */
  readonly exportSelection: boolean;
  /** A plan being opened off the main thread, for the progress indicator; null when none. */
  readonly opening: Opening | null;
  /**
   * Unsaved changes beyond the plan on the canvas: another scenario, or the list of scenarios
   * (renderer/document/scenarioModel.ts). The document is unsaved when this or the plan is.
   */
  readonly othersDirty: boolean;
  /** What the exported picture adds around the diagram (all off: the diagram alone). */
  readonly picture: PictureChoices;
  /** The import dialog: null when closed, else the files it starts with (dropped, or none). */
  readonly importDialog: readonly File[] | null;
}

export interface PictureChoices {
  readonly title: boolean;
  readonly date: boolean;
  readonly legend: boolean;
  readonly figures: boolean;
  /** No background painted (the light theme's colours otherwise). */
  readonly transparent: boolean;
  /** The picture's colours; null: the theme on screen. */
  readonly theme: 'light' | 'dark' | null;
}

export const NO_DECORATIONS: PictureChoices = {
  title: false,
  date: false,
  legend: false,
  figures: false,
  transparent: false,
  theme: null,
};

const SCALE_KEY = 'strata.pngScale';

function storedScale(): PngScale {
  try {
    const value = Number(window.localStorage.getItem(SCALE_KEY));
    return isPngScale(value) ? value : DEFAULT_PNG_SCALE;
  } catch {
    return DEFAULT_PNG_SCALE;
  }
}

export interface FilesModel {
  readonly store: StoreApi<FilesState>;
  setPngScale(scale: PngScale): void;
  /** Shows the Save / Don't Save / Cancel dialog and waits for the answer. */
  askUnsaved(request: UnsavedRequest): Promise<UnsavedChoice>;
  answerUnsaved(choice: UnsavedChoice): void;
  /** Shows "Restore unsaved work from …?" and waits for the answer. */
  askRecovery(offer: RecoveryOffer): Promise<'restore' | 'discard'>;
  answerRecovery(choice: 'restore' | 'discard'): void;
  /** The export dialog's Export button: runs the document's export flow once it is installed. */
  exportPicture(request: PictureRequest): void;
  /** Installs the flow exportPicture runs (renderer/document/installFlows.ts). */
  onExportPicture(run: ((request: PictureRequest) => void) | null): void;
  /** The import dialog's "New plan from import": replaces the document, asking about unsaved work. */
  adoptImport(plan: Plan): void;
  onAdoptImport(run: ((plan: Plan) => void) | null): void;
  /**
   * The open dialog (or file chooser), and the chosen plan file read — not opened as the
   * document: the Compare view's "Another file…". Canceled until the flows are installed.
   */
  readPlanFile(): Promise<OpenOutcome>;
  onReadPlanFile(run: (() => Promise<OpenOutcome>) | null): void;
}

export function createFiles(): FilesModel {
  const store = createStore<FilesState>()(() => ({
    fileName: null,
    unsaved: null,
    recovery: null,
    exportDialog: null,
    paper: 'a4',
    exportSelection: false,
    othersDirty: false,
    pngScale: typeof window === 'undefined' ? DEFAULT_PNG_SCALE : storedScale(),
    opening: null,
    picture: NO_DECORATIONS,
    importDialog: null,
  }));
  let adoptImport: ((plan: Plan) => void) | null = null;
  let unsavedAnswer: ((choice: UnsavedChoice) => void) | null = null;
  let recoveryAnswer: ((choice: 'restore' | 'discard') => void) | null = null;
  let exportPicture: ((request: PictureRequest) => void) | null = null;
  let readPlanFile: (() => Promise<OpenOutcome>) | null = null;
  return {
    store,
    setPngScale(scale) {
      store.setState({ pngScale: scale });
      try {
        window.localStorage.setItem(SCALE_KEY, String(scale));
      } catch {
        // Unavailable storage: the choice lasts the session.
      }
    },
    askUnsaved(request) {
      unsavedAnswer?.('cancel');
      return new Promise((resolve) => {
        unsavedAnswer = resolve;
        store.setState({ unsaved: request });
      });
    },
    answerUnsaved(choice) {
      const answer = unsavedAnswer;
      unsavedAnswer = null;
      store.setState({ unsaved: null });
      answer?.(choice);
    },
    askRecovery(offer) {
      recoveryAnswer?.('discard');
      return new Promise((resolve) => {
        recoveryAnswer = resolve;
        store.setState({ recovery: offer });
      });
    },
    answerRecovery(choice) {
      const answer = recoveryAnswer;
      recoveryAnswer = null;
      store.setState({ recovery: null });
      answer?.(choice);
    },
    exportPicture: (request) => exportPicture?.(request),
    onExportPicture(run) {
      exportPicture = run;
    },
    adoptImport: (plan) => adoptImport?.(plan),
    onAdoptImport(run) {
      adoptImport = run;
    },
    readPlanFile: () => readPlanFile?.() ?? Promise.resolve({ status: 'canceled' }),
    onReadPlanFile(run) {
      readPlanFile = run;
    },
  };
}
