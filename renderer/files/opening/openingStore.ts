/** The open in progress, if any: what the progress indicator shows. */
import { create } from 'zustand';
import type { OpenProgress } from './openProtocol';

export interface OpeningState {
  /** The file being opened, or null when nothing is opening. */
  readonly fileName: string | null;
  readonly progress: OpenProgress | null;
}

export const useOpeningStore = create<OpeningState>()(() => ({ fileName: null, progress: null }));

export function startOpening(fileName: string): void {
  useOpeningStore.setState({ fileName, progress: { stage: 'reading', fraction: null } });
}

export function showOpeningProgress(progress: OpenProgress): void {
  if (useOpeningStore.getState().fileName !== null) useOpeningStore.setState({ progress });
}

export function endOpening(): void {
  useOpeningStore.setState({ fileName: null, progress: null });
}
