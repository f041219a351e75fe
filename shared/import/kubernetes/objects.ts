/** Kubernetes objects as `kubectl get … -o yaml|json` writes them: flattening Lists, reading pods. */
import { isRecord } from '../../load/fields';
import { parseK8sQuantity } from '../numbers';

export type K8sObject = Readonly<Record<string, unknown>> & { readonly kind: string };

export const WORKLOAD_KINDS = [
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'DaemonSet',
  'Pod',
] as const;

/** kube-scheduler's own assumption for a pod that requests nothing (100m CPU, 200 MiB). */
export const DEFAULT_CPU_REQUEST = 0.1;
export const DEFAULT_MEMORY_REQUEST_GIB = 200 / 1024;

export function isK8sObject(value: unknown): value is K8sObject {
  return isRecord(value) && typeof value.kind === 'string' && typeof value.apiVersion === 'string';
}

/** Every object of the documents, with `List`s (and `DeploymentList`, `NodeList`, …) opened. */
export function flattenObjects(docs: readonly unknown[]): { objects: K8sObject[]; others: number } {
  const objects: K8sObject[] = [];
  let others = 0;
  const visit = (v: unknown): void => {
    if (!isK8sObject(v)) {
      others++;
      return;
    }
    if (v.kind.endsWith('List') && Array.isArray(v.items)) {
      for (const item of v.items)
        visit(
          isRecord(item) && item.kind === undefined
            ? { ...item, kind: v.kind.slice(0, -4), apiVersion: v.apiVersion }
            : item,
        );
      return;
    }
    objects.push(v);
  };
  for (const d of docs) visit(d);
  return { objects, others };
}

export function meta(o: K8sObject): {
  name: string;
  namespace: string;
  owners: { kind: string; name: string }[];
} {
  const m = isRecord(o.metadata) ? o.metadata : {};
  const owners = Array.isArray(m.ownerReferences)
    ? m.ownerReferences
        .filter(isRecord)
        .map((r) => ({ kind: String(r.kind ?? ''), name: String(r.name ?? '') }))
    : [];
  return {
    name: typeof m.name === 'string' ? m.name : '',
    namespace: typeof m.namespace === 'string' ? m.namespace : 'default',
    owners,
  };
}

/** The pod spec of a workload (its template's) or of a Pod. */
export function podSpec(o: K8sObject): Readonly<Record<string, unknown>> | null {
  const spec = isRecord(o.spec) ? o.spec : null;
  if (!spec) return null;
  if (o.kind === 'Pod') return spec;
  const template = isRecord(spec.template) ? spec.template : null;
  return template && isRecord(template.spec) ? template.spec : null;
}

export interface PodRequests {
  readonly cpu: number;
  readonly ramGiB: number;
  readonly image: string;
  readonly osFamily: 'linux' | 'windows';
}

/** What is wrong with a pod's requests: the warning's key and the value that is wrong. */
export interface PodProblem {
  readonly key: 'import.k8s.noContainers' | 'import.k8s.badCpu' | 'import.k8s.badMemory';
  readonly value: string;
}

/** Σ of the containers' requests (kube-scheduler's defaults when none), the first image. */
export function podRequests(
  spec: Readonly<Record<string, unknown>>,
): PodRequests | { error: PodProblem; column: string } {
  const containers = Array.isArray(spec.containers) ? spec.containers.filter(isRecord) : [];
  if (containers.length === 0)
    return { error: { key: 'import.k8s.noContainers', value: '' }, column: 'spec.containers' };
  let cpu = 0;
  let bytes = 0;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    const resources = isRecord(c.resources) ? c.resources : {};
    const requests = isRecord(resources.requests) ? resources.requests : {};
    if (requests.cpu !== undefined) {
      const n = parseK8sQuantity(requests.cpu);
      if (n === null)
        return {
          error: { key: 'import.k8s.badCpu', value: JSON.stringify(requests.cpu) },
          column: `spec.containers[${i}].resources.requests.cpu`,
        };
      cpu += n;
    }
    if (requests.memory !== undefined) {
      const n = parseK8sQuantity(requests.memory);
      if (n === null)
        return {
          error: { key: 'import.k8s.badMemory', value: JSON.stringify(requests.memory) },
          column: `spec.containers[${i}].resources.requests.memory`,
        };
      bytes += n;
    }
  }
  const selector = isRecord(spec.nodeSelector) ? spec.nodeSelector : {};
  const os = isRecord(spec.os) ? spec.os.name : selector['kubernetes.io/os'];
  return {
    cpu: cpu > 0 ? cpu : DEFAULT_CPU_REQUEST,
    ramGiB: bytes > 0 ? bytes / 1024 ** 3 : DEFAULT_MEMORY_REQUEST_GIB,
    image: typeof containers[0]?.image === 'string' ? containers[0].image : '',
    osFamily: os === 'windows' ? 'windows' : 'linux',
  };
}
