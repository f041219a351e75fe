import { describe, expect, it } from 'vitest';
import { validatePlan } from '../validate/validatePlan';
import { byName, failure, file, ofKind, ok } from './test-support/importHelpers';

const GiB = 1024 ** 3;

/** As `pvesh get /cluster/resources --output-format json` prints it (fields per the API viewer). */
const RESOURCES = [
  {
    id: 'node/pve1',
    type: 'node',
    node: 'pve1',
    status: 'online',
    maxcpu: 32,
    maxmem: 128 * GiB,
    cpu: 0.05,
    mem: 20 * GiB,
    maxdisk: 100 * GiB,
    disk: 5 * GiB,
    level: '',
    uptime: 86400,
    cgroup_mode: 2,
  },
  { id: 'node/pve2', type: 'node', node: 'pve2', status: 'online', maxcpu: 16, maxmem: 64 * GiB },
  {
    id: 'qemu/100',
    type: 'qemu',
    vmid: 100,
    name: 'web',
    node: 'pve1',
    status: 'running',
    maxcpu: 4,
    maxmem: 8 * GiB,
    template: 0,
    hastate: 'started',
    tags: 'prod;web',
  },
  {
    id: 'qemu/101',
    type: 'qemu',
    vmid: 101,
    name: 'batch',
    node: 'pve2',
    status: 'stopped',
    maxcpu: 2,
    maxmem: 4 * GiB,
  },
  {
    id: 'qemu/9000',
    type: 'qemu',
    vmid: 9000,
    name: 'debian-template',
    node: 'pve1',
    status: 'stopped',
    maxcpu: 1,
    maxmem: GiB,
    template: 1,
  },
  {
    id: 'lxc/200',
    type: 'lxc',
    vmid: 200,
    name: 'dns',
    node: 'pve1',
    status: 'running',
    maxcpu: 1,
    maxmem: 512 * 1024 ** 2,
  },
  {
    id: 'lxc/201',
    type: 'lxc',
    vmid: 201,
    name: 'proxy',
    node: 'pve1',
    status: 'running',
    maxcpu: 2,
    maxmem: GiB,
  },
  {
    id: 'lxc/202',
    type: 'lxc',
    vmid: 202,
    name: 'broken',
    node: 'pve2',
    status: 'running',
    maxcpu: 'two',
    maxmem: GiB,
  },
  {
    id: 'storage/pve1/local',
    type: 'storage',
    storage: 'local',
    node: 'pve1',
    status: 'available',
  },
  { id: 'sdn/pve1/localnetwork', type: 'sdn', sdn: 'localnetwork', node: 'pve1' },
  {
    id: 'qemu/300',
    type: 'qemu',
    vmid: 300,
    name: 'elsewhere',
    node: 'pve9',
    maxcpu: 1,
    maxmem: GiB,
  },
];

describe('Proxmox VE', () => {
  it('maps nodes, qemu VMs and LXC containers beside the hypervisor', async () => {
    const r = await ok([file('resources.json', JSON.stringify(RESOURCES, null, 2))]);
    expect(r.formats).toEqual(['proxmox']);
    const pve1 = byName(r.plan, 'pve1');
    expect(pve1).toMatchObject({
      kind: 'server',
      cpuCores: 32,
      ramGiB: 128,
      os: { family: 'linux', name: 'Debian' },
    });
    const children = r.plan.nodes.filter((n) => n.parentId === pve1.id);
    expect(
      children.map((c) => [c.kind, 'product' in c ? c.product : 'engine' in c ? c.engine : '']),
    ).toEqual([
      ['hypervisor', 'Proxmox VE'],
      ['runtime', 'LXC'],
    ]);
    expect(byName(r.plan, 'web')).toMatchObject({ kind: 'vm', vcpu: 4, ramGiB: 8 });
    expect(byName(r.plan, 'dns')).toMatchObject({
      kind: 'container',
      cpu: 1,
      ramGiB: 0.5,
      osFamily: 'linux',
    });
    expect(ofKind(r.plan, 'hypervisor').every((h) => h.cluster === 'proxmox')).toBe(true);
    expect(r.included).toEqual({ poweredOff: 1 });
    expect(r.skipped).toEqual({ templates: 1, otherTypes: 2, invalid: 1, missingHost: 1 });
    expect(r.warnings).toEqual([
      {
        file: 'resources.json',
        row: 8,
        column: 'maxcpu',
        message: 'container "broken": maxcpu "two" is not a positive number — skipped',
      },
      {
        file: 'resources.json',
        row: 11,
        column: 'node',
        message: 'VM "elsewhere" is on node "pve9", which is not in the file — skipped',
      },
    ]);
    // SPEC §4 as changed: LXC beside Proxmox VE on its Debian is no conflict.
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('drops stopped guests when asked', async () => {
    const r = await ok([file('r.json', JSON.stringify(RESOURCES))], { skipPoweredOff: true });
    expect(r.skipped.poweredOff).toBe(1);
    expect(r.plan.nodes.some((n) => n.name === 'batch')).toBe(false);
  });

  it('refuses JSON that is no resource list when the format is forced', async () => {
    expect(await failure([file('r.json', '{"data": []}')], { format: 'proxmox' })).toMatch(
      /^r\.json: is not proxmox input/,
    );
  });
});
