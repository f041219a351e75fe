import type { NodeKind } from './nodes';

/** Small integer per kind, so hot loops test a typed array instead of a property of a mixed-shape object. */
export const KIND_CODE = {
  site: 0,
  server: 1,
  hypervisor: 2,
  vm: 3,
  runtime: 4,
  container: 5,
} as const satisfies Record<NodeKind, number>;

export const SITE = KIND_CODE.site;
export const SERVER = KIND_CODE.server;
export const HYPERVISOR = KIND_CODE.hypervisor;
export const VM = KIND_CODE.vm;
export const RUNTIME = KIND_CODE.runtime;
export const CONTAINER = KIND_CODE.container;
