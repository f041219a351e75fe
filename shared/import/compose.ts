/**
 * A Compose file (the Compose Specification) → containers on one Docker host: each service a
 * service of containers (`deploy.replicas`, else `scale`, else 1), demand from
 * `deploy.resources.limits`, else `reservations`, else `cpus` / `mem_limit`, else the container
 * defaults; `depends_on` (list or map) → dependency links. Services with `profiles` are left out
 * unless that profile is asked for; `x-` keys are ignored.
 */
import { NODE_DEFAULTS } from '../model/defaults';
import { BOUNDS } from '../model/bounds';
import { MAX_NODES } from '../model/plan';
import { isRecord } from '../load/fields';
import { Findings } from './findings';
import { bytesToGiB, parseCpus, parseDockerBytes, round } from './numbers';
import { PlanParts } from './planParts';
import { message } from '../i18n/message';
import { importFailure, type FormatResult, type ImportOptions } from './types';

const LINUX = { family: 'linux', name: 'Linux', version: '' } as const;

export function isComposeDocument(value: unknown): boolean {
  return (
    isRecord(value) && isRecord(value.services) && !('kind' in value) && !('apiVersion' in value)
  );
}

interface ServicePlan {
  readonly name: string;
  readonly count: number;
  /** Where the count was read (`services.web.deploy.replicas`, `services.web.scale`). */
  readonly countPlace: string;
  readonly cpu: number;
  readonly ramGiB: number;
  readonly image: string;
  readonly dependsOn: readonly string[];
}

export function importCompose(
  file: string,
  value: unknown,
  options: ImportOptions,
  planName: string,
): FormatResult {
  if (!isComposeDocument(value) || !isRecord(value) || !isRecord(value.services))
    return importFailure(file, 'services', message('import.fail.composeServices'));
  const project =
    typeof value.name === 'string' && value.name.trim() !== '' ? value.name.trim() : planName;
  const f = new Findings(file);
  const services: ServicePlan[] = [];
  // The Docker host and its runtime, then the containers: refused, before one is made, when
  // the replicas come to more than a plan holds (`replicas: 1e308` would never end).
  let planNodes = 2;
  for (const [name, raw] of Object.entries(value.services)) {
    const place = `services.${name}`;
    if (!isRecord(raw)) {
      f.skipRow(null, place, message('import.compose.notMap', { name }));
      continue;
    }
    const profiles = Array.isArray(raw.profiles) ? raw.profiles.map(String) : [];
    if (profiles.length > 0 && !(options.profile && profiles.includes(options.profile))) {
      f.skip('profiles');
      continue;
    }
    const s = readService(name, raw, project, f);
    if (s === null) continue;
    if (s.count === 0) {
      f.skip('scaledToZero');
      continue;
    }
    planNodes += s.count;
    if (planNodes > MAX_NODES)
      return importFailure(
        file,
        s.countPlace,
        message('import.compose.tooManyContainers', {
          name,
          value: s.count,
          max: MAX_NODES,
        }),
      );
    services.push(s);
  }

  const parts = new PlanParts();
  const totalCpu = services.reduce((sum, s) => sum + s.cpu * s.count, 0);
  const totalRam = services.reduce((sum, s) => sum + s.ramGiB * s.count, 0);
  const server = parts.add('server', 'host', {
    parentId: null,
    name: `${project} Docker host`,
    os: LINUX,
    // A new host big enough for what it runs (the server defaults, or more), but no bigger than
    // a server may be: past that, the report shows the overcommit.
    cpuCores: Math.min(
      BOUNDS.cpuCores.max,
      Math.max(NODE_DEFAULTS.server.cpuCores, Math.ceil(totalCpu / 4)),
    ),
    ramGiB: Math.min(BOUNDS.ramGiB.max, Math.max(NODE_DEFAULTS.server.ramGiB, Math.ceil(totalRam))),
  });
  const runtime = parts.add('runtime', 'docker', {
    parentId: server.id,
    name: `Docker ${project}`,
    engine: 'Docker',
    isolation: 'shared-kernel',
  });
  const first = new Map<string, string>();
  for (const s of services) {
    for (let i = 1; i <= s.count; i++) {
      const c = parts.add('container', 'ct', {
        parentId: runtime.id,
        name: `${project}-${s.name}-${i}`,
        image: s.image,
        cpu: s.cpu,
        ramGiB: s.ramGiB,
        osFamily: 'linux',
        service: s.name,
      });
      if (i === 1) first.set(s.name, c.id);
    }
  }
  for (const s of services) {
    for (const dep of s.dependsOn) {
      const from = first.get(s.name);
      const to = first.get(dep);
      if (from && to) parts.link(from, to);
      else if (!to && !Object.hasOwn(value.services, dep))
        f.warn(
          null,
          `services.${s.name}.depends_on`,
          message('import.compose.dependsOnMissing', { name: s.name, dep }),
        );
    }
  }
  return {
    ok: true,
    plan: parts.toPlan(project),
    warnings: f.warnings,
    skipped: f.skipped,
    included: f.included,
  };
}

