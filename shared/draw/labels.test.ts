import { describe, expect, it } from 'vitest';
import { node } from '../test-support/plans';
import { langOf } from '../i18n/lang';
import { hostMeters, nodeDetails } from './labels';

describe('nodeDetails', () => {
  it('leads with each kind’s key figure', () => {
    expect(nodeDetails(node('site', 's', null, { role: 'secondary' }))).toEqual(['Secondary site']);
    expect(
      nodeDetails(
        node('server', 's', null, { cpuCores: 32, ramGiB: 256, os: null, workload: 'ERP' }),
      ),
    ).toEqual(['32 cores · 256 GiB · No host OS', 'Runs ERP']);
    expect(
      nodeDetails(
        node('hypervisor', 'h', 's', { product: 'KVM', hypervisorType: 1, cluster: 'prod' }),
      ),
    ).toEqual(['KVM · type 1', 'cluster prod']);
    expect(
      nodeDetails(
        node('vm', 'v', 'h', {
          vcpu: 4,
          ramGiB: 12.5,
          os: { family: 'linux', name: 'Debian', version: '12' },
          service: 'web',
        }),
      ),
    ).toEqual(['4 vCPU · 12.5 GiB', 'Debian 12', 'service web']);
    expect(
      nodeDetails(node('runtime', 'r', 'v', { engine: 'Docker', isolation: 'shared-kernel' })),
    ).toEqual(['Docker · Shared kernel']);
    expect(
      nodeDetails(
        node('container', 'c', 'r', { cpu: 0.5, ramGiB: 1, image: '', osFamily: 'windows' }),
      ),
    ).toEqual(['0.5 CPU · 1 GiB · Windows', 'No image']);
  });
});

describe('hostMeters', () => {
  it('measures demand against the overcommit limits, like the server card', () => {
    const usage = {
      id: 's',
      cpuDemand: 40,
      cpuCores: 16,
      cpuRatio: 2.5,
      ramDemand: 120,
      ramGiB: 128,
      ramUtilization: 120 / 128,
    };
    expect(hostMeters(usage, { cpu: 4, ram: 1 })).toEqual([
      { label: 'CPU', fill: 0.625, level: 'ok', text: '40 / 16 cores' },
      { label: 'RAM', fill: 120 / 128, level: 'high', text: '120 / 128 GiB' },
    ]);
    expect(hostMeters({ ...usage, cpuRatio: 5 }, { cpu: 4, ram: 1 })[0]?.level).toBe('over');
  });
});

describe('the detail lines in Chinese', () => {
  it('word each kind’s figures through the catalog, names and products as they are', () => {
    const zh = langOf('zh-CN');
    expect(nodeDetails(node('site', 's', null, { role: 'secondary' }), zh)).toEqual(['灾备站点']);
    expect(
      nodeDetails(
        node('server', 's', null, { cpuCores: 32, ramGiB: 256, os: null, workload: 'ERP' }),
        zh,
      ),
    ).toEqual(['32 核 · 256 GiB · 无宿主机操作系统', '运行 ERP']);
    expect(
      nodeDetails(
        node('hypervisor', 'h', 's', { product: 'KVM', hypervisorType: 1, cluster: '生产' }),
        zh,
      ),
    ).toEqual(['KVM · 1 型', '集群 生产']);
    expect(
      nodeDetails(node('runtime', 'r', 'v', { engine: 'Docker', isolation: 'shared-kernel' }), zh),
    ).toEqual(['Docker · 共享内核']);
  });
});
