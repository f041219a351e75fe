/** The tree passes of buildPlanIndex: children lists, depth-first order, id order, prefix counts. */
import { HYPERVISOR, RUNTIME, SERVER, SITE, VM } from './kindCode';

/**
 * The parts of a PlanIndex decided by the nodes' ids, kinds and parents alone (in plan order): an
 * edit that changes only other fields keeps every one of them.
 */
export interface PlanShape {
  /** Each node's id (a plain array: faster than reading mixed-shape nodes). */
  readonly ids: readonly string[];
  /** id → node index (the first node when an id repeats). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** KIND_CODE of each node. */
  readonly kind: Uint8Array;
  /** Parent index; -1 for a top-level node, a parentId naming no node, or a node whose parents loop. */
  readonly parent: Int32Array;
  /** Children of i are `childList[childStart[i] .. childStart[i + 1])`, in plan order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Depth-first preorder; Subtree(i) = order[tin[i] .. tout[i]). */
  readonly order: Int32Array;
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  /** Node indices sorted by id, and each node's place in that order. */
  readonly sortedById: Int32Array;
  readonly rank: Int32Array;
  /** Physical server: the node itself or its nearest server ancestor; -1 if none. */
  readonly server: Int32Array;
  /** Nearest site ancestor (or the node itself); -1 if none. */
  readonly site: Int32Array;
  /** For a VM: its parent when that is a hypervisor; for a hypervisor: its parent when that is a server. -1 otherwise. */
  readonly host: Int32Array;
  /** For a runtime: its parent (the kernel owner); -1 at the top level. */
  readonly kernelOwner: Int32Array;
  /** 1 when a VM is a strict ancestor. */
  readonly insideVm: Uint8Array;
  /** Hypervisor indices in depth-first order; `hypervisorBefore[p]` counts those at order positions < p. */
  readonly hypervisorOrder: Int32Array;
  readonly hypervisorBefore: Int32Array;
}

/** The tree of nodes given by their ids, parent ids and kind codes (all in plan order). */
export function buildShape(
  ids: readonly string[],
  /** Each node's parent id; null when `known.parent` gives the parents. */
  parentIds: readonly (string | null)[] | null,
  kind: Uint8Array,
  /**
   * The id order and the parents, when known already (the same ids renumbered: see
   * planIndexMove.ts); `parent` is then taken over (and cut at a loop, as a built one is).
   */
  known?: {
    readonly sortedById: Int32Array;
    readonly rank: Int32Array;
    readonly parent?: Int32Array;
  },
): PlanShape {
  const n = ids.length;
  // Filled backwards so that the first of repeated ids wins without a second lookup.
  const indexOf = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) indexOf.set(ids[i] as string, i);
  let parent = known?.parent;
  if (!parent) {
    parent = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const pid = parentIds?.[i];
      const p = pid === null || pid === undefined ? undefined : indexOf.get(pid);
      if (p !== undefined && p !== i) parent[i] = p;
    }
  }
  const { childStart, childList } = buildChildren(parent);
  const { order, tin, tout } = depthFirst(parent, childStart, childList);
  const sortedById = known ? known.sortedById : sortById(ids, indexOf);
  let rank = known?.rank;
  if (!rank) {
    rank = new Int32Array(n);
    for (let r = 0; r < n; r++) rank[sortedById[r] as number] = r;
  }

  const server = new Int32Array(n).fill(-1);
  const site = new Int32Array(n).fill(-1);
  const host = new Int32Array(n).fill(-1);
  const kernelOwner = new Int32Array(n).fill(-1);
  const insideVm = new Uint8Array(n);
  // Preorder: a parent's fields are final before its children are visited.
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos] as number;
    const p = parent[i] as number;
    const k = kind[i] as number;
    const pk = p >= 0 ? (kind[p] as number) : -1;
    server[i] = k === SERVER ? i : p >= 0 ? (server[p] as number) : -1;
    site[i] = k === SITE ? i : p >= 0 ? (site[p] as number) : -1;
    insideVm[i] = p >= 0 && (pk === VM || insideVm[p] === 1) ? 1 : 0;
    if ((k === VM && pk === HYPERVISOR) || (k === HYPERVISOR && pk === SERVER)) host[i] = p;
    if (k === RUNTIME) kernelOwner[i] = p;
  }
  const hypervisors = prefixList(order, kind, HYPERVISOR);
  return {
    ids,
    indexOf,
    kind,
    parent,
    childStart,
    childList,
    order,
    tin,
    tout,
    sortedById,
    rank,
    server,
    site,
    host,
    kernelOwner,
    insideVm,
    hypervisorOrder: hypervisors.list,
    hypervisorBefore: hypervisors.before,
  };
}

