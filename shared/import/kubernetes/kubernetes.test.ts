import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../validate/validatePlan';
import { MAX_NODES } from '../../model/plan';
import { byName, failure, file, ofKind, ok } from '../test-support/importHelpers';

const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          resources: { requests: { cpu: 250m, memory: 512Mi } }
        - name: sidecar
          image: envoy:1.30
          resources: { requests: { cpu: 250m, memory: 512Mi } }
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-5d9c
  namespace: shop
  ownerReferences: [{ apiVersion: apps/v1, kind: Deployment, name: web, controller: true }]
spec:
  replicas: 3
  template: { spec: { containers: [{ name: nginx, image: nginx:1.27 }] } }
---
apiVersion: v1
kind: Pod
metadata:
  name: web-5d9c-abcde
  namespace: shop
  ownerReferences: [{ apiVersion: apps/v1, kind: ReplicaSet, name: web-5d9c, controller: true }]
spec: { containers: [{ name: nginx, image: nginx:1.27 }] }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  replicas: 2
  template:
    spec:
      containers: [{ name: pg, image: postgres:16, resources: { requests: { cpu: "2", memory: 8Gi } } }]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-exporter, namespace: monitoring }
spec:
  template:
    spec:
      containers: [{ name: exporter, image: prom/node-exporter:v1.8.0, resources: { requests: { cpu: 100m, memory: 64Mi } } }]
