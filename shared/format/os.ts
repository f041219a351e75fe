/** A host or guest OS as a card shows it: "Ubuntu 24.04"; a server without one says so, in `lang`. */
import { ENGLISH, type Lang } from '../i18n/lang';

export function formatOs(
  os: { readonly name: string; readonly version: string } | null,
  lang: Lang = ENGLISH,
): string {
  return os ? `${os.name} ${os.version}`.trim() : lang.t('ui.card.noHostOs');
}
