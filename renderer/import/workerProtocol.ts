/** The messages between the app and its import worker. */
import type { ImportOptions, ImportResult } from '../../shared/import/types';

export interface WorkerRequest {
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly options: ImportOptions;
}

export type WorkerReply =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly result: ImportResult };
