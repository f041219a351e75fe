/**
 * One HA cluster of 16 hypervisor hosts with its guests: plain VMs in replicated services, and
 * Kubernetes-node VMs carrying containers. Hosts are sized after their guests so that the cluster
 * lands on its profile's RAM utilization.
 */
import type { ContainerOsFamily, Os } from '../shared/model';
import type { Context, Draft } from './drafts';
import { draft, spreadServices } from './drafts';
import type { ClusterProfile, ContainerRole, VmRole, VmSize } from './syntheticCatalogue';
import {
  CLUSTER_PRODUCTS,
  CONTAINER_ROLES,
  KUBE_LINUX,
  KUBE_WINDOWS,
  LINUX_GUESTS,
  UTILIZATION,
  VM_ROLES,
  WINDOWS_GUESTS,
} from './syntheticCatalogue';

export const CLUSTER_HOSTS = 16;
/** Nodes a cluster adds before its guests: a server and a hypervisor per host. */
export const CLUSTER_FIXED_NODES = CLUSTER_HOSTS * 2;
/** Share of a cluster's guest nodes that are Kubernetes VMs, their runtimes and containers. */
const KUBE_SHARE = 0.4;
const CONTAINERS_PER_KUBE_VM = 10;
const RESERVED_CPU = 2;
const RESERVED_RAM = 8;

interface Host {
  readonly hypervisor: Draft;
  readonly hardware: { cpuCores: number; ramGiB: number };
  cpuDemand: number;
  ramDemand: number;
}

export interface ClusterSpec {
  readonly site: Draft;
  readonly name: string;
  /** Guest nodes (VMs, runtimes, containers) to create. */
  readonly guests: number;
  readonly profile: ClusterProfile;
  readonly group: number;
}

const roundUp = (value: number, step: number): number => Math.ceil(value / step) * step;

export function buildCluster(ctx: Context, spec: ClusterSpec): void {
  const { rng } = ctx;
  const product = rng.weighted(CLUSTER_PRODUCTS.map((p) => [p, p.weight] as const));
  const hosts: Host[] = [];
  for (let h = 1; h <= CLUSTER_HOSTS; h++) {
    const hardware = { cpuCores: 0, ramGiB: 0 };
    const name = `${spec.name}-h${String(h).padStart(2, '0')}`;
    const server = draft(
      'server',
      (id, parentId) => ({
        id,
        kind: 'server',
        parentId,
        name,
        cpuCores: hardware.cpuCores,
        ramGiB: hardware.ramGiB,
        os: product.hostOs,
        workload: null,
        service: null,
      }),
      spec.site,
    );
    const hypervisor = draft(
      'hypervisor',
      (id, parentId) => ({
        id,
        kind: 'hypervisor',
        parentId,
        name: product.short,
        product: product.product,
        hypervisorType: 1,
        cluster: spec.name,
        reservedCpuCores: RESERVED_CPU,
        reservedRamGiB: RESERVED_RAM,
      }),
      server,
    );
    hosts.push({ hypervisor, hardware, cpuDemand: RESERVED_CPU, ramDemand: RESERVED_RAM });
  }

  const addVm = (
    host: Host,
    name: string,
    size: VmSize,
    os: Os,
    workload: string | null,
    service: string | null,
  ): Draft => {
    const [vcpu, ramGiB] = size;
    host.cpuDemand += vcpu;
    host.ramDemand += ramGiB;
    return draft(
      'vm',
      (id, parentId) => ({ id, kind: 'vm', parentId, name, vcpu, ramGiB, os, workload, service }),
      host.hypervisor,
    );
  };

  let kubeNodes = Math.round(spec.guests * KUBE_SHARE);
  const kubeVms =
    kubeNodes >= 3 ? Math.max(1, Math.round(kubeNodes / (CONTAINERS_PER_KUBE_VM + 2))) : 0;
  if (kubeVms === 0) kubeNodes = 0;

  const windowsKube = rng.chance(0.1);
  const offset = rng.int(0, CLUSTER_HOSTS - 1);
  const runtimes: Draft[] = [];
  for (let j = 0; j < kubeVms; j++) {
    const host = hosts[(offset + j) % CLUSTER_HOSTS] as Host;
    const size: VmSize = rng.chance(0.2) ? [16, 48] : [8, 32];
    const vmName = `${spec.name}-k8s${j + 1}`;
    const vm = addVm(host, vmName, size, windowsKube ? KUBE_WINDOWS : KUBE_LINUX, null, null);
    const engine = !windowsKube && rng.chance(0.05) ? 'Kata Containers' : 'Kubernetes node';
    const isolation = engine === 'Kata Containers' ? 'vm' : 'shared-kernel';
    runtimes.push(
      draft(
        'runtime',
        (id, parentId) => ({ id, kind: 'runtime', parentId, name: 'kubelet', engine, isolation }),
        vm,
      ),
    );
  }
  spreadServices(
    ctx,
    spec.guests - kubeNodes,
    hosts.map((host) => host.ramDemand),
    spec.group,
    () => {
      const role = rng.weighted(VM_ROLES.map((r) => [r, r.weight] as const));
      const windows = rng.chance(role.windowsShare);
      const os = rng.weighted(windows ? WINDOWS_GUESTS : LINUX_GUESTS);
      const size = rng.pick(role.sizes);
      return {
        tier: role.tier,
        prefix: role.name,
        weight: size[1],
        data: { role, os, size, windows },
      };
    },
    (target, data: { role: VmRole; os: Os; size: VmSize; windows: boolean }, service, name) => {
      const host = hosts[target] as Host;
      return addVm(
        host,
        name,
        data.size,
        data.os,
        data.windows ? data.role.windowsApp : data.role.linuxApp,
        service,
      );
    },
  );

  const osFamily: ContainerOsFamily = windowsKube ? 'windows' : 'linux';
  placeContainers(ctx, runtimes, kubeNodes - 2 * kubeVms, spec.group, osFamily);

  sizeHosts(ctx, hosts, spec.profile);
}

