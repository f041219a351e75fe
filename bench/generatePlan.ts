/**
 * A deterministic generator of synthetic plan documents for the benchmarks (engine and canvas):
 * a primary and a secondary site, hypervisor hosts in HA clusters of 16, VMs with mixed Linux and
 * Windows guests in replicated services, Kubernetes-node VMs with containers, a few bare-metal
 * Docker hosts and legacy bare-metal servers, and dependency links between services.
 *
 * Pure TypeScript with no Node imports, so a browser page can bundle it too. The result is a
 * complete `.strata` document (every field written): `planText` turns it into file text.
 */
import type { Plan, PlanNode, ServerNode } from '../shared/model';
import { CURRENT_VERSION, PLAN_FORMAT } from '../shared/model/plan';
import { DEFAULT_SETTINGS } from '../shared/model/settings';
import type { Context, Draft } from './drafts';
import { draft, emitNodes } from './drafts';
import { Random } from './random';
import { CLUSTER_FIXED_NODES, buildCluster, placeContainers } from './syntheticCluster';
import type { ClusterProfile } from './syntheticCatalogue';
import { DOCKER_HOST_OS, LEGACY_OS } from './syntheticCatalogue';
import { buildLinks } from './syntheticLinks';

export interface GenerateOptions {
  /** About how many nodes; the generator hits it exactly from 200 up. */
  readonly nodes: number;
  readonly seed?: number;
  readonly name?: string;
}

export const DEFAULT_SEED = 20240611;
export const MIN_NODES = 200;

/** The sizes the benchmarks run, with the labels their files and tables use. */
export const BENCH_SIZES: readonly { readonly label: string; readonly nodes: number }[] = [
  { label: '500', nodes: 500 },
  { label: '1k', nodes: 1_000 },
  { label: '2k', nodes: 2_000 },
  { label: '10k', nodes: 10_000 },
  { label: '100k', nodes: 100_000 },
];

const NODES_PER_CLUSTER = 400;
const SECONDARY_SHARE = 0.3;
const CONTAINERS_PER_DOCKER_HOST = 12;
const PRIMARY_PROFILES: readonly (readonly [ClusterProfile, number])[] = [
  ['tight', 0.08],
  ['snug', 0.5],
  ['roomy', 0.42],
];

interface Layout {
  readonly dockerHosts: number;
  readonly legacyServers: number;
  readonly primaryClusters: number;
  readonly secondaryClusters: number;
  /** Guest nodes per cluster, in cluster order. */
  readonly guests: readonly number[];
}

export function planLayout(nodes: number): Layout {
  const dockerHosts = Math.max(1, Math.round(nodes / 4000));
  const legacyServers = 2 * Math.max(1, Math.round(nodes / 10_000));
  const clusters = Math.max(2, Math.round(nodes / NODES_PER_CLUSTER));
  const secondaryClusters = Math.max(1, Math.round(clusters * SECONDARY_SHARE));
  const fixed =
    2 +
    dockerHosts * (2 + CONTAINERS_PER_DOCKER_HOST) +
    legacyServers +
    clusters * CLUSTER_FIXED_NODES;
  const budget = nodes - fixed;
  const guests = Array.from(
    { length: clusters },
    (_, i) => Math.floor(budget / clusters) + (i < budget % clusters ? 1 : 0),
  );
  return {
    dockerHosts,
    legacyServers,
    primaryClusters: clusters - secondaryClusters,
    secondaryClusters,
    guests,
  };
}

export function generatePlan(options: GenerateOptions): Plan {
  const { nodes: target, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(target) || target < MIN_NODES) {
    throw new RangeError(`nodes must be an integer of at least ${MIN_NODES}`);
  }
  const ctx: Context = { rng: new Random(seed), services: [], serial: 0 };
  const layout = planLayout(target);
  const site = (id: string, name: string, role: 'primary' | 'secondary', x: number): Draft =>
    draft(
      'site',
      (nodeId, parentId) => ({
        id: nodeId,
        kind: 'site',
        parentId,
        name,
        role,
        position: { x, y: 0 },
      }),
      undefined,
      id,
    );
  const primary = site('site-1', 'Primary DC', 'primary', 0);
  const secondary = site('site-2', 'Secondary DC', 'secondary', 6000);

  layout.guests.forEach((guests, i) => {
    const atPrimary = i < layout.primaryClusters;
    const number = atPrimary ? i + 1 : i + 1 - layout.primaryClusters;
    buildCluster(ctx, {
      site: atPrimary ? primary : secondary,
      name: `${atPrimary ? 'pri' : 'sec'}-cl${String(number).padStart(3, '0')}`,
      guests,
      profile: atPrimary ? ctx.rng.weighted(PRIMARY_PROFILES) : 'standby',
      group: i,
    });
  });
  buildDockerHosts(ctx, primary, layout.dockerHosts);
  buildLegacyServers(ctx, primary, layout.legacyServers);
  const pairs = buildLinks(ctx);

  const nodes: PlanNode[] = emitNodes([primary, secondary]);
  const links = pairs.map(([from, to], i) => ({ id: `l${i + 1}`, from: from.id, to: to.id }));
  return {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    name: options.name ?? `Synthetic estate, ${target} nodes (seed ${seed})`,
    settings: structuredClone(DEFAULT_SETTINGS),
    nodes,
    links,
    view: { x: 0, y: 0, zoom: 1 },
  };
}

/** Bare-metal Docker hosts: a Linux server with a Docker runtime and containers on its kernel. */
function buildDockerHosts(ctx: Context, site: Draft, count: number): void {
  const runtimes: Draft[] = [];
  for (let d = 1; d <= count; d++) {
    const name = `docker-${String(d).padStart(2, '0')}`;
    const server = draft(
      'server',
      (id, parentId) => bareMetal(id, parentId, name, 32, 128, DOCKER_HOST_OS, null, null),
      site,
    );
    runtimes.push(
      draft(
        'runtime',
        (id, parentId) => ({
          id,
          kind: 'runtime',
          parentId,
          name: 'docker',
          engine: 'Docker',
          isolation: 'shared-kernel',
        }),
        server,
      ),
    );
  }
  placeContainers(ctx, runtimes, count * CONTAINERS_PER_DOCKER_HOST, -1, 'linux');
}

/** Legacy databases on dedicated servers, in pairs: each pair one service. */
function buildLegacyServers(ctx: Context, site: Draft, count: number): void {
  for (let p = 0; p < count / 2; p++) {
    ctx.serial += 1;
    const service = `ora-${ctx.serial}`;
    const workloads = [1, 2].map((r) =>
      draft(
        'server',
        (id, parentId) =>
          bareMetal(id, parentId, `${service}-${r}`, 16, 256, LEGACY_OS, 'oracle', service),
        site,
      ),
    );
    ctx.services.push({ tier: 0, group: -2, workloads });
  }
}

function bareMetal(
  id: string,
  parentId: string | null,
  name: string,
  cpuCores: number,
  ramGiB: number,
  os: ServerNode['os'],
  workload: string | null,
  service: string | null,
): ServerNode {
  return { id, kind: 'server', parentId, name, cpuCores, ramGiB, os, workload, service };
}
