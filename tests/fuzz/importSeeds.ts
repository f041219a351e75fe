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
import { file } from '../../shared/import/test-support/importHelpers';
import {
  PROXMOX_RESOURCES,
  SHOP_COMPOSE,
} from '../../shared/import/test-support/inventoryFixtures';
import { buildXlsx } from '../../shared/import/test-support/xlsx';
import { examplePlans } from './examplePlans';

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

export function proxmoxSeeds(): ImportFile[][] {
  return [[file('resources.json', JSON.stringify(PROXMOX_RESOURCES, null, 2))]];
}

export function composeSeeds(): ImportFile[][] {
  const json = {
    services: {
      app: { image: 'app:1', deploy: { mode: 'global' } },
      cache: { image: 'redis', mem_limit: '256m' },
    },
  };
  return [[file('compose.yaml', SHOP_COMPOSE)], [file('docker-compose.yml', stringify(json))]];
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
    [file('workloads.yaml', small.workloadsYaml), file('nodes.json', small.nodesJson)],
    [file('workloads.json', small.workloadsJson)],
    [
      file(
        'all.yaml',
        `${small.workloadsYaml}---\n${stringify(pod)}---\n${stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } })}`,
      ),
    ],
  ];
}

export function strataCsvSeeds(): ImportFile[][] {
  return examplePlans().flatMap((text, i) => {
    const loaded = loadPlan(text);
    return loaded.ok ? [[file(`plan-${i + 1}.csv`, planToCsv(loaded.plan))]] : [];
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
