/**
 * Which failures the summary shows. The spec's `blastRadius.max` breaks ties on `lost` by the
 * smallest id; the summary breaks them by services down first, because a planner reading
 * "the worst single failure" wants the one that stops the most services.
 */
import type { BlastEntry } from './types';

/** How many failures the summary describes: the worst and the next few. */
export const SHOWN_FAILURES = 4;

/** Whether `a` ranks before `b`: a strict total order on entries of distinct ids. */
function worse(a: BlastEntry, b: BlastEntry): boolean {
  if (a.lost !== b.lost) return a.lost > b.lost;
  if (a.servicesDown !== b.servicesDown) return a.servicesDown > b.servicesDown;
  return a.id < b.id;
}

/** The `count` worst entries that lose at least one workload, worst first (one pass). */
function scan(entries: readonly BlastEntry[], count: number): BlastEntry[] {
  const top: BlastEntry[] = [];
  for (const entry of entries) {
    if (entry.lost === 0) continue;
    const last = top[top.length - 1];
    if (top.length === count && last !== undefined && !worse(entry, last)) continue;
    let at = top.length;
    for (
      let before = top[at - 1];
      before !== undefined && worse(entry, before);
      before = top[at - 1]
    )
      at -= 1;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * A report's worst entries, kept with its entry list: `top` holds, worst first, every entry that
 * loses a workload and ranks at or above `bound` (null: every entry that loses one), so every
 * other entry ranks below `bound`. The panel, the worst-failure figure and the failures simulated
 * after an edit all ask; a list derived from another after an edit derives its ranking too.
 */
interface Ranking {
  readonly top: readonly BlastEntry[];
  readonly bound: BlastEntry | null;
}

/** How many entries a ranking keeps: enough for several edits to derive from it. */
const DEPTH = 32;

const rankings = new WeakMap<readonly BlastEntry[], Ranking>();

function fullRanking(entries: readonly BlastEntry[]): Ranking {
  const top = scan(entries, DEPTH);
  return { top, bound: top.length === DEPTH ? (top[DEPTH - 1] as BlastEntry) : null };
}

/** The `count` worst failures that lose at least one workload, worst first. */
export function rankFailures(entries: readonly BlastEntry[], count = SHOWN_FAILURES): BlastEntry[] {
  if (count > DEPTH) return scan(entries, count);
  let ranking = rankings.get(entries);
  if (!ranking || (ranking.bound !== null && ranking.top.length < count)) {
    ranking = fullRanking(entries);
    rankings.set(entries, ranking);
  }
  return ranking.top.slice(0, count);
}

/**
 * Records the ranking of `entries`, which equal `previous` but for `changed` (new entry objects,
 * ids distinct, each replacing the entry of its id): the ranking of `previous`, those entries
 * replaced. Nothing when `previous` has none recorded (the next rankFailures scans).
 */
export function rankAfter(
  previous: readonly BlastEntry[],
  entries: readonly BlastEntry[],
  changed: readonly BlastEntry[],
): void {
  const before = rankings.get(previous);
  if (!before) return;
  if (changed.length === 0) {
    rankings.set(entries, before);
    return;
  }
  const ids = new Set(changed.map((e) => e.id));
  const { bound } = before;
  const top = before.top.filter((e) => !ids.has(e.id));
  for (const e of changed) if (e.lost > 0 && (bound === null || !worse(bound, e))) top.push(e);
  top.sort((a, b) => (worse(a, b) ? -1 : worse(b, a) ? 1 : 0));
  if (top.length > DEPTH) {
    top.length = DEPTH;
    rankings.set(entries, { top, bound: top[DEPTH - 1] as BlastEntry });
  } else rankings.set(entries, { top, bound });
}
