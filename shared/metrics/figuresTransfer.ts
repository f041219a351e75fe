/**
 * A report's per-node parts and a failure's lists as numbers, to cross from a worker to the page:
 * every entry that names a node becomes its index in the plan's nodes, which the page holds
 * already. Structured clone is paid by the receiver in one task, and on 100,000 nodes the report's
 * blast radius (an entry per node) and the worst failures' lists (tens of thousands of names each)
 * cost the page hundreds of milliseconds as objects; as typed arrays they are moved, not copied,
 * and rebuilt on the page from its own nodes.
 *
 * Packing refuses (returns null) whatever it cannot rebuild exactly — a name that is not its node's
 * id or name — and the sender then sends the objects as they are.
 */
import type { FailureOutcome } from './failure';
import type { BlastEntry, NamedRef, Report } from './types';
import type { PlanNode } from '../model/nodes';
import { idIndexOf } from '../model/nodeIds';

export interface PackedFailure {
  readonly nodeId: string;
  /** Indexes into the plan's nodes, in the outcome's order. */
  readonly down: Int32Array;
  readonly lostWorkloads: Int32Array;
  readonly recoveredWorkloads: Int32Array;
  readonly servicesDown: readonly string[];
  readonly servicesDegraded: readonly string[];
  /** VM, then hypervisor, of each restart, as indexes into the plan's nodes. */
  readonly restarts: Int32Array;
}

/** `report.blastRadius.nodes` as columns: the node's index and its three counts. */
export interface PackedBlast {
  readonly node: Int32Array;
  readonly lost: Float64Array;
  readonly recovered: Float64Array;
  readonly servicesDown: Float64Array;
}

/** Each node's index in `nodes`, by id. */
export function indexOfIds(nodes: readonly PlanNode[]): ReadonlyMap<string, number> {
  return idIndexOf(nodes);
}

function packRefs(
  refs: readonly NamedRef[],
  at: ReadonlyMap<string, number>,
  nodes: readonly PlanNode[],
): Int32Array | null {
  const out = new Int32Array(refs.length);
  for (let i = 0; i < refs.length; i += 1) {
    const ref = refs[i] as NamedRef;
    const x = at.get(ref.id);
    if (x === undefined || nodes[x]?.name !== ref.name) return null;
    out[i] = x;
  }
  return out;
}

export function packFailure(
  outcome: FailureOutcome,
  at: ReadonlyMap<string, number>,
  nodes: readonly PlanNode[],
): PackedFailure | null {
  const down = packRefs(outcome.down, at, nodes);
  const lost = packRefs(outcome.lostWorkloads, at, nodes);
  const recovered = packRefs(outcome.recoveredWorkloads, at, nodes);
  if (!down || !lost || !recovered) return null;
  const restarts = new Int32Array(2 * outcome.restarts.length);
  for (let i = 0; i < outcome.restarts.length; i += 1) {
    const { vmId, hypervisorId } = outcome.restarts[i] as FailureOutcome['restarts'][number];
    const vm = at.get(vmId);
    const hypervisor = at.get(hypervisorId);
    if (vm === undefined || hypervisor === undefined) return null;
    restarts[2 * i] = vm;
    restarts[2 * i + 1] = hypervisor;
  }
  return {
    nodeId: outcome.nodeId,
    down,
    lostWorkloads: lost,
    recoveredWorkloads: recovered,
    servicesDown: outcome.servicesDown,
    servicesDegraded: outcome.servicesDegraded,
    restarts,
  };
}

function nodeAt(nodes: readonly PlanNode[], x: number): PlanNode {
  const node = nodes[x];
  if (!node) throw new Error('the figures do not match the plan');
  return node;
}

function unpackRefs(packed: Int32Array, nodes: readonly PlanNode[]): NamedRef[] {
  const out = new Array<NamedRef>(packed.length);
  for (let i = 0; i < packed.length; i += 1) {
    const node = nodeAt(nodes, packed[i] as number);
    out[i] = { id: node.id, name: node.name };
  }
  return out;
}

/** The outcome again, over `nodes` (the same plan's nodes, as the page holds them). */
export function unpackFailure(packed: PackedFailure, nodes: readonly PlanNode[]): FailureOutcome {
  const restarts = new Array<FailureOutcome['restarts'][number]>(packed.restarts.length / 2);
  for (let i = 0; i < restarts.length; i += 1)
    restarts[i] = {
      vmId: nodeAt(nodes, packed.restarts[2 * i] as number).id,
      hypervisorId: nodeAt(nodes, packed.restarts[2 * i + 1] as number).id,
    };
  return {
    nodeId: packed.nodeId,
    down: unpackRefs(packed.down, nodes),
    lostWorkloads: unpackRefs(packed.lostWorkloads, nodes),
    recoveredWorkloads: unpackRefs(packed.recoveredWorkloads, nodes),
    servicesDown: packed.servicesDown,
    servicesDegraded: packed.servicesDegraded,
    restarts,
  };
}

/** The report without its blast entries, and the entries packed (null: an entry names no node). */
export function packBlast(
  report: Report,
  at: ReadonlyMap<string, number>,
): { readonly report: Report; readonly blast: PackedBlast } | null {
  const entries = report.blastRadius.nodes;
  const n = entries.length;
  const blast: PackedBlast = {
    node: new Int32Array(n),
    lost: new Float64Array(n),
    recovered: new Float64Array(n),
    servicesDown: new Float64Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const entry = entries[i] as BlastEntry;
    const x = at.get(entry.id);
    if (x === undefined) return null;
    blast.node[i] = x;
    blast.lost[i] = entry.lost;
    blast.recovered[i] = entry.recovered;
    blast.servicesDown[i] = entry.servicesDown;
  }
  return { report: { ...report, blastRadius: { ...report.blastRadius, nodes: [] } }, blast };
}

/** The report with its blast entries again, over `nodes`; `max` is its entry of the list, as built. */
export function unpackBlast(
  report: Report,
  blast: PackedBlast,
  nodes: readonly PlanNode[],
): Report {
  const n = blast.node.length;
  const entries = new Array<BlastEntry>(n);
  for (let i = 0; i < n; i += 1)
    entries[i] = {
      id: nodeAt(nodes, blast.node[i] as number).id,
      lost: blast.lost[i] as number,
      recovered: blast.recovered[i] as number,
      servicesDown: blast.servicesDown[i] as number,
    };
  const { max } = report.blastRadius;
  const same = max === null ? null : (entries.find((e) => e.id === max.id) ?? max);
  return { ...report, blastRadius: { ...report.blastRadius, nodes: entries, max: same } };
}

export function failureBuffers(packed: PackedFailure): ArrayBuffer[] {
  return [packed.down, packed.lostWorkloads, packed.recoveredWorkloads, packed.restarts].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

export function blastBuffers(blast: PackedBlast): ArrayBuffer[] {
  return [blast.node, blast.lost, blast.recovered, blast.servicesDown].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
