/**
 * RVTools headers as versions 3.x and 4.x write them (RVTools' documentation and exports: some
 * 60–90 columns per sheet, the ones Strata reads among them), and rows built from a few named
 * values, every other column filled as RVTools would, so the importers see real widths and orders.
 */
import Papa from 'papaparse';
import type { XlsxCell } from './xlsx';

export const VINFO_4X = [
  'VM',
  'Powerstate',
  'Template',
  'SRM Placeholder',
  'Config status',
  'DNS Name',
  'Connection state',
  'Guest state',
  'Heartbeat',
  'Consolidation Needed',
  'PowerOn',
  'Suspended To Memory',
  'Suspend time',
  'Suspend Interval',
  'Creation date',
  'Change Version',
  'CPUs',
  'Overall Cpu Readiness',
  'Memory',
  'Active Memory',
  'NICs',
  'Disks',
  'Total disk capacity MiB',
  'Fixed Passthru HotPlug',
  'min Required EVC Mode Key',
  'Latency Sensitivity',
  'Op Notification Timeout',
  'EnableUUID',
  'CBT',
  'Primary IP Address',
  'Network #1',
  'Network #2',
  'Network #3',
  'Network #4',
  'Num Monitors',
  'Video Ram KiB',
  'Resource pool',
  'Folder ID',
  'Folder',
  'vApp',
  'DAS protection',
  'FT State',
  'FT Role',
  'FT Latency',
  'FT Bandwidth',
  'FT Secondary Latency',
  'Vm Failover In Progress',
  'Provisioned MiB',
  'In Use MiB',
  'Unshared MiB',
  'HA Restart Priority',
  'HA Isolation Response',
  'HA VM Monitoring',
  'Cluster rule(s)',
  'Cluster rule name(s)',
  'Boot Required',
  'Boot delay',
  'Boot retry delay',
  'Boot retry enabled',
  'Boot BIOS setup',
  'Reboot PowerOff',
  'EFI Secure boot',
  'Firmware',
  'HW version',
  'HW upgrade status',
  'HW upgrade policy',
  'HW target',
  'Path',
  'Log directory',
  'Snapshot directory',
  'Suspend directory',
  'Annotation',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'Customization Info',
  'Guest Detailed Data',
  'VM ID',
  'SMBIOS UUID',
  'VM UUID',
  'VI SDK Server type',
  'VI SDK API Version',
  'VI SDK Server',
  'VI SDK UUID',
] as const;

/** 3.x: no SRM Placeholder, sizes in "MB", fewer columns, another order. */
export const VINFO_3X = [
  'VM',
  'Powerstate',
  'Template',
  'Config status',
  'DNS Name',
  'Connection state',
  'Guest state',
  'Heartbeat',
  'Consolidation Needed',
  'PowerOn',
  'Suspend time',
  'Change Version',
  'CPUs',
  'Memory',
  'NICs',
  'Disks',
  'min Required EVC Mode Key',
  'Latency Sensitivity',
  'Enable UUID',
  'CBT',
  'Primary IP Address',
  'Network #1',
  'Network #2',
  'Resource pool',
  'Folder',
  'vApp',
  'DAS protection',
  'FT State',
  'FT Latency',
  'FT Bandwidth',
  'FT Secondary Latency',
  'Provisioned MB',
  'In Use MB',
  'Unshared MB',
  'HA Restart Priority',
  'HA Isolation Response',
  'HA VM Monitoring',
  'Cluster rule(s)',
  'Cluster rule name(s)',
  'Boot Required',
  'Boot delay',
  'Boot retry delay',
  'Boot retry enabled',
  'Boot BIOS setup',
  'Firmware',
  'HW version',
  'HW upgrade status',
  'HW upgrade policy',
  'HW target',
  'Path',
  'Annotation',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'VM ID',
  'VM UUID',
  'VI SDK Server type',
  'VI SDK API Version',
  'VI SDK Server',
  'VI SDK UUID',
] as const;

export const VHOST_4X = [
  'Host',
  'Datacenter',
  'Cluster',
  'Config status',
  'Compliance Check State',
  'in Maintenance Mode',
  'in Quarantine Mode',
  'vSAN Fault Domain Name',
  'CPU Model',
  'Speed',
  'HT Available',
  'HT Active',
  '# CPU',
  'Cores per CPU',
  '# Cores',
  'CPU usage %',
  '# Memory',
  'Memory Tiering Type',
  'Memory usage %',
  'Console',
  '# NICs',
  '# HBAs',
  '# VMs total',
  '# VMs',
  'VMs per Core',
  '# vCPUs',
  'vCPUs per Core',
  'vRAM',
  'VM Used memory',
  'VM Memory Swapped',
  'VM Memory Ballooned',
  'VMotion support',
  'Storage VMotion support',
  'Current EVC',
  'Max EVC',
  'Assigned License(s)',
  'ATS Heartbeat',
  'ATS Locking',
  'Current CPU power man. policy',
  'Supported CPU power man.',
  'Host Power Policy',
  'ESX Version',
  'Boot time',
  'DNS Servers',
  'DHCP',
  'Domain',
  'Domain List',
  'DNS Search Order',
  'NTP Server(s)',
  'NTPD running',
  'Time Zone',
  'Time Zone Name',
  'GMT Offset',
  'Vendor',
  'Model',
  'Serial number',
  'Service tag',
  'OEM specific string',
  'BIOS Vendor',
  'BIOS Version',
  'BIOS Date',
  'Certificate Issuer',
  'Certificate Start Date',
  'Certificate Expiry Date',
  'Certificate Status',
  'Certificate Subject',
  'Object ID',
  'AutoDeploy.MachineIdentity',
  'UUID',
  'VI SDK Server',
  'VI SDK UUID',
] as const;

