/**
 * The new hosts of a cluster: one server and one hypervisor per host, with ids and names derived
 * from the cluster's name so that the HA test during the search and the plan written at the end
 * see the same ids (the engine breaks ties by id).
 */
import { defaultHypervisorType } from '../model/catalog';
import type { HypervisorNode, ServerNode } from '../model/nodes';
import type { HostModel } from './types';

export interface NewCluster {
  readonly name: string;
  /** The site's id, or null. */
  readonly site: string | null;
  readonly model: HostModel;
}

function pad(j: number, count: number): string {
  return String(j + 1).padStart(Math.max(2, String(count).length), '0');
}

export function hostServer(cluster: NewCluster, j: number, count: number): ServerNode {
  const id = `${cluster.name}-h${pad(j, count)}`;
  return {
    id,
    kind: 'server',
    parentId: cluster.site,
    name: id,
    cpuCores: cluster.model.cpuCores,
    ramGiB: cluster.model.ramGiB,
    os: cluster.model.hostOs,
    workload: null,
    service: null,
  };
}

export function hostHypervisor(cluster: NewCluster, j: number, count: number): HypervisorNode {
  const { model } = cluster;
  const server = `${cluster.name}-h${pad(j, count)}`;
  return {
    id: `${server}-hv`,
    kind: 'hypervisor',
    parentId: server,
    name: `${model.product} on ${server}`,
    product: model.product,
    hypervisorType: defaultHypervisorType(model.product),
    cluster: cluster.name,
    reservedCpuCores: model.reservedCpuCores ?? 0,
    reservedRamGiB: model.reservedRamGiB ?? 0,
  };
}

/**
 * A cluster name no existing cluster has, and whose host ids no node has: `consolidated`, or
 * `consolidated-<site id>` when the run makes several clusters.
 */
export function freshClusterName(
  base: string,
  taken: ReadonlySet<string>,
  idTaken: (prefix: string) => boolean,
): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(name) && !idTaken(`${name}-h`)) return name;
  }
}
