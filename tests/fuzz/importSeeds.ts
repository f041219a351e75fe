/**
 * The inventories every importer mutation starts from: built with the importers' own test
 * fixtures (RVTools 3.x and 4.x headers, comma and semicolon CSV, BOM) and the benchmark's
 * generators, small enough that a mutated copy imports in milliseconds.
 */
import { stringify } from 'yaml';
import { kubernetesEstate, rvtoolsWorkbook } from '../../bench/import/generateInventory';
import { loadPlan } from '../../shared/load/loadPlan';
import { planToCsv } from '../../shared/import/strataCsv';
import type { ImportFile } from '../../shared/import/types';
import {
  rvtoolsCsv,
  vHostRows,
  VHOST_3X,
  VHOST_4X,
  vInfoRows,
  VINFO_3X,
  VINFO_4X,
  type HostFixture,
  type VmFixture,
} from '../../shared/import/test-support/rvtoolsFixtures';
import { buildXlsx } from '../../shared/import/test-support/xlsx';
import { examplePlans } from './examplePlans';

const encoder = new TextEncoder();

export function textFile(name: string, text: string): ImportFile {
  return { name, bytes: encoder.encode(text) };
}

const HOSTS: HostFixture[] = [
  { name: 'esx-01', datacenter: 'Frankfurt', cluster: 'prod', cores: 32, memoryMiB: 262144 },
  { name: 'esx-02', datacenter: 'Frankfurt', cluster: 'prod', cores: 32, memoryMiB: 262144 },
  { name: 'esx-03', datacenter: 'Berlin', cluster: '', cores: 16, memoryMiB: 131072, esx: '' },
];

const VMS: VmFixture[] = [
  { name: 'web-01', host: 'esx-01', cpus: 4, memoryMiB: 8192 },
  {
    name: 'db-01',
    host: 'esx-01',
    cpus: 8,
    memoryMiB: 65536,
    osTools: 'Microsoft Windows Server 2019 Standard',
    osConfig: 'Microsoft Windows Server 2019 (64-bit)',
  },
  { name: 'batch', host: 'esx-02', cpus: 2, memoryMiB: 4096, power: 'poweredOff' },
  { name: 'tpl-linux', host: 'esx-02', template: true },
  { name: 'dr-web', host: 'esx-03', srm: true },
  { name: 'orphan', host: 'esx-99' },
  { name: 'Zürich 東京', host: 'esx-03', cpus: 1, memoryMiB: 1024, osConfig: 'FreeBSD 13' },
];

export function rvtoolsXlsxSeeds(): ImportFile[][] {
  return [
    [
      {
        name: 'RVTools_export_all.xlsx',
        bytes: buildXlsx([
          { name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) },
          { name: 'vHost', rows: vHostRows(VHOST_4X, HOSTS) },
        ]),
      },
    ],
    [
      {
        name: 'rvtools3.xlsx',
        bytes: buildXlsx(
          [
            { name: 'vHost', rows: vHostRows(VHOST_3X, HOSTS) },
            { name: 'vInfo', rows: vInfoRows(VINFO_3X, VMS) },
          ],
          { inlineStrings: true },
        ),
      },
    ],
    [{ name: 'estate.xlsx', bytes: rvtoolsWorkbook(24, 4, 7).bytes }],
  ];
}

export function rvtoolsCsvSeeds(): ImportFile[][] {
  return [
    [
      { name: 'RVTools_tabvInfo.csv', bytes: rvtoolsCsv(vInfoRows(VINFO_4X, VMS)) },
      { name: 'RVTools_tabvHost.csv', bytes: rvtoolsCsv(vHostRows(VHOST_4X, HOSTS)) },
    ],
    [
      {
        name: 'x_tabvInfo.csv',
        bytes: rvtoolsCsv(vInfoRows(VINFO_3X, VMS), { delimiter: ';', bom: true }),
      },
      {
        name: 'x_tabvHost.csv',
        bytes: rvtoolsCsv(vHostRows(VHOST_3X, HOSTS), { delimiter: ';', bom: true, crlf: false }),
      },
    ],
  ];
}

