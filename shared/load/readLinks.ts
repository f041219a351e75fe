/** Links: an id unique among links, and two ends that name nodes. Self-links load (SPEC §4 flags them). */
import type { Link } from '../model/plan';
import { quote } from './issuePlace';
import { isRecord, loadFailure, type Step } from './loadResult';

export function readLinks(
  raw: readonly unknown[],
  nodeIds: ReadonlyMap<string, unknown>,
): Step<Link[]> {
  const links: Link[] = [];
  const indexById = new Map<string, number>();
  for (let i = 0; i < raw.length; i += 1) {
    const place = `links[${i}]`;
    const value = raw[i];
    if (!isRecord(value)) return loadFailure(place, 'must be an object { id, from, to }');
    const id = value.id;
    if (id === undefined) return loadFailure(`${place}.id`, 'is missing');
    if (typeof id !== 'string' || id === '')
      return loadFailure(`${place}.id`, 'must be a non-empty string');
    const earlier = indexById.get(id);
    if (earlier !== undefined)
      return loadFailure(`${place}.id`, `${quote(id)} is used twice (also links[${earlier}])`);
    indexById.set(id, i);
    const from = readEnd(value.from, nodeIds);
    if (from.reason !== null) return loadFailure(`${place}.from`, from.reason);
    const to = readEnd(value.to, nodeIds);
    if (to.reason !== null) return loadFailure(`${place}.to`, to.reason);
    links.push({ id, from: from.id, to: to.id });
  }
  return { ok: true, value: links };
}

function readEnd(
  value: unknown,
  nodeIds: ReadonlyMap<string, unknown>,
): { id: string; reason: string | null } {
  if (value === undefined) return { id: '', reason: 'is missing' };
  if (typeof value !== 'string') return { id: '', reason: 'must be a string (a node id)' };
  if (!nodeIds.has(value)) return { id: value, reason: `no node has id ${quote(value)}` };
  return { id: value, reason: null };
}
