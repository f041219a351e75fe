import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../model/defaults';
import { buildReport } from '../metrics/report';
import { absoluteBox, layoutPlan } from '../layout/planLayout';
import { planTree } from './planTree';
import { addNode } from './addNode';
import { addStarter } from './starters';
import { resolveOverlaps } from './resolveOverlaps';
import { addVmWithHost, needsHost } from './vmHost';

const LINUX_VM = {
  kind: 'vm' as const,
  fields: { vcpu: 2, ramGiB: 8, os: { family: 'linux', name: 'Ubuntu', version: '24.04' } },
};

describe('addVmWithHost', () => {
  it('offers a host only for a VM in a plan without any hypervisor', () => {
    const empty = emptyPlan('New plan');
    expect(needsHost(empty, 'vm')).toBe(true);
    expect(needsHost(empty, 'server')).toBe(false);
    const cluster = addStarter(empty, 'three-host-cluster');
    if (!cluster.ok) throw new Error(cluster.reason);
    expect(needsHost(cluster.plan, 'vm')).toBe(false);
    const bare = addNode(empty, { kind: 'server' }, null);
    if (!bare.ok) throw new Error(bare.reason);
    expect(needsHost(bare.plan, 'vm')).toBe(true);
  });

  it('makes a server, a hypervisor on it and the VM on that, in one edit, free of errors', () => {
    const plan = emptyPlan('New plan');
    const result = addVmWithHost(plan, LINUX_VM, null, { x: 120, y: 80 });
    if (!result.ok) throw new Error(result.reason);
    expect(plan.nodes).toHaveLength(0);
    const [vmId, hvId, serverId] = result.ids;
    const tree = planTree(result.plan);
    const vm = tree.byId.get(vmId ?? '');
    const hv = tree.byId.get(hvId ?? '');
    const server = tree.byId.get(serverId ?? '');
    expect(vm?.kind).toBe('vm');
    expect(vm?.parentId).toBe(hvId);
    expect(hv?.kind).toBe('hypervisor');
    expect(hv?.parentId).toBe(serverId);
    expect(server?.kind).toBe('server');
    expect(server?.parentId).toBeNull();
    expect(server && 'position' in server ? server.position : null).toEqual({ x: 120, y: 80 });
    expect(vm && 'vcpu' in vm ? vm.vcpu : null).toBe(2);
    expect(buildReport(result.plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('puts the server in a site when given one, and never on top of another card', () => {
    const site = addNode(emptyPlan('p'), { kind: 'site' }, null, { x: 0, y: 0 });
    if (!site.ok) throw new Error(site.reason);
    const siteId = site.ids[0] ?? '';
    const inSite = addVmWithHost(site.plan, LINUX_VM, siteId);
    if (!inSite.ok) throw new Error(inSite.reason);
    expect(planTree(inSite.plan).byId.get(inSite.ids[2] ?? '')?.parentId).toBe(siteId);

    // Dropped onto the site's spot on the canvas: the site moves aside, as after any edit.
    const onTop = addVmWithHost(site.plan, LINUX_VM, null, { x: 10, y: 10 });
    if (!onTop.ok) throw new Error(onTop.reason);
    const settled = resolveOverlaps(onTop.plan, onTop.ids, site.plan);
    const layout = layoutPlan(settled);
    const a = absoluteBox(layout, siteId);
    const b = absoluteBox(layout, onTop.ids[2] ?? '');
    if (!a || !b) throw new Error('no boxes');
    const overlap =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap).toBe(false);
  });

  it('refuses what the placement rules refuse, changing nothing', () => {
    const vm = addVmWithHost(emptyPlan('p'), LINUX_VM, null);
    if (!vm.ok) throw new Error(vm.reason);
    // A server cannot go inside a VM.
    const result = addVmWithHost(vm.plan, LINUX_VM, vm.ids[0] ?? '');
    expect(result.ok).toBe(false);
  });
});