const GiB = 1024 ** 3;

export function proxmoxSeeds(): ImportFile[][] {
  const resources = [
    {
      id: 'node/pve1',
      type: 'node',
      node: 'pve1',
      status: 'online',
      maxcpu: 32,
      maxmem: 128 * GiB,
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
      tags: 'prod;web',
    },
    {
      id: 'qemu/101',
      type: 'qemu',
      name: 'batch',
      node: 'pve2',
      status: 'stopped',
      maxcpu: 2,
      maxmem: 4 * GiB,
    },
    {
      id: 'qemu/9000',
      type: 'qemu',
      name: 'tpl',
      node: 'pve1',
      template: 1,
      maxcpu: 2,
      maxmem: GiB,
    },
    {
      id: 'lxc/200',
      type: 'lxc',
      name: 'dns',
      node: 'pve1',
      status: 'running',
      maxcpu: 1,
      maxmem: GiB / 2,
    },
    {
      id: 'lxc/201',
      type: 'lxc',
      name: 'proxy',
      node: 'pve2',
      status: 'running',
      maxcpu: 2,
      maxmem: GiB,
    },
    { id: 'storage/pve1/local', type: 'storage', node: 'pve1', storage: 'local' },
    { id: 'sdn/pve1/localnetwork', type: 'sdn', node: 'pve1' },
  ];
  return [[textFile('resources.json', JSON.stringify(resources, null, 2))]];
}

const COMPOSE = `name: shop
x-logging: &logging
  driver: json-file
services:
  web:
    image: nginx:1.27
    deploy:
      replicas: 3
      resources:
        limits: { cpus: "0.5", memory: 512m }
        reservations: { cpus: "0.25", memory: 256M }
    depends_on: [api]
    logging: *logging
  api:
    build: ./api
    scale: 2
    cpus: 1.5
    mem_limit: 1g
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16
    deploy:
      resources:
        reservations: { memory: 4G }
  debug:
    image: busybox
    profiles: [debug]
`;

export function composeSeeds(): ImportFile[][] {
  const json = {
    services: {
      app: { image: 'app:1', deploy: { mode: 'global' } },
      cache: { image: 'redis', mem_limit: '256m' },
    },
  };
  return [[textFile('compose.yaml', COMPOSE)], [textFile('docker-compose.yml', stringify(json))]];
}

export function kubernetesSeeds(): ImportFile[][] {
  const small = kubernetesEstate(40, 3, 5);
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'win-job', ownerReferences: [] },
    spec: {
      os: { name: 'windows' },
      containers: [
        {
          name: 'c',
          image: 'mcr.microsoft.com/windows/servercore',
          resources: { requests: { cpu: '2', memory: '4Gi' } },
        },
      ],
    },
    status: { phase: 'Running' },
  };
  return [
    [textFile('workloads.yaml', small.workloadsYaml), textFile('nodes.json', small.nodesJson)],
    [textFile('workloads.json', small.workloadsJson)],
    [
      textFile(
        'all.yaml',
        `${small.workloadsYaml}---\n${stringify(pod)}---\n${stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } })}`,
      ),
    ],
  ];
}

export function strataCsvSeeds(): ImportFile[][] {
  return examplePlans().flatMap((text, i) => {
    const loaded = loadPlan(text);
    return loaded.ok ? [[textFile(`plan-${i + 1}.csv`, planToCsv(loaded.plan))]] : [];
  });
}

/** Every seed of every importer: what the registry (format detection) target mixes. */
export function allImportSeeds(): ImportFile[][] {
  return [
    ...rvtoolsXlsxSeeds(),
    ...rvtoolsCsvSeeds(),
    ...proxmoxSeeds(),
    ...composeSeeds(),
    ...kubernetesSeeds(),
    ...strataCsvSeeds(),
  ];
}
