/**
 * A small plan whose every figure is worked out by hand in the tests.
 *
 *   siteA ─ s1 (8 cores, 64 GiB) ─ h1 [prod] ─ v1 (4 vCPU, 32 GiB, web), v2 (2, 16, db)
 *         └ s2 (8, 64)           ─ h2 [prod] ─ v3 (4, 24, web)
 *   s3 (8, 48)                   ─ h3 [prod] ─ v4 (8, 16, api)
 *   s4 (16, 64, Windows)         ─ h4 [none] ─ v5 (2, 8, batch, Windows)
 *                                            └ v6 (2, 8) ─ rt6 (Docker) ─ c1 (api), c2 (batch)
 *   links: v4 → v2 (api depends on db), v1 → v4 (web → api), v5 → v3 (batch → web)
 */
import type { Plan } from '../model';
import { container, hypervisor, plan, runtime, server, site, vm, WINDOWS } from './planBuilder';

export const rackPlan: Plan = plan(
  [
    site('siteA'),
    server('s1', 'siteA', { cpuCores: 8, ramGiB: 64 }),
    hypervisor('h1', 's1', { cluster: 'prod' }),
    vm('v1', 'h1', { vcpu: 4, ramGiB: 32, service: 'web' }),
    vm('v2', 'h1', { vcpu: 2, ramGiB: 16, service: 'db' }),
    server('s2', 'siteA', { cpuCores: 8, ramGiB: 64 }),
    hypervisor('h2', 's2', { cluster: 'prod' }),
    vm('v3', 'h2', { vcpu: 4, ramGiB: 24, service: 'web' }),
    server('s3', null, { cpuCores: 8, ramGiB: 48 }),
    hypervisor('h3', 's3', { cluster: 'prod' }),
    vm('v4', 'h3', { vcpu: 8, ramGiB: 16, service: 'api' }),
    server('s4', null, { cpuCores: 16, ramGiB: 64, os: WINDOWS }),
    hypervisor('h4', 's4'),
    vm('v5', 'h4', { vcpu: 2, ramGiB: 8, service: 'batch', os: WINDOWS }),
    vm('v6', 'h4', { vcpu: 2, ramGiB: 8 }),
    runtime('rt6', 'v6'),
    container('c1', 'rt6', { image: 'nginx', service: 'api' }),
    container('c2', 'rt6', { image: 'nginx', service: 'batch' }),
  ],
  [
    ['v4', 'v2'],
    ['v1', 'v4'],
    ['v5', 'v3'],
  ],
);
