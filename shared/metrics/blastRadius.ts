/**
 * SPEC §6.3 for every node that is not a container. Nodes are visited children first; a node
 * whose child holds the same workloads and the same hypervisors (a server and its only
 * hypervisor, a VM and its only runtime) fails identically, so it takes the child's counts.
 */
import { CONTAINER, HYPERVISOR, SERVER, SITE, type PlanIndex } from '../model/planIndex';
import type { FailureEngine } from './failureEngine';
import type { SingleFailureDomain } from './singleFailureDomain';
import type { BlastEntry, BlastRadius } from './types';

export function computeBlastRadius(
  ix: PlanIndex,
  engine: FailureEngine,
  domains: readonly SingleFailureDomain[],
): BlastRadius {
  const n = ix.nodes.length;
  const lost = new Int32Array(n);
  const recovered = new Int32Array(n);
  const servicesDown = new Int32Array(n);
  const done = new Uint8Array(n);

  const counts = { lost, recovered, servicesDown };
  for (let pos = n - 1; pos >= 0; pos--) {
    const x = ix.order[pos] as number;
    if (ix.kind[x] === CONTAINER) continue;
    const twin = sameFailureChild(ix, x, done);
    if (twin >= 0) {
      lost[x] = lost[twin] as number;
      recovered[x] = recovered[twin] as number;
      servicesDown[x] = servicesDown[twin] as number;
    } else {
      engine.countInto(x, counts);
    }
    done[x] = 1;
  }

  const nodes: BlastEntry[] = [];
  let max: BlastEntry | null = null;
  for (const i of ix.sortedById) {
    if (done[i] !== 1) continue;
    const entry: BlastEntry = {
      id: ix.ids[i] as string,
      lost: lost[i] as number,
      recovered: recovered[i] as number,
      servicesDown: servicesDown[i] as number,
    };
    nodes.push(entry);
    // Walking in id order, a strict > keeps the smallest id among ties.
    if (max === null || entry.lost > max.lost) max = entry;
  }
  return {
    nodes,
    max,
    singleFailureDomainServices: domains.map((d) => ix.serviceNames[d.service] as string),
  };
}

const usesHa = (k: number): boolean => k === SITE || k === SERVER || k === HYPERVISOR;

function sameFailureChild(ix: PlanIndex, x: number, done: Uint8Array): number {
  const wl = ix.workloadsIn(x);
  const hv = ix.hypervisorsIn(x);
  const haX = usesHa(ix.kind[x] as number);
  for (let p = ix.childStart[x] as number; p < (ix.childStart[x + 1] as number); p++) {
    const c = ix.childList[p] as number;
    if (done[c] !== 1 || ix.workloadsIn(c) !== wl || ix.hypervisorsIn(c) !== hv) continue;
    if (hv === 0 || usesHa(ix.kind[c] as number) === haX) return c;
  }
  return -1;
}
