/**
 * The six kinds of node in a plan (SPEC §2), as a readonly union keyed on `kind`.
 * Loaded nodes always carry every field of their kind: the loader fills the defaults.
 */
import type { Isolation } from './catalog';
import type { Os, OsFamily } from './os';

export const NODE_KINDS = ['site', 'server', 'hypervisor', 'vm', 'runtime', 'container'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

interface NodeBase<K extends NodeKind> {
  readonly id: string;
  readonly kind: K;
  /** Parent node's id, or null for a top-level node. */
  readonly parentId: string | null;
  readonly name: string;
  /** Position relative to the parent; missing positions are laid out by the canvas. */
  readonly position?: Point;
  readonly size?: Size;
  readonly notes?: string;
}

export type SiteRole = 'primary' | 'secondary';

export interface SiteNode extends NodeBase<'site'> {
  readonly role: SiteRole;
}

export interface ServerNode extends NodeBase<'server'> {
  readonly cpuCores: number;
  readonly ramGiB: number;
  /** The host OS; null for a server that runs only a type-1 hypervisor. */
  readonly os: Os | null;
  /** An application running directly on the server (a bare-metal workload). */
  readonly workload: string | null;
  readonly service: string | null;
}

export interface HypervisorNode extends NodeBase<'hypervisor'> {
  readonly product: string;
  readonly hypervisorType: 1 | 2;
  readonly cluster: string | null;
  readonly reservedCpuCores: number;
  readonly reservedRamGiB: number;
}

export interface VmNode extends NodeBase<'vm'> {
  readonly vcpu: number;
  readonly ramGiB: number;
  readonly os: Os;
  readonly workload: string | null;
  readonly service: string | null;
}

export interface RuntimeNode extends NodeBase<'runtime'> {
  readonly engine: string;
  readonly isolation: Isolation;
}

export type ContainerOsFamily = Extract<OsFamily, 'linux' | 'windows'>;

export interface ContainerNode extends NodeBase<'container'> {
  readonly image: string;
  readonly cpu: number;
  readonly ramGiB: number;
  readonly osFamily: ContainerOsFamily;
  readonly workload: string | null;
  readonly service: string | null;
}

export type PlanNode = SiteNode | ServerNode | HypervisorNode | VmNode | RuntimeNode | ContainerNode;

export type NodeOfKind<K extends NodeKind> = Extract<PlanNode, { kind: K }>;

export const KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  site: 'Site',
  server: 'Server',
  hypervisor: 'Hypervisor',
  vm: 'VM',
  runtime: 'Runtime',
  container: 'Container',
};

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}
