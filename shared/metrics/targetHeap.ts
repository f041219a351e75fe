/**
 * A max-heap of (hypervisor, free RAM at push) ordered by RAM descending, then id ascending: the
 * HA placement of large clusters picks its target from here.
 */
export class TargetHeap {
  private readonly h: number[] = [];
  private readonly k: number[] = [];
  constructor(private readonly rank: Int32Array) {}

  get size(): number {
    return this.h.length;
  }
  clear(): void {
    this.h.length = 0;
    this.k.length = 0;
  }
  topKey(): number {
    return this.k[0] as number;
  }
  topTarget(): number {
    return this.h[0] as number;
  }
  private before(a: number, b: number): boolean {
    const ka = this.k[a] as number;
    const kb = this.k[b] as number;
    return (
      ka > kb ||
      (ka === kb &&
        (this.rank[this.h[a] as number] as number) < (this.rank[this.h[b] as number] as number))
    );
  }
  private swap(a: number, b: number): void {
    const th = this.h[a] as number;
    const tk = this.k[a] as number;
    this.h[a] = this.h[b] as number;
    this.k[a] = this.k[b] as number;
    this.h[b] = th;
    this.k[b] = tk;
  }
  push(target: number, key: number): void {
    this.h.push(target);
    this.k.push(key);
    let i = this.h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): void {
    const last = this.h.length - 1;
    this.swap(0, last);
    this.h.pop();
    this.k.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.before(l, m)) m = l;
      if (r < last && this.before(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
