/**
 * The failure of one or more subtrees (SPEC §6.3) computed on a PlanIndex with reusable scratch
 * arrays: each run costs the size of what fails, not the size of the plan. Marks are "stamps"
 * (a run number per slot) so nothing is cleared between runs.
 */
import { HYPERVISOR, SERVER, SITE, type PlanIndex } from '../model/planIndex';
import { HaPlacer, type Placement } from './haRestart';

export interface FailureCounts {
  readonly lost: number;
  readonly recovered: number;
  readonly servicesDown: number;
}

/** Node indices (workloads sorted by id); service indices in no particular order. */
export interface FailureDetail extends FailureCounts {
  readonly lostWorkloads: readonly number[];
  readonly recoveredWorkloads: readonly number[];
  readonly servicesDownList: readonly number[];
  readonly servicesDegradedList: readonly number[];
  readonly placements: readonly Placement[];
}

const NONE: FailureCounts = { lost: 0, recovered: 0, servicesDown: 0 };

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
  private readonly vmsByHypervisor: (Int32Array | undefined)[];

  constructor(
    private readonly ix: PlanIndex,
    scanLimit?: number,
  ) {
    const n = ix.nodes.length;
    const s = ix.services.length;
    this.placer = new HaPlacer(ix, scanLimit);
    this.downHv = new Int32Array(n);
    this.recoveredMark = new Int32Array(n);
    this.serviceSize = Int32Array.from(ix.services, (service) => service.workloads.length);
    this.serviceStamp = new Int32Array(s);
    this.serviceLost = new Int32Array(s);
    this.touched = new Int32Array(s);
    this.reached = new Int32Array(s);
    this.closureSize = new Int32Array(s).fill(-1);
    this.queue = new Int32Array(s);
    this.vmsByHypervisor = new Array<Int32Array | undefined>(n);
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
   */
  restart(roots: readonly number[], ordered?: ArrayLike<number>): Placement[] {
    const { ix } = this;
    const stamp = ++this.stamp;
    const candidates: number[] = [];
    let single: Int32Array | null = null;
    let groups = 0;
    for (const r of roots) {
      const from = ix.hypervisorBefore[ix.tin[r] as number] as number;
      const to = ix.hypervisorBefore[ix.tout[r] as number] as number;
      for (let p = from; p < to; p++) {
        const h = ix.hypervisorOrder[p] as number;
        this.downHv[h] = stamp;
        if (ordered || (ix.clusterOf[h] as number) < 0) continue;
        const vms = this.vmsOf(h);
        if (vms.length === 0) continue;
        groups++;
        single = vms;
        for (const v of vms) candidates.push(v);
      }
    }
    const placements: Placement[] = [];
    const list =
      ordered ?? (groups === 1 && single ? single : candidates.sort(this.placementOrder));
    if (list.length > 0) this.placer.place(list, this.downHv, stamp, placements);
    return placements;
  }

  /** Counts for the failure of node x (one blast-radius entry). */
  counts(x: number): FailureCounts {
    const { ix } = this;
    const total = ix.workloadsIn(x);
    if (total === 0) return NONE;
    const placements = this.usesHa(x) && ix.hypervisorsIn(x) > 0 ? this.restart([x]) : [];
    if (placements.length === 0 && total === 1) {
      // One lost workload: its service is down only when it is a service of one.
      const s = ix.serviceOf[
        ix.workloadOrder[ix.workloadBefore[ix.tin[x] as number] as number] as number
      ] as number;
      return {
        lost: 1,
        recovered: 0,
        servicesDown: this.serviceSize[s] === 1 ? this.closure(s) : 0,
      };
    }
    const recovered = this.markRecovered(placements, null);
    const lost = total - recovered;
    if (lost === 0) return { lost, recovered, servicesDown: 0 };
    this.countLost(x, null);
    const seeds = this.seeds();
    const servicesDown =
      seeds.length === 1 ? this.closure(seeds[0] as number) : this.reach(seeds, null);
    return { lost, recovered, servicesDown };
  }

  /** Everything `strata fail` prints, as indices. */
  detail(x: number): FailureDetail {
    const { ix } = this;
    const placements = this.usesHa(x) && ix.hypervisorsIn(x) > 0 ? this.restart([x]) : [];
    const recoveredWorkloads: number[] = [];
    const recovered = this.markRecovered(placements, recoveredWorkloads);
    const lostWorkloads: number[] = [];
    this.countLost(x, lostWorkloads);
    const down: number[] = [];
    this.reach(this.seeds(), down);
    const downMark = this.stamp;
    const degraded: number[] = [];
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i] as number;
      if (this.reached[s] !== downMark) degraded.push(s);
    }
    const byRank = (a: number, b: number): number =>
      (ix.rank[a] as number) - (ix.rank[b] as number);
    return {
      lost: lostWorkloads.length,
      recovered,
      servicesDown: down.length,
      lostWorkloads: lostWorkloads.sort(byRank),
      recoveredWorkloads: recoveredWorkloads.sort(byRank),
      servicesDownList: down,
      servicesDegradedList: degraded,
      placements: placements.slice().sort((a, b) => byRank(a.vm, b.vm)),
    };
  }

  /** Marks the workloads of each placed VM's subtree with a new stamp; returns how many. */
  private markRecovered(placements: readonly Placement[], list: number[] | null): number {
    const { ix } = this;
    const stamp = ++this.stamp;
    let recovered = 0;
    for (const { vm } of placements) {
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

  /** Services whose every workload was lost in the last countLost. */
  private seeds(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i] as number;
      if (this.serviceLost[s] === this.serviceSize[s]) out.push(s);
    }
    return out;
  }

  /** How many services are down when s alone goes down: cached, as many failures share it. */
  private closure(s: number): number {
    let size = this.closureSize[s] as number;
    if (size < 0) {
      size = this.reach([s], null);
      this.closureSize[s] = size;
    }
    return size;
  }

  /** Down services plus every service that depends on one, each visited once; marks them with a new stamp. */
  private reach(seeds: readonly number[], out: number[] | null): number {
    const mark = ++this.stamp;
    let tail = 0;
    for (const s of seeds) {
      if (this.reached[s] === mark) continue;
      this.reached[s] = mark;
      this.queue[tail++] = s;
    }
    for (let head = 0; head < tail; head++) {
      const s = this.queue[head] as number;
      for (const d of this.ix.dependents[s] ?? []) {
        if (this.reached[d] === mark) continue;
        this.reached[d] = mark;
        this.queue[tail++] = d;
      }
    }
    if (out) for (let i = 0; i < tail; i++) out.push(this.queue[i] as number);
    return tail;
  }
}
