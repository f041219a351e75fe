/** Links: an id unique among links, and two ends that name nodes. Self-links load (SPEC §4 flags them). */
import type { Link } from '../model/plan';
import { quote } from './issuePlace';
import type { Message } from '../i18n/message';
import { isRecord, loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';

export function readLinks(
  raw: readonly unknown[],
  nodeIds: ReadonlyMap<string, unknown>,
): Step<Link[]> {
  const links: Link[] = [];
  const indexById = new Map<string, number>();
  for (let i = 0; i < raw.length; i += 1) {
    const value = raw[i];
    if (!isRecord(value)) return fail(i, '', reason('load.objectOf', { shape: '{ id, from, to }' }));
    const { id, from, to } = value;
    if (id === undefined) return fail(i, '.id', reason('load.missing'));
    if (typeof id !== 'string' || id === '') return fail(i, '.id', reason('load.nonEmptyString'));
    const earlier = indexById.get(id);
    if (earlier !== undefined)
      return fail(i, '.id', reason('load.usedTwice', { id: quote(id), other: `links[${earlier}]` }));
    indexById.set(id, i);
    const fromProblem = endProblem(from, nodeIds);
    if (fromProblem !== null) return fail(i, '.from', fromProblem);
    const toProblem = endProblem(to, nodeIds);
    if (toProblem !== null) return fail(i, '.to', toProblem);
    links.push({ id, from: from as string, to: to as string });
  }
  return { ok: true, value: links };
}

// Places are built only on failure, not once per link.
function fail(index: number, field: string, why: Message | string): Step<never> {
  return loadFailure(`links[${index}]${field}`, why);
}

/** Why a link end is wrong, or null when it names a node. */
function endProblem(value: unknown, nodeIds: ReadonlyMap<string, unknown>): string | null {
  if (value === undefined) return 'is missing';
  if (typeof value !== 'string') return 'must be a string (a node id)';
  if (!nodeIds.has(value)) return `no node has id ${quote(value)}`;
  return null;
}
