/**
 * What shared/ says to people, as data: a catalog key and its parameters. Validation issues and
 * refusals carry one; the renderer, the CLI and the exports turn it into text in the reader's
 * language with `formatMessage`. Parameters are names, ids, kind codes and rounded numbers,
 * never words: the catalog supplies the words (`$t(kind.{{kind}})` names a kind).
 */
import type { CatalogKey } from './keys';
import type { Lang, MessageParams } from './lang';

export interface Message {
  readonly key: CatalogKey;
  readonly params: MessageParams;
}

export function message(key: CatalogKey, params: MessageParams = {}): Message {
  return { key, params };
}

export function formatMessage(lang: Lang, m: Message): string {
  return lang.t(m.key, m.params);
}