/** Whether node i has a child of the given kind code. */
export function hasChildOfKind(shape: PlanShape, i: number, code: number): boolean {
  for (let c = shape.childStart[i] as number; c < (shape.childStart[i + 1] as number); c++) {
    if (shape.kind[shape.childList[c] as number] === code) return true;
  }
  return false;
}

/** Code-unit order: deterministic and locale-free, used for every sort by id or name. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Children lists in compressed form (a counting sort by parent keeps plan order). */
export function buildChildren(parent: Int32Array): {
  childStart: Int32Array;
  childList: Int32Array;
} {
  const n = parent.length;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) childStart[p + 1] = (childStart[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++)
    childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(childStart[n] as number);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0) continue;
    const at = fill[p] as number;
    childList[at] = i;
    fill[p] = at + 1;
  }
  return { childStart, childList };
}

/**
 * Iterative preorder from the top-level nodes in plan order. Nodes that no root reaches (their
 * parents loop, which the loader refuses but an edited plan might hold) are cut loose at the loop.
 */
export function depthFirst(
  parent: Int32Array,
  childStart: Int32Array,
  childList: Int32Array,
): { order: Int32Array; tin: Int32Array; tout: Int32Array } {
  const n = parent.length;
  const order = new Int32Array(n);
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n);
  const stack = new Int32Array(n);
  let pos = 0;
  const visit = (root: number): void => {
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const i = stack[--top] as number;
      if (tin[i] !== -1) continue;
      tin[i] = pos;
      order[pos++] = i;
      for (let c = (childStart[i + 1] as number) - 1; c >= (childStart[i] as number); c--) {
        const child = childList[c] as number;
        if (tin[child] === -1) stack[top++] = child;
      }
    }
  };
  for (let i = 0; i < n; i++) if (parent[i] === -1) visit(i);
  if (pos < n) {
    const seen = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (tin[i] !== -1) continue;
      let x = i;
      while ((parent[x] as number) >= 0 && seen[x] !== i + 1 && tin[parent[x] as number] === -1) {
        seen[x] = i + 1;
        x = parent[x] as number;
      }
      parent[x] = -1;
      visit(x);
    }
  }
  const size = new Int32Array(n).fill(1);
  for (let p = n - 1; p >= 0; p--) {
    const i = order[p] as number;
    const par = parent[i] as number;
    if (par >= 0) size[par] = (size[par] as number) + (size[i] as number);
  }
  for (let i = 0; i < n; i++) tout[i] = (tin[i] as number) + (size[i] as number);
  return { order, tin, tout };
}

/** Node indices in id order. A plain string sort is the fastest in V8; repeated ids need indices kept apart. */
export function sortById(ids: readonly string[], indexOf: ReadonlyMap<string, number>): Int32Array {
  const n = ids.length;
  const out = new Int32Array(n);
  if (indexOf.size === n) {
    const sorted = ids.slice().sort();
    for (let r = 0; r < n; r++) out[r] = indexOf.get(sorted[r] as string) as number;
    return out;
  }
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => compareStrings(ids[a] as string, ids[b] as string) || a - b);
  out.set(idx);
  return out;
}

/**
 * The nodes (in depth-first order) whose `flags[i]` equals `value`, and how many come before each
 * order position. One loop over typed arrays: it runs on every edit of a large plan.
 */
export function prefixList(
  order: Int32Array,
  flags: Uint8Array,
  value: number,
): { list: Int32Array; before: Int32Array } {
  const n = order.length;
  const before = new Int32Array(n + 1);
  const all = new Int32Array(n);
  let count = 0;
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos] as number;
    if (flags[i] === value) all[count++] = i;
    before[pos + 1] = count;
  }
  return { list: all.slice(0, count), before };
}
