/** Plans made for a test, built with the model's own defaults. */
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import type { NodeKind, PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';

function node(kind: NodeKind, id: string, parentId: string | null, fields: Record<string, unknown> = {}): PlanNode {
  return { ...makeNode(kind, { id, parentId, name: id }), ...fields } as PlanNode;
}

/**
 * Two hosts in cluster "prod": when host-a fails, `big` (48 GiB) does not fit in host-b's 24 GiB
 * of free RAM and is lost, while `small` (8 GiB, with containers) is restarted on hv-b. `front`
 * on host-c depends on `big`, so its service goes down with it. host-c is not clustered.
 */
export function partialHaPlan(): Plan {
  return {
    ...emptyPlan('Partial HA'),
    nodes: [
      node('server', 'host-a', null, { cpuCores: 16, ramGiB: 64, position: { x: 0, y: 0 } }),
      node('hypervisor', 'hv-a', 'host-a', { cluster: 'prod' }),
      node('vm', 'big', 'hv-a', { vcpu: 4, ramGiB: 48, service: 'db' }),
      node('vm', 'small', 'hv-a', { vcpu: 2, ramGiB: 8 }),
      node('runtime', 'small-rt', 'small'),
      node('container', 'ct-1', 'small-rt', { image: 'api:1', service: 'api' }),
      node('container', 'ct-2', 'small-rt', { image: 'api:1', service: 'api' }),
      node('server', 'host-b', null, { cpuCores: 16, ramGiB: 64, position: { x: 600, y: 0 } }),
      node('hypervisor', 'hv-b', 'host-b', { cluster: 'prod' }),
      node('vm', 'other', 'hv-b', { vcpu: 4, ramGiB: 40, service: 'other' }),
      node('server', 'host-c', null, { cpuCores: 8, ramGiB: 32, position: { x: 0, y: 600 } }),
      node('hypervisor', 'hv-c', 'host-c'),
      node('vm', 'front', 'hv-c', { vcpu: 2, ramGiB: 4, service: 'web' }),
      node('vm', 'front-2', 'hv-c', { vcpu: 2, ramGiB: 4, service: 'web' }),
    ],
    links: [
      { id: 'l1', from: 'front', to: 'big' },
      { id: 'l2', from: 'front-2', to: 'big' },
    ],
  };
}

/**
 * Two roomy hosts in cluster "prod" and a third, empty, on its own: when host-a fails, its one VM
 * `app` restarts on hv-b, and when host-c fails there is nothing on it: both lose nothing.
 */
export function spareHaPlan(): Plan {
  return {
    ...emptyPlan('Spare HA'),
    nodes: [
      node('server', 'host-a', null, { cpuCores: 32, ramGiB: 256, position: { x: 0, y: 0 } }),
      node('hypervisor', 'hv-a', 'host-a', { cluster: 'prod' }),
      node('vm', 'app', 'hv-a', { vcpu: 2, ramGiB: 8 }),
      node('server', 'host-b', null, { cpuCores: 32, ramGiB: 256, position: { x: 600, y: 0 } }),
      node('hypervisor', 'hv-b', 'host-b', { cluster: 'prod' }),
      node('vm', 'db', 'hv-b', { vcpu: 2, ramGiB: 8 }),
      node('server', 'host-c', null, { cpuCores: 8, ramGiB: 32, position: { x: 1200, y: 0 } }),
      node('hypervisor', 'hv-c', 'host-c'),
    ],
    links: [],
  };
}
