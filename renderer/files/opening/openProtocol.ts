/**
 * The messages between the page and the worker that reads, parses and loads a plan off the main
 * thread. The plan comes back in slices, each a message of its own, so that no single message
 * costs the page a long task to receive (structured clone is paid by the receiver).
 */
import type { Locale } from '../../../shared/i18n/locales';
import type { DocumentSlice } from '../../store/documentSlices';

/**
 * What to open: a chosen file (the browser: the worker reads it, so the page neither reads nor
 * copies its bytes, and the worker starts while the file is read), a file's bytes, or a plan's
 * text (the desktop, already read by main). `locale`: the editor's language, which the worker
 * words a refusal in.
 */
export type OpenRequest = { readonly fileName: string; readonly locale: Locale } & (
  | { readonly kind: 'file'; readonly file: Blob }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly text: string }
);

/**
 * The page's word to the worker once the opened plan is drawn: the worker then computes its
 * figures (documentSlices.ts, `postFigures`), which it holds back so as not to take a core from
 * the page while it receives and draws the plan.
 */
export interface PlanDrawn {
  readonly kind: 'drawn';
}

/** How long a worker waits for that word before computing the figures anyway (ms). */
export const FIGURES_WAIT_MS = 2000;

/** A request whose file has been read. */
export type ReadRequest = Exclude<OpenRequest, { readonly kind: 'file' }>;

/** Where an open is, for the progress indicator. */
export type OpenStage = 'reading' | 'checking' | 'receiving' | 'drawing';

export interface OpenProgress {
  readonly stage: OpenStage;
  /** 0–1 when the stage can tell (receiving), else null. */
  readonly fraction: number | null;
}

/** A file being opened, as the progress indicator shows it. */
export interface Opening {
  readonly fileName: string;
  readonly progress: OpenProgress;
}

/** The document's slices (store/documentSlices.ts), between the open's own stages and failure. */
export type WorkerMessage =
  | { readonly type: 'stage'; readonly stage: OpenStage }
  | DocumentSlice
  | { readonly type: 'failed'; readonly message: string };

export { SLICE } from '../../store/documentSlices';
