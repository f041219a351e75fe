/**
 * The file flows' state on screen: the document's file name, and the prompts waiting for an
 * answer (unsaved changes, the recovery offer, the PNG export options). Never in the undo history.
 */
import { create } from 'zustand';
import type { RecoveryOffer } from '../../shared/bridge';
import type { UnsavedChoice, UnsavedRequest } from './fileFlows';
import { DEFAULT_PNG_SCALE, isPngScale, type PngScale } from '../../shared/draw/geometry';

export interface FilesState {
  /** The file the document was opened from or saved to (e.g. `rack.strata`), null for none. */
  readonly fileName: string | null;
  readonly unsaved: UnsavedRequest | null;
  readonly recovery: RecoveryOffer | null;
  readonly pngDialog: boolean;
  readonly pngScale: PngScale;
}

const SCALE_KEY = 'strata.pngScale';

function storedScale(): PngScale {
  try {
    const value = Number(window.localStorage.getItem(SCALE_KEY));
    return isPngScale(value) ? value : DEFAULT_PNG_SCALE;
  } catch {
    return DEFAULT_PNG_SCALE;
  }
}

export const useFilesStore = create<FilesState>()(() => ({
  fileName: null,
  unsaved: null,
  recovery: null,
  pngDialog: false,
  pngScale: typeof window === 'undefined' ? DEFAULT_PNG_SCALE : storedScale(),
}));

export function setPngScale(scale: PngScale): void {
  useFilesStore.setState({ pngScale: scale });
  try {
    window.localStorage.setItem(SCALE_KEY, String(scale));
  } catch {
    // Unavailable storage: the choice lasts the session.
  }
}

let unsavedAnswer: ((choice: UnsavedChoice) => void) | null = null;

/** Shows the Save / Don't Save / Cancel dialog and waits for the answer. */
export function askUnsaved(request: UnsavedRequest): Promise<UnsavedChoice> {
  unsavedAnswer?.('cancel');
  return new Promise((resolve) => {
    unsavedAnswer = resolve;
    useFilesStore.setState({ unsaved: request });
  });
}

export function answerUnsaved(choice: UnsavedChoice): void {
  const answer = unsavedAnswer;
  unsavedAnswer = null;
  useFilesStore.setState({ unsaved: null });
  answer?.(choice);
}

let recoveryAnswer: ((choice: 'restore' | 'discard') => void) | null = null;

/** Shows "Restore unsaved work from …?" and waits for the answer. */
export function askRecovery(offer: RecoveryOffer): Promise<'restore' | 'discard'> {
  recoveryAnswer?.('discard');
  return new Promise((resolve) => {
    recoveryAnswer = resolve;
    useFilesStore.setState({ recovery: offer });
  });
}

export function answerRecovery(choice: 'restore' | 'discard'): void {
  const answer = recoveryAnswer;
  recoveryAnswer = null;
  useFilesStore.setState({ recovery: null });
  answer?.(choice);
}
