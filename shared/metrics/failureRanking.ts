/**
 * Which failures the summary shows. The spec's `blastRadius.max` breaks ties on `lost` by the
 * smallest id; the summary breaks them by services down first, because a planner reading
 * "the worst single failure" wants the one that stops the most services.
 */
import type { BlastEntry } from './types';

/** How many failures the summary describes: the worst and the next few. */
export const SHOWN_FAILURES = 4;

function worse(a: BlastEntry, b: BlastEntry): boolean {
  if (a.lost !== b.lost) return a.lost > b.lost;
  if (a.servicesDown !== b.servicesDown) return a.servicesDown > b.servicesDown;
  return a.id < b.id;
}

/** The `count` worst failures that lose at least one workload, worst first (one pass: plans are large). */
export function rankFailures(entries: readonly BlastEntry[], count = SHOWN_FAILURES): BlastEntry[] {
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
