/** Checks of the host model and options, and the per-host capacity they give (issue 12). */
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
): { ok: true; limits: Limits } | { ok: false; reason: string } {
  const { host } = options;
  const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
  if (!positive(host.cpuCores)) return fail('host cores: must be a positive number');
  if (!positive(host.ramGiB)) return fail('host RAM: must be a positive number of GiB');
  if (host.product.trim() === '') return fail('hypervisor: must name a product');
  if (defaultHypervisorType(host.product) === 2 && host.hostOs === null)
    return fail(`hypervisor: ${host.product} is a type-2 hypervisor and needs a host OS`);
  if (!Number.isInteger(options.ha) || options.ha < 0)
    return fail('HA: must be a whole number of host failures, 0 or more');
  const headroom = options.headroom ?? 1;
  if (!share(headroom)) return fail('headroom: must be more than 0 and at most 1');
  if (options.p2v && !share(options.p2vSize ?? 1))
    return fail('P2V size: must be more than 0 and at most 1');
  const reservedCpu = host.reservedCpuCores ?? 0;
  const reservedRam = host.reservedRamGiB ?? 0;
  if (!(reservedCpu >= 0) || !(reservedRam >= 0))
    return fail('hypervisor reservations: must be 0 or more');
  const cpu = host.cpuCores * settings.cpuOvercommitLimit;
  const ram = host.ramGiB * settings.ramOvercommitLimit;
  const cap = { cpu: cpu * headroom - reservedCpu, ram: ram * headroom - reservedRam };
  if (cap.cpu <= 0 || cap.ram <= 0)
    return fail('host model: the hypervisor reservations leave no room for VMs');
  return { ok: true, limits: { cap, full: { cpu: cpu - reservedCpu, ram: ram - reservedRam } } };
}
