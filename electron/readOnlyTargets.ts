// A read-only file is never replaced silently: the writer refuses it, the planner is asked once
// per file and session, and only a yes writes over it (the file stays read-only).
import { basename } from 'node:path';
import type { AtomicWriteOptions, WriteResult } from '../node/files/atomicWrite';

export type WriteFile = (
  path: string,
  data: string | Uint8Array,
  options?: Pick<AtomicWriteOptions, 'overwriteReadOnly'>,
) => Promise<WriteResult>;

export interface ReadOnlyDeps {
  readonly write: WriteFile;
  /** True when the planner chose to replace the read-only file. */
  askOverwriteReadOnly(fileName: string): Promise<boolean>;
}

export class ReadOnlyTargets {
  /** Files the planner agreed to replace in this session. */
  private readonly approved = new Set<string>();

  constructor(private readonly deps: ReadOnlyDeps) {}

  /** The write's result, or 'canceled' when the planner chose not to replace a read-only file. */
  async write(path: string, data: string | Uint8Array): Promise<WriteResult | 'canceled'> {
    const overwriteReadOnly = this.approved.has(path);
    const result = await this.deps.write(path, data, { overwriteReadOnly });
    if (result.ok || !result.readOnly) return result;
    if (!(await this.deps.askOverwriteReadOnly(basename(path)))) return 'canceled';
    this.approved.add(path);
    return this.deps.write(path, data, { overwriteReadOnly: true });
  }
}
