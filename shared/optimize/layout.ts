/**
 * A layout of a group's units on hosts of one model: which host each unit is on, what each host
 * holds, and the two constructions the optimizer starts from — first-fit decreasing (pack tight)
 * and worst-fit decreasing onto a given number of hosts (spread evenly).
 */
import type { Instance } from './instance';

/** Sums of sizes are compared with this much slack, so that 0.1 + 0.2 fits in 0.3. */
const EPS = 1e-9;

export class Layout {
  /** Host of each unit, -1 while unplaced. */
  readonly hostOf: Int32Array;
  cpu: number[] = [];
  ram: number[] = [];
  units: number[][] = [];

  constructor(readonly inst: Instance) {
    this.hostOf = new Int32Array(inst.size).fill(-1);
  }

  get hosts(): number {
    return this.units.length;
  }

  addHost(): number {
    this.cpu.push(0);
    this.ram.push(0);
    this.units.push([]);
    return this.units.length - 1;
  }

  /** Room and anti-affinity: whether unit u may join host h (ignoring u's own place). */
  fits(u: number, h: number): boolean {
    const { inst } = this;
    const mine = this.hostOf[u] === h;
    const cpu = (this.cpu[h] as number) + (mine ? 0 : (inst.cpu[u] as number));
    const ram = (this.ram[h] as number) + (mine ? 0 : (inst.ram[u] as number));
    if (cpu > inst.cap.cpu + EPS || ram > inst.cap.ram + EPS) return false;
    return !this.clashes(u, h);
  }

  /** Whether host h holds another unit of one of u's anti-affinity sets. */
  clashes(u: number, h: number, except = -1): boolean {
    const { inst } = this;
    for (let p = inst.setStart[u] as number; p < (inst.setStart[u + 1] as number); p++) {
      const s = inst.sets[p] as number;
      for (let q = inst.memberStart[s] as number; q < (inst.memberStart[s + 1] as number); q++) {
        const m = inst.members[q] as number;
        if (m !== u && m !== except && this.hostOf[m] === h) return true;
      }
    }
    return false;
  }

  place(u: number, h: number): void {
    const { inst } = this;
    this.hostOf[u] = h;
    this.cpu[h] = (this.cpu[h] as number) + (inst.cpu[u] as number);
    this.ram[h] = (this.ram[h] as number) + (inst.ram[u] as number);
    (this.units[h] as number[]).push(u);
  }

  remove(u: number): void {
    const { inst } = this;
    const h = this.hostOf[u] as number;
    this.hostOf[u] = -1;
    this.cpu[h] = (this.cpu[h] as number) - (inst.cpu[u] as number);
    this.ram[h] = (this.ram[h] as number) - (inst.ram[u] as number);
    const list = this.units[h] as number[];
    const at = list.indexOf(u);
    list[at] = list[list.length - 1] as number;
    list.pop();
  }

  move(u: number, h: number): void {
    this.remove(u);
    this.place(u, h);
  }

  /** Share of the host's packing capacity in use, CPU and RAM added. */
  load(h: number): number {
    return (
      (this.cpu[h] as number) / this.inst.cap.cpu + (this.ram[h] as number) / this.inst.cap.ram
    );
  }

  /** Drops empty hosts, renumbering the rest in order. */
  compact(): void {
    const keep: number[] = [];
    for (let h = 0; h < this.hosts; h++) if ((this.units[h] as number[]).length > 0) keep.push(h);
    this.cpu = keep.map((h) => this.cpu[h] as number);
    this.ram = keep.map((h) => this.ram[h] as number);
    this.units = keep.map((h) => this.units[h] as number[]);
    this.units.forEach((list, h) => list.forEach((u) => (this.hostOf[u] = h)));
  }

  clone(): Layout {
    const copy = new Layout(this.inst);
    copy.hostOf.set(this.hostOf);
    copy.cpu = [...this.cpu];
    copy.ram = [...this.ram];
    copy.units = this.units.map((list) => [...list]);
    return copy;
  }

  /** The same layout with `extra` empty hosts added. */
  padded(extra: number): Layout {
    const copy = this.clone();
    for (let i = 0; i < extra; i++) copy.addHost();
    return copy;
  }
}

const decreasingOrders = new WeakMap<Instance, Int32Array>();

/** Units by their dominant share of a host, largest first (ties: the larger sum, then index). */
export function decreasing(inst: Instance): Int32Array {
  let order = decreasingOrders.get(inst);
  if (!order) decreasingOrders.set(inst, (order = sortDecreasing(inst)));
  return order;
}

function sortDecreasing(inst: Instance): Int32Array {
  const key = new Float64Array(inst.size);
  const sum = new Float64Array(inst.size);
  for (let u = 0; u < inst.size; u++) {
    const c = (inst.cpu[u] as number) / inst.cap.cpu;
    const r = (inst.ram[u] as number) / inst.cap.ram;
    key[u] = Math.max(c, r);
    sum[u] = c + r;
  }
  const order = Int32Array.from({ length: inst.size }, (_, u) => u);
  return order.sort(
    (a, b) =>
      (key[b] as number) - (key[a] as number) || (sum[b] as number) - (sum[a] as number) || a - b,
  );
}

/** First-fit decreasing: each unit on the first host with room, a new host when none has. */
export function firstFitDecreasing(inst: Instance): Layout {
  const layout = new Layout(inst);
  // Hosts before `from` are too full for the smallest unit left; the order is decreasing in the
  // dominant share only, so the skip is kept conservative: a host is skipped when both resources
  // are short of the smallest CPU and RAM of any unit.
  let minCpu = Infinity;
  let minRam = Infinity;
  for (let u = 0; u < inst.size; u++) {
    minCpu = Math.min(minCpu, inst.cpu[u] as number);
    minRam = Math.min(minRam, inst.ram[u] as number);
  }
  let from = 0;
  for (const u of decreasing(inst)) {
    while (
      from < layout.hosts &&
      ((layout.cpu[from] as number) + minCpu > inst.cap.cpu + EPS ||
        (layout.ram[from] as number) + minRam > inst.cap.ram + EPS)
    )
      from++;
    let target = -1;
    for (let h = from; h < layout.hosts; h++) {
      if (layout.fits(u, h)) {
        target = h;
        break;
      }
    }
    layout.place(u, target >= 0 ? target : layout.addHost());
  }
  return layout;
}

/**
 * Worst-fit decreasing onto exactly `hosts` hosts: each unit on the host with the most room left
 * (by the scarcer resource). Null when some unit fits nowhere.
 */
export function spread(inst: Instance, hosts: number): Layout | null {
  const layout = new Layout(inst);
  for (let h = 0; h < hosts; h++) layout.addHost();
  for (const u of decreasing(inst)) {
    let best = -1;
    let bestRoom = -Infinity;
    const needCpu = inst.cpu[u] as number;
    const needRam = inst.ram[u] as number;
    for (let h = 0; h < hosts; h++) {
      const freeCpu = inst.cap.cpu - (layout.cpu[h] as number);
      const freeRam = inst.cap.ram - (layout.ram[h] as number);
      if (freeCpu + EPS < needCpu || freeRam + EPS < needRam) continue;
      const room = Math.min(freeCpu / inst.cap.cpu, freeRam / inst.cap.ram);
      if (room > bestRoom && !layout.clashes(u, h)) {
        best = h;
        bestRoom = room;
      }
    }
    if (best < 0) return null;
    layout.place(u, best);
  }
  return layout;
}
