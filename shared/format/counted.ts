/** `1 workload`, `3 workloads`, `3 个工作负载`: a count with its noun, from the catalog's plural forms. */
import type { Lang } from '../i18n/lang';
import { formatNumber } from './numbers';

export type CountNoun =
  | 'workload'
  | 'container'
  | 'hostFailure'
  | 'service'
  | 'error'
  | 'warning'
  | 'host'
  | 'vm'
  | 'server'
  | 'node'
  | 'link'
  | 'scenario'
  | 'hypervisor'
  | 'runtime'
  | 'image';

export function counted(lang: Lang, noun: CountNoun, count: number): string {
  return lang.t(`count.${noun}`, { count, n: formatNumber(count, 2, lang.numberLocale) });
}
