/**
 * The figures docs/cli.md and the README quote for examples/, worked out from SPEC §6 by hand,
 * so that the examples and their documentation cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../shared/load/loadPlan';
import { buildReport } from '../../shared/metrics/report';
import type { Plan } from '../../shared/model/plan';
import { loadDocument } from '../../shared/load/loadDocument';

function load(name: string): Plan {
  const loaded = loadPlan(readFileSync(`examples/${name}.strata`, 'utf8'));
  if (!loaded.ok) throw new Error(`${name}: ${loaded.error.message}`);
  return loaded.plan;
}

const NAMES = [
  '01-legacy-bare-metal',
  '02-esxi-ha-cluster',
  '03-kubernetes-containers',
  '04-mixed-dr-sites',
];

describe('examples', () => {
  it.each(NAMES)('%s places its top-level nodes and leaves children to the canvas', (name) => {
    for (const node of load(name).nodes) {
      if (node.parentId === null) expect(node.position, node.id).toBeDefined();
      else expect(node.position, node.id).toBeUndefined();
    }
  });

  it('01: eight servers, one application each', () => {
    const r = buildReport(load(NAMES[0] ?? ''));
    expect(r.consolidation).toMatchObject({
      servers: 8,
      workloads: 8,
      ratio: 1,
      serversSaved: 0,
      vms: 0,
    });
    // 5 Linux host OSes × 1 h + 3 Windows × 1.5 h = 9.5 h per cycle; × 12 = 114.
    expect(r.patching).toMatchObject({
      osInstances: 8,
      hostOs: 8,
      hoursPerCycle: 9.5,
      hoursPerYear: 114,
    });
    // web → api → db, crm → db, erp → db: the database server stops five services.
    expect(r.blastRadius.nodes.find((e) => e.id === 'srv-db')).toEqual({
      id: 'srv-db',
      lost: 1,
      recovered: 0,
      servicesDown: 5,
    });
    expect(r.ha.clusters).toEqual([]);
    expect(r.dr).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('02: the same applications as VMs on a three-host ESXi HA cluster', () => {
    const r = buildReport(load(NAMES[1] ?? ''));
    // 8 VM workloads on 3 servers; 8 − 3 = 5 servers saved.
    expect(r.consolidation).toMatchObject({
      servers: 3,
      workloads: 8,
      ratio: 8 / 3,
      serversSaved: 5,
      vms: 8,
      vmHosts: 3,
    });
    // 3 hypervisors × 2 h + 5 Linux guests × 0.5 h + 3 Windows guests × 1 h = 11.5 h; × 12 = 138.
    expect(r.patching).toMatchObject({
      hostOs: 0,
      hypervisors: 3,
      guestOs: 8,
      osInstances: 11,
      hoursPerCycle: 11.5,
      hoursPerYear: 138,
    });
    // RAM demand 68 / 56 / 32 GiB of 128: one host's VMs fit on the other two, two hosts' do not.
    expect(r.ha.clusters).toEqual([{ name: 'prod', hosts: 3, vms: 8, toleratesHostFailures: 1 }]);
    expect(
      r.blastRadius.nodes.filter((e) => e.id.startsWith('esx-')).every((e) => e.lost === 0),
    ).toBe(true);
    expect(r.patching.downtimeHosts).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it('03: Linux applications as containers on Kubernetes nodes, with less to patch than 02', () => {
    const r = buildReport(load(NAMES[2] ?? ''));
    // 12 containers + 3 Windows VMs on 3 servers.
    expect(r.consolidation).toMatchObject({
      servers: 3,
      workloads: 15,
      ratio: 5,
      serversSaved: 12,
      containers: 12,
      containerHosts: 2,
    });
    // 3 × 2 + 2 Linux node guests × 0.5 + 3 Windows guests × 1 + 2 runtimes × 0.25 + 5 images × 0.1 = 11 h.
    expect(r.patching).toMatchObject({ osInstances: 8, runtimes: 2, images: 5, hoursPerYear: 132 });
    expect(r.patching.hoursPerCycle).toBeCloseTo(11, 10);
    expect(r.patching.osInstances).toBeLessThan(
      buildReport(load(NAMES[1] ?? '')).patching.osInstances,
    );
    // k8s-node-1 holds 7 containers; an escape from mail, beside it on esx-01, reaches them all.
    expect(r.blastRadius.max).toEqual({ id: 'k8s-node-1', lost: 7, recovered: 0, servicesDown: 0 });
    expect(r.security).toEqual({
      maxExposure: 8,
      maxExposureWorkload: 'vm-mail',
      largestSharedKernel: 7,
    });
    expect(r.ha.clusters).toEqual([{ name: 'prod', hosts: 3, vms: 5, toleratesHostFailures: 1 }]);
    expect(r.issues).toEqual([]);
  });

  it('04: a primary and a DR site, a lab host and a bare-metal Docker host', () => {
    const r = buildReport(load(NAMES[3] ?? ''));
    expect(r.consolidation).toMatchObject({ servers: 6, workloads: 12, ratio: 2, serversSaved: 6 });
    // Host OS: 2 Linux × 1; 5 hypervisors × 2; guests 5 Linux × 0.5 + 4 Windows × 1; 1 runtime; 1 image.
    expect(r.patching).toMatchObject({ osInstances: 16, downtimeHosts: ['lab-01-vbox'] });
    expect(r.patching.hoursPerCycle).toBeCloseTo(18.85, 10);
    // Primary VMs: 32 vCPU, 152 GiB; DR hosts 2 × (16 cores × 4, 96 GiB) free: 128 vCPU, 192 GiB.
    expect(r.dr).toMatchObject({
      demandCpu: 32,
      demandRamGiB: 152,
      freeCpu: 128,
      freeRamGiB: 192,
      ready: true,
      unprotected: ['web-1', 'web-2', 'web-3'],
    });
    expect(r.dr?.coverage).toBeCloseTo(192 / 152, 10);
    expect(r.issues.map((i) => [i.severity, i.code, i.nodeId])).toEqual([
      ['warning', 'single-failure-domain', 'docker-01'],
    ]);
  });

  it('05: scenarios 1, 2 and 3 are examples 01, 02 and 03, with one id per application throughout', () => {
    const loaded = loadDocument(readFileSync('examples/05-consolidation-scenarios.strata', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { scenarios } = loaded.document;
    expect(scenarios.map((s) => s.name)).toEqual(['As is', 'Virtualized', 'Containerized']);
    scenarios.forEach((scenario, i) => {
      const mine = buildReport(scenario.plan);
      const theirs = buildReport(load(NAMES[i] ?? ''));
      // The same layouts: every figure but the ids the applications are known by.
      expect(mine.consolidation.servers).toBe(theirs.consolidation.servers);
      expect(mine.consolidation.workloads).toBe(theirs.consolidation.workloads);
      expect(mine.consolidation.totals).toEqual(theirs.consolidation.totals);
      expect(mine.patching).toEqual(theirs.patching);
      expect(mine.ha).toEqual(theirs.ha);
      expect(mine.security.maxExposure).toBe(theirs.security.maxExposure);
      expect(mine.blastRadius.max?.lost).toBe(theirs.blastRadius.max?.lost);
      expect(mine.issues.length).toBe(theirs.issues.length);
      for (const app of ['erp', 'crm', 'web', 'api', 'db', 'mail', 'files', 'monitoring'])
        expect(scenario.plan.nodes.some((n) => n.id === app)).toBe(true);
    });
  });
});
