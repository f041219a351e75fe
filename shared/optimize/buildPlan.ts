/**
 * The proposed plan: every node of the old one, less the consolidated hypervisors and the servers
 * they leave empty, with the P2V servers turned into VMs (same id, so links and comparisons still
 * hold) and each group's VMs — with their runtimes and containers — on the hosts of a new cluster.
 */
import { DEFAULT_VM_OS } from '../model/defaults';
import type { PlanNode, VmNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import type { PlanIndex } from '../model/planIndex';
import { hostHypervisor, hostServer, type NewCluster } from './hosts';
import type { Layout } from './layout';
import type { Group, Unit } from './scope';

export interface PlacedGroup {
  readonly group: Group;
  readonly cluster: NewCluster;
  readonly layout: Layout;
}

export interface BuiltPlan {
  readonly plan: Plan;
  /** Servers taken out: emptied hosts and P2V servers. */
  readonly retired: number;
}

export function buildPlan(
  ix: PlanIndex,
  hypervisors: readonly number[],
  placed: readonly PlacedGroup[],
): BuiltPlan {
  const n = ix.nodes.length;
  // 1 dropped; 2 inside a moving unit (written under its new host).
  const mark = new Uint8Array(n);
  for (const { group } of placed) {
    for (const unit of group.units) {
      if (unit.p2v) mark[unit.node] = 1;
      else
        for (let p = ix.tin[unit.node] as number; p < (ix.tout[unit.node] as number); p++)
          mark[ix.order[p] as number] = 2;
    }
  }
  let retired = 0;
  for (const { group } of placed) for (const unit of group.units) if (unit.p2v) retired++;
  for (const h of hypervisors) {
    if (childrenAll(ix, h, (c) => mark[c] === 2)) mark[h] = 1;
  }
  for (const h of hypervisors) {
    const s = ix.parent[h] as number;
    if (s >= 0 && mark[s] === 0 && mark[h] === 1 && childrenAll(ix, s, (c) => mark[c] === 1)) {
      mark[s] = 1;
      retired++;
    }
  }
  const nodes: PlanNode[] = [];
  for (let i = 0; i < n; i++) if (mark[i] === 0) nodes.push(ix.nodes[i] as PlanNode);
  for (const { group, cluster, layout } of placed) {
    const count = layout.hosts;
    for (let j = 0; j < count; j++) {
      const hv = hostHypervisor(cluster, j, count);
      nodes.push(hostServer(cluster, j, count), hv);
      const units = [...(layout.units[j] as number[])].sort((a, b) => a - b);
      for (const u of units) pushUnit(ix, group.units[u] as Unit, hv.id, nodes);
    }
  }
  const kept = new Set(nodes.map((nd) => nd.id));
  const links = ix.plan.links.filter((l) => kept.has(l.from) && kept.has(l.to));
  return { plan: { ...ix.plan, nodes, links }, retired };
}

function childrenAll(ix: PlanIndex, i: number, test: (c: number) => boolean): boolean {
  for (let p = ix.childStart[i] as number; p < (ix.childStart[i + 1] as number); p++)
    if (!test(ix.childList[p] as number)) return false;
  return true;
}

/** The unit's VM under its new hypervisor (no position: the canvas lays it out), then its subtree. */
function pushUnit(ix: PlanIndex, unit: Unit, parentId: string, out: PlanNode[]): void {
  const node = ix.nodes[unit.node] as PlanNode;
  if (unit.p2v && node.kind === 'server') {
    const vm: VmNode = {
      id: node.id,
      kind: 'vm',
      parentId,
      name: node.name,
      vcpu: unit.cpu,
      ramGiB: unit.ram,
      os: node.os ?? DEFAULT_VM_OS,
      workload: node.workload,
      service: node.service,
      ...(node.notes === undefined ? {} : { notes: node.notes }),
    };
    out.push(vm);
    return;
  }
  const { position: _dropped, ...rest } = node;
  out.push({ ...rest, parentId } as PlanNode);
  for (let p = (ix.tin[unit.node] as number) + 1; p < (ix.tout[unit.node] as number); p++)
    out.push(ix.nodes[ix.order[p] as number] as PlanNode);
}
