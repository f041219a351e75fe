import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FailureResult, Report } from '../../shared/metrics/types';
import { formatReport, LISTED_ISSUES } from './formatReport';
import type { NodeLabel } from './labels';
import type { ReportDetails } from './reportDetails';
import { ANSI_STYLE } from './style';

/** A report shaped like examples/02 (three ESXi hosts of 16 cores / 128 GiB, eight VMs). */
function esxiReport(overrides: Partial<Report> = {}): Report {
  return {
    plan: { name: 'Three-host cluster', nodes: 14, links: 6 },
    consolidation: {
      servers: 3,
      workloads: 8,
      ratio: 8 / 3,
      serversSaved: 5,
      vms: 8,
      vmHosts: 3,
      vmsPerHost: 8 / 3,
      containers: 0,
      containerHosts: 0,
      containersPerHost: null,
      hosts: [
        {
          id: 'esx-01',
          cpuDemand: 10,
          cpuCores: 16,
          cpuRatio: 10 / 16,
          ramDemand: 68,
          ramGiB: 128,
          ramUtilization: 68 / 128,
        },
        {
          id: 'esx-02',
          cpuDemand: 14,
          cpuCores: 16,
          cpuRatio: 14 / 16,
          ramDemand: 56,
          ramGiB: 128,
          ramUtilization: 56 / 128,
        },
        {
          id: 'esx-03',
          cpuDemand: 10,
          cpuCores: 16,
          cpuRatio: 10 / 16,
          ramDemand: 32,
          ramGiB: 128,
          ramUtilization: 32 / 128,
        },
      ],
      totals: { cpuDemand: 34, cpuCores: 48, ramDemand: 156, ramGiB: 384 },
    },
    patching: {
      hostOs: 0,
      hypervisors: 3,
      guestOs: 8,
      osInstances: 11,
      runtimes: 0,
      images: 0,
      distinctOsVersions: 5,
      hoursPerCycle: 11.5,
      hoursPerYear: 138,
      downtimeHosts: [],
    },
    blastRadius: {
      nodes: [
        { id: 'esx-01', lost: 0, recovered: 2, servicesDown: 0 },
        { id: 'vm-api', lost: 1, recovered: 0, servicesDown: 2 },
        { id: 'vm-db', lost: 1, recovered: 0, servicesDown: 5 },
        { id: 'vm-web', lost: 1, recovered: 0, servicesDown: 1 },
      ],
      max: { id: 'vm-api', lost: 1, recovered: 0, servicesDown: 2 },
      singleFailureDomainServices: [],
    },
    security: { maxExposure: 3, maxExposureWorkload: 'vm-crm', largestSharedKernel: 0 },
    ha: { clusters: [{ name: 'prod', hosts: 3, vms: 8, toleratesHostFailures: 1 }] },
    dr: null,
    issues: [],
    ...overrides,
  };
}

const labels = new Map<string, NodeLabel>([
  ['esx-01', { name: 'esx-01', kind: 'server' }],
  ['vm-api', { name: 'api', kind: 'vm' }],
  ['vm-db', { name: 'db', kind: 'vm' }],
  ['vm-web', { name: 'web', kind: 'vm' }],
  ['vm-crm', { name: 'crm', kind: 'vm' }],
]);

const dbFailure: FailureResult = {
  nodeId: 'vm-db',
  down: [{ id: 'vm-db', name: 'db' }],
  lostWorkloads: [{ id: 'vm-db', name: 'db' }],
  recoveredWorkloads: [],
  servicesDown: ['api', 'crm', 'db', 'erp', 'web'],
  servicesDegraded: [],
};
const details: ReportDetails = { labels, failures: new Map([['vm-db', dbFailure]]) };

/** The text after a row's label: `valueOf(text, 'Ratio')`. */
function valueOf(text: string, label: string): string {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`  ${label} `) || l.startsWith(`${label} `));
  if (line === undefined) throw new Error(`no row "${label}" in\n${text}`);
  return line.slice(line.startsWith('  ') ? label.length + 2 : label.length).trim();
}