---
apiVersion: v1
kind: Pod
metadata: { name: debug, namespace: default }
spec: { containers: [{ name: sh, image: busybox }] }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: huge }
spec: { containers: [{ name: x, image: x, resources: { requests: { cpu: "64", memory: 1Ti } } }] }
---
apiVersion: v1
kind: Pod
metadata: { name: bad }
spec: { containers: [{ name: x, image: x, resources: { requests: { cpu: lots } } }] }
`;

function node(name: string, cpu: string, memory: string, osImage: string, runtime: string) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/os': 'linux' } },
    status: {
      capacity: { cpu, memory, pods: '110' },
      allocatable: { cpu, memory, pods: '110' },
      nodeInfo: {
        osImage,
        containerRuntimeVersion: runtime,
        operatingSystem: 'linux',
        kernelVersion: '6.5.0',
        kubeletVersion: 'v1.29.4',
      },
    },
  };
}

const NODES = JSON.stringify({
  apiVersion: 'v1',
  kind: 'List',
  items: [
    node('k8s-a', '8', '32868872Ki', 'Ubuntu 22.04.4 LTS', 'containerd://1.7.12'),
    node('k8s-b', '8', '32868872Ki', 'Ubuntu 22.04.4 LTS', 'containerd://1.7.12'),
    node('k8s-c', '4', '16Gi', 'Red Hat Enterprise Linux CoreOS 414.92', 'cri-o://1.27.1'),
  ],
});

describe('Kubernetes', () => {
  it('makes one container per pod replica, placed on the listed nodes least-allocated first', async () => {
    const r = await ok([file('workloads.yaml', WORKLOADS), file('nodes.json', NODES)]);
    expect(r.formats).toEqual(['kubernetes']);
    const servers = ofKind(r.plan, 'server');
    expect(servers.map((s) => [s.name, s.cpuCores, s.os?.name, s.os?.version])).toEqual([
      ['k8s-a', 8, 'Ubuntu', '22.04.4'],
      ['k8s-b', 8, 'Ubuntu', '22.04.4'],
      ['k8s-c', 4, 'Red Hat Enterprise Linux CoreOS', '414.92'],
    ]);
    expect(ofKind(r.plan, 'runtime').map((x) => x.engine)).toEqual([
      'containerd',
      'containerd',
      'CRI-O',
    ]);
    const web = ofKind(r.plan, 'container').filter((c) => c.service === 'web');
    expect(web).toHaveLength(3);
    // two containers of 250m and 512Mi: one pod of 0.5 CPU and 1 GiB, the first container's image
    expect(web[0]).toMatchObject({ cpu: 0.5, ramGiB: 1, image: 'nginx:1.27' });
    expect(
      ofKind(r.plan, 'container')
        .filter((c) => c.service === 'db')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['db-0', 'db-1']);
    // DaemonSet: one pod per node
    expect(ofKind(r.plan, 'container').filter((c) => c.service === 'node-exporter')).toHaveLength(
      3,
    );
    // a pod without requests counts kube-scheduler's defaults (100m, 200 MiB)
    expect(byName(r.plan, 'debug')).toMatchObject({ cpu: 0.1 });
    expect(r.skipped).toEqual({ ownedByWorkload: 2, otherKinds: 1, invalid: 1, unscheduled: 1 });
    expect(r.warnings.map((w) => [w.file, w.row, w.column])).toEqual([
      ['workloads.yaml', 9, 'spec.containers[0].resources.requests.cpu'],
      ['workloads.yaml', 8, null],
    ]);
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('spreads pods over the least allocated nodes', async () => {
    const r = await ok([file('workloads.yaml', WORKLOADS), file('nodes.json', NODES)]);
    const onServer = (name: string) => {
      const server = byName(r.plan, name);
      const rt = r.plan.nodes.find((n) => n.parentId === server.id);
      return ofKind(r.plan, 'container').filter((c) => c.parentId === rt?.id).length;
    };
    expect(onServer('k8s-a') + onServer('k8s-b') + onServer('k8s-c')).toBe(9);
    expect(Math.abs(onServer('k8s-a') - onServer('k8s-b'))).toBeLessThanOrEqual(1);
  });

  it('without a node list, makes as many nodes of the given size as the pods need', async () => {
    const r = await ok([file('workloads.yaml', WORKLOADS)], { nodeCores: 4, nodeRamGiB: 16 });
    const servers = ofKind(r.plan, 'server');
    expect(servers.every((s) => s.cpuCores === 4 && s.ramGiB === 16)).toBe(true);
    // web 3 × (0.5, 1) + db 2 × (2, 8) + debug + the exporters: two 8 GiB pods need two nodes
    expect(servers).toHaveLength(2);
    expect(ofKind(r.plan, 'container').filter((c) => c.service === 'node-exporter')).toHaveLength(
      2,
    );
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads a kubectl List of Deployments as JSON', async () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'api' },
          spec: {
            replicas: 2,
            template: { spec: { containers: [{ name: 'a', image: 'api:1' }] } },
          },
        },
      ],
    };
    const r = await ok([file('deploy.json', JSON.stringify(list))]);
    expect(ofKind(r.plan, 'container').map((c) => c.name)).toEqual(['api-1', 'api-2']);
  });

  // Fuzzing: `replicas: 1e308` made pods until memory ran out; 95,000 pods of 2 CPUs grew 47,500
  // nodes, each pod tried against every one (half a minute), and the plan was then refused.
  const deployment = (replicas: string, cpu: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  template:
    spec:
      containers: [{ name: c, image: nginx, resources: { requests: { cpu: "${cpu}", memory: 16Mi } } }]
`;
  const NODE = (name: string) =>
    `---\napiVersion: v1\nkind: Node\nmetadata: { name: ${name} }\nstatus: { capacity: { cpu: "8", memory: 32Gi } }\n`;

  it('refuses more pods than a plan holds, before making one', async () => {
    const started = performance.now();
    expect(await failure([file('k8s.yaml', deployment('1e308', '1'))])).toBe(
      `k8s.yaml: Deployment web: the workloads make more than ${MAX_NODES} pods; Strata imports up to ${MAX_NODES}`,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // Each of these makes its 95,000-odd pods (a few seconds on a loaded machine) and stops there.
  it('refuses pods that need more nodes than a plan holds, before scheduling them all', async () => {
    // 95,000 pods of 2 CPUs on 8-core nodes need 23,750 nodes; 2,500 fit beside them.
    expect(await failure([file('k8s.yaml', deployment('95000', '2'))])).toBe(
      `k8s.yaml: Deployment web: the pods need more than 2500 nodes of 8 cores and 32 GiB, past the ${MAX_NODES} nodes a plan holds — refused; choose a larger node size or give a node list`,
    );
    // With a node list: its nodes (a server and a runtime each) and the pods past the limit.
    expect(
      await failure([
        file('k8s.yaml', `${deployment(String(MAX_NODES - 3), '10m')}${NODE('a')}${NODE('b')}`),
      ]),
    ).toBe(
      `k8s.yaml: 2 nodes and ${MAX_NODES - 3} pods make more than the ${MAX_NODES} nodes a plan holds — refused`,
    );
  }, 30_000);
});
