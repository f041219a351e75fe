/** What the drag and edit measurements need to know about a generated plan: hosts and their VMs. */
import type { Plan } from '../../shared/model';

export interface HostFacts {
  readonly serverId: string;
  readonly hypervisorId: string;
  readonly cluster: string | null;
  /** VMs without children (no runtime inside): what is dragged and edited. */
  readonly leafVms: readonly string[];
}

/** Whether `id` is `ancestorId` or lies inside it. */
export function isWithin(parentOf: ReadonlyMap<string, string | null>, id: string | null, ancestorId: string): boolean {
  for (let at = id; at !== null && at !== undefined; at = parentOf.get(at) ?? null) {
    if (at === ancestorId) return true;
  }
  return false;
}

export function parentMap(plan: Plan): Map<string, string | null> {
  return new Map(plan.nodes.map((n) => [n.id, n.parentId]));
}

/** Every server that carries a hypervisor with at least one leaf VM, in plan order. */
export function hostFacts(plan: Plan): HostFacts[] {
  const hasChildren = new Set<string>();
  for (const node of plan.nodes) if (node.parentId !== null) hasChildren.add(node.parentId);
  const hypervisorOf = new Map<string, { id: string; cluster: string | null }>();
  const vmsOf = new Map<string, string[]>();
  for (const node of plan.nodes) {
    if (node.kind === 'hypervisor' && node.parentId !== null) hypervisorOf.set(node.parentId, { id: node.id, cluster: node.cluster ?? null });
    if (node.kind === 'vm' && node.parentId !== null && !hasChildren.has(node.id)) {
      const list = vmsOf.get(node.parentId);
      if (list) list.push(node.id);
      else vmsOf.set(node.parentId, [node.id]);
    }
  }
  const hosts: HostFacts[] = [];
  for (const node of plan.nodes) {
    if (node.kind !== 'server') continue;
    const hv = hypervisorOf.get(node.id);
    const vms = hv ? vmsOf.get(hv.id) : undefined;
    if (hv && vms && vms.length > 0) hosts.push({ serverId: node.id, hypervisorId: hv.id, cluster: hv.cluster, leafVms: vms });
  }
  return hosts;
}
