/**
 * Kubernetes objects (multi-document YAML, or `kubectl get … -o json` Lists) → a plan: one Strata
 * container per pod replica, demand the Σ of its containers' requests, image the first
 * container's, one service per workload named by its `metadata.name`. With a node list each node
 * is a server (capacity, host OS from `osImage`, a runtime from `containerRuntimeVersion`) and pods
 * are placed by a least-allocated scheduler; without one, pods go onto as many nodes of the given
 * size as they need.
 */
import { message } from '../../i18n/message';
import { isRecord } from '../../load/fields';
import type { Os } from '../../model/os';
import { Findings, sumCounts } from '../findings';
import { parseK8sQuantity, round } from '../numbers';
import { parseOsString } from '../osString';
import { PlanParts } from '../planParts';
import { MAX_NODES } from '../../model/plan';
import { importFailure, type FormatResult, type ImportOptions } from '../types';
import {
  flattenObjects,
  meta,
  podRequests,
  podSpec,
  WORKLOAD_KINDS,
  type K8sObject,
} from './objects';
import { newNode, schedule, type PodDemand, type SchedNode } from './scheduler';

export interface K8sFile {
  readonly file: string;
  readonly docs: readonly unknown[];
}

interface Pod extends PodDemand {
  readonly name: string;
  readonly image: string;
  readonly service: string;
  readonly daemon: boolean;
  readonly file: string;
  readonly row: number;
  /** Its workload as an error names it: `Deployment web`. */
  readonly workload: string;
}

interface NodeInfo {
  readonly name: string;
  readonly os: Os;
  readonly engine: string;
}

const ENGINES: readonly (readonly [RegExp, string])[] = [
  [/^containerd/i, 'containerd'],
  [/^cri-o|^crio/i, 'CRI-O'],
  [/^docker/i, 'Docker'],
  [/^kata/i, 'Kata Containers'],
];

