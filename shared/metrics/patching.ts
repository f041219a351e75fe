/** SPEC §6.2: how many things need patching, how long it takes, and which hosts cannot be evacuated. */
import type { Os } from '../model';
import type { PlanNode } from '../model/nodes';
import { CONTAINER, HYPERVISOR, RUNTIME, SERVER, VM, type PlanIndex } from '../model/planIndex';
import type { HaAnalysis } from './ha';
import type { Patching } from './types';

type OsVersions = Map<string, Map<string, Set<string>>>;

/** Adds a family/name/version triple without building a key string per OS; true when it is new. */
function addOsVersion(versions: OsVersions, os: Os): boolean {
  let names = versions.get(os.family);
  if (!names) versions.set(os.family, (names = new Map()));
  let set = names.get(os.name);
  if (!set) names.set(os.name, (set = new Set()));
  if (set.has(os.version)) return false;
  set.add(os.version);
  return true;
}

export function computePatching(ix: PlanIndex, ha: HaAnalysis): Patching {
  const hours = ix.plan.settings.patchHours;
  let hostOs = 0;
  let hypervisors = 0;
  let guestOs = 0;
  let runtimes = 0;
  let osHours = 0;
  const images = new Set<string>();
  const versions: OsVersions = new Map();
  let distinctOsVersions = 0;
  for (let i = 0; i < ix.nodes.length; i++) {
    const k = ix.kind[i];
    if (k === HYPERVISOR) hypervisors++;
    else if (k === RUNTIME) runtimes++;
    else if (k === SERVER || k === VM || k === CONTAINER) {
      const nd = ix.nodes[i] as PlanNode;
      if (nd.kind === 'container') {
        if (nd.image !== '') images.add(nd.image);
      } else if (nd.kind === 'vm') {
        guestOs++;
        osHours += hours.guestOs[nd.os.family];
        if (addOsVersion(versions, nd.os)) distinctOsVersions++;
      } else if (nd.kind === 'server' && nd.os !== null) {
        hostOs++;
        osHours += hours.hostOs[nd.os.family];
        if (addOsVersion(versions, nd.os)) distinctOsVersions++;
      }
    }
  }
  const hoursPerCycle =
    osHours + hypervisors * hours.hypervisor + runtimes * hours.runtime + images.size * hours.image;
  return {
    hostOs,
    hypervisors,
    guestOs,
    osInstances: hostOs + hypervisors + guestOs,
    runtimes,
    images: images.size,
    distinctOsVersions,
    hoursPerCycle,
    hoursPerYear: hoursPerCycle * ix.plan.settings.patchCyclesPerYear,
    downtimeHosts: downtimeHosts(ix, ha),
  };
}

/** Hypervisors with VMs that cannot be patched without downtime: no cluster, or no HA to spare. */
export function downtimeHosts(ix: PlanIndex, ha: HaAnalysis): string[] {
  const hostsWithVms = new Uint8Array(ix.nodes.length);
  for (let i = 0; i < ix.nodes.length; i++) {
    const h = ix.kind[i] === VM ? (ix.host[i] as number) : -1;
    if (h >= 0) hostsWithVms[h] = 1;
  }
  const out: string[] = [];
  for (let r = 0; r < ix.sortedById.length; r++) {
    const i = ix.sortedById[r] as number;
    if (hostsWithVms[i] !== 1) continue;
    const c = ix.clusterOf[i] as number;
    if (c < 0 || ha.tolerates[c] === 0) out.push(ix.ids[i] as string);
  }
  return out;
}
