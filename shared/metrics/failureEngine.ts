/**
 * The failure of a subtree (SPEC §6.3) computed on a PlanIndex with reusable scratch arrays: each
 * run costs the size of what fails, not the size of the plan, and allocates next to nothing.
 * Marks are "stamps" (a run number per slot) so nothing is cleared between runs.
 */
import { DEFAULT_SETTINGS } from '../model/settings';
import {
  buildPlanIndex,
  compareStrings,
  HYPERVISOR,
  SERVER,
  SITE,
  type PlanIndex,
} from '../model/planIndex';
import { HaPlacer, type Placement } from './haRestart';
import { keepShape } from './shapeKeeper';

/** Node indices (workloads sorted by id); service indices in no particular order. */
export interface FailureDetail {
  readonly lostWorkloads: readonly number[];
  readonly recoveredWorkloads: readonly number[];
  readonly servicesDown: readonly number[];
  readonly servicesDegraded: readonly number[];
  /** Sorted by VM id. */
  readonly placements: readonly Placement[];
}

/** Blast-radius counts by node index. */
export interface BlastCounts {
  readonly lost: Int32Array;
  readonly recovered: Int32Array;
  readonly servicesDown: Int32Array;
}

export class FailureEngine {
  readonly placer: HaPlacer;
  private stamp = 0;
  private readonly downHv: Int32Array;
  private readonly recoveredMark: Int32Array;
  private readonly serviceSize: Int32Array;
  private readonly serviceStamp: Int32Array;
  private readonly serviceLost: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly reached: Int32Array;
  private readonly closureSize: Int32Array;
  private readonly queue: Int32Array;
  private readonly candidates: number[] = [];
  /** Per cluster: its targets (hypervisors on a server), and how many are down in this run. */
  private readonly clusterTargets: Int32Array;
  private readonly clusterStamp: Int32Array;
  private readonly clusterDown: Int32Array;
  private readonly vmsByHypervisor: (Int32Array | undefined)[];
  private readonly idOrderMark: Int32Array;
  private idOrderStamp = 0;
  private readonly nameMark: Int32Array;
  private nameStamp = 0;

  constructor(
    private readonly ix: PlanIndex,
    scanLimit?: number,
  ) {
    const n = ix.nodes.length;
    const s = ix.serviceNames.length;
    this.placer = new HaPlacer(ix, scanLimit);
    this.downHv = new Int32Array(n);
    this.recoveredMark = new Int32Array(n);
    this.serviceSize = new Int32Array(s);
    for (let i = 0; i < s; i++) {
      this.serviceSize[i] = (ix.serviceStart[i + 1] as number) - (ix.serviceStart[i] as number);
    }
    this.serviceStamp = new Int32Array(s);
    this.serviceLost = new Int32Array(s);
    this.touched = new Int32Array(s);
    this.reached = new Int32Array(s);
    this.closureSize = new Int32Array(s).fill(-1);
    this.queue = new Int32Array(s);
    this.vmsByHypervisor = new Array<Int32Array | undefined>(n);
    this.idOrderMark = new Int32Array(n);
    this.nameMark = new Int32Array(s);
    const c = ix.clusters.length;
    this.clusterTargets = new Int32Array(c);
    ix.clusters.forEach((cluster, i) => {
      for (const h of cluster.hypervisors)
        if ((ix.host[h] as number) >= 0)
          this.clusterTargets[i] = (this.clusterTargets[i] as number) + 1;
    });
    this.clusterStamp = new Int32Array(c);
    this.clusterDown = new Int32Array(c);
  }

  /** Whether a failure of node x restarts VMs elsewhere (x is a site, server or hypervisor). */
  usesHa(x: number): boolean {
    const k = this.ix.kind[x];
    return k === SITE || k === SERVER || k === HYPERVISOR;
  }

  /** The hypervisor's VM children in placement order: RAM descending, then id. */
  vmsOf(h: number): Int32Array {
    let list = this.vmsByHypervisor[h];
    if (!list) {
      const { ix } = this;
      const vms: number[] = [];
      for (let p = ix.childStart[h] as number; p < (ix.childStart[h + 1] as number); p++) {
        const c = ix.childList[p] as number;
        if (ix.host[c] === h) vms.push(c);
      }
      list = Int32Array.from(vms.sort(this.placementOrder));
      this.vmsByHypervisor[h] = list;
    }
    return list;
  }

  readonly placementOrder = (a: number, b: number): number =>
    (this.ix.ram[b] as number) - (this.ix.ram[a] as number) ||
    (this.ix.rank[a] as number) - (this.ix.rank[b] as number);

