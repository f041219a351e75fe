/**
 * Starter plans a new plan can begin from: a few nodes made with the ordinary edits (so they
 * obey the placement rules and the field checks), added in one step.
 */
import type { Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { addNode, type NodeSpec } from './addNode';
import { done, type EditResult } from './result';

export type StarterId = 'three-host-cluster' | 'kubernetes-on-vms';

export const STARTERS: readonly {
  readonly id: StarterId;
  readonly label: string;
  readonly detail: string;
}[] = [
  {
    id: 'three-host-cluster',
    label: '3-host cluster',
    detail: 'A site, three ESXi hosts in one cluster, a VM on each',
  },
  {
    id: 'kubernetes-on-vms',
    label: 'Kubernetes on VMs',
    detail: 'Three hosts, a node VM on each running containerd and a container',
  },
];

const SITE: NodeSpec = { kind: 'site', fields: { role: 'primary' } };
export const SERVER: NodeSpec = { kind: 'server', fields: { os: null, cpuCores: 32, ramGiB: 256 } };
export const ESXI: NodeSpec = {
  kind: 'hypervisor',
  fields: { product: 'VMware ESXi', hypervisorType: 1, cluster: 'cluster-1' },
};
const VM: NodeSpec = {
  kind: 'vm',
  fields: { vcpu: 4, ramGiB: 16, os: { family: 'linux', name: 'Ubuntu', version: '24.04' } },
};
const RUNTIME: NodeSpec = {
  kind: 'runtime',
  fields: { engine: 'containerd', isolation: 'shared-kernel' },
};
const CONTAINER: NodeSpec = {
  kind: 'container',
  fields: { osFamily: 'linux', image: 'nginx:1.27' },
};

/** Adds the starter's nodes (a site at `at`, or packed by the layout); the ids are the site's. */
export function addStarter(plan: Plan, id: StarterId, at?: Point): EditResult {
  const site = addNode(plan, SITE, null, at);
  if (!site.ok) return site;
  const siteId = site.ids[0] ?? '';
  let current = site.plan;
  const add = (spec: NodeSpec, parentId: string): string | EditResult => {
    const result = addNode(current, spec, parentId);
    if (!result.ok) return result;
    current = result.plan;
    return result.ids[0] ?? '';
  };
  for (let host = 0; host < 3; host += 1) {
    const server = add(SERVER, siteId);
    if (typeof server !== 'string') return server;
    const hv = add(ESXI, server);
    if (typeof hv !== 'string') return hv;
    const vm = add(VM, hv);
    if (typeof vm !== 'string') return vm;
    if (id === 'kubernetes-on-vms') {
      const runtime = add(RUNTIME, vm);
      if (typeof runtime !== 'string') return runtime;
      const container = add(CONTAINER, runtime);
      if (typeof container !== 'string') return container;
    }
  }
  return done(current, [siteId]);
}