export function importKubernetes(
  files: readonly K8sFile[],
  options: ImportOptions,
  planName: string,
): FormatResult {
  const findings = new Map<string, Findings>();
  const fnd = (file: string): Findings => {
    let f = findings.get(file);
    if (!f) findings.set(file, (f = new Findings(file)));
    return f;
  };
  const entries: { o: K8sObject; file: string; row: number }[] = [];
  for (const { file, docs } of files) {
    const { objects, others } = flattenObjects(docs);
    if (others > 0) fnd(file).skip('otherKinds', others);
    objects.forEach((o, i) => entries.push({ o, file, row: i + 1 }));
  }
  const present = new Set(entries.map(({ o }) => `${meta(o).namespace}/${o.kind}/${meta(o).name}`));
  const pods: Pod[] = [];
  const nodes: SchedNode[] = [];
  const infos: NodeInfo[] = [];
  let nodeFile: string | undefined;

  for (const { o, file, row } of entries) {
    const f = fnd(file);
    const m = meta(o);
    if (o.kind === 'Node') {
      const node = readNode(o, f, row);
      if (node) {
        nodeFile ??= file;
        nodes.push(node.sched);
        infos.push(node.info);
      }
      continue;
    }
    if (!(WORKLOAD_KINDS as readonly string[]).includes(o.kind)) {
      f.skip('otherKinds');
      continue;
    }
    // A Deployment's ReplicaSet and their Pods, all in one `kubectl get all`, are one workload.
    if (m.owners.some((w) => present.has(`${m.namespace}/${w.kind}/${w.name}`))) {
      f.skip('ownedByWorkload');
      continue;
    }
    const status = isRecord(o.status) ? o.status : {};
    if (o.kind === 'Pod' && (status.phase === 'Succeeded' || status.phase === 'Failed')) {
      f.skip('finishedPods');
      continue;
    }
    const spec = podSpec(o);
    if (!spec) {
      f.skipRow(row, 'spec', message('import.k8s.noPodSpec', { kind: o.kind, name: m.name }));
      continue;
    }
    const req = podRequests(spec);
    if ('error' in req) {
      f.skipRow(
        row,
        req.column,
        message(req.error.key, { kind: o.kind, name: m.name, value: req.error.value }),
      );
      continue;
    }
    const ownSpec = isRecord(o.spec) ? o.spec : {};
    const replicas = o.kind === 'Pod' || o.kind === 'DaemonSet' ? 1 : (ownSpec.replicas ?? 1);
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
      f.skipRow(
        row,
        'spec.replicas',
        message('import.k8s.badReplicas', {
          kind: o.kind,
          name: m.name,
          value: JSON.stringify(replicas),
        }),
      );
      continue;
    }
    // A plan holds MAX_NODES nodes: refused before a pod is made (`replicas: 1e308` never ends).
    if (pods.length + replicas > MAX_NODES)
      return importFailure(
        file,
        `${o.kind} ${m.name}`,
        message('import.kubernetes.tooManyPods', { max: MAX_NODES }),
      );
    // One demand for all the replicas: objects of one shape, made once per workload.
    const cpu = round(req.cpu, 4);
    const ramGiB = round(req.ramGiB, 4);
    const workload = `${o.kind} ${m.name}`;
    const daemon = o.kind === 'DaemonSet';
    for (let i = 0; i < replicas; i++) {
      const name =
        o.kind === 'Pod'
          ? m.name
          : o.kind === 'StatefulSet'
            ? `${m.name}-${i}`
            : `${m.name}-${i + 1}`;
      pods.push({
        cpu,
        ramGiB,
        osFamily: req.osFamily,
        image: req.image,
        name,
        service: m.name,
        daemon,
        file,
        row,
        workload,
      });
    }
  }

  const daemons: number[] = [];
  const others: number[] = [];
  pods.forEach((p, i) => (p.daemon ? daemons : others).push(i));
  // Larger pods first pack better; ties keep the file's order.
  others.sort((a, b) => pods[b]!.ramGiB - pods[a]!.ramGiB || pods[b]!.cpu - pods[a]!.cpu || a - b);
  // Each node is a server and a runtime in the plan, with a copy of every DaemonSet pod: the plan
  // must stay within MAX_NODES, and scheduling (every pod against every node) within seconds.
  const perNodeCost = 2 + daemons.length;
  if (infos.length > 0 && infos.length * perNodeCost + others.length > MAX_NODES)
    return importFailure(
      nodeFile ?? files[0]?.file ?? 'import',
      null,
      message('import.kubernetes.planTooBig', {
        nodes: infos.length,
        pods: pods.length,
        max: MAX_NODES,
      }),
    );
  const grow =
    infos.length === 0
      ? {
          cpu: options.nodeCores ?? 8,
          ramGiB: options.nodeRamGiB ?? 32,
          maxNodes: Math.floor((MAX_NODES - others.length) / perNodeCost),
        }
      : null;
  const daemonPods: { pod: number; node: number }[] = [];
  const result = schedule(nodes, pods, daemons, others, grow, (pod, node) =>
    daemonPods.push({ pod, node }),
  );
  if (result.full !== null && grow) {
    const p = pods[result.full]!;
    return importFailure(
      p.file,
      p.workload,
      message('import.kubernetes.tooManyNodes', {
        nodes: grow.maxNodes,
        cores: grow.cpu,
        ram: grow.ramGiB,
        max: MAX_NODES,
      }),
    );
  }
  for (const i of result.unplaced) {
    const p = pods[i]!;
    fnd(p.file).skipRow(
      p.row,
      null,
      grow
        ? message('import.k8s.fitsNowhere', {
            ...podText(p),
            cores: grow.cpu,
            nodeRam: grow.ramGiB,
          })
        : message('import.k8s.fitsNoListed', podText(p)),
      'unscheduled',
    );
  }

  const parts = new PlanParts();
  const perNode = new Map<number, { pod: number; daemon: boolean }[]>();
  const onNode = (ni: number): { pod: number; daemon: boolean }[] => {
    let list = perNode.get(ni);
    if (!list) perNode.set(ni, (list = []));
    return list;
  };
  for (const { pod, node } of daemonPods) onNode(node).push({ pod, daemon: true });
  result.nodes.forEach((n, ni) => {
    for (const pod of n.pods) onNode(ni).push({ pod, daemon: false });
  });
  result.nodes.forEach((n, ni) => {
    const info = infos[ni] ?? {
      name: `node-${ni + 1}`,
      os:
        n.osFamily === 'windows'
          ? { family: 'windows', name: 'Windows Server', version: '' }
          : { family: 'linux', name: 'Linux', version: '' },
      engine: 'containerd',
    };
    const server = parts.add('server', 'node', {
      parentId: null,
      name: info.name,
      cpuCores: n.cpu,
      ramGiB: round(n.ramGiB),
      os: info.os,
    });
    const runtime = parts.add('runtime', 'rt', {
      parentId: server.id,
      name: `${info.engine} ${info.name}`,
      engine: info.engine,
    });
    for (const { pod, daemon } of perNode.get(ni) ?? []) {
      const p = pods[pod]!;
      parts.add('container', 'pod', {
        parentId: runtime.id,
        name: daemon ? `${p.service}-${info.name}` : p.name,
        image: p.image,
        cpu: p.cpu,
        ramGiB: p.ramGiB,
        osFamily: p.osFamily,
        service: p.service,
      });
    }
  });
  const all = [...findings.values()];
  return {
    ok: true,
    plan: parts.toPlan(planName),
    warnings: all.flatMap((f) => f.warnings),
    skipped: sumCounts(...all.map((f) => f.skipped)),
    included: sumCounts(...all.map((f) => f.included)),
  };
}

