/** SPEC §4 ram-overcommit and cpu-overcommit, for servers and for the containers inside a VM. */
import type { PlanNode } from '../model/nodes';
import { SERVER, VM, type PlanIndex } from '../model/planIndex';
import { issue, num } from './describe';
import type { Issue } from './issue';

/** Sums of fractional demands carry rounding noise; an excess below this share is none. */
const TOLERANCE = 1e-9;

function exceeds(demand: number, capacity: number): boolean {
  return demand > capacity + TOLERANCE * Math.max(1, Math.abs(capacity));
}

export function capacityIssues(ix: PlanIndex): Issue[] {
  const out: Issue[] = [];
  for (let i = 0; i < ix.nodes.length; i++) nodeIssues(ix, i, out);
  return out;
}

/** The issues after an edit that changed only the `resized` servers' and VMs' sizes or sums. */
export function capacityIssuesAfter(
  ix: PlanIndex,
  previous: readonly Issue[],
  resized: readonly number[],
): readonly Issue[] {
  if (resized.length === 0) return previous;
  const again = new Set(resized.map((i) => ix.ids[i] as string));
  const out = previous.filter((x) => !again.has(x.nodeId));
  for (const i of resized) nodeIssues(ix, i, out);
  return out;
}

/** The overcommit issues of node i (none unless it is a server or a VM). */
function nodeIssues(ix: PlanIndex, i: number, out: Issue[]): void {
  const k = ix.kind[i];
  if (k !== SERVER && k !== VM) return;
  const { cpuOvercommitLimit: cpuLimit, ramOvercommitLimit: ramLimit } = ix.plan.settings;
  // A server's own size and its demand; a VM's size and its containers' demand.
  const ram = (k === SERVER ? ix.ramDemand : ix.containerRam)[i] as number;
  const cpu = (k === SERVER ? ix.cpuDemand : ix.containerCpu)[i] as number;
  const ramSize = ix.ram[i] as number;
  const cpuSize = ix.cpu[i] as number;
  const ramOver = exceeds(ram, ramSize * ramLimit);
  const cpuOver = exceeds(cpu, cpuSize * cpuLimit);
  if (!ramOver && !cpuOver) return;
  const nd = ix.nodes[i] as PlanNode;
  const server = k === SERVER;
  if (ramOver) {
    out.push(
      issue('error', 'ram-overcommit', nd.id, server ? 'issue.ram-overcommit.server' : 'issue.ram-overcommit.vm', {
        name: nd.name,
        ram: num(ram),
        cap: num(ramSize * ramLimit),
        size: num(ramSize),
        limit: num(ramLimit),
      }),
    );
  }
  if (cpuOver) {
    out.push(
      issue('warning', 'cpu-overcommit', nd.id, server ? 'issue.cpu-overcommit.server' : 'issue.cpu-overcommit.vm', {
        name: nd.name,
        cpu: num(cpu),
        cap: num(cpuSize * cpuLimit),
        size: num(cpuSize),
        limit: num(cpuLimit),
      }),
    );
  }
}
