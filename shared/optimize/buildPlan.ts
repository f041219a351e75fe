/**
 * The proposed plan: every node of the old one, less the consolidated hypervisors and the servers
 * they leave empty, with the P2V servers turned into VMs (same id, so links and comparisons still
 * hold) and each group's VMs — with their runtimes and containers — on the hosts of a new cluster.
 *
 * The removal goes through shared/edit's `deleteSubtrees`. The moves and additions are built here
 * in one pass: `moveNodes` copies the node array per move (10k nodes: 5,800 moves took 160 s), and
 * `addNode` picks its own ids, while the new hosts must carry the ids the HA test ran on (the
 * engine breaks ties by id) and a P2V VM its server's id.
 */
import { DEFAULT_VM_OS } from '../model/defaults';
import type { PlanNode, VmNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { SERVER, type PlanIndex } from '../model/planIndex';
import { deleteSubtrees } from '../edit/index';
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
  // 1: a P2V server, rewritten as a VM; 2: inside a moving unit, written under its new host.
  const mark = new Uint8Array(n);
  let p2v = 0;
  for (const { group } of placed) {
    for (const unit of group.units) {
      if (unit.p2v) {
        mark[unit.node] = 1;
        p2v++;
      } else
        for (let p = ix.tin[unit.node] as number; p < (ix.tout[unit.node] as number); p++)
          mark[ix.order[p] as number] = 2;
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
  // The hypervisors the units left empty go, with their servers when nothing else is on them.
  const emptied = hypervisors.filter((h) => childrenAll(ix, h, (c) => mark[c] === 2));
  const gone = new Set(emptied);
  const retired = new Set<number>();
  for (const h of emptied) {
    const s = ix.parent[h] as number;
    if (s >= 0 && ix.kind[s] === SERVER && childrenAll(ix, s, (c) => gone.has(c))) retired.add(s);
  }
  const removals = [
    ...[...retired].map((s) => ix.ids[s] as string),
    ...emptied.filter((h) => !retired.has(ix.parent[h] as number)).map((h) => ix.ids[h] as string),
  ];
  const moved: Plan = { ...ix.plan, nodes };
  const edited = removals.length > 0 ? deleteSubtrees(moved, removals) : null;
  if (edited && !edited.ok)
    throw new Error(`the emptied hosts could not be removed: ${edited.reason}`);
  return { plan: edited ? edited.plan : moved, retired: retired.size + p2v };
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
