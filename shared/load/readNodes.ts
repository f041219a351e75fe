/**
 * The node pass: each node's id (present, unique), kind (checked by hand, then that kind's
 * schema) and default name. One pass over the array, one Map of ids.
 */
import { defaultNodeName } from '../model/defaults';
import { isNodeKind, NODE_KINDS, type NodeKind, type PlanNode } from '../model/nodes';
import { formatPath, quote } from './issuePlace';
import type { Message } from '../i18n/message';
import { isRecord, loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';
import { parseNodeOfKind } from './nodeSchemas';

export interface NodesRead {
  readonly nodes: readonly PlanNode[];
  /** Node id → its index in `nodes` (and in the file). */
  readonly indexById: ReadonlyMap<string, number>;
}

const EXPECTED_KINDS = `expected one of ${NODE_KINDS.join(', ')}`;

export function readNodes(raw: readonly unknown[]): Step<NodesRead> {
  const nodes: PlanNode[] = [];
  const indexById = new Map<string, number>();
  const countByKind: Record<NodeKind, number> = {
    site: 0,
    server: 0,
    hypervisor: 0,
    vm: 0,
    runtime: 0,
    container: 0,
  };
  for (let i = 0; i < raw.length; i += 1) {
    const value = raw[i];
    if (!isRecord(value)) return fail(i, '', reason('load.object'));
    const id = value.id;
    if (id === undefined) return fail(i, '.id', reason('load.missing'));
    if (typeof id !== 'string' || id === '') return fail(i, '.id', reason('load.nonEmptyString'));
    const earlier = indexById.get(id);
    if (earlier !== undefined)
      return fail(i, '.id', reason('load.usedTwice', { id: quote(id), other: `nodes[${earlier}]` }));
    indexById.set(id, i);
    const kind = value.kind;
    if (!isNodeKind(kind)) return fail(i, '.kind', describeBadKind(kind));
    const parsed = parseNodeOfKind(kind, value);
    if (!parsed.ok) return fail(i, formatPath(parsed.path), parsed.said);
    countByKind[kind] += 1;
    const node = parsed.node as { name?: string | undefined };
    // The schema's output is a fresh object: naming it in place spares a copy per node.
    if (node.name === undefined) node.name = defaultNodeName(kind, countByKind[kind]);
    nodes.push(node as PlanNode);
  }
  return { ok: true, value: { nodes, indexById } };
}

// Places are built only on failure: a string per node would cost 100,000 allocations.
function fail(index: number, field: string, why: Message | string): Step<never> {
  return loadFailure(`nodes[${index}]${field}`, why);
}

function describeBadKind(kind: unknown): string {
  if (kind === undefined) return `is missing; ${EXPECTED_KINDS}`;
  if (typeof kind !== 'string') return `must be a string; ${EXPECTED_KINDS}`;
  return `unknown kind ${quote(kind)}; ${EXPECTED_KINDS}`;
}
