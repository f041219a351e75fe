/**
 * A plan's layout computed straight into its packed form (./layoutTransfer.ts), for a worker that
 * sends it: the same rules as layoutPlan (gridPlace, sizeAround, placeRoots) over node indexes and
 * flat arrays, where layoutPlan builds a tree of maps and an object per box and corner that
 * packLayout then reads back (≈ 0.6 s of CPU on 100,000 nodes against ≈ 0.1 s here). Equal to
 * `packLayout(layoutPlan(plan), plan.nodes, slice)` (packedPlanLayout.test.ts).
 */
import { idIndexOf } from '../model/nodeIds';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { CARD } from './cardMetrics';
import { packLayout, type PackedLayout } from './layoutTransfer';
import { gridOrigin, gridPlace, layoutPlan, placeRoots, sizeAround, type Size } from './planLayout';

export function packedPlanLayout(plan: Plan, slice = Infinity): PackedLayout[] {
  const { nodes } = plan;
  const n = nodes.length;
  const indexOf = idIndexOf(nodes);
  // A repeated id (never in a loaded plan) makes the layout's maps keep one of them: left to it.
  if (indexOf.size !== n) return packLayout(layoutPlan(plan), nodes, slice);

  // The tree: roots in plan order (a missing parent makes a root), each node's children in plan
  // order as one flat list (children of node i at kids[first[i]] … kids[first[i + 1] - 1]).
  const parent = new Int32Array(n);
  const first = new Int32Array(n + 1);
  const roots: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const parentId = (nodes[i] as PlanNode).parentId;
    const p = parentId === null ? undefined : indexOf.get(parentId);
    if (p === undefined) {
      parent[i] = -1;
      roots.push(i);
    } else {
      parent[i] = p;
      first[p + 1] = (first[p + 1] as number) + 1;
    }
  }
  for (let i = 0; i < n; i += 1) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const next = first.slice(0, n);
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const p = parent[i] as number;
    if (p >= 0) kids[(next[p] as number)++] = i;
  }

  // Sizes bottom-up, and each child's box inside its parent (x, y, width, height per node index).
  const size = new Float64Array(2 * n);
  const box = new Float64Array(4 * n);
  const measure = (i: number): void => {
    const card = CARD[(nodes[i] as PlanNode).kind];
    const from = first[i] as number;
    const to = first[i + 1] as number;
    if (from === to) {
      size[2 * i] = card.width;
      size[2 * i + 1] = card.height;
      return;
    }
    const childSizes: Size[] = [];
    for (let k = from; k < to; k += 1) {
      const c = kids[k] as number;
      measure(c);
      childSizes.push({ width: size[2 * c] as number, height: size[2 * c + 1] as number });
    }
    const grid = gridPlace(childSizes, gridOrigin(card));
    for (let k = from; k < to; k += 1) {
      const c = kids[k] as number;
      const cell = grid.cells[k - from] as { x: number; y: number };
      box[4 * c] = cell.x;
      box[4 * c + 1] = cell.y;
      box[4 * c + 2] = size[2 * c] as number;
      box[4 * c + 3] = size[2 * c + 1] as number;
    }
    const s = sizeAround(card, grid.size);
    size[2 * i] = s.width;
    size[2 * i + 1] = s.height;
  };
  for (const root of roots) measure(root);
  placeRoots(
    roots.map((i) => nodes[i] as PlanNode),
    (j) => {
      const i = roots[j] as number;
      return { width: size[2 * i] as number, height: size[2 * i + 1] as number };
    },
    (j, b) => box.set([b.x, b.y, b.width, b.height], 4 * (roots[j] as number)),
  );

  // Depth-first, parents before children: the order and every card's corner on the canvas.
  const order = new Int32Array(n);
  const absolute = new Float64Array(2 * n);
  let placed = 0;
  const visit = (i: number, x: number, y: number): void => {
    const ax = x + (box[4 * i] as number);
    const ay = y + (box[4 * i + 1] as number);
    order[placed++] = i;
    absolute[2 * i] = ax;
    absolute[2 * i + 1] = ay;
    for (let k = first[i] as number; k < (first[i + 1] as number); k += 1)
      visit(kids[k] as number, ax, ay);
  };
  for (const root of roots) visit(root, 0, 0);

  const out: PackedLayout[] = [];
  for (let start = 0; start === 0 || start < placed; start += slice) {
    const end = Math.min(placed, start + slice);
    const part = order.slice(start, end);
    const boxes = new Float64Array(4 * part.length);
    const corners = new Float64Array(2 * part.length);
    for (let j = 0; j < part.length; j += 1) {
      const i = part[j] as number;
      for (let k = 0; k < 4; k += 1) boxes[4 * j + k] = box[4 * i + k] as number;
      corners[2 * j] = absolute[2 * i] as number;
      corners[2 * j + 1] = absolute[2 * i + 1] as number;
    }
    out.push({ order: part, boxes, absolute: corners });
  }
  return out;
}
