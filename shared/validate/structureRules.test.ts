import { describe, expect, it } from 'vitest';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
  LINUX,
  WINDOWS,
} from '../test-support/planBuilder';
import { issuesOf, messagesOf } from '../test-support/issues';

describe('placement', () => {
  it('is raised for each node under a parent of a kind it may not sit in', () => {
    const p = plan([
      site('site'),
      server('s', 'site'),
      vm('stray', 's'), // a VM goes in a hypervisor
      hypervisor('floating', null), // a hypervisor goes in a server
      server('nested', 'site'),
      site('inner', { role: 'primary' }),
    ]);
    expect(issuesOf(p, 'placement')).toEqual([
      ['floating', 'error'],
      ['stray', 'error'],
    ]);
    expect(messagesOf(p, 'placement')).toContain(
      'VM "stray" sits inside server "s", but it belongs inside a hypervisor — move it there.',
    );
    expect(messagesOf(p, 'placement')[0]).toMatch(/^Hypervisor "floating" sits on the bare canvas/);
  });

  it('is not raised for a well-placed plan', () => {
    const p = plan([
      site('site'),
      server('s', 'site', { os: LINUX }),
      runtime('r', 's'),
      container('c', 'r'),
      server('t', null),
      hypervisor('h', 't'),
      vm('v', 'h'),
      runtime('rv', 'v'),
      container('cv', 'rv'),
    ]);
    expect(issuesOf(p, 'placement')).toEqual([]);
  });
});

describe('one-hypervisor and one-runtime', () => {
  it('flag the second and later hypervisor or runtime of a host, in plan order', () => {
    const p = plan([
      server('s', null, { name: 'esx-01', os: LINUX }),
      hypervisor('hv-b', 's', { name: 'hv-1', hypervisorType: 2, product: 'Oracle VirtualBox' }),
      hypervisor('hv-a', 's', { name: 'hv-2', hypervisorType: 2, product: 'Oracle VirtualBox' }),
      hypervisor('hv-c', 's', { name: 'hv-3', hypervisorType: 2, product: 'Oracle VirtualBox' }),
      vm('v', 'hv-b'),
      runtime('r1', 'v'),
      runtime('r2', 'v'),
    ]);
    expect(issuesOf(p, 'one-hypervisor')).toEqual([
      ['hv-a', 'error'],
      ['hv-c', 'error'],
    ]);
    expect(messagesOf(p, 'one-hypervisor')[0]).toBe(
      'Server "esx-01" holds 3 hypervisors; a server runs one hypervisor — move "hv-2" to another server or delete it.',
    );
    expect(issuesOf(p, 'one-runtime')).toEqual([['r2', 'error']]);
  });

  it('are not raised for one of each', () => {
    const p = plan([server('s', null), hypervisor('h', 's'), vm('v', 'h'), runtime('r', 'v')]);
    expect(issuesOf(p, 'one-hypervisor')).toEqual([]);
    expect(issuesOf(p, 'one-runtime')).toEqual([]);
  });
});

describe('bare-metal-conflict', () => {
  it('is raised on a runtime beside a type-1 hypervisor on a server without host OS', () => {
    const p = plan([server('s', null), hypervisor('esxi', 's'), runtime('docker', 's')]);
    expect(issuesOf(p, 'bare-metal-conflict')).toEqual([['docker', 'error']]);
    expect(messagesOf(p, 'bare-metal-conflict')[0]).toContain('move the runtime into a VM');
  });

  it('is not raised when the type-1 hypervisor runs on a host OS (LXC beside Proxmox VE)', () => {
    const p = plan([
      server('pve', null, { os: LINUX }),
      hypervisor('proxmox', 'pve', { product: 'Proxmox VE' }),
      runtime('lxc', 'pve', { engine: 'LXC' }),
      container('ct', 'lxc'),
    ]);
    expect(issuesOf(p, 'bare-metal-conflict')).toEqual([]);
    expect(issuesOf(p, 'host-os-required')).toEqual([]);
  });

  it('is not raised for Windows containers beside Hyper-V on Windows Server', () => {
    const p = plan([
      server('hv', null, { os: WINDOWS }),
      hypervisor('hyperv', 'hv', { product: 'Microsoft Hyper-V' }),
      runtime('wsc', 'hv', { engine: 'Windows Server Containers' }),
      container('iis', 'wsc', { osFamily: 'windows' }),
    ]);
    expect(issuesOf(p, 'bare-metal-conflict')).toEqual([]);
    expect(issuesOf(p, 'kernel-mismatch')).toEqual([]);
  });

  it('is not raised beside a type-2 hypervisor', () => {
    const p = plan([
      server('s', null, { os: LINUX }),
      hypervisor('vbox', 's', { product: 'Oracle VirtualBox', hypervisorType: 2 }),
      runtime('docker', 's'),
    ]);
    expect(issuesOf(p, 'bare-metal-conflict')).toEqual([]);
  });
});

describe('host-os-required', () => {
  it('is raised for a type-2 hypervisor or a runtime on a server without OS', () => {
    const p = plan([
      server('s1', null),
      hypervisor('vbox', 's1', { product: 'Oracle VirtualBox', hypervisorType: 2 }),
      server('s2', null),
      runtime('docker', 's2'),
    ]);
    expect(issuesOf(p, 'host-os-required')).toEqual([
      ['docker', 'error'],
      ['vbox', 'error'],
    ]);
    expect(messagesOf(p, 'host-os-required')[0]).toContain('server "s2" has no OS');
  });

  it('is not raised for a type-1 hypervisor, or when the server has an OS', () => {
    const p = plan([
      server('s1', null),
      hypervisor('esxi', 's1'),
      server('s2', null, { os: LINUX }),
      runtime('docker', 's2'),
    ]);
    expect(issuesOf(p, 'host-os-required')).toEqual([]);
  });
});

describe('kernel-mismatch', () => {
  it('is raised when a container needs another kernel than a shared-kernel runtime offers', () => {
    const p = plan([
      server('s', null),
      hypervisor('h', 's'),
      vm('win', 'h', { os: WINDOWS }),
      runtime('r', 'win', { engine: 'Windows Server Containers' }),
      container('linux-app', 'r', { osFamily: 'linux' }),
      container('win-app', 'r', { osFamily: 'windows' }),
    ]);
    expect(issuesOf(p, 'kernel-mismatch')).toEqual([['linux-app', 'error']]);
    expect(messagesOf(p, 'kernel-mismatch')[0]).toContain('shares the windows kernel of VM "win"');
  });

  it('is not raised under VM isolation, nor when the host has no OS (host-os-required covers it)', () => {
    const p = plan([
      server('s', null, { os: WINDOWS }),
      runtime('hv', 's', { engine: 'Hyper-V Containers', isolation: 'vm' }),
      container('linux-app', 'hv', { osFamily: 'linux' }),
      server('bare', null),
      runtime('r', 'bare'),
      container('win-app', 'r', { osFamily: 'windows' }),
    ]);
    expect(issuesOf(p, 'kernel-mismatch')).toEqual([]);
    expect(issuesOf(p, 'host-os-required')).toEqual([['r', 'error']]);
  });
});
