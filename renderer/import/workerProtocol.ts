/** The messages between the app and its import worker. */
import type { ImportOptions, ImportResult } from '../../shared/import/types';
import type { PackedLayout } from '../../shared/layout/layoutTransfer';
import type { Report } from '../../shared/metrics/types';

/** The imported plan's layout and report, computed here so that opening it does not block the page. */
export interface PreparedImport {
  readonly layout: readonly PackedLayout[];
  readonly report: Report;
}

export interface WorkerRequest {
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly options: ImportOptions;
}

export type WorkerReply =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly result: ImportResult; readonly prepared?: PreparedImport };