function readNode(
  o: K8sObject,
  f: Findings,
  row: number,
): { sched: SchedNode; info: NodeInfo } | null {
  const m = meta(o);
  const status = isRecord(o.status) ? o.status : {};
  const capacity = isRecord(status.capacity) ? status.capacity : {};
  const allocatable = isRecord(status.allocatable) ? status.allocatable : capacity;
  const nodeInfo = isRecord(status.nodeInfo) ? status.nodeInfo : {};
  const cores = parseK8sQuantity(capacity.cpu);
  const bytes = parseK8sQuantity(capacity.memory);
  if (cores === null || cores <= 0) {
    f.skipRow(
      row,
      'status.capacity.cpu',
      message('import.k8s.badCpuCapacity', { name: m.name, value: JSON.stringify(capacity.cpu) }),
    );
    return null;
  }
  if (bytes === null || bytes <= 0) {
    f.skipRow(
      row,
      'status.capacity.memory',
      message('import.k8s.badMemoryCapacity', {
        name: m.name,
        value: JSON.stringify(capacity.memory),
      }),
    );
    return null;
  }
  const family = nodeInfo.operatingSystem === 'windows' ? 'windows' : 'linux';
  const parsed = parseOsString(typeof nodeInfo.osImage === 'string' ? nodeInfo.osImage : '');
  const os: Os =
    parsed && (parsed.family === family || parsed.family === 'other')
      ? { ...parsed, family }
      : { family, name: family === 'windows' ? 'Windows Server' : 'Linux', version: '' };
  const runtime =
    typeof nodeInfo.containerRuntimeVersion === 'string' ? nodeInfo.containerRuntimeVersion : '';
  const engine =
    ENGINES.find(([re]) => re.test(runtime))?.[1] ?? (runtime.split(':')[0] || 'containerd');
  const allocCpu = parseK8sQuantity(allocatable.cpu) ?? cores;
  const allocRam = parseK8sQuantity(allocatable.memory) ?? bytes;
  const sched = newNode(cores, bytes / 1024 ** 3, family);
  // The scheduler fills what the node allocates to pods, the plan shows the whole machine.
  sched.cpuFree = allocCpu;
  sched.ramFree = allocRam / 1024 ** 3;
  return { sched, info: { name: m.name || `node-${row}`, os, engine } };
}

/** A pod as its warnings name it: name, requests, OS family. */
function podText(p: { name: string; cpu: number; ramGiB: number; osFamily: string }) {
  return { name: p.name, cpu: round(p.cpu, 3), ram: round(p.ramGiB, 3), family: p.osFamily };
}