function readService(
  name: string,
  raw: Readonly<Record<string, unknown>>,
  project: string,
  f: Findings,
): ServicePlan | null {
  const place = `services.${name}`;
  const deploy = isRecord(raw.deploy) ? raw.deploy : {};
  const resources = isRecord(deploy.resources) ? deploy.resources : {};
  const limits = isRecord(resources.limits) ? resources.limits : {};
  const reservations = isRecord(resources.reservations) ? resources.reservations : {};

  const replicas = deploy.mode === 'global' ? 1 : (deploy.replicas ?? raw.scale ?? 1);
  const countPlace =
    deploy.mode !== 'global' && deploy.replicas === undefined && raw.scale !== undefined
      ? `${place}.scale`
      : `${place}.deploy.replicas`;
  const count =
    typeof replicas === 'number' ? replicas : typeof replicas === 'string' ? Number(replicas) : NaN;
  if (!Number.isInteger(count) || count < 0) {
    f.skipRow(
      null,
      `${place}.deploy.replicas`,
      message('import.compose.badReplicas', { name, value: JSON.stringify(replicas) }),
    );
    return null;
  }
  const cpuSources: [string, unknown][] = [
    [`${place}.deploy.resources.limits.cpus`, limits.cpus],
    [`${place}.deploy.resources.reservations.cpus`, reservations.cpus],
    [`${place}.cpus`, raw.cpus],
  ];
  const ramSources: [string, unknown][] = [
    [`${place}.deploy.resources.limits.memory`, limits.memory],
    [`${place}.deploy.resources.reservations.memory`, reservations.memory],
    [`${place}.mem_limit`, raw.mem_limit],
  ];
  const cpu = firstGiven(cpuSources, parseCpus, NODE_DEFAULTS.container.cpu, f, name, 'cpus');
  const bytes = firstGiven(ramSources, parseDockerBytes, null, f, name, 'memory');
  if (cpu === undefined || bytes === undefined) return null;
  const ramGiB = bytes === null ? NODE_DEFAULTS.container.ramGiB : round(bytesToGiB(bytes), 4);
  const image =
    typeof raw.image === 'string' ? raw.image : raw.build !== undefined ? `${project}-${name}` : '';
  return { name, count, countPlace, cpu, ramGiB, image, dependsOn: dependsOn(raw.depends_on) };
}

/** The first source given: its value, or undefined (after a warning) when it is not a positive number. */
function firstGiven<T extends number | null>(
  sources: readonly [string, unknown][],
  parse: (v: unknown) => number | null,
  fallback: T,
  f: Findings,
  service: string,
  what: string,
): number | T | undefined {
  for (const [place, value] of sources) {
    if (value === undefined || value === null) continue;
    const n = parse(value);
    if (n === null || n <= 0) {
      f.skipRow(
        null,
        place,
        message('import.compose.notAboveZero', {
          name: service,
          value: JSON.stringify(value),
          what,
        }),
      );
      return undefined;
    }
    return n;
  }
  return fallback;
}

function dependsOn(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (isRecord(value)) return Object.keys(value);
  return [];
}
