/**
 * A small arbitrary of plan documents for the command line's property tests: any mix of kinds,
 * parents usually of an allowed kind (sometimes not: such plans load and show issues), random
 * services, clusters and links. Every document it makes loads.
 */
import fc from 'fast-check';
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { NodeKind } from '../../shared/model/nodes';
import { OS_FAMILIES } from '../../shared/model/os';

const ALLOWED_PARENTS: Readonly<Record<NodeKind, readonly NodeKind[]>> = {
  site: [],
  server: ['site'],
  hypervisor: ['server'],
  vm: ['hypervisor'],
  runtime: ['server', 'vm'],
  container: ['runtime'],
};

const osArb = fc.record({
  family: fc.constantFrom(...OS_FAMILIES),
  name: fc.constantFrom('Ubuntu', 'Windows Server', 'AIX'),
  version: fc.constantFrom('24.04', '2022', '7.3'),
});
const serviceArb = fc.option(fc.constantFrom('erp', 'web', 'db'), { nil: null });
const workloadArb = fc.option(fc.constantFrom('app', ''), { nil: null });

const fieldsByKind: { readonly [K in NodeKind]: fc.Arbitrary<Record<string, unknown>> } = {
  site: fc.record({ role: fc.constantFrom('primary', 'secondary') }),
  server: fc.record({
    cpuCores: fc.integer({ min: 1, max: 64 }),
    ramGiB: fc.integer({ min: 1, max: 512 }),
    os: fc.option(osArb, { nil: null }),
    workload: workloadArb,
    service: serviceArb,
  }),
  hypervisor: fc.record({
    product: fc.constantFrom(...HYPERVISOR_PRODUCTS.map((p) => p.product)),
    cluster: fc.option(fc.constantFrom('prod', 'dr'), { nil: null }),
    reservedCpuCores: fc.nat(4),
    reservedRamGiB: fc.nat(16),
  }),
  vm: fc.record({
    vcpu: fc.integer({ min: 1, max: 16 }),
    ramGiB: fc.integer({ min: 1, max: 128 }),
    os: osArb,
    workload: workloadArb,
    service: serviceArb,
  }),
  runtime: fc.record({ engine: fc.constantFrom(...RUNTIME_ENGINES.map((e) => e.engine)) }),
  container: fc.record({
    image: fc.constantFrom('', 'nginx:1.27', 'postgres:16'),
    cpu: fc.constantFrom(0.25, 0.5, 2),
    ramGiB: fc.constantFrom(0.5, 1, 8),
    osFamily: fc.constantFrom('linux', 'windows'),
    workload: workloadArb,
    service: serviceArb,
  }),
};

const kindArb = fc.constantFrom<NodeKind>(
  'site',
  'server',
  'server',
  'hypervisor',
  'hypervisor',
  'vm',
  'vm',
  'vm',
  'runtime',
  'container',
  'container',
  'container',
);

const nodeSpecArb = kindArb.chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    fields: fieldsByKind[kind],
    parentPick: fc.option(fc.nat(), { nil: null }),
    anyParent: fc.boolean(),
  }),
);

/** A `.strata` document (a plain object, ready for JSON.stringify) that loads. */
export const arbitraryPlanDocument: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    specs: fc.array(nodeSpecArb, { maxLength: 24 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
    cpuOvercommitLimit: fc.constantFrom(1, 4),
    chaos: fc.nat(9),
  })
  .map(({ specs, links, cpuOvercommitLimit, chaos }) => {
    const nodes: Record<string, unknown>[] = [];
    const kinds: NodeKind[] = [];
    specs.forEach((spec, i) => {
      const allowed = kinds
        .map((k, j) => ({ k, j }))
        .filter(({ k }) => ALLOWED_PARENTS[spec.kind].includes(k));
      // One plan in ten may put nodes under any earlier node: such plans load and carry issues.
      const pool = chaos === 0 && spec.anyParent ? kinds.map((k, j) => ({ k, j })) : allowed;
      const pick =
        spec.parentPick === null || pool.length === 0 ? null : pool[spec.parentPick % pool.length];
      nodes.push({
        id: `n${i}`,
        kind: spec.kind,
        parentId: pick ? `n${pick.j}` : null,
        name: `${spec.kind} ${i}`,
        ...spec.fields,
      });
      kinds.push(spec.kind);
    });
    const linkList =
      nodes.length === 0
        ? []
        : links.map(([from, to], i) => ({
            id: `l${i}`,
            from: `n${from % nodes.length}`,
            to: `n${to % nodes.length}`,
          }));
    return {
      format: 'strata-plan',
      version: 1,
      name: 'Random plan',
      settings: { cpuOvercommitLimit },
      nodes,
      links: linkList,
    };
  });
