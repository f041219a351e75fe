/**
 * A deliberately naive, line-by-line reading of SPEC §3 and §6.3 on plain objects, used by property
 * tests as the oracle for the indexed engine. Quadratic and slow: for small plans only.
 */
import type { HypervisorNode, Plan, PlanNode, VmNode } from '../model';

export interface ReferenceFailure {
  readonly down: readonly string[];
  readonly lost: readonly string[];
  readonly recovered: readonly string[];
  readonly servicesDown: readonly string[];
  readonly servicesDegraded: readonly string[];
}

const sorted = (xs: Iterable<string>): string[] =>
  [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function referenceModel(plan: Plan) {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const children = (id: string): PlanNode[] => plan.nodes.filter((n) => n.parentId === id);
  const subtree = (id: string): string[] => [id, ...children(id).flatMap((c) => subtree(c.id))];
  const isWorkload = (n: PlanNode): boolean =>
    n.kind === 'container' ||
    (n.kind === 'vm' && !children(n.id).some((c) => c.kind === 'runtime')) ||
    (n.kind === 'server' &&
      n.workload !== null &&
      n.workload !== '' &&
      !children(n.id).some((c) => c.kind === 'hypervisor' || c.kind === 'runtime'));
  const serviceOf = (n: PlanNode): string => {
    const s = n.kind === 'server' || n.kind === 'vm' || n.kind === 'container' ? n.service : null;
    return s !== null && s !== '' ? s : n.id;
  };
  const workloads = plan.nodes.filter(isWorkload);
  const serverOfHypervisor = (h: PlanNode): PlanNode | undefined => {
    const p = h.parentId === null ? undefined : byId.get(h.parentId);
    return p?.kind === 'server' ? p : undefined;
  };
  const demand = (server: PlanNode, key: 'cpu' | 'ram'): number => {
    let sum = 0;
    for (const c of children(server.id)) {
      if (c.kind === 'hypervisor') {
        sum += key === 'cpu' ? c.reservedCpuCores : c.reservedRamGiB;
        for (const v of children(c.id))
          if (v.kind === 'vm') sum += key === 'cpu' ? v.vcpu : v.ramGiB;
      }
      if (c.kind === 'runtime') {
        for (const k of children(c.id))
          if (k.kind === 'container') sum += key === 'cpu' ? k.cpu : k.ramGiB;
      }
    }
    return sum;
  };
  const free = (server: PlanNode, key: 'cpu' | 'ram'): number => {
    if (server.kind !== 'server') return 0;
    const cap =
      key === 'cpu'
        ? server.cpuCores * plan.settings.cpuOvercommitLimit
        : server.ramGiB * plan.settings.ramOvercommitLimit;
    return cap - demand(server, key);
  };
  const cluster = (h: PlanNode): string | null =>
    h.kind === 'hypervisor' && h.cluster !== null && h.cluster !== '' ? h.cluster : null;

  /** SPEC §6.3 step 2 for a down set. */
  function restart(down: Set<string>): Map<string, string> {
    const placed = new Map<string, string>();
    const candidates = plan.nodes.filter((v): v is VmNode => {
      if (v.kind !== 'vm' || v.parentId === null) return false;
      const h = byId.get(v.parentId);
      return h?.kind === 'hypervisor' && down.has(h.id) && cluster(h) !== null;
    });
    candidates.sort((a, b) => b.ramGiB - a.ramGiB || (a.id < b.id ? -1 : 1));
    const ram = new Map<string, number>();
    const cpu = new Map<string, number>();
    for (const v of candidates) {
      const c = cluster(byId.get(v.parentId as string) as PlanNode);
      const targets = plan.nodes.filter(
        (h): h is HypervisorNode =>
          h.kind === 'hypervisor' &&
          cluster(h) === c &&
          !down.has(h.id) &&
          serverOfHypervisor(h) !== undefined,
      );
      let best: HypervisorNode | undefined;
      let bestRam = -Infinity;
      for (const h of targets) {
        const s = serverOfHypervisor(h) as PlanNode;
        const r = ram.get(s.id) ?? free(s, 'ram');
        const p = cpu.get(s.id) ?? free(s, 'cpu');
        if (r < v.ramGiB || p < v.vcpu) continue;
        if (r > bestRam || (r === bestRam && best !== undefined && h.id < best.id)) {
          best = h;
          bestRam = r;
        }
      }
      if (!best) continue;
      const s = serverOfHypervisor(best) as PlanNode;
      ram.set(s.id, (ram.get(s.id) ?? free(s, 'ram')) - v.ramGiB);
      cpu.set(s.id, (cpu.get(s.id) ?? free(s, 'cpu')) - v.vcpu);
      placed.set(v.id, best.id);
    }
    return placed;
  }

  function fail(nodeId: string): ReferenceFailure {
    const x = byId.get(nodeId) as PlanNode;
    const down = new Set(subtree(nodeId));
    const ha = x.kind === 'site' || x.kind === 'server' || x.kind === 'hypervisor';
    const placed = ha ? restart(down) : new Map<string, string>();
    const recovered = new Set(
      [...placed.keys()].flatMap(subtree).filter((id) => isWorkload(byId.get(id) as PlanNode)),
    );
    const lost = workloads.filter((w) => down.has(w.id) && !recovered.has(w.id));
    const lostIds = new Set(lost.map((w) => w.id));
    const services = new Map<string, PlanNode[]>();
    for (const w of workloads)
      services.set(serviceOf(w), [...(services.get(serviceOf(w)) ?? []), w]);
    const touched = new Set(lost.map(serviceOf));
    const isDown = new Set(
      [...touched].filter((s) => (services.get(s) ?? []).every((w) => lostIds.has(w.id))),
    );
    const deps = new Set<string>();
    for (const l of plan.links) {
      const a = byId.get(l.from);
      const b = byId.get(l.to);
      if (a && b && isWorkload(a) && isWorkload(b) && serviceOf(a) !== serviceOf(b))
        deps.add(`${serviceOf(a)}\u0000${serviceOf(b)}`);
    }
    for (let changed = true; changed;) {
      changed = false;
      for (const d of deps) {
        const [from, to] = d.split('\u0000') as [string, string];
        if (isDown.has(to) && !isDown.has(from)) {
          isDown.add(from);
          changed = true;
        }
      }
    }
    return {
      down: sorted(down),
      lost: sorted(lostIds),
      recovered: sorted(recovered),
      servicesDown: sorted(isDown),
      servicesDegraded: sorted([...touched].filter((s) => !isDown.has(s))),
    };
  }

  return { fail, restart, subtree, workloads, isWorkload, free };
}
