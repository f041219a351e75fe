/** Checks of the host model and options, and the per-host capacity they give (issue 12). */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import { defaultHypervisorType } from '../model/catalog';
import type { Settings } from '../model/settings';
import type { Capacity } from './instance';
import type { OptimizeOptions } from './types';

export interface Limits {
  /** For packing: cores × CPU overcommit × headroom − reserved, and likewise RAM. */
  readonly cap: Capacity;
  /** For the HA test's restarts: without headroom. */
  readonly full: Capacity;
}

const positive = (v: number): boolean => Number.isFinite(v) && v > 0;
const share = (v: number): boolean => positive(v) && v <= 1;

/** The reason the options cannot be used, or the host limits they give. */
export function checkOptions(
  options: OptimizeOptions,
  settings: Settings,
): { ok: true; limits: Limits } | { ok: false; reason: string; message: Message } {
  const { host } = options;
  const fail = (key: CatalogKey, params: MessageParams = {}) => {
    const said = message(key, params);
    return { ok: false as const, reason: formatMessage(ENGLISH, said), message: said };
  };
  if (!positive(host.cpuCores)) return fail('optimize.option.hostCores');
  if (!positive(host.ramGiB)) return fail('optimize.option.hostRam');
  if (host.product.trim() === '') return fail('optimize.option.product');
  if (defaultHypervisorType(host.product) === 2 && host.hostOs === null)
    return fail('optimize.option.type2', { product: host.product });
  if (!Number.isInteger(options.ha) || options.ha < 0) return fail('optimize.option.ha');
  const headroom = options.headroom ?? 1;
  if (!share(headroom)) return fail('optimize.option.headroom');
  if (options.p2v && !share(options.p2vSize ?? 1)) return fail('optimize.option.p2vSize');
  const reservedCpu = host.reservedCpuCores ?? 0;
  const reservedRam = host.reservedRamGiB ?? 0;
  if (!(reservedCpu >= 0) || !(reservedRam >= 0))
    return fail('optimize.option.reservations');
  const cpu = host.cpuCores * settings.cpuOvercommitLimit;
  const ram = host.ramGiB * settings.ramOvercommitLimit;
  const cap = { cpu: cpu * headroom - reservedCpu, ram: ram * headroom - reservedRam };
  if (cap.cpu <= 0 || cap.ram <= 0)
    return fail('optimize.option.noRoom');
  return { ok: true, limits: { cap, full: { cpu: cpu - reservedCpu, ram: ram - reservedRam } } };
}