/** Spreads `count` containers in replicated services over the given runtimes. */
export function placeContainers(
  ctx: Context,
  runtimes: readonly Draft[],
  count: number,
  group: number,
  osFamily: ContainerOsFamily,
): void {
  const { rng } = ctx;
  spreadServices(
    ctx,
    count,
    runtimes.map(() => 0),
    group,
    () => {
      const role = rng.weighted(CONTAINER_ROLES.map((r) => [r, r.weight] as const));
      const size = rng.pick(role.sizes);
      return {
        tier: role.tier,
        prefix: role.name,
        weight: size[1],
        data: { role, size, minor: rng.int(0, 9) },
      };
    },
    (
      target,
      data: { role: ContainerRole; size: readonly [number, number]; minor: number },
      service,
      name,
    ) => {
      const [cpu, ramGiB] = data.size;
      const image = `${service ?? name}:1.${data.minor}`;
      return draft(
        'container',
        (id, parentId) => ({
          id,
          kind: 'container',
          parentId,
          name,
          image,
          cpu,
          ramGiB,
          osFamily,
          workload: null,
          service,
        }),
        runtimes[target],
      );
    },
  );
}

/** Gives every host of the cluster the same hardware, sized to the profile's RAM utilization. */
function sizeHosts(ctx: Context, hosts: readonly Host[], profile: ClusterProfile): void {
  const [lo, hi] = UTILIZATION[profile];
  const utilization = ctx.rng.range(lo, hi);
  let meanRam = 0;
  let maxRam = 0;
  let maxCpu = 0;
  for (const host of hosts) {
    meanRam += host.ramDemand / hosts.length;
    maxRam = Math.max(maxRam, host.ramDemand);
    maxCpu = Math.max(maxCpu, host.cpuDemand);
  }
  const ramGiB = Math.max(roundUp(maxRam, 8), Math.round(meanRam / utilization / 8) * 8);
  // At most 3 vCPU per core on the busiest host, under the default limit of 4.
  const cpuCores = Math.max(16, roundUp(maxCpu / 3, 4));
  for (const host of hosts) {
    host.hardware.cpuCores = cpuCores;
    host.hardware.ramGiB = ramGiB;
  }
}
