/** SPEC §6.6: can the secondary sites restart the primary sites' VMs? */
import type { PlanNode } from '../model/nodes';
import { HYPERVISOR, SITE, VM, type PlanIndex } from '../model/planIndex';
import type { Dr } from './types';

const PRIMARY = 1;
const SECONDARY = 2;

/** Null when the plan has no secondary site. Servers outside every site belong to neither side. */
export function computeDr(ix: PlanIndex): Dr | null {
  const n = ix.nodes.length;
  // Role of each site node; a node's side is the role of its nearest site.
  const role = new Uint8Array(n);
  let hasSecondary = false;
  for (let i = 0; i < n; i++) {
    if (ix.kind[i] !== SITE) continue;
    const secondary = (ix.nodes[i] as PlanNode & { kind: 'site' }).role === 'secondary';
    role[i] = secondary ? SECONDARY : PRIMARY;
    hasSecondary ||= secondary;
  }
  if (!hasSecondary) return null;
  const side = (i: number): number => {
    const s = i >= 0 ? (ix.site[i] as number) : -1;
    return s >= 0 ? (role[s] as number) : 0;
  };
  let demandCpu = 0;
  let demandRamGiB = 0;
  let freeCpu = 0;
  let freeRamGiB = 0;
  const vmHost = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = ix.kind[i];
    if (k === VM && side(ix.server[i] as number) === PRIMARY) {
      demandCpu += ix.cpu[i] as number;
      demandRamGiB += ix.ram[i] as number;
    } else if (k === HYPERVISOR) {
      const s = ix.host[i] as number;
      if (s >= 0 && vmHost[s] === 0 && side(s) === SECONDARY) {
        vmHost[s] = 1;
        freeCpu += ix.freeCpu[s] as number;
        freeRamGiB += ix.freeRam[s] as number;
      }
    }
  }
  const coverage =
    demandCpu === 0 && demandRamGiB === 0
      ? 1
      : Math.min(freeRamGiB / demandRamGiB, freeCpu / demandCpu);
  const unprotected: string[] = [];
  for (const i of ix.sortedById) {
    if (ix.isWorkload[i] !== 1 || ix.kind[i] === VM || ix.insideVm[i] === 1 || side(i) !== PRIMARY)
      continue;
    unprotected.push(ix.ids[i] as string);
  }
  return {
    demandCpu,
    demandRamGiB,
    freeCpu,
    freeRamGiB,
    coverage,
    ready: coverage >= 1,
    unprotected,
  };
}
