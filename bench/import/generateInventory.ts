/**
 * Synthetic inventories for the import benchmark, seeded and free of Node imports (a browser page
 * can bundle them too): an RVTools workbook (vInfo and vHost with RVTools 4.x's full headers, plus
 * vDisk and vNetwork sheets as a real export has them) and a Kubernetes estate (Deployments,
 * StatefulSets and a DaemonSet as multi-document YAML, and a node list as `kubectl get nodes -o json`).
 */
import { stringify } from 'yaml';
import { buildXlsx, type XlsxCell } from '../../shared/import/test-support/xlsx';
import {
  vHostRows,
  VHOST_4X,
  vInfoRows,
  VINFO_4X,
  type VmFixture,
} from '../../shared/import/test-support/rvtoolsFixtures';
import { Random } from '../random';

const GUESTS = [
  ['Microsoft Windows Server 2019 (64-bit)', 'Microsoft Windows Server 2019 Standard'],
  ['Microsoft Windows Server 2022 (64-bit)', 'Microsoft Windows Server 2022 Datacenter'],
  ['Red Hat Enterprise Linux 8 (64-bit)', 'Red Hat Enterprise Linux 8.9 (Ootpa)'],
  ['Ubuntu Linux (64-bit)', 'Ubuntu 22.04.4 LTS'],
  ['SUSE Linux Enterprise 15 (64-bit)', ''],
  ['Other 3.x or later Linux (64-bit)', ''],
] as const;

export interface RvtoolsEstate {
  readonly bytes: Uint8Array;
  readonly vms: number;
  readonly hosts: number;
}

/** `vms` VMs on `hosts` hosts in two datacenters and clusters of 16; hosts hold their VMs' memory. */
export function rvtoolsWorkbook(vms: number, hosts: number, seed = 1): RvtoolsEstate {
  const rnd = new Random(seed);
  const vmRows: VmFixture[] = [];
  const memory = new Array<number>(hosts).fill(0);
  for (let i = 0; i < vms; i++) {
    const h = i % hosts;
    const guest = GUESTS[rnd.int(0, GUESTS.length - 1)]!;
    const memoryMiB = 1024 * [2, 4, 8, 8, 16, 16, 32, 64][rnd.int(0, 7)]!;
    memory[h]! += memoryMiB;
    vmRows.push({
      name: `vm-${String(i).padStart(5, '0')}`,
      host: `esx-${String(h).padStart(3, '0')}.corp.example`,
      cpus: [1, 2, 2, 4, 4, 8, 16][rnd.int(0, 6)]!,
      memoryMiB,
      power: rnd.next() < 0.08 ? 'poweredOff' : 'poweredOn',
      template: rnd.next() < 0.01,
      osConfig: guest[0],
      osTools: guest[1],
      datacenter: h < hosts * 0.7 ? 'Frankfurt' : 'Berlin',
      cluster: `cl-${String(Math.floor(h / 16)).padStart(2, '0')}`,
    });
  }
  const hostRows = Array.from({ length: hosts }, (_, h) => ({
    name: `esx-${String(h).padStart(3, '0')}.corp.example`,
    datacenter: h < hosts * 0.7 ? 'Frankfurt' : 'Berlin',
    cluster: `cl-${String(Math.floor(h / 16)).padStart(2, '0')}`,
    cores: 48,
    memoryMiB: Math.ceil((memory[h]! * 1.25) / 1024) * 1024,
    esx: rnd.next() < 0.5 ? 'VMware ESXi 7.0.3 build-21930508' : 'VMware ESXi 8.0.2 build-22380479',
  }));
  const disks: XlsxCell[][] = [
    [
      'VM',
      'Powerstate',
      'Template',
      'Disk',
      'Capacity MiB',
      'Raw',
      'Disk Mode',
      'Thin',
      'Controller',
      'Path',
      'Host',
      'Cluster',
    ],
  ];
  const nics: XlsxCell[][] = [
    [
      'VM',
      'Powerstate',
      'Template',
      'NIC label',
      'Adapter',
      'Network',
      'Switch',
      'Connected',
      'Mac Address',
      'IPv4 Address',
      'Host',
    ],
  ];
  vmRows.forEach((v, i) => {
    for (let d = 1; d <= 2; d++)
      disks.push([
        v.name,
        v.power ?? 'poweredOn',
        false,
        `Hard disk ${d}`,
        40960 * d,
        false,
        'persistent',
        true,
        'SCSI controller 0',
        `[ds-${i % 40}] ${v.name}/${v.name}_${d}.vmdk`,
        v.host,
        v.cluster ?? '',
      ]);
    nics.push([
      v.name,
      v.power ?? 'poweredOn',
      false,
      'Network adapter 1',
      'VMXNET3',
      `vlan-${i % 30}`,
      'dvs-prod',
      true,
      `00:50:56:${(i >> 16) & 255}:${(i >> 8) & 255}:${i & 255}`,
      `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`,
      v.host,
    ]);
  });
  const bytes = buildXlsx([
    { name: 'vInfo', rows: vInfoRows(VINFO_4X, vmRows) },
    { name: 'vDisk', rows: disks },
    { name: 'vNetwork', rows: nics },
    { name: 'vHost', rows: vHostRows(VHOST_4X, hostRows) },
  ]);
  return { bytes, vms, hosts };
}

