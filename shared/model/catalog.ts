/**
 * The products, engines and operating systems a planner knows (SPEC §1). The palette offers
 * them as presets; the loader uses them only to fill defaults that depend on the product.
 */
import type { Os } from './os';

export interface HypervisorProduct {
  readonly product: string;
  readonly hypervisorType: 1 | 2;
}

export const HYPERVISOR_PRODUCTS: readonly HypervisorProduct[] = [
  { product: 'VMware ESXi', hypervisorType: 1 },
  { product: 'Microsoft Hyper-V', hypervisorType: 1 },
  { product: 'KVM', hypervisorType: 1 },
  { product: 'Nutanix AHV', hypervisorType: 1 },
  { product: 'Xen', hypervisorType: 1 },
  { product: 'Proxmox VE', hypervisorType: 1 },
  { product: 'Oracle VirtualBox', hypervisorType: 2 },
  { product: 'VMware Workstation', hypervisorType: 2 },
  { product: 'Parallels', hypervisorType: 2 },
];

const TYPE_2_PRODUCTS = new Set(['Oracle VirtualBox', 'VMware Workstation', 'Parallels']);

/** SPEC §2: type 2 for Oracle VirtualBox, VMware Workstation and Parallels; else type 1. */
export function defaultHypervisorType(product: string): 1 | 2 {
  return TYPE_2_PRODUCTS.has(product) ? 2 : 1;
}

export type Isolation = 'shared-kernel' | 'vm';

export interface RuntimeEngine {
  readonly engine: string;
  readonly isolation: Isolation;
}

export const RUNTIME_ENGINES: readonly RuntimeEngine[] = [
  { engine: 'Docker', isolation: 'shared-kernel' },
  { engine: 'containerd', isolation: 'shared-kernel' },
  { engine: 'Podman', isolation: 'shared-kernel' },
  { engine: 'CRI-O', isolation: 'shared-kernel' },
  { engine: 'LXC', isolation: 'shared-kernel' },
  { engine: 'rkt', isolation: 'shared-kernel' },
  { engine: 'Apache Mesos', isolation: 'shared-kernel' },
  { engine: 'Kubernetes node', isolation: 'shared-kernel' },
  { engine: 'Windows Server Containers', isolation: 'shared-kernel' },
  { engine: 'Hyper-V Containers', isolation: 'vm' },
  { engine: 'Kata Containers', isolation: 'vm' },
];

const VM_ISOLATED_ENGINES = new Set(['Hyper-V Containers', 'Kata Containers']);

/** SPEC §2: "vm" for Hyper-V Containers and Kata Containers; else shared-kernel. */
export function defaultIsolation(engine: string): Isolation {
  return VM_ISOLATED_ENGINES.has(engine) ? 'vm' : 'shared-kernel';
}

/** Operating systems offered by the inspector's pickers; any other name and version may be typed. */
export const OS_PRESETS: readonly Os[] = [
  { family: 'linux', name: 'Ubuntu', version: '24.04' },
  { family: 'linux', name: 'Ubuntu', version: '22.04' },
  { family: 'linux', name: 'Red Hat Enterprise Linux', version: '9' },
  { family: 'linux', name: 'Debian', version: '12' },
  { family: 'linux', name: 'SUSE Linux Enterprise', version: '15' },
  { family: 'windows', name: 'Windows Server', version: '2022' },
  { family: 'windows', name: 'Windows Server', version: '2019' },
  { family: 'windows', name: 'Windows Server', version: '2025' },
  { family: 'unix', name: 'AIX', version: '7.3' },
  { family: 'unix', name: 'Solaris', version: '11.4' },
  { family: 'bsd', name: 'FreeBSD', version: '14' },
  { family: 'other', name: 'Other', version: '' },
];
