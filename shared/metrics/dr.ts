/** SPEC §6.6: can the secondary sites restart the primary sites' VMs? */
import type { PlanNode } from '../model/nodes';
import { HYPERVISOR, SITE, VM, type PlanIndex } from '../model/planIndex';
import type { Dr } from './types';

const PRIMARY = 1;
const SECONDARY = 2;

/**
 * What the DR figures read besides sizes: the primary sites' VMs, the secondary sites' VM hosts
 * and the unprotected workloads. The tree and the sites' roles decide it, so an edit of sizes alone
 * keeps it.
 */
export interface DrBasis {
  /** VMs whose server lies in a primary site, in plan order. */
  readonly primaryVms: Int32Array;
  /** Servers in a secondary site that carry a hypervisor, in the plan order of their first one. */
  readonly secondaryHosts: Int32Array;
  readonly unprotected: readonly string[];
  /** The secondary sites, sorted by id (the dr-insufficient issue names them). */
  readonly secondarySites: Int32Array;
}

/** Null when the plan has no secondary site. Servers outside every site belong to neither side. */
export function computeDr(ix: PlanIndex): Dr | null {
  const basis = drBasis(ix);
  return basis && drFrom(ix, basis);
}

export function drBasis(ix: PlanIndex): DrBasis | null {
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
  const primaryVms: number[] = [];
  const secondaryHosts: number[] = [];
  const vmHost = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = ix.kind[i];
    if (k === VM && side(ix.server[i] as number) === PRIMARY) {
      primaryVms.push(i);
    } else if (k === HYPERVISOR) {
      const s = ix.host[i] as number;
      if (s >= 0 && vmHost[s] === 0 && side(s) === SECONDARY) {
        vmHost[s] = 1;
        secondaryHosts.push(s);
      }
    }
  }
  const unprotected: string[] = [];
  const secondarySites: number[] = [];
  for (let r = 0; r < n; r++) {
    const i = ix.sortedById[r] as number;
    if (role[i] === SECONDARY) secondarySites.push(i);
    if (ix.isWorkload[i] !== 1 || ix.kind[i] === VM || ix.insideVm[i] === 1 || side(i) !== PRIMARY)
      continue;
    unprotected.push(ix.ids[i] as string);
  }
  return {
    primaryVms: Int32Array.from(primaryVms),
    secondaryHosts: Int32Array.from(secondaryHosts),
    unprotected,
    secondarySites: Int32Array.from(secondarySites),
  };
}

/**
 * The basis after VMs moved between hypervisors (see moveScope.ts): the sites, their roles, the
 * hypervisors and every workload outside a VM are where they were, so only the moved VMs may join
 * or leave the primary side; the rest is renumbered (`to`: each old position's new one). A moved
 * node goes last in the plan and the others keep their order, so the lists stay in plan order.
 */
export function drBasisAfterMove(
  ix: PlanIndex,
  previous: DrBasis | null,
  move: { readonly to: Int32Array; readonly moved: readonly number[] },
): DrBasis | null {
  if (!previous) return null;
  const { to, moved } = move;
  const isMoved = new Set(moved);
  const primaryVms: number[] = [];
  for (let p = 0; p < previous.primaryVms.length; p++) {
    const i = to[previous.primaryVms[p] as number] as number;
    if (!isMoved.has(i)) primaryVms.push(i);
  }
  for (const v of moved) {
    const s = ix.server[v] as number;
    const site = s >= 0 ? (ix.site[s] as number) : -1;
    const nd = site >= 0 ? ix.nodes[site] : undefined;
    if (nd?.kind === 'site' && nd.role !== 'secondary') primaryVms.push(v);
  }
  primaryVms.sort((a, b) => a - b);
  const at = (j: number): number => to[j] as number;
  return {
    primaryVms: Int32Array.from(primaryVms),
    secondaryHosts: previous.secondaryHosts.map(at),
    unprotected: previous.unprotected,
    secondarySites: previous.secondarySites.map(at),
  };
}

/** The figures from the basis and the index's current sizes. */
export function drFrom(ix: PlanIndex, basis: DrBasis): Dr {
  let demandCpu = 0;
  let demandRamGiB = 0;
  let freeCpu = 0;
  let freeRamGiB = 0;
  for (let p = 0; p < basis.primaryVms.length; p++) {
    const i = basis.primaryVms[p] as number;
    demandCpu += ix.cpu[i] as number;
    demandRamGiB += ix.ram[i] as number;
  }
  for (let p = 0; p < basis.secondaryHosts.length; p++) {
    const s = basis.secondaryHosts[p] as number;
    freeCpu += ix.freeCpu[s] as number;
    freeRamGiB += ix.freeRam[s] as number;
  }
  const coverage =
    demandCpu === 0 && demandRamGiB === 0
      ? 1
      : Math.min(freeRamGiB / demandRamGiB, freeCpu / demandCpu);
  return {
    demandCpu,
    demandRamGiB,
    freeCpu,
    freeRamGiB,
    coverage,
    ready: coverage >= 1,
    unprotected: [...basis.unprotected],
  };
}