  /**
   * HA restarts after the subtrees of `roots` fail together (roots must not nest). `ordered`, when
   * given, must be exactly the candidates in placement order (the caller keeps them sorted).
   * Returns how many VMs were placed: `placer.placedVm` / `placer.placedHypervisor` hold them.
   */
  restart(roots: readonly number[], ordered?: ArrayLike<number>): number {
    const { ix } = this;
    const stamp = ++this.stamp;
    for (const r of roots) {
      const from = ix.hypervisorBefore[ix.tin[r] as number] as number;
      const to = ix.hypervisorBefore[ix.tout[r] as number] as number;
      for (let p = from; p < to; p++) {
        const h = ix.hypervisorOrder[p] as number;
        this.downHv[h] = stamp;
        const c = ix.clusterOf[h] as number;
        if (c < 0 || (ix.host[h] as number) < 0) continue;
        if (this.clusterStamp[c] !== stamp) {
          this.clusterStamp[c] = stamp;
          this.clusterDown[c] = 0;
        }
        this.clusterDown[c] = (this.clusterDown[c] as number) + 1;
      }
    }
    if (ordered) return ordered.length > 0 ? this.placer.place(ordered, this.downHv, stamp) : 0;
    // Candidates of a cluster whose every target is down (a whole cluster inside a failed site)
    // cannot be placed: they are skipped before sorting.
    const candidates = this.candidates;
    candidates.length = 0;
    let single: Int32Array | null = null;
    let groups = 0;
    for (const r of roots) {
      const from = ix.hypervisorBefore[ix.tin[r] as number] as number;
      const to = ix.hypervisorBefore[ix.tout[r] as number] as number;
      for (let p = from; p < to; p++) {
        const h = ix.hypervisorOrder[p] as number;
        const c = ix.clusterOf[h] as number;
        // A count left by an earlier run is stale: this run downed none of the cluster's targets.
        const down = this.clusterStamp[c] === stamp ? (this.clusterDown[c] as number) : 0;
        if (c < 0 || down === this.clusterTargets[c]) continue;
        const vms = this.vmsOf(h);
        if (vms.length === 0) continue;
        groups++;
        single = vms;
        for (let i = 0; i < vms.length; i++) candidates.push(vms[i] as number);
      }
    }
    if (candidates.length === 0) return 0;
    const list = groups === 1 && single ? single : candidates.sort(this.placementOrder);
    return this.placer.place(list, this.downHv, stamp);
  }

  private restartAfter(x: number): number {
    return this.usesHa(x) && this.ix.hypervisorsIn(x) > 0 ? this.restart([x]) : 0;
  }

  /** Writes the blast-radius counts of node x's failure at index x of `out`. */
  countInto(x: number, out: BlastCounts): void {
    const { ix } = this;
    const total = ix.workloadsIn(x);
    const placed = total > 0 ? this.restartAfter(x) : 0;
    let recovered = 0;
    let servicesDown = 0;
    if (placed === 0 && total === 1) {
      // One lost workload: its service is down only when it is a service of one.
      const w = ix.workloadOrder[ix.workloadBefore[ix.tin[x] as number] as number] as number;
      const s = ix.serviceOf[w] as number;
      servicesDown = this.serviceSize[s] === 1 ? this.closure(s) : 0;
    } else if (total > 0) {
      recovered = this.markRecovered(placed, null);
      if (recovered < total) {
        this.countLost(x, null);
        servicesDown = this.propagate(null);
      }
    }
    out.lost[x] = total - recovered;
    out.recovered[x] = recovered;
    out.servicesDown[x] = servicesDown;
  }

