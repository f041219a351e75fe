/**
 * A wrong command line: the message as data, said in the reader's language with the usage after
 * it; `message` keeps the English words (tests and scripts read them).
 */
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type MessageParams } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';
import { langFor } from './language';
import type { CliIo } from './main';
import { usage } from './usage';

export interface UsageError {
  readonly ok: false;
  readonly message: string;
  readonly said: Message;
}

export function usageError(key: CatalogKey, params: MessageParams = {}): UsageError {
  const said = message(key, params);
  return { ok: false, message: formatMessage(ENGLISH, said), said };
}

/** `strata: what is wrong`, a blank line and the usage, on stderr. */
export function sayUsageError(said: Message, io: Pick<CliIo, 'stderr' | 'locale'>): void {
  const lang = langFor(io);
  io.stderr(`strata: ${formatMessage(lang, said)}\n\n${usage(lang)}`);
}
