/** Ids for imported nodes: readable (made from the name), unique in the plan, never reused. */

export class IdMaker {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** `prefix:name` made safe and short; `-2`, `-3`, … appended while it is taken. */
  fresh(prefix: string, name: string): string {
    const slug =
      name
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'node';
    return this.claim(`${prefix}:${slug}`);
  }

  /** `id` itself when free, else `id-2`, `id-3`, …; the answer is taken from then on. */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}
