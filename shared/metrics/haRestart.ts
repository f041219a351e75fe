/**
 * The HA restart placement of SPEC §6.3 step 2, shared by the failure simulation and the
 * per-cluster HA test. Targets are hypervisors; capacity is their server's free CPU and RAM.
 *
 * Small clusters copy their targets' free room into one short array per run and scan it for each
 * VM. Large clusters keep their hypervisors sorted once by initial free RAM; during a run a target
 * that has taken a VM moves into a max-heap keyed by its current free RAM (entries made stale by a
 * later deduction are dropped when popped), so a placement costs O(log T).
 */
import type { PlanIndex } from '../model/planIndex';
import { TargetHeap } from './targetHeap';

/** Clusters up to this many hypervisors are scanned; larger ones use the sorted list and heap. */
export const SCAN_LIMIT = 48;

export interface Placement {
  readonly vm: number;
  readonly hypervisor: number;
}

/** A small cluster's targets in id order, with their free room during the current run. */
interface Slots {
  readonly hypervisors: Int32Array;
  readonly servers: Int32Array;
  readonly ram: Float64Array;
  readonly cpu: Float64Array;
}

export class HaPlacer {
  private stamp = 0;
  private readonly capStamp: Int32Array;
  private readonly ramNow: Float64Array;
  private readonly cpuNow: Float64Array;
  private readonly movedStamp: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly clusterStamp: Int32Array;
  private readonly cursor: Int32Array;
  private readonly slots: (Slots | undefined)[];
  private readonly heaps: (TargetHeap | undefined)[];
  private readonly staticOrder: (Int32Array | undefined)[];
  private readonly rejected: number[] = [];
  private readonly rejectedKeys: number[] = [];
  /** The placements of the last run: VM `placedVm[i]` went to hypervisor `placedHypervisor[i]`. */
  readonly placedVm: Int32Array;
  readonly placedHypervisor: Int32Array;
  private down: Int32Array = new Int32Array(0);
  private downMark = 0;

  /** `scanLimit` is exposed so tests can drive the heap path on small clusters. */
  constructor(
    private readonly ix: PlanIndex,
    private readonly scanLimit = SCAN_LIMIT,
  ) {
    const n = ix.nodes.length;
    this.capStamp = new Int32Array(n);
    this.ramNow = new Float64Array(n);
    this.cpuNow = new Float64Array(n);
    this.movedStamp = new Int32Array(n);
    this.slotOf = new Int32Array(n).fill(-1);
    this.placedVm = new Int32Array(n);
    this.placedHypervisor = new Int32Array(n);
    const c = ix.clusters.length;
    this.clusterStamp = new Int32Array(c);
    this.cursor = new Int32Array(c);
    this.slots = new Array<Slots | undefined>(c);
    this.heaps = new Array<TargetHeap | undefined>(c);
    this.staticOrder = new Array<Int32Array | undefined>(c);
  }

  private ram(server: number): number {
    return this.capStamp[server] === this.stamp
      ? (this.ramNow[server] as number)
      : (this.ix.freeRam[server] as number);
  }
  private cpu(server: number): number {
    return this.capStamp[server] === this.stamp
      ? (this.cpuNow[server] as number)
      : (this.ix.freeCpu[server] as number);
  }
  private isDown(h: number): boolean {
    return this.down[h] === this.downMark;
  }

  /** The cluster's hypervisors that sit on a server, in id order. */
  private targets(cluster: number): number[] {
    return (this.ix.clusters[cluster]?.hypervisors ?? []).filter(
      (h) => (this.ix.host[h] as number) >= 0,
    );
  }

  private small(cluster: number): boolean {
    return (this.ix.clusters[cluster]?.hypervisors.length ?? 0) <= this.scanLimit;
  }

  /**
   * Places `candidates` (VM indices already in placement order: RAM descending, then id) on the
   * hypervisors of their cluster that are up: a hypervisor h is down when `down[h] === downMark`.
   * Returns how many were placed; they are in `placedVm` / `placedHypervisor`.
   */
  place(candidates: ArrayLike<number>, down: Int32Array, downMark: number): number {
    const { ix } = this;
    this.down = down;
    this.downMark = downMark;
    this.stamp++;
    let placed = 0;
    // Every cluster of the run is set up before the first deduction, which may touch any of them.
    for (let i = 0; i < candidates.length; i++) {
      const c = ix.clusterOf[ix.host[candidates[i] as number] as number] as number;
      if (c >= 0 && this.clusterStamp[c] !== this.stamp) this.activate(c);
    }
    for (let i = 0; i < candidates.length; i++) {
      const v = candidates[i] as number;
      const c = ix.clusterOf[ix.host[v] as number] as number;
      if (c < 0) continue;
      const needRam = ix.ram[v] as number;
      const needCpu = ix.cpu[v] as number;
      const target = this.small(c)
        ? this.scan(c, needRam, needCpu)
        : this.pick(c, needRam, needCpu);
      if (target < 0) continue;
      const s = ix.host[target] as number;
      const ram = this.ram(s) - needRam;
      const cpu = this.cpu(s) - needCpu;
      this.capStamp[s] = this.stamp;
      this.ramNow[s] = ram;
      this.cpuNow[s] = cpu;
      this.deducted(s, ram, cpu);
      this.placedVm[placed] = v;
      this.placedHypervisor[placed] = target;
      placed++;
    }
    return placed;
  }

