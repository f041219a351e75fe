/**
 * Why a file cannot be loaded, as a catalog message (`load.*`): the loader speaks in codes, and
 * its English `reason` is the English catalog's text. zod carries only strings, so a schema's
 * reason travels inside its issue as a token (`zodReason`) that `fromZod` reads back.
 */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';

export type LoadKey = Extract<CatalogKey, `load.${string}`>;

export function reason(key: LoadKey, params: MessageParams = {}): Message {
  return message(key, params);
}

export function englishReason(said: Message): string {
  return formatMessage(ENGLISH, said);
}

const TOKEN = '\u0001strata-load:';

/** A reason as the string a zod schema's `error` option takes. */
export function zodReason(key: LoadKey, params: MessageParams = {}): string {
  return `${TOKEN}${JSON.stringify([key, params])}`;
}

/** The reason inside a zod issue's message; zod's own words (never expected) are kept as they are. */
export function fromZod(text: string): Message {
  if (!text.startsWith(TOKEN)) return message('load.other', { detail: text });
  const [key, params] = JSON.parse(text.slice(TOKEN.length)) as [LoadKey, MessageParams];
  return message(key, params);
}
