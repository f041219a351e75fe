import { describe, expect, it } from 'vitest';
import { validatePlan } from '../validate/validatePlan';
import { byName, failure, file, ofKind, ok } from './test-support/importHelpers';
import { PROXMOX_RESOURCES as RESOURCES } from './test-support/inventoryFixtures';

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
    expect(r.warnings).toMatchObject([
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
