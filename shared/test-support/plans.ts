/** Small plans for the renderer's unit tests, built with the model's own defaults. */
import { emptyPlan, makeNode } from '../model/defaults';
import type { NodeKind, PlanNode } from '../model/nodes';
import type { Link, Plan } from '../model/plan';

export function node(kind: NodeKind, id: string, parentId: string | null, fields: Record<string, unknown> = {}): PlanNode {
  return { ...makeNode(kind, { id, parentId, name: id }), ...fields } as PlanNode;
}

export function plan(nodes: readonly PlanNode[], links: readonly Link[] = []): Plan {
  return { ...emptyPlan('Test plan'), nodes, links };
}

/**
 * Two ESXi hosts in cluster "prod" inside a primary site; h1 runs v1 (with a Docker runtime and
 * a container) and v2, h2 runs v3. A bare Linux server s3 stands alone on the canvas.
 */
export function twoHostPlan(): Plan {
  return plan(
    [
      node('site', 'site1', null, { position: { x: 0, y: 0 } }),
      node('server', 's1', 'site1', { cpuCores: 16, ramGiB: 128 }),
      node('hypervisor', 'h1', 's1', { cluster: 'prod' }),
      node('vm', 'v1', 'h1', { vcpu: 4, ramGiB: 16, service: 'web' }),
      node('runtime', 'r1', 'v1'),
      node('container', 'c1', 'r1', { image: 'nginx:1.27' }),
      node('vm', 'v2', 'h1', { vcpu: 2, ramGiB: 8, service: 'web' }),
      node('server', 's2', 'site1', { cpuCores: 16, ramGiB: 128 }),
      node('hypervisor', 'h2', 's2', { cluster: 'prod' }),
      node('vm', 'v3', 'h2', { vcpu: 2, ramGiB: 8, service: 'db' }),
      node('server', 's3', null, { os: { family: 'linux', name: 'Debian', version: '12' }, workload: 'legacy app', position: { x: 2000, y: 0 } }),
    ],
    [{ id: 'l1', from: 'v2', to: 'v3' }],
  );
}

/** A generated estate: `sites` sites × `servers` servers, each an ESXi host with `vms` VMs. */
export function estate(sites: number, servers: number, vms: number): Plan {
  const nodes: PlanNode[] = [];
  for (let s = 0; s < sites; s += 1) {
    nodes.push(node('site', `site${s}`, null));
    for (let h = 0; h < servers; h += 1) {
      const server = `s${s}-${h}`;
      nodes.push(node('server', server, `site${s}`));
      nodes.push(node('hypervisor', `${server}-hv`, server, { cluster: `c${s}` }));
      for (let v = 0; v < vms; v += 1) nodes.push(node('vm', `${server}-vm${v}`, `${server}-hv`));
    }
  }
  return plan(nodes);
}
