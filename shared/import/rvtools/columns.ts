/**
 * The RVTools columns Strata reads (RVTools 3.x and 4.x write them under these headers, among
 * some ninety others per sheet). Memory is in MiB ("MB" in 3.x, the same number).
 */
import type { ColumnSpec } from '../table';

const req = (...names: string[]): ColumnSpec => ({ names, required: true });
const opt = (...names: string[]): ColumnSpec => ({ names, required: false });

export const VHOST_COLUMNS = {
  host: req('Host', 'Name'),
  datacenter: opt('Datacenter'),
  cluster: opt('Cluster'),
  cores: req('# Cores', 'Cores', 'Num Cores'),
  memory: req('# Memory', 'Memory', 'Memory MiB', 'Memory MB'),
  esxVersion: opt('ESX Version', 'ESXi Version', 'Version'),
} as const;

export const VINFO_COLUMNS = {
  vm: req('VM', 'VM Name', 'Name'),
  powerstate: opt('Powerstate', 'Power state', 'Power State'),
  template: opt('Template'),
  srmPlaceholder: opt('SRM Placeholder'),
  cpus: req('CPUs', '# CPUs', 'Num CPUs', 'vCPUs'),
  memory: req('Memory', 'Memory MiB', 'Memory MB'),
  host: req('Host'),
  cluster: opt('Cluster'),
  datacenter: opt('Datacenter'),
  osConfig: opt('OS according to the configuration file', 'OS', 'Guest OS'),
  osTools: opt('OS according to the VMware Tools', 'OS according to the VMwareTools'),
} as const;

/** Headers that only an RVTools sheet carries, to tell it from any other table. */
export const VINFO_MARKERS = ['powerstate', 'os according to the configuration file'];
export const VHOST_MARKERS = ['# cores', 'esx version'];
