/** SPEC §4 ram-overcommit and cpu-overcommit, for servers and for the containers inside a VM. */
import type { PlanNode } from '../model/nodes';
import { SERVER, VM, type PlanIndex } from '../model/planIndex';
import { issue, named, num } from './describe';
import type { Issue } from './issue';

/** Sums of fractional demands carry rounding noise; an excess below this share is none. */
const TOLERANCE = 1e-9;

function exceeds(demand: number, capacity: number): boolean {
  return demand > capacity + TOLERANCE * Math.max(1, Math.abs(capacity));
}

export function capacityIssues(ix: PlanIndex): Issue[] {
  const out: Issue[] = [];
  const { cpuOvercommitLimit: cpuLimit, ramOvercommitLimit: ramLimit } = ix.plan.settings;
  for (let i = 0; i < ix.nodes.length; i++) {
    const k = ix.kind[i];
    if (k !== SERVER && k !== VM) continue;
    // A server's own size and its demand; a VM's size and its containers' demand.
    const ram = (k === SERVER ? ix.ramDemand : ix.containerRam)[i] as number;
    const cpu = (k === SERVER ? ix.cpuDemand : ix.containerCpu)[i] as number;
    const ramSize = ix.ram[i] as number;
    const cpuSize = ix.cpu[i] as number;
    const ramOver = exceeds(ram, ramSize * ramLimit);
    const cpuOver = exceeds(cpu, cpuSize * cpuLimit);
    if (!ramOver && !cpuOver) continue;
    const nd = ix.nodes[i] as PlanNode;
    const ramCap = `${num(ramSize * ramLimit)} GiB (${num(ramSize)} GiB × RAM overcommit ${num(ramLimit)})`;
    if (ramOver && k === SERVER) {
      out.push(
        issue(
          'error',
          'ram-overcommit',
          nd.id,
          `${named(nd)} needs ${num(ram)} GiB of RAM but offers ${ramCap} — move VMs or containers to another server, add RAM, or raise the RAM overcommit limit.`,
        ),
      );
    } else if (ramOver) {
      out.push(
        issue(
          'error',
          'ram-overcommit',
          nd.id,
          `${named(nd)} runs containers needing ${num(ram)} GiB of RAM but has ${ramCap} — give the VM more RAM or move containers to another host.`,
        ),
      );
    }
    if (cpuOver && k === SERVER) {
      out.push(
        issue(
          'warning',
          'cpu-overcommit',
          nd.id,
          `${named(nd)} needs ${num(cpu)} vCPU but offers ${num(cpuSize * cpuLimit)} (${num(cpuSize)} cores × CPU overcommit ${num(cpuLimit)}) — move VMs or containers to another server, add cores, or raise the CPU overcommit limit.`,
        ),
      );
    } else if (cpuOver) {
      out.push(
        issue(
          'warning',
          'cpu-overcommit',
          nd.id,
          `${named(nd)} runs containers needing ${num(cpu)} CPU but has ${num(cpuSize * cpuLimit)} (${num(cpuSize)} vCPU × CPU overcommit ${num(cpuLimit)}) — give the VM more vCPU or move containers to another host.`,
        ),
      );
    }
  }
  return out;
}