  private activate(c: number): void {
    this.clusterStamp[c] = this.stamp;
    if (!this.small(c)) {
      this.cursor[c] = 0;
      let heap = this.heaps[c];
      if (!heap) this.heaps[c] = heap = new TargetHeap(this.ix.rank);
      heap.clear();
      return;
    }
    let slots = this.slots[c];
    if (!slots) {
      const hypervisors = Int32Array.from(this.targets(c));
      hypervisors.forEach((h, q) => (this.slotOf[h] = q));
      const servers = hypervisors.map((h) => this.ix.host[h] as number);
      const size = hypervisors.length;
      this.slots[c] = slots = {
        hypervisors,
        servers,
        ram: new Float64Array(size),
        cpu: new Float64Array(size),
      };
    }
    for (let q = 0; q < slots.hypervisors.length; q++) {
      const s = slots.servers[q] as number;
      // A down target can never be chosen: no VM needs less than -Infinity.
      slots.ram[q] = this.isDown(slots.hypervisors[q] as number) ? -Infinity : this.ram(s);
      slots.cpu[q] = this.cpu(s);
    }
  }

  /** Tells every active cluster with an up hypervisor on this server about its new free room. */
  private deducted(server: number, ram: number, cpu: number): void {
    const { ix } = this;
    for (let p = ix.childStart[server] as number; p < (ix.childStart[server + 1] as number); p++) {
      const h = ix.childList[p] as number;
      const c = ix.clusterOf[h] as number;
      if (c < 0 || ix.host[h] !== server || this.clusterStamp[c] !== this.stamp || this.isDown(h))
        continue;
      const slots = this.small(c) ? this.slots[c] : undefined;
      if (slots) {
        const q = this.slotOf[h] as number;
        slots.ram[q] = ram;
        slots.cpu[q] = cpu;
      } else {
        this.movedStamp[h] = this.stamp;
        this.heaps[c]?.push(h, ram);
      }
    }
  }

  /** The most free RAM among targets with room for the VM; slots are in id order, so the first of equals wins. */
  private scan(cluster: number, ramNeed: number, cpuNeed: number): number {
    const slots = this.slots[cluster] as Slots;
    const { ram, cpu } = slots;
    let best = -1;
    let bestRam = -Infinity;
    for (let q = 0; q < ram.length; q++) {
      const r = ram[q] as number;
      if (r >= ramNeed && r > bestRam && (cpu[q] as number) >= cpuNeed) {
        best = q;
        bestRam = r;
      }
    }
    return best < 0 ? -1 : (slots.hypervisors[best] as number);
  }

  /** The cluster's targets by initial free RAM descending, then id (large clusters). */
  private sortedTargets(cluster: number): Int32Array {
    let list = this.staticOrder[cluster];
    if (!list) {
      const { ix } = this;
      const free = (h: number): number => ix.freeRam[ix.host[h] as number] as number;
      const hvs = this.targets(cluster);
      hvs.sort((a, b) => free(b) - free(a) || (ix.rank[a] as number) - (ix.rank[b] as number));
      list = Int32Array.from(hvs);
      this.staticOrder[cluster] = list;
    }
    return list;
  }

  /** Taken out of the sorted list: down, or already moved to the heap. */
  private gone(h: number): boolean {
    return this.movedStamp[h] === this.stamp || this.down[h] === this.downMark;
  }

  private pick(cluster: number, ramNeed: number, cpuNeed: number): number {
    const { ix } = this;
    const list = this.sortedTargets(cluster);
    let p = this.cursor[cluster] as number;
    while (p < list.length && this.gone(list[p] as number)) p++;
    this.cursor[cluster] = p;
    let fromList = -1;
    for (let q = p; q < list.length; q++) {
      const h = list[q] as number;
      if (this.gone(h)) continue;
      const s = ix.host[h] as number;
      if ((ix.freeRam[s] as number) < ramNeed) break;
      if (this.cpu(s) >= cpuNeed) {
        fromList = h;
        break;
      }
    }
    const heap = this.heaps[cluster] as TargetHeap;
    let fromHeap = -1;
    let heapKey = 0;
    while (heap.size > 0 && heap.topKey() >= ramNeed) {
      const h = heap.topTarget();
      const key = heap.topKey();
      heap.pop();
      const s = ix.host[h] as number;
      if (key !== this.ram(s) || this.isDown(h)) continue;
      if (this.cpu(s) >= cpuNeed) {
        fromHeap = h;
        heapKey = key;
        break;
      }
      this.rejected.push(h);
      this.rejectedKeys.push(key);
    }
    for (let i = 0; i < this.rejected.length; i++) {
      heap.push(this.rejected[i] as number, this.rejectedKeys[i] as number);
    }
    this.rejected.length = 0;
    this.rejectedKeys.length = 0;
    if (fromList < 0) return fromHeap;
    if (fromHeap < 0) return fromList;
    const listKey = ix.freeRam[ix.host[fromList] as number] as number;
    const listWins =
      listKey > heapKey ||
      (listKey === heapKey && (ix.rank[fromList] as number) < (ix.rank[fromHeap] as number));
    // The loser goes back: the winner is requeued by the deduction that follows.
    if (listWins) heap.push(fromHeap, heapKey);
    return listWins ? fromList : fromHeap;
  }
}
