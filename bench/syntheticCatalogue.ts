/**
 * The applications, sizes and operating systems the synthetic plans draw from. Tiers give the
 * dependency links their direction: a service depends on services of a lower tier.
 */
import type { Os } from '../shared/model';

export type Tier = 0 | 1 | 2;

/** [vcpu, ramGiB] of a VM template. */
export type VmSize = readonly [number, number];

export interface VmRole {
  readonly name: string;
  readonly tier: Tier;
  readonly weight: number;
  readonly sizes: readonly VmSize[];
  /** Share of this role's services that run Windows guests. */
  readonly windowsShare: number;
  readonly linuxApp: string;
  readonly windowsApp: string;
}

export const VM_ROLES: readonly VmRole[] = [
  {
    name: 'db',
    tier: 0,
    weight: 10,
    sizes: [
      [4, 16],
      [8, 24],
      [8, 32],
    ],
    windowsShare: 0.4,
    linuxApp: 'postgres',
    windowsApp: 'mssql',
  },
  {
    name: 'cache',
    tier: 0,
    weight: 6,
    sizes: [
      [2, 8],
      [4, 16],
    ],
    windowsShare: 0,
    linuxApp: 'redis',
    windowsApp: 'redis',
  },
  {
    name: 'mq',
    tier: 0,
    weight: 5,
    sizes: [
      [2, 4],
      [4, 8],
    ],
    windowsShare: 0.1,
    linuxApp: 'rabbitmq',
    windowsApp: 'msmq',
  },
  {
    name: 'api',
    tier: 1,
    weight: 16,
    sizes: [
      [2, 4],
      [4, 8],
    ],
    windowsShare: 0.3,
    linuxApp: 'java',
    windowsApp: 'dotnet',
  },
  {
    name: 'auth',
    tier: 1,
    weight: 4,
    sizes: [
      [2, 4],
      [2, 8],
    ],
    windowsShare: 0.5,
    linuxApp: 'keycloak',
    windowsApp: 'adfs',
  },
  {
    name: 'search',
    tier: 1,
    weight: 4,
    sizes: [
      [4, 16],
      [8, 32],
    ],
    windowsShare: 0,
    linuxApp: 'opensearch',
    windowsApp: 'opensearch',
  },
  {
    name: 'erp',
    tier: 1,
    weight: 5,
    sizes: [
      [4, 16],
      [8, 32],
    ],
    windowsShare: 0.6,
    linuxApp: 'sap',
    windowsApp: 'dynamics',
  },
  {
    name: 'web',
    tier: 2,
    weight: 16,
    sizes: [
      [1, 2],
      [2, 4],
      [2, 8],
    ],
    windowsShare: 0.35,
    linuxApp: 'nginx',
    windowsApp: 'iis',
  },
  {
    name: 'rpt',
    tier: 2,
    weight: 5,
    sizes: [
      [4, 8],
      [4, 16],
    ],
    windowsShare: 0.7,
    linuxApp: 'jasper',
    windowsApp: 'ssrs',
  },
  {
    name: 'etl',
    tier: 2,
    weight: 4,
    sizes: [
      [8, 16],
      [8, 32],
    ],
    windowsShare: 0.3,
    linuxApp: 'airflow',
    windowsApp: 'ssis',
  },
  {
    name: 'file',
    tier: 2,
    weight: 5,
    sizes: [
      [2, 4],
      [2, 8],
    ],
    windowsShare: 0.8,
    linuxApp: 'samba',
    windowsApp: 'smb',
  },
];

export interface ContainerRole {
  readonly name: string;
  readonly tier: Tier;
  readonly weight: number;
  /** [cpu, ramGiB] choices. */
  readonly sizes: readonly (readonly [number, number])[];
}

export const CONTAINER_ROLES: readonly ContainerRole[] = [
  {
    name: 'kv',
    tier: 0,
    weight: 3,
    sizes: [
      [0.5, 1],
      [1, 2],
    ],
  },
  {
    name: 'svc',
    tier: 1,
    weight: 10,
    sizes: [
      [0.25, 0.5],
      [0.5, 1],
      [1, 1],
    ],
  },
  {
    name: 'wrk',
    tier: 1,
    weight: 5,
    sizes: [
      [0.5, 0.5],
      [1, 2],
    ],
  },
  {
    name: 'ui',
    tier: 2,
    weight: 6,
    sizes: [
      [0.25, 0.25],
      [0.5, 0.5],
    ],
  },
  {
    name: 'gw',
    tier: 2,
    weight: 3,
    sizes: [
      [0.5, 0.5],
      [1, 1],
    ],
  },
];

export const LINUX_GUESTS: readonly (readonly [Os, number])[] = [
  [{ family: 'linux', name: 'Ubuntu', version: '22.04' }, 3],
  [{ family: 'linux', name: 'Ubuntu', version: '24.04' }, 3],
  [{ family: 'linux', name: 'RHEL', version: '9' }, 3],
  [{ family: 'linux', name: 'RHEL', version: '8' }, 1],
  [{ family: 'linux', name: 'Debian', version: '12' }, 2],
  [{ family: 'linux', name: 'SLES', version: '15' }, 1],
];

export const WINDOWS_GUESTS: readonly (readonly [Os, number])[] = [
  [{ family: 'windows', name: 'Windows Server', version: '2019' }, 2],
  [{ family: 'windows', name: 'Windows Server', version: '2022' }, 5],
  [{ family: 'windows', name: 'Windows Server', version: '2025' }, 1],
];

export const KUBE_LINUX: Os = { family: 'linux', name: 'Ubuntu', version: '22.04' };
export const KUBE_WINDOWS: Os = { family: 'windows', name: 'Windows Server', version: '2022' };
export const DOCKER_HOST_OS: Os = { family: 'linux', name: 'RHEL', version: '9' };
export const LEGACY_OS: Os = { family: 'unix', name: 'AIX', version: '7.3' };

export interface ClusterProduct {
  readonly product: string;
  /** The hypervisor node's name. */
  readonly short: string;
  /** The host OS a planner patches under this hypervisor (null: the hypervisor is the OS). */
  readonly hostOs: Os | null;
  readonly weight: number;
}

export const CLUSTER_PRODUCTS: readonly ClusterProduct[] = [
  { product: 'VMware ESXi', short: 'esxi', hostOs: null, weight: 6 },
  {
    product: 'Microsoft Hyper-V',
    short: 'hyperv',
    hostOs: { family: 'windows', name: 'Windows Server', version: '2022' },
    weight: 2,
  },
  {
    product: 'KVM',
    short: 'kvm',
    hostOs: { family: 'linux', name: 'RHEL', version: '9' },
    weight: 1,
  },
  { product: 'Nutanix AHV', short: 'ahv', hostOs: null, weight: 1 },
];

/**
 * How full a cluster's hosts are (RAM demand / RAM). Measured on the generated plans (SPEC §6.4,
 * where restarts fail on fragmentation long before total free RAM runs out): "tight" clusters
 * tolerate no host failure, "snug" ones mostly 1–2, "roomy" ones 3–5; "standby" clusters at the
 * secondary site keep room for disaster recovery.
 */
export type ClusterProfile = 'tight' | 'snug' | 'roomy' | 'standby';

export const UTILIZATION: Readonly<Record<ClusterProfile, readonly [number, number]>> = {
  tight: [0.92, 0.97],
  snug: [0.82, 0.87],
  roomy: [0.62, 0.78],
  standby: [0.35, 0.55],
};
