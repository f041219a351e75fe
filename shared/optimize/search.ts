/**
 * Local search after first-fit decreasing: take the least-used host and try to empty it, moving
 * each of its units to the fullest host with room, or swapping it for a unit of another host that
 * can itself move to a third. A host emptied is dropped; a host that cannot be emptied is restored
 * and the next least-used one is tried, a few times.
 */
import type { Layout } from './layout';

/** Consecutive hosts that could not be emptied before the search stops. */
const ATTEMPTS = 4;
/** Swap candidates examined per unit, so that a large estate stays fast. */
const SWAP_CHECKS = 20_000;

interface Move {
  readonly unit: number;
  readonly from: number;
}

/** Empties hosts while it can; never below `floor` hosts. Returns how many were removed. */
export function emptyLeastUsed(layout: Layout, floor: number): number {
  let removed = 0;
  const tried = new Set<number>();
  while (tried.size < ATTEMPTS && layout.hosts > floor) {
    let least = -1;
    for (let h = 0; h < layout.hosts; h++) {
      if (tried.has(h)) continue;
      if (least < 0 || layout.load(h) < layout.load(least)) least = h;
    }
    if (least < 0) break;
    if (evacuate(layout, least)) {
      layout.compact();
      removed++;
      tried.clear();
    } else tried.add(least);
  }
  return removed;
}

function evacuate(layout: Layout, b: number): boolean {
  const { inst } = layout;
  const moves: Move[] = [];
  const units = [...(layout.units[b] as number[])].sort(
    (x, y) => (inst.ram[y] as number) - (inst.ram[x] as number) || x - y,
  );
  for (const u of units) {
    if (moveToFullest(layout, u, b, moves)) continue;
    if (swapInto(layout, u, b, moves)) continue;
    for (let i = moves.length - 1; i >= 0; i--) {
      const m = moves[i] as Move;
      layout.move(m.unit, m.from);
    }
    return false;
  }
  return true;
}

/** Best fit: the host (not b, not `avoid`) with the least room left after taking u. */
function fullestFor(layout: Layout, u: number, b: number, avoid = -1): number {
  let best = -1;
  let bestLoad = -Infinity;
  for (let h = 0; h < layout.hosts; h++) {
    if (h === b || h === avoid || !layout.fits(u, h)) continue;
    const load = layout.load(h);
    if (load > bestLoad) {
      best = h;
      bestLoad = load;
    }
  }
  return best;
}

function moveToFullest(layout: Layout, u: number, b: number, moves: Move[]): boolean {
  const h = fullestFor(layout, u, b);
  if (h < 0) return false;
  moves.push({ unit: u, from: layout.hostOf[u] as number });
  layout.move(u, h);
  return true;
}

/** u takes the place of a unit a of host h, and a goes to a third host. */
function swapInto(layout: Layout, u: number, b: number, moves: Move[]): boolean {
  const { inst } = layout;
  const cap = inst.cap;
  const needCpu = inst.cpu[u] as number;
  const needRam = inst.ram[u] as number;
  let checks = 0;
  for (let h = 0; h < layout.hosts && checks < SWAP_CHECKS; h++) {
    if (h === b) continue;
    const list = layout.units[h] as number[];
    for (let i = 0; i < list.length && checks < SWAP_CHECKS; i++, checks++) {
      const a = list[i] as number;
      const cpu = (layout.cpu[h] as number) - (inst.cpu[a] as number) + needCpu;
      const ram = (layout.ram[h] as number) - (inst.ram[a] as number) + needRam;
      if (cpu > cap.cpu + 1e-9 || ram > cap.ram + 1e-9 || layout.clashes(u, h, a)) continue;
      const d = fullestFor(layout, a, b, h);
      checks += layout.hosts;
      if (d < 0) continue;
      moves.push({ unit: a, from: h });
      layout.move(a, d);
      moves.push({ unit: u, from: layout.hostOf[u] as number });
      layout.move(u, h);
      return true;
    }
  }
  return false;
}
