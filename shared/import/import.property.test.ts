/**
 * Any inventory the generators can make — hosts, VMs, guests, services, pods, with names in any
 * script, empty cells, templates and stopped guests — imports to a plan that loads and has no
 * error-level issue (an estate whose hosts hold their VMs' memory, as running estates do).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../load/loadPlan';
import { planToDocument } from '../load/serialize';
import type { Plan } from '../model/plan';
import { validatePlan } from '../validate/validatePlan';
import { file, ok } from './test-support/importHelpers';
import {
  rvtoolsCsv,
  vHostRows,
  VHOST_4X,
  vInfoRows,
  VINFO_4X,
  type VmFixture,
} from './test-support/rvtoolsFixtures';
import { buildXlsx } from './test-support/xlsx';

const name = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
  fc.constantFrom('Zürich', '東京-01', 'web 01', 'a;b', 'x,"y"'),
);
const osText = fc.constantFrom(
  '',
  'Microsoft Windows Server 2019 (64-bit)',
  'Ubuntu Linux (64-bit)',
  'Red Hat Enterprise Linux 9 (64-bit)',
  'FreeBSD 13 (64-bit)',
  'Something Else 1.0',
);

function expectSound(plan: Plan): void {
  const loaded = loadPlan(planToDocument(plan));
  expect(loaded.ok).toBe(true);
  const errors = validatePlan(plan).filter((i) => i.severity === 'error');
  expect(errors).toEqual([]);
}

const estate = fc
  .array(
    fc.record({
      name,
      dc: fc.constantFrom('', 'DC1', 'DC2'),
      cluster: fc.constantFrom('', 'prod', 'test'),
      cores: fc.integer({ min: 1, max: 128 }),
      spareMiB: fc.integer({ min: 1, max: 65536 }),
      vms: fc.array(
        fc.record({
          name,
          cpus: fc.integer({ min: 1, max: 64 }),
          memoryMiB: fc.integer({ min: 1, max: 262144 }),
          power: fc.constantFrom('poweredOn', 'poweredOff', 'suspended') as fc.Arbitrary<
            VmFixture['power']
          >,
          template: fc.boolean(),
          osConfig: osText,
          osTools: osText,
        }),
        { maxLength: 6 },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((hosts) => hosts.map((h, i) => ({ ...h, name: `${h.name}-${i}` })));

describe('any generated inventory imports to a sound plan', () => {
  it('RVTools (workbook and CSV tabs)', async () => {
    await fc.assert(
      fc.asyncProperty(estate, fc.boolean(), fc.boolean(), async (hosts, asCsv, skipOff) => {
        const hostFixtures = hosts.map((h) => ({
          name: h.name,
          datacenter: h.dc,
          cluster: h.cluster,
          cores: h.cores,
          memoryMiB: h.vms.reduce((s, v) => s + v.memoryMiB, 0) + h.spareMiB,
        }));
        const vms = hosts.flatMap((h) => h.vms.map((v) => ({ ...v, host: h.name })));
        const files = asCsv
          ? [
              file(
                'RVTools_tabvInfo.csv',
                rvtoolsCsv(vInfoRows(VINFO_4X, vms), { delimiter: ';', bom: true }),
              ),
              file(
                'RVTools_tabvHost.csv',
                rvtoolsCsv(vHostRows(VHOST_4X, hostFixtures), { delimiter: ';', bom: true }),
              ),
            ]
          : [
              file(
                'x.xlsx',
                buildXlsx([
                  { name: 'vInfo', rows: vInfoRows(VINFO_4X, vms) },
                  { name: 'vHost', rows: vHostRows(VHOST_4X, hostFixtures) },
                ]),
              ),
            ];
        const r = await ok(files, { skipPoweredOff: skipOff, secondary: ['DC2'] });
        const kept = vms.filter((v) => !v.template && !(skipOff && v.power === 'poweredOff'));
        expect(r.plan.nodes.filter((n) => n.kind === 'vm')).toHaveLength(kept.length);
        // The only warning: --secondary DC2 when no host is in DC2.
        expect(r.warnings.filter((w) => w.row !== null)).toEqual([]);
        expectSound(r.plan);
      }),
      { numRuns: 30 },
    );
  });

  it('Proxmox VE', async () => {
    const guests = fc.array(
      fc.record({
        type: fc.constantFrom('qemu', 'lxc'),
        name,
        cpu: fc.integer({ min: 1, max: 8 }),
        gib: fc.integer({ min: 1, max: 16 }),
        stopped: fc.boolean(),
        template: fc.boolean(),
      }),
      { maxLength: 8 },
    );
    const nodes = fc.array(fc.record({ cores: fc.integer({ min: 1, max: 64 }), guests }), {
      minLength: 1,
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(nodes, async (list) => {
        const GiB = 1024 ** 3;
        const resources = list.flatMap((n, i) => [
          {
            id: `node/pve${i}`,
            type: 'node',
            node: `pve${i}`,
            maxcpu: n.cores,
            maxmem: (n.guests.reduce((s, g) => s + g.gib, 0) + 1) * GiB,
          },
          ...n.guests.map((g, j) => ({
            id: `${g.type}/${i}${j}`,
            type: g.type,
            name: g.name,
            node: `pve${i}`,
            maxcpu: g.cpu,
            maxmem: g.gib * GiB,
            status: g.stopped ? 'stopped' : 'running',
            template: g.template ? 1 : 0,
          })),
          { id: `storage/pve${i}/local`, type: 'storage', node: `pve${i}` },
        ]);
        const r = await ok([file('resources.json', JSON.stringify(resources))]);
        expectSound(r.plan);
      }),
      { numRuns: 30 },
    );
  });

  it('Compose', async () => {
    const service = fc.record({
      replicas: fc.integer({ min: 0, max: 5 }),
      cpus: fc.option(fc.constantFrom('0.25', '1', 2)),
      memory: fc.option(fc.constantFrom('256m', '1g', '2G', 1048576)),
      profile: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), service, {
          minKeys: 1,
          maxKeys: 6,
        }),
        async (services) => {
          const names = Object.keys(services);
          const doc = {
            services: Object.fromEntries(
              Object.entries(services).map(([n, s], i) => [
                n,
                {
                  image: `${n}:latest`,
                  deploy: {
                    replicas: s.replicas,
                    resources: {
                      limits: {
                        ...(s.cpus !== null ? { cpus: s.cpus } : {}),
                        ...(s.memory !== null ? { memory: s.memory } : {}),
                      },
                    },
                  },
                  ...(s.profile ? { profiles: ['extra'] } : {}),
                  ...(i > 0 ? { depends_on: [names[i - 1]] } : {}),
                },
              ]),
            ),
          };
          const r = await ok([file('compose.yaml', stringify(doc))]);
          expectSound(r.plan);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('Kubernetes, with and without a node list', async () => {
    const workload = fc.record({
      kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'Pod'),
      replicas: fc.integer({ min: 0, max: 6 }),
      cpu: fc.option(fc.constantFrom('100m', '500m', '1', '2')),
      memory: fc.option(fc.constantFrom('64Mi', '512Mi', '2Gi')),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(workload, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        async (workloads, nodeCount) => {
          const docs = workloads.map((w, i) => {
            const podSpec = {
              containers: [
                {
                  name: 'c',
                  image: `img${i}`,
                  resources: {
                    requests: {
                      ...(w.cpu !== null ? { cpu: w.cpu } : {}),
                      ...(w.memory !== null ? { memory: w.memory } : {}),
                    },
                  },
                },
              ],
            };
            return w.kind === 'Pod'
              ? { apiVersion: 'v1', kind: 'Pod', metadata: { name: `w${i}` }, spec: podSpec }
              : {
                  apiVersion: 'apps/v1',
                  kind: w.kind,
                  metadata: { name: `w${i}` },
                  spec: { replicas: w.replicas, template: { spec: podSpec } },
                };
          });
          const files = [file('workloads.yaml', docs.map((d) => stringify(d)).join('---\n'))];
          if (nodeCount > 0) {
            const items = Array.from({ length: nodeCount }, (_, i) => ({
              apiVersion: 'v1',
              kind: 'Node',
              metadata: { name: `n${i}` },
              status: {
                capacity: { cpu: '4', memory: '16Gi' },
                nodeInfo: {
                  osImage: 'Ubuntu 22.04.4 LTS',
                  containerRuntimeVersion: 'containerd://1.7.12',
                  operatingSystem: 'linux',
                },
              },
            }));
            files.push(
              file('nodes.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items })),
            );
          }
          const r = await ok(files);
          expectSound(r.plan);
        },
      ),
      { numRuns: 30 },
    );
  });
});
