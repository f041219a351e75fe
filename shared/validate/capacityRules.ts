/** SPEC §4 ram-overcommit and cpu-overcommit, for servers and for the containers inside a VM. */
import type { PlanNode } from '../model/nodes';
import type { PlanIndex } from '../model/planIndex';
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
    const nd = ix.nodes[i] as PlanNode;
    if (nd.kind === 'server') {
      const ram = ix.ramDemand[i] as number;
      const cpu = ix.cpuDemand[i] as number;
      if (exceeds(ram, nd.ramGiB * ramLimit)) {
        out.push(
          issue(
            'error',
            'ram-overcommit',
            nd.id,
            `${named(nd)} needs ${num(ram)} GiB of RAM but offers ${num(nd.ramGiB * ramLimit)} GiB (${num(nd.ramGiB)} GiB × RAM overcommit ${num(ramLimit)}) — move VMs or containers to another server, add RAM, or raise the RAM overcommit limit.`,
          ),
        );
      }
      if (exceeds(cpu, nd.cpuCores * cpuLimit)) {
        out.push(
          issue(
            'warning',
            'cpu-overcommit',
            nd.id,
            `${named(nd)} needs ${num(cpu)} vCPU but offers ${num(nd.cpuCores * cpuLimit)} (${num(nd.cpuCores)} cores × CPU overcommit ${num(cpuLimit)}) — move VMs or containers to another server, add cores, or raise the CPU overcommit limit.`,
          ),
        );
      }
    } else if (nd.kind === 'vm') {
      const ram = ix.containerRam[i] as number;
      const cpu = ix.containerCpu[i] as number;
      if (exceeds(ram, nd.ramGiB * ramLimit)) {
        out.push(
          issue(
            'error',
            'ram-overcommit',
            nd.id,
            `${named(nd)} runs containers needing ${num(ram)} GiB of RAM but has ${num(nd.ramGiB * ramLimit)} GiB (${num(nd.ramGiB)} GiB × RAM overcommit ${num(ramLimit)}) — give the VM more RAM or move containers to another host.`,
          ),
        );
      }
      if (exceeds(cpu, nd.vcpu * cpuLimit)) {
        out.push(
          issue(
            'warning',
            'cpu-overcommit',
            nd.id,
            `${named(nd)} runs containers needing ${num(cpu)} CPU but has ${num(nd.vcpu * cpuLimit)} (${num(nd.vcpu)} vCPU × CPU overcommit ${num(cpuLimit)}) — give the VM more vCPU or move containers to another host.`,
          ),
        );
      }
    }
  }
  return out;
}
