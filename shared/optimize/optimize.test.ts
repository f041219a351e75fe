import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
} from '../test-support/planBuilder';
import { optimize } from './optimize';
import type { OptimizeOptions, OptimizeResult, Progress } from './types';
import { verifyProposal } from './verify';

const host = { cpuCores: 16, ramGiB: 128, product: 'VMware ESXi', hostOs: null };
const options = (more: Partial<OptimizeOptions> = {}): OptimizeOptions => ({
  scope: [],
  host,
  ha: 1,
  ...more,
});

async function run(p: Plan, o: OptimizeOptions): Promise<OptimizeResult> {
  const outcome = await optimize(p, o);
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(verifyProposal(p, o, outcome.result)).toEqual([]);
  return outcome.result;
}

const parentOf = (p: Plan, id: string): string | null | undefined =>
  p.nodes.find((n) => n.id === id)?.parentId;

/** Two old hosts of 4 small VMs each (32 GiB): 8 × 32 = 256 GiB. */
const twoHosts = plan([
  server('s1', null),
  hypervisor('h1', 's1', { cluster: 'old' }),
  ...[1, 2, 3, 4].map((i) => vm(`a${i}`, 'h1', { ramGiB: 32 })),
  server('s2', null),
  hypervisor('h2', 's2', { cluster: 'old' }),
  ...[1, 2, 3, 4].map((i) => vm(`b${i}`, 'h2', { ramGiB: 32 })),
]);

