/** SPEC §6.2: how many things need patching, how long it takes, and which hosts cannot be evacuated. */
import type { Os } from '../model';
import type { PlanNode } from '../model/nodes';
import { CONTAINER, HYPERVISOR, RUNTIME, SERVER, VM, type PlanIndex } from '../model/planIndex';
import type { HaAnalysis } from './ha';
import type { Patching } from './types';

/** Distinct family/name/version triples, counted without building a key string per OS. */
class OsVersions {
  private readonly byFamily = new Map<string, Map<string, Set<string>>>();
  size = 0;
  add(os: Os): void {
    let names = this.byFamily.get(os.family);
    if (!names) this.byFamily.set(os.family, (names = new Map()));
    let versions = names.get(os.name);
    if (!versions) names.set(os.name, (versions = new Set()));
    if (versions.has(os.version)) return;
    versions.add(os.version);
    this.size++;
  }
}

export function computePatching(ix: PlanIndex, ha: HaAnalysis): Patching {
  const hours = ix.plan.settings.patchHours;
  let hostOs = 0;
  let hypervisors = 0;
  let guestOs = 0;
  let runtimes = 0;
  let osHours = 0;
  const images = new Set<string>();
  const versions = new OsVersions();
  const hostsWithVms = new Uint8Array(ix.nodes.length);
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
        versions.add(nd.os);
        const h = ix.host[i] as number;
        if (h >= 0) hostsWithVms[h] = 1;
      } else if (nd.kind === 'server' && nd.os !== null) {
        hostOs++;
        osHours += hours.hostOs[nd.os.family];
        versions.add(nd.os);
      }
    }
  }
  const hoursPerCycle =
    osHours + hypervisors * hours.hypervisor + runtimes * hours.runtime + images.size * hours.image;
  const downtimeHosts: string[] = [];
  for (const i of ix.sortedById) {
    if (hostsWithVms[i] !== 1) continue;
    const c = ix.clusterOf[i] as number;
    if (c < 0 || ha.tolerates[c] === 0) downtimeHosts.push((ix.nodes[i] as PlanNode).id);
  }
  return {
    hostOs,
    hypervisors,
    guestOs,
    osInstances: hostOs + hypervisors + guestOs,
    runtimes,
    images: images.size,
    distinctOsVersions: versions.size,
    hoursPerCycle,
    hoursPerYear: hoursPerCycle * ix.plan.settings.patchCyclesPerYear,
    downtimeHosts,
  };
}