describe('formatReport', () => {
  const text = formatReport(esxiReport(), { details });

  it('leads with what a planner reads first, rounded for reading', () => {
    expect(valueOf(text, 'Plan')).toBe('Three-host cluster');
    expect(valueOf(text, 'Size')).toBe('14 nodes, 6 links: 3 servers, 8 workloads');
    expect(valueOf(text, 'Ratio')).toBe('2.7 : 1  (8 workloads on 3 servers)');
    expect(valueOf(text, 'Servers saved')).toMatch(/^5 /);
    expect(valueOf(text, 'VMs per host')).toBe('2.67  (8 VMs on 3 hosts)');
    expect(valueOf(text, 'Containers per host')).toBe('no containers');
    expect(valueOf(text, 'CPU in use')).toBe('34 vCPU on 48 cores (0.71 per core)');
    expect(valueOf(text, 'RAM in use')).toBe('156 of 384 GiB (40.6%)');
    expect(valueOf(text, 'Busiest host')).toBe('esx-01: 68 of 128 GiB RAM (53.1%)');
    expect(valueOf(text, 'OS instances')).toBe('11  (0 host, 3 hypervisor, 8 guest)');
    expect(valueOf(text, 'Hours per cycle')).toBe('11.5');
    expect(valueOf(text, 'Hours per year')).toBe('138');
    expect(valueOf(text, 'Patch downtime')).toBe('none: every VM host can be evacuated');
  });

  it('names the worst single failure and what it takes down, then the next ones', () => {
    expect(valueOf(text, 'Worst single failure')).toBe(
      'db (VM vm-db): 1 workload lost, 5 services down',
    );
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('Worst single failure'));
    expect(lines[at + 1]?.trim()).toBe('lost: db');
    expect(lines[at + 2]?.trim()).toBe('services down: api, crm, db, erp, web');
    expect(valueOf(text, 'Next')).toBe('api (VM vm-api): 1 workload lost, 2 services down');
    expect(lines[at + 4]?.trim()).toBe('web (VM vm-web): 1 workload lost, 1 service down');
    expect(text).not.toContain('esx-01 (server)'); // loses nothing: HA restarts its VMs
  });

  it('gives the HA, DR, isolation and issue verdicts', () => {
    expect(valueOf(text, 'prod')).toBe('3 hosts, 8 VMs: tolerates 1 host failure');
    expect(valueOf(text, 'Disaster recovery')).toBe('no secondary site');
    expect(valueOf(text, 'Largest exposure')).toBe('a breakout from crm reaches 3 workloads');
    expect(valueOf(text, 'Largest shared kernel')).toBe('no containers share a kernel');
    expect(valueOf(text, 'Issues')).toBe('none');
  });

  it('aligns every value in one column', () => {
    // The longest label is "Largest shared kernel", indented by 2 and followed by a gap of 2.
    const valueColumn = 2 + 'Largest shared kernel'.length + 2;
    const titlesAlone = new Set([
      'Consolidation',
      'Patching',
      'Failures',
      'High availability',
      'Isolation',
    ]);
    for (const line of text.split('\n')) {
      if (line === '' || titlesAlone.has(line)) continue;
      expect(line.slice(valueColumn - 2, valueColumn)).toBe('  ');
      expect(line[valueColumn]).not.toBe(' ');
    }
  });

  it('shows DR coverage, unprotected workloads, a cluster without failover and the issues', () => {
    const report = esxiReport({
      dr: {
        demandCpu: 32,
        demandRamGiB: 152,
        freeCpu: 128,
        freeRamGiB: 100,
        coverage: 100 / 152,
        ready: false,
        unprotected: ['vm-web'],
      },
      ha: { clusters: [{ name: 'lab', hosts: 2, vms: 4, toleratesHostFailures: 0 }] },
      issues: [
        {
          severity: 'error',
          code: 'ram-overcommit',
          nodeId: 'esx-01',
          message: 'RAM demand is over capacity.', messageKey: 'issue.one-hypervisor' as const, params: {},
        },
        {
          severity: 'warning',
          code: 'ha-insufficient',
          nodeId: 'lab-hv',
          message: 'The cluster tolerates no host failure.', messageKey: 'issue.one-hypervisor' as const, params: {},
        },
      ],
      patching: { ...esxiReport().patching, downtimeHosts: ['lab-hv'] },
    });
    const out = formatReport(report, { details });
    expect(valueOf(out, 'Coverage')).toBe('65.7%: NOT ready');
    expect(valueOf(out, 'Primary demand')).toBe('32 vCPU, 152 GiB');
    expect(valueOf(out, 'Secondary free')).toBe('128 vCPU, 100 GiB');
    expect(valueOf(out, 'Unprotected')).toBe('1 workload: web');
    expect(valueOf(out, 'lab')).toBe('2 hosts, 4 VMs: tolerates no host failure');
    expect(valueOf(out, 'Patch downtime')).toBe('1 hypervisor cannot be evacuated: lab-hv');
    expect(valueOf(out, 'Issues')).toBe('1 error, 1 warning');
    expect(out).toContain('  error    ram-overcommit   esx-01  RAM demand is over capacity.\n');
    expect(out).toContain(
      '  warning  ha-insufficient  lab-hv  The cluster tolerates no host failure.\n',
    );
  });

  it('works from the report alone, with ids instead of names', () => {
    const bare = formatReport(esxiReport());
    expect(valueOf(bare, 'Worst single failure')).toBe('vm-db: 1 workload lost, 5 services down');
    expect(valueOf(bare, 'Largest exposure')).toBe('a breakout from vm-crm reaches 3 workloads');
  });

  it('says so when nothing is lost, nothing is there, or there are no servers', () => {
    const empty = esxiReport({
      consolidation: {
        ...esxiReport().consolidation,
        servers: 0,
        workloads: 0,
        ratio: null,
        serversSaved: 0,
        hosts: [],
        totals: { cpuDemand: 0, cpuCores: 0, ramDemand: 0, ramGiB: 0 },
      },
      blastRadius: { nodes: [], max: null, singleFailureDomainServices: [] },
      security: { maxExposure: 0, maxExposureWorkload: null, largestSharedKernel: 0 },
      ha: { clusters: [] },
    });
    const out = formatReport(empty);
    expect(valueOf(out, 'Ratio')).toBe('n/a  (0 workloads on 0 servers)');
    expect(valueOf(out, 'Failures')).toBe('no single failure loses a workload');
    expect(valueOf(out, 'High availability')).toMatch(/^no clusters/);
    expect(valueOf(out, 'Largest exposure')).toBe('no workloads');
    expect(out).not.toContain('CPU in use');
  });

  it('gives bare-metal plans their capacity, not a demand of zero', () => {
    const bare = esxiReport({
      consolidation: {
        ...esxiReport().consolidation,
        vms: 0,
        vmHosts: 0,
        vmsPerHost: null,
        totals: { cpuDemand: 0, cpuCores: 76, ramDemand: 0, ramGiB: 384 },
      },
      ha: { clusters: [] },
    });
    const out = formatReport(bare);
    expect(valueOf(out, 'Capacity')).toBe('76 cores, 384 GiB RAM; no VM or container demand');
    expect(out).not.toContain('CPU in use');
    expect(valueOf(out, 'Patch downtime')).toBe('no hypervisor to evacuate');
    expect(valueOf(out, 'High availability')).toBe('no clusters');
  });

  it('counts the verdicts of many clusters and names those without failover', () => {
    const tolerances = [0, 0, 1, 1, 1, 1, 1, 3, 3, 3, 3];
    const clusters = tolerances.map((t, i) => ({
      name: `c${String(i).padStart(2, '0')}`,
      hosts: 16,
      vms: 100,
      toleratesHostFailures: t,
    }));
    const out = formatReport(
      esxiReport({
        ha: {
          clusters: [...clusters, { name: 'solo', hosts: 1, vms: 3, toleratesHostFailures: 0 }],
        },
      }),
    );
    expect(valueOf(out, 'Clusters')).toBe(
      '12: 2 tolerate no host failure, 5 tolerate 1, 4 tolerate 2 or more, 1 of one host',
    );
    expect(valueOf(out, 'No failover')).toBe('c00, c01');
  });

  it('adds ids to names that repeat in a list', () => {
    const twins = new Map<string, NodeLabel>([
      ['h1', { name: 'esxi', kind: 'hypervisor' }],
      ['h2', { name: 'esxi', kind: 'hypervisor' }],
      ['h3', { name: 'kvm', kind: 'hypervisor' }],
    ]);
    const report = esxiReport({
      patching: { ...esxiReport().patching, downtimeHosts: ['h1', 'h2', 'h3'] },
    });
    const out = formatReport(report, { details: { labels: twins, failures: new Map() } });
    expect(valueOf(out, 'Patch downtime')).toBe(
      '3 hypervisors cannot be evacuated: esxi (h1), esxi (h2), kvm',
    );
  });

  it('lists errors first and at most LISTED_ISSUES issues, pointing to strata validate', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({
      severity: i === 24 ? ('error' as const) : ('warning' as const),
      code: 'cpu-overcommit' as const,
      nodeId: `s${String(i).padStart(2, '0')}`,
      message: 'Too much CPU.', messageKey: 'issue.one-hypervisor' as const, params: {},
    }));
    const lines = formatReport(esxiReport({ issues })).trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('Issues'));
    expect(lines[at]).toMatch(/^Issues +1 error, 24 warnings$/);
    expect(lines[at + 1]).toBe('  error    cpu-overcommit  s24  Too much CPU.');
    expect(lines[at + 2]).toBe('  warning  cpu-overcommit  s00  Too much CPU.');
    expect(lines.slice(at + 1)).toHaveLength(LISTED_ISSUES + 1);
    expect(lines.at(-1)).toBe('  … and 5 more: strata validate lists them all');
  });

  it('colours only when asked, and colour changes nothing else', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = formatReport(esxiReport(), { details, style: ANSI_STYLE });
    expect(coloured).toContain('\u001b[');
    expect(stripAnsi(coloured)).toBe(text);
  });
});