describe('optimize', () => {
  it('packs onto the fewest hosts the engine says survive k failures, and proves it', async () => {
    // 256 GiB on hosts of 128: 2 hosts, + 1 for HA N+1.
    const result = await run(twoHosts, options());
    expect(result).toMatchObject({ hosts: 3, lowerBound: 3, gap: 0, proven: true, moved: 8 });
    expect(result.retired).toBe(2);
    expect(result.groups[0]).toMatchObject({ cluster: 'consolidated', tolerates: 1 });
    expect(result.plan.nodes.some((n) => n.id === 's1' || n.id === 'h1')).toBe(false);
  });

  it('needs no spare host without HA, and fills only the headroom', async () => {
    expect((await run(twoHosts, options({ ha: 0 }))).hosts).toBe(2);
    // 75 % of 128 GiB = 96: three 32 GiB VMs a host.
    expect((await run(twoHosts, options({ ha: 0, headroom: 0.75 }))).hosts).toBe(3);
  });

  it('turns bare-metal workloads into VMs of the same id, OS, workload and service (P2V)', async () => {
    const p = plan(
      [
        server('web', null, {
          cpuCores: 8,
          ramGiB: 32,
          os: { family: 'windows', name: 'Windows Server', version: '2022' },
          workload: 'IIS',
          service: 'shop',
        }),
        server('db', null, { cpuCores: 16, ramGiB: 64, workload: 'Postgres', service: 'shop-db' }),
        server('idle', null),
      ],
      [['web', 'db']],
    );
    const result = await run(p, options({ p2v: true, p2vSize: 0.5 }));
    expect(result).toMatchObject({ p2v: 2, moved: 0, retired: 2 });
    const web = result.plan.nodes.find((n) => n.id === 'web');
    expect(web).toMatchObject({
      kind: 'vm',
      vcpu: 4,
      ramGiB: 16,
      workload: 'IIS',
      service: 'shop',
    });
    expect(web?.kind === 'vm' && web.os.family).toBe('windows');
    expect(result.plan.links).toEqual(p.links);
    // A server with no workload is not a P2V candidate and stays.
    expect(parentOf(result.plan, 'idle')).toBeNull();
    expect((await optimize(p, options())).ok).toBe(false);
  });

  it('moves a VM with its runtime and containers', async () => {
    const p = plan([
      server('s1', null),
      hypervisor('h1', 's1'),
      vm('k8s', 'h1'),
      runtime('rt', 'k8s'),
      container('c1', 'rt'),
    ]);
    const result = await run(p, options({ ha: 0 }));
    expect(parentOf(result.plan, 'rt')).toBe('k8s');
    expect(parentOf(result.plan, 'c1')).toBe('rt');
    expect(parentOf(result.plan, 'k8s')).toBe('consolidated-h01-hv');
  });

  it('keeps the VMs of one service on distinct hosts', async () => {
    const p = plan([
      server('s1', null),
      hypervisor('h1', 's1'),
      ...['x', 'y', 'z'].map((id) => vm(id, 'h1', { vcpu: 1, ramGiB: 1, service: 'api' })),
    ]);
    const result = await run(p, options({ ha: 0 }));
    expect(result).toMatchObject({ hosts: 3, lowerBound: 3, proven: true });
    expect(new Set(['x', 'y', 'z'].map((id) => parentOf(result.plan, id))).size).toBe(3);
  });

  it('packs each site into itself: a DR site never into a primary one', async () => {
    const p = plan([
      site('pri'),
      site('dr', { role: 'secondary' }),
      server('s1', 'pri'),
      hypervisor('h1', 's1', { cluster: 'a' }),
      vm('v1', 'h1'),
      server('s2', 'dr'),
      hypervisor('h2', 's2', { cluster: 'b' }),
      vm('v2', 'h2'),
    ]);
    const result = await run(p, options({ ha: 0 }));
    expect(result.groups.map((g) => [g.cluster, g.site])).toEqual([
      ['consolidated-pri', 'pri'],
      ['consolidated-dr', 'dr'],
    ]);
    expect(parentOf(result.plan, 'consolidated-dr-h01')).toBe('dr');
    expect(parentOf(result.plan, 'v2')).toBe('consolidated-dr-h01-hv');
  });

  it('consolidates only the scope: one site or named clusters', async () => {
    const p = plan([
      site('pri'),
      server('s1', 'pri'),
      hypervisor('h1', 's1', { cluster: 'a' }),
      vm('v1', 'h1'),
      server('s2', null),
      hypervisor('h2', 's2', { cluster: 'b' }),
      vm('v2', 'h2'),
    ]);
    const bySite = await run(p, options({ ha: 0, scope: [{ kind: 'site', id: 'pri' }] }));
    expect(parentOf(bySite.plan, 'v2')).toBe('h2');
    expect(parentOf(bySite.plan, 'v1')).toBe('consolidated-h01-hv');
    const byCluster = await run(p, options({ ha: 0, scope: [{ kind: 'cluster', name: 'b' }] }));
    expect(parentOf(byCluster.plan, 'v1')).toBe('h1');
    expect(parentOf(byCluster.plan, 'v2')).toBe('consolidated-h01-hv');
    expect(await optimize(p, options({ scope: [{ kind: 'cluster', name: 'c' }] }))).toEqual({
      ok: false,
      reason: 'scope cluster:c: no such cluster (the plan has a, b)',
      message: { key: 'optimize.scope.noCluster', params: { name: 'c', names: 'a, b' } },
      about: 'plan',
    });
    expect(await optimize(p, options({ scope: [{ kind: 'site', id: 's1' }] }))).toEqual({
      ok: false,
      reason: 'scope site:s1: no site has this id',
      message: { key: 'optimize.scope.noSite', params: { id: 's1' } },
      about: 'plan',
    });
  });

  it('names a VM larger than a host of the model', async () => {
    const p = plan([server('s1', null), hypervisor('h1', 's1'), vm('big', 'h1', { ramGiB: 200 })]);
    const outcome = await optimize(p, options());
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(
      /^VM "big" \(big\) needs 2 vCPU and 200 GiB RAM; a host of the model holds at most 64 vCPU and 128 GiB/,
    );
  });

  it('refuses options it cannot use', async () => {
    const bad = async (o: Partial<OptimizeOptions>): Promise<string> => {
      const outcome = await optimize(twoHosts, options(o));
      return outcome.ok ? 'ok' : outcome.reason;
    };
    expect(await bad({ host: { ...host, product: 'Oracle VirtualBox' } })).toBe(
      'hypervisor: Oracle VirtualBox is a type-2 hypervisor and needs a host OS',
    );
    expect(await bad({ ha: -1 })).toMatch(/^HA:/);
    expect(await bad({ headroom: 1.5 })).toMatch(/^headroom:/);
    expect(await bad({ host: { ...host, cpuCores: 0 } })).toMatch(/^host cores:/);
    expect(await bad({ p2v: true, p2vSize: 0 })).toMatch(/^P2V size:/);
  });

  it('reports progress up to 1, and stops when cancelled', async () => {
    const seen: Progress[] = [];
    await optimize(twoHosts, options(), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toMatchObject({ phase: 'plan', done: 1, hosts: 3 });
    expect(seen.every((p, i) => i === 0 || p.done >= (seen[i - 1] as Progress).done)).toBe(true);
    const signal = { aborted: false };
    const outcome = await optimize(twoHosts, options(), {
      signal,
      pause: async () => {
        signal.aborted = true;
      },
    });
    expect(outcome).toEqual({ ok: false, reason: 'cancelled', about: 'plan', cancelled: true });
  });

  it('asks the exact solver on small groups and proves a bound by its infeasibility', async () => {
    // Six 48 GiB VMs with 128 GiB hosts and no HA: volume bound 3 (288 / 128), but two fit a host.
    const p = plan([
      server('s1', null),
      hypervisor('h1', 's1'),
      ...[1, 2, 3, 4, 5, 6].map((i) => vm(`v${i}`, 'h1', { ramGiB: 48 })),
    ]);
    const heuristic = await run(p, options({ ha: 0 }));
    expect(heuristic).toMatchObject({ hosts: 3, lowerBound: 3, proven: true });
    // Seven: bound 3 (336 / 128), but only two fit a host, so 4 — the solver proves 3 infeasible.
    const seven = plan([...p.nodes, vm('v7', 'h1', { ramGiB: 48 })]);
    const asked: string[] = [];
    const outcome = await optimize(seven, options({ ha: 0 }), {
      solveMip: async (lp) => {
        asked.push(lp);
        return { status: 'infeasible', values: new Map() };
      },
    });
    expect(outcome.ok && outcome.result).toMatchObject({ hosts: 4, lowerBound: 3, proven: true });
    expect(asked[0]).toContain('Binary');
    const unproven = await optimize(seven, options({ ha: 0 }));
    expect(unproven.ok && unproven.result.proven).toBe(false);
  });
});
