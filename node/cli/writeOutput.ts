/**
 * A command's output file (`-o OUT`), through the one writer: whole or not at all. On failure
 * `OUT: reason` goes to stderr and the command exits 2; a read-only OUT is never replaced.
 */
import { atomicWrite, type AtomicWriteOptions } from '../files/atomicWrite';
import { formatMessage } from '../../shared/i18n/message';
import { langFor } from './language';
import type { CliIo } from './main';
import { visible } from './visible';

/** True when OUT holds `data`; false after saying why on stderr (OUT is then unchanged). */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  io: Pick<CliIo, 'stderr' | 'locale'>,
  options: Omit<AtomicWriteOptions, 'overwriteReadOnly'> = {},
): Promise<boolean> {
  const result = await atomicWrite(path, data, options);
  if (result.ok) return true;
  const lang = langFor(io);
  const reason = result.readOnly ? lang.t('write.readOnlyHint') : formatMessage(lang, result.said);
  io.stderr(`${visible(path)}: ${visible(reason)}\n`);
  return false;
}