export const VHOST_3X = [
  'Host',
  'Datacenter',
  'Cluster',
  'Config status',
  'in Maintenance Mode',
  'CPU Model',
  'Speed',
  'HT Available',
  'HT Active',
  '# CPU',
  'Cores per CPU',
  '# Cores',
  'CPU usage %',
  '# Memory',
  'Memory usage %',
  'Console',
  '# NICs',
  '# HBAs',
  '# VMs',
  'VMs per Core',
  '# vCPUs',
  'vCPUs per Core',
  'vRAM',
  'VM Used memory',
  'VM Memory Swapped',
  'VM Memory Ballooned',
  'VMotion support',
  'Storage VMotion support',
  'Current EVC',
  'Max EVC',
  'ESX Version',
  'Boot time',
  'DNS Servers',
  'DHCP',
  'Domain',
  'DNS Search Order',
  'NTP Server(s)',
  'NTPD running',
  'Time Zone',
  'Time Zone Name',
  'GMT Offset',
  'Vendor',
  'Model',
  'Service tag',
  'OEM specific string',
  'BIOS Vendor',
  'BIOS Version',
  'BIOS Date',
  'Object ID',
  'VI SDK Server',
  'VI SDK UUID',
] as const;

export interface HostFixture {
  readonly name: string;
  readonly datacenter?: string;
  readonly cluster?: string;
  readonly cores?: XlsxCell;
  readonly memoryMiB?: XlsxCell;
  readonly esx?: string;
}

export interface VmFixture {
  readonly name: string;
  readonly host: string;
  readonly cpus?: XlsxCell;
  readonly memoryMiB?: XlsxCell;
  readonly power?: 'poweredOn' | 'poweredOff' | 'suspended';
  readonly template?: boolean;
  readonly srm?: boolean;
  readonly osConfig?: string;
  readonly osTools?: string;
  readonly datacenter?: string;
  readonly cluster?: string;
}

/** Filler an RVTools cell of that column would plausibly hold. */
function filler(column: string, i: number): XlsxCell {
  if (/uuid/i.test(column))
    return `4210${i.toString(16).padStart(4, '0')}-aaaa-bbbb-cccc-${i.toString().padStart(12, '0')}`;
  if (/^#|MiB|MB|KiB|Speed|delay|version$/i.test(column)) return i % 7;
  if (/time|date/i.test(column)) return '2024-05-01 08:00:00';
  return column === 'Annotation' ? 'owner: ops; "quoted", and; separators' : 'green';
}

export function hostRow(header: readonly string[], h: HostFixture, i = 0): XlsxCell[] {
  const values: Record<string, XlsxCell> = {
    Host: h.name,
    Datacenter: h.datacenter ?? 'DC1',
    Cluster: h.cluster ?? 'prod',
    '# Cores': h.cores ?? 32,
    '# Memory': h.memoryMiB ?? 524288,
    'ESX Version': h.esx ?? 'VMware ESXi 7.0.3 build-21930508',
  };
  return header.map((c) => (c in values ? (values[c] ?? null) : filler(c, i)));
}

export function vmRow(header: readonly string[], v: VmFixture, i = 0): XlsxCell[] {
  const values: Record<string, XlsxCell> = {
    VM: v.name,
    Powerstate: v.power ?? 'poweredOn',
    Template: v.template ?? false,
    'SRM Placeholder': v.srm ?? false,
    CPUs: v.cpus ?? 2,
    Memory: v.memoryMiB ?? 8192,
    Host: v.host,
    Datacenter: v.datacenter ?? 'DC1',
    Cluster: v.cluster ?? 'prod',
    'OS according to the configuration file': v.osConfig ?? 'Ubuntu Linux (64-bit)',
    'OS according to the VMware Tools': v.osTools ?? '',
  };
  return header.map((c) => (c in values ? (values[c] ?? null) : filler(c, i)));
}

export function vInfoRows(header: readonly string[], vms: readonly VmFixture[]): XlsxCell[][] {
  return [[...header], ...vms.map((v, i) => vmRow(header, v, i))];
}

export function vHostRows(header: readonly string[], hosts: readonly HostFixture[]): XlsxCell[][] {
  return [[...header], ...hosts.map((h, i) => hostRow(header, h, i))];
}

/** A CSV tab as RVTools' "Export all to csv" writes it, with a choice of separator, BOM and line ends. */
export function rvtoolsCsv(
  rows: readonly (readonly XlsxCell[])[],
  options: { delimiter?: ',' | ';'; bom?: boolean; crlf?: boolean } = {},
): Uint8Array {
  const text = Papa.unparse(
    rows.map((r) =>
      r.map((v) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v))),
    ),
    { delimiter: options.delimiter ?? ',', newline: options.crlf === false ? '\n' : '\r\n' },
  );
  return new TextEncoder().encode(`${options.bom ? '\uFEFF' : ''}${text}\r\n`);
}
