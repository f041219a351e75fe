/**
 * Plain-object plan builders for tests: each node gets the SPEC §2 defaults, overridable per
 * field. Names default to the id so messages are easy to assert.
 */
import type {
  ContainerNode,
  HypervisorNode,
  Link,
  Plan,
  PlanNode,
  RuntimeNode,
  ServerNode,
  Settings,
  SiteNode,
  VmNode,
} from '../model';
import { DEFAULT_SETTINGS } from '../model';

type Extra<T> = Partial<Omit<T, 'id' | 'kind' | 'parentId'>>;

export function site(id: string, fields: Extra<SiteNode> = {}): SiteNode {
  return { id, kind: 'site', parentId: null, name: id, role: 'primary', ...fields };
}

export function server(
  id: string,
  parentId: string | null,
  fields: Extra<ServerNode> = {},
): ServerNode {
  return {
    id,
    kind: 'server',
    parentId,
    name: id,
    cpuCores: 32,
    ramGiB: 256,
    os: null,
    workload: null,
    service: null,
    ...fields,
  };
}

export function hypervisor(
  id: string,
  parentId: string | null,
  fields: Extra<HypervisorNode> = {},
): HypervisorNode {
  return {
    id,
    kind: 'hypervisor',
    parentId,
    name: id,
    product: 'VMware ESXi',
    hypervisorType: 1,
    cluster: null,
    reservedCpuCores: 0,
    reservedRamGiB: 0,
    ...fields,
  };
}

export function vm(id: string, parentId: string | null, fields: Extra<VmNode> = {}): VmNode {
  return {
    id,
    kind: 'vm',
    parentId,
    name: id,
    vcpu: 2,
    ramGiB: 8,
    os: LINUX,
    workload: null,
    service: null,
    ...fields,
  };
}

export function runtime(
  id: string,
  parentId: string | null,
  fields: Extra<RuntimeNode> = {},
): RuntimeNode {
  return {
    id,
    kind: 'runtime',
    parentId,
    name: id,
    engine: 'Docker',
    isolation: 'shared-kernel',
    ...fields,
  };
}

export function container(
  id: string,
  parentId: string | null,
  fields: Extra<ContainerNode> = {},
): ContainerNode {
  return {
    id,
    kind: 'container',
    parentId,
    name: id,
    image: '',
    cpu: 0.5,
    ramGiB: 0.5,
    osFamily: 'linux',
    workload: null,
    service: null,
    ...fields,
  };
}

export const LINUX = { family: 'linux', name: 'Ubuntu', version: '24.04' } as const;
export const WINDOWS = { family: 'windows', name: 'Windows Server', version: '2022' } as const;

/** Links given as [from, to] pairs get ids l1, l2, … */
export function plan(
  nodes: readonly PlanNode[],
  links: readonly (Link | readonly [string, string])[] = [],
  settings: Partial<Settings> = {},
): Plan {
  return {
    format: 'strata-plan',
    version: 1,
    name: 'Test plan',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    nodes,
    links: links.map((l, i) => ('id' in l ? l : { id: `l${i + 1}`, from: l[0], to: l[1] })),
  };
}

/** The plan with node `id` replaced by `change` of it (every other node object kept). */
export function withNode(p: Plan, id: string, change: (node: PlanNode) => PlanNode): Plan {
  return { ...p, nodes: p.nodes.map((n) => (n.id === id ? change(n) : n)) };
}
