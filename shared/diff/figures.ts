/**
 * Every numeric figure of a report (SPEC §6, the keys of `strata report --json`) by its dotted
 * key: `consolidation.servers`, `dr.coverage`. Entries of a list are keyed by their id (or, for
 * clusters, their name): `consolidation.hosts.esx-01.cpuRatio`, `blastRadius.nodes.vm-db.lost`,
 * `ha.clusters.prod.toleratesHostFailures`. Lists of names (unprotected workloads, downtime
 * hosts) and text are not figures; a null figure (no servers: ratio) has no entry.
 */
import { reportJson } from '../metrics/jsonOutput';
import type { Report } from '../metrics/types';

export function reportFigures(report: Report): Map<string, number> {
  const out = new Map<string, number>();
  collect(reportJson(report), '', out);
  return out;
}

function collect(value: unknown, key: string, out: Map<string, number>): void {
  if (typeof value === 'number') {
    out.set(key, value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value as readonly unknown[]) {
      const id = entryKey(item);
      if (id !== null) collect(item, `${key}.${id}`, out);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [name, child] of Object.entries(value)) {
    // An entry's own id is its key, not a figure.
    collect(child, key === '' ? name : `${key}.${name}`, out);
  }
}

/** The key of a list entry: its id, else its name (clusters); null for entries that are not records. */
function entryKey(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Readonly<Record<string, unknown>>;
  if (typeof record.id === 'string') return record.id;
  if (typeof record.name === 'string') return record.name;
  return null;
}
