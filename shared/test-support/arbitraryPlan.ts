/**
 * Random, structurally sensible plans for property tests: sites, servers (some bare-metal
 * workloads), hypervisors in a few clusters, VMs (some hosting a runtime), runtimes on VMs and on
 * servers with an OS, containers, services shared by several workloads, and dependency links.
 * Sizes come from small sets so ties in RAM and capacity happen often.
 */
import fc from 'fast-check';
import type { Link, Plan, PlanNode } from '../model';
import {
  container,
  hypervisor,
  LINUX,
  plan,
  runtime,
  server,
  site,
  vm,
  WINDOWS,
} from './planBuilder';

const service = fc.constantFrom(null, null, 'web', 'db', 'api', 'cache');
const cluster = fc.constantFrom(null, 'a', 'a', 'a', 'b');

const containerSpec = fc.record({
  cpu: fc.constantFrom(0.5, 1, 2),
  ram: fc.constantFrom(0.5, 1, 4),
  service,
});
const runtimeSpec = fc.record({
  isolation: fc.constantFrom('shared-kernel', 'shared-kernel', 'vm') as fc.Arbitrary<
    'shared-kernel' | 'vm'
  >,
  containers: fc.array(containerSpec, { maxLength: 3 }),
});
const vmSpec = fc.record({
  vcpu: fc.constantFrom(1, 2, 4, 8),
  ram: fc.constantFrom(4, 8, 8, 16, 32),
  service,
  runtime: fc.option(runtimeSpec, { freq: 3 }),
});
const serverSpec = fc.record({
  site: fc.nat(3),
  cores: fc.constantFrom(4, 8, 16),
  ram: fc.constantFrom(32, 64, 64, 128),
  windows: fc.boolean(),
  host: fc.oneof(
    fc.record({
      kind: fc.constant('hypervisor' as const),
      cluster,
      reserved: fc.constantFrom(0, 0, 4),
      vms: fc.array(vmSpec, { maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('runtime' as const), runtime: runtimeSpec }),
    fc.record({ kind: fc.constant('bare' as const), workload: fc.boolean(), service }),
  ),
});

export const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    sites: fc.array(fc.boolean(), { maxLength: 2 }),
    servers: fc.array(serverSpec, { minLength: 1, maxLength: 8 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
  })
  .map(({ sites, servers, links }) => {
    const nodes: PlanNode[] = sites.map((secondary, i) =>
      site(`site${i}`, { role: secondary ? 'secondary' : 'primary' }),
    );
    const workloads: string[] = [];
    let next = 0;
    const id = (prefix: string): string => `${prefix}${next++}`;
    const addRuntime = (parentId: string, spec: RuntimeSpec): void => {
      const rt = id('rt');
      nodes.push(runtime(rt, parentId, { isolation: spec.isolation }));
      for (const c of spec.containers) {
        const cid = id('c');
        nodes.push(container(cid, rt, { cpu: c.cpu, ramGiB: c.ram, service: c.service }));
        workloads.push(cid);
      }
    };
    for (const s of servers) {
      const sid = id('s');
      const parentId = sites.length > 0 && s.site < sites.length ? `site${s.site}` : null;
      const os = s.host.kind === 'hypervisor' ? null : s.windows ? WINDOWS : LINUX;
      const bare = s.host.kind === 'bare' && s.host.workload;
      nodes.push(
        server(sid, parentId, {
          cpuCores: s.cores,
          ramGiB: s.ram,
          os,
          workload: bare ? 'app' : null,
          service: s.host.kind === 'bare' ? s.host.service : null,
        }),
      );
      if (bare) workloads.push(sid);
      if (s.host.kind === 'runtime') addRuntime(sid, s.host.runtime);
      if (s.host.kind !== 'hypervisor') continue;
      const hid = id('h');
      nodes.push(
        hypervisor(hid, sid, { cluster: s.host.cluster, reservedRamGiB: s.host.reserved }),
      );
      for (const v of s.host.vms) {
        const vid = id('v');
        nodes.push(
          vm(vid, hid, {
            vcpu: v.vcpu,
            ramGiB: v.ram,
            service: v.service,
            os: s.windows ? WINDOWS : LINUX,
          }),
        );
        if (v.runtime) addRuntime(vid, v.runtime);
        else workloads.push(vid);
      }
    }
    const linkList: Link[] = [];
    if (workloads.length > 0) {
      links.forEach(([a, b], i) => {
        linkList.push({
          id: `l${i}`,
          from: workloads[a % workloads.length] as string,
          to: workloads[b % workloads.length] as string,
        });
      });
    }
    return plan(nodes, linkList);
  });

type RuntimeSpec = {
  readonly isolation: 'shared-kernel' | 'vm';
  readonly containers: readonly { cpu: number; ram: number; service: string | null }[];
};