export interface KubernetesEstate {
  readonly workloadsYaml: string;
  /** The same workloads as `kubectl get deploy,sts,ds -A -o json` prints them: one List. */
  readonly workloadsJson: string;
  readonly nodesJson: string;
  readonly pods: number;
}

/** About `pods` pods: Deployments and StatefulSets of 2–20 replicas and one DaemonSet, on `nodes` nodes. */
export function kubernetesEstate(pods: number, nodes: number, seed = 1): KubernetesEstate {
  const rnd = new Random(seed);
  const objects: object[] = [];
  let count = nodes; // the DaemonSet's pods
  objects.push({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'node-exporter', namespace: 'monitoring' },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'exporter',
              image: 'prom/node-exporter:v1.8.0',
              resources: { requests: { cpu: '50m', memory: '64Mi' } },
            },
          ],
        },
      },
    },
  });
  for (let i = 0; count < pods; i++) {
    const replicas = Math.min(rnd.int(2, 20), pods - count);
    count += replicas;
    objects.push({
      apiVersion: 'apps/v1',
      kind: rnd.next() < 0.15 ? 'StatefulSet' : 'Deployment',
      metadata: { name: `svc-${i}`, namespace: `team-${i % 12}`, labels: { app: `svc-${i}` } },
      spec: {
        replicas,
        selector: { matchLabels: { app: `svc-${i}` } },
        template: {
          metadata: { labels: { app: `svc-${i}` } },
          spec: {
            containers: [
              {
                name: 'app',
                image: `registry.example/svc-${i}:1.${i % 9}`,
                resources: {
                  requests: {
                    cpu: ['100m', '250m', '500m'][rnd.int(0, 2)],
                    memory: ['128Mi', '256Mi', '512Mi'][rnd.int(0, 2)],
                  },
                  limits: { memory: '1Gi' },
                },
              },
              {
                name: 'proxy',
                image: 'envoyproxy/envoy:v1.30',
                resources: { requests: { cpu: '50m', memory: '64Mi' } },
              },
            ],
          },
        },
      },
    });
  }
  const items = Array.from({ length: nodes }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: `k8s-${String(i).padStart(3, '0')}`,
      labels: { 'kubernetes.io/os': 'linux' },
    },
    status: {
      capacity: { cpu: '32', memory: '131901024Ki', pods: '250' },
      allocatable: { cpu: '31800m', memory: '129803872Ki', pods: '250' },
      nodeInfo: {
        osImage: 'Ubuntu 22.04.4 LTS',
        containerRuntimeVersion: 'containerd://1.7.12',
        operatingSystem: 'linux',
        kubeletVersion: 'v1.29.4',
      },
    },
  }));
  return {
    workloadsYaml: objects.map((o) => stringify(o)).join('---\n'),
    workloadsJson: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }),
    nodesJson: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }),
    pods: count,
  };
}