  /** Everything `strata fail` prints, as indices. */
  detail(x: number): FailureDetail {
    const { ix, placer } = this;
    const placed = this.restartAfter(x);
    const placements: Placement[] = [];
    for (let i = 0; i < placed; i++) {
      placements.push({
        vm: placer.placedVm[i] as number,
        hypervisor: placer.placedHypervisor[i] as number,
      });
    }
    const recoveredWorkloads: number[] = [];
    this.markRecovered(placed, recoveredWorkloads);
    const lostWorkloads: number[] = [];
    this.countLost(x, lostWorkloads);
    const servicesDown: number[] = [];
    this.propagate(servicesDown);
    const downMark = this.stamp;
    const servicesDegraded: number[] = [];
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i] as number;
      if (this.reached[s] !== downMark) servicesDegraded.push(s);
    }
    const byRank = (a: number, b: number): number =>
      (ix.rank[a] as number) - (ix.rank[b] as number);
    return {
      lostWorkloads: this.inIdOrder(lostWorkloads),
      recoveredWorkloads: this.inIdOrder(recoveredWorkloads),
      servicesDown,
      servicesDegraded,
      placements: placements.sort((a, b) => byRank(a.vm, b.vm)),
    };
  }

  /** The names of distinct services, sorted (code-unit order); long lists the same way as ids. */
  namesInOrder(services: readonly number[]): string[] {
    const { serviceNames } = this.ix;
    const name = (s: number): string => serviceNames[s] as string;
    if (services.length * 16 < serviceNames.length) return services.map(name).sort(compareStrings);
    const stamp = ++this.nameStamp;
    for (const s of services) this.nameMark[s] = stamp;
    const byName = servicesByName(serviceNames);
    const out: string[] = [];
    for (let r = 0; r < byName.length; r++) {
      const s = byName[r] as number;
      if (this.nameMark[s] === stamp) out.push(name(s));
    }
    return out;
  }

  /**
   * Node indices sorted by id. A long list of distinct indices (a site's failure lists thousands)
   * is marked and picked out of the id order in one pass instead of sorted with a comparator.
   */
  inIdOrder(list: number[]): number[] {
    const { ix } = this;
    const n = ix.nodes.length;
    const byRank = (a: number, b: number): number =>
      (ix.rank[a] as number) - (ix.rank[b] as number);
    if (list.length * 16 < n) return list.sort(byRank);
    const stamp = ++this.idOrderStamp;
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      if (this.idOrderMark[x] === stamp) return list.sort(byRank);
      this.idOrderMark[x] = stamp;
    }
    let at = 0;
    for (let r = 0; r < n; r++) {
      const i = ix.sortedById[r] as number;
      if (this.idOrderMark[i] === stamp) list[at++] = i;
    }
    return list;
  }

  /** Marks the workloads in the subtrees of the last run's placed VMs; returns how many. */
  private markRecovered(placed: number, list: number[] | null): number {
    const { ix } = this;
    const stamp = ++this.stamp;
    let recovered = 0;
    for (let i = 0; i < placed; i++) {
      const vm = this.placer.placedVm[i] as number;
      const from = ix.workloadBefore[ix.tin[vm] as number] as number;
      const to = ix.workloadBefore[ix.tout[vm] as number] as number;
      recovered += to - from;
      for (let p = from; p < to; p++) {
        const w = ix.workloadOrder[p] as number;
        this.recoveredMark[w] = stamp;
        list?.push(w);
      }
    }
    return recovered;
  }

  /** Counts lost workloads per service (those not marked by the last markRecovered). */
  private countLost(x: number, list: number[] | null): void {
    const { ix } = this;
    const stamp = this.stamp;
    this.touchedCount = 0;
    const from = ix.workloadBefore[ix.tin[x] as number] as number;
    const to = ix.workloadBefore[ix.tout[x] as number] as number;
    for (let p = from; p < to; p++) {
      const w = ix.workloadOrder[p] as number;
      if (this.recoveredMark[w] === stamp) continue;
      list?.push(w);
      const s = ix.serviceOf[w] as number;
      if (this.serviceStamp[s] !== stamp) {
        this.serviceStamp[s] = stamp;
        this.serviceLost[s] = 0;
        this.touched[this.touchedCount++] = s;
      }
      this.serviceLost[s] = (this.serviceLost[s] as number) + 1;
    }
  }

  /**
   * The services of the last countLost that lost every workload are down, and so is every service
   * that depends on one; returns how many (and lists them in `out`), marked with a new stamp.
   */
  private propagate(out: number[] | null): number {
    let seeds = 0;
    let only = -1;
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i] as number;
      if (this.serviceLost[s] !== this.serviceSize[s]) continue;
      seeds++;
      only = s;
    }
    if (seeds === 1 && !out) return this.closure(only);
    const mark = ++this.stamp;
    let tail = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i] as number;
      if (this.serviceLost[s] !== this.serviceSize[s]) continue;
      this.reached[s] = mark;
      this.queue[tail++] = s;
    }
    return this.spread(mark, tail, out);
  }

  /** How many services are down when s alone goes down: cached, as many failures share it. */
  private closure(s: number): number {
    let size = this.closureSize[s] as number;
    if (size < 0) {
      const mark = ++this.stamp;
      this.reached[s] = mark;
      this.queue[0] = s;
      size = this.spread(mark, 1, null);
      this.closureSize[s] = size;
    }
    return size;
  }

  /** Breadth-first through the dependents of the queued services, each visited once. */
  private spread(mark: number, queued: number, out: number[] | null): number {
    const { dependentsStart, dependentsList } = this.ix;
    let tail = queued;
    for (let head = 0; head < tail; head++) {
      const s = this.queue[head] as number;
      for (let e = dependentsStart[s] as number; e < (dependentsStart[s + 1] as number); e++) {
        const d = dependentsList[e] as number;
        if (this.reached[d] === mark) continue;
        this.reached[d] = mark;
        this.queue[tail++] = d;
      }
    }
    if (out) for (let i = 0; i < tail; i++) out.push(this.queue[i] as number);
    return tail;
  }
}

/** Service indices by name, kept with the names (an edit that keeps the services keeps them). */
const nameOrders = new WeakMap<readonly string[], Int32Array>();

function servicesByName(names: readonly string[]): Int32Array {
  let order = nameOrders.get(names);
  if (!order) {
    order = Int32Array.from(names.keys()).sort((a, b) =>
      compareStrings(names[a] as string, names[b] as string),
    );
    nameOrders.set(names, order);
  }
  return order;
}

keepShape(
  new FailureEngine(
    buildPlanIndex({
      format: 'strata-plan',
      version: 1,
      name: '',
      settings: DEFAULT_SETTINGS,
      nodes: [],
      links: [],
    }),
  ),
);
