/** Fresh ids and names for new and pasted nodes: short, readable and never reused in the plan. */
import type { NodeKind } from '../model/nodes';
import type { Plan } from '../model/plan';

export const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  site: 'site',
  server: 'srv',
  hypervisor: 'hv',
  vm: 'vm',
  runtime: 'rt',
  container: 'ct',
};

export interface IdFactory {
  nodeId(kind: NodeKind): string;
  linkId(): string;
  /** `name` if unused, else the same name with the next free number ("web-01" → "web-02"). */
  nodeName(name: string): string;
}

export function idFactory(plan: Plan): IdFactory {
  const used = new Set<string>();
  for (const node of plan.nodes) used.add(node.id);
  for (const link of plan.links) used.add(link.id);
  const names = new Set(plan.nodes.map((n) => n.name));
  const counters = new Map<string, number>();
  const next = (prefix: string): string => {
    let n = counters.get(prefix) ?? 1;
    while (used.has(`${prefix}-${n}`)) n += 1;
    counters.set(prefix, n + 1);
    const id = `${prefix}-${n}`;
    used.add(id);
    return id;
  };
  return {
    nodeId: (kind) => next(ID_PREFIX[kind]),
    linkId: () => next('link'),
    nodeName: (name) => {
      let candidate = name;
      if (names.has(candidate)) {
        const match = /^(.*?)(\d+)$/.exec(name);
        const stem = match ? (match[1] ?? '') : `${name} `;
        const digits = match ? (match[2] ?? '').length : 1;
        let n = match ? Number(match[2]) + 1 : 2;
        do {
          candidate = `${stem}${String(n).padStart(digits, '0')}`;
          n += 1;
        } while (names.has(candidate));
      }
      names.add(candidate);
      return candidate;
    },
  };
}
