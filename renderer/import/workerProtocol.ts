/** The messages between the app and its import worker. */
import type { ImportFailure, ImportOptions, ImportSuccess } from '../../shared/import/types';
import type { DocumentSlice } from '../store/documentSlices';

export interface WorkerRequest {
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly options: ImportOptions;
}

/** A successful import without its plan, which follows in slices. */
export type SentImport = Omit<ImportSuccess, 'plan'>;

export type WorkerReply =
  | { readonly type: 'progress'; readonly fraction: number }
  /** The import's outcome: a failure ends the run; a success is followed by its plan. */
  | { readonly type: 'imported'; readonly result: SentImport | ImportFailure }
  /**
   * The imported plan as a one-scenario document in slices (store/documentSlices.ts) with its
   * layout, worst failures and report, so that the page receives it in short tasks and New plan
   * from import computes none of them.
   */
  | { readonly type: 'plan'; readonly part: DocumentSlice };
