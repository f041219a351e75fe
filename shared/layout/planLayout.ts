/**
 * The canvas layout, pure: children sit in a tidy grid inside their parent, parents are sized
 * bottom-up to fit, and only top-level nodes are placed freely (at their saved position, or
 * packed in rows below the placed ones when they have none). The result lists nodes depth-first,
 * parents before children, as React Flow needs.
 */
import type { PlanNode, Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { planTree, treeMove, type PlanTree } from '../edit/planTree';
import { CARD, GAP, GRID_ASPECT, PAD, TOP_GAP, type CardMetrics } from './cardMetrics';
import { PatchedMap, unstacked } from '../model/patchedMap';
import { separate } from './separate';

export interface Box {
  /** Relative to the parent (absolute for top-level nodes). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlanLayout {
  /** Depth-first, parents before children. */
  readonly order: readonly PlanNode[];
  readonly boxes: ReadonlyMap<string, Box>;
  /** Top-left corner of every node on the canvas. */
  readonly absolute: ReadonlyMap<string, Point>;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A rectangle in canvas coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A node's box on the canvas (absolute, where `boxes` holds it relative to its parent). */
export function absoluteBox(layout: PlanLayout, id: string): Rect | undefined {
  const at = layout.absolute.get(id);
  const box = layout.boxes.get(id);
  return at && box ? { x: at.x, y: at.y, width: box.width, height: box.height } : undefined;
}

/** Columns for a grid of `n` cells of about `cell` size, so the grid is about GRID_ASPECT wide. */
export function gridColumns(n: number, cell: Size): number {
  if (n <= 1) return 1;
  const cols = Math.round(Math.sqrt((n * GRID_ASPECT * cell.height) / cell.width));
  return Math.min(n, Math.max(1, cols));
}

/** Places `sizes` in a grid: column widths and row heights are the largest of their cells. */
export function gridPlace(sizes: readonly Size[], origin: Point): { cells: Point[]; size: Size } {
  const n = sizes.length;
  if (n === 0) return { cells: [], size: { width: 0, height: 0 } };
  let sumW = 0;
  let sumH = 0;
  for (const s of sizes) {
    sumW += s.width;
    sumH += s.height;
  }
  const cols = gridColumns(n, { width: sumW / n, height: sumH / n });
  const rows = Math.ceil(n / cols);
  const colW = new Array<number>(cols).fill(0);
  const rowH = new Array<number>(rows).fill(0);
  sizes.forEach((s, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    colW[c] = Math.max(colW[c] ?? 0, s.width);
    rowH[r] = Math.max(rowH[r] ?? 0, s.height);
  });
  const colX: number[] = [];
  let x = origin.x;
  for (const w of colW) {
    colX.push(x);
    x += w + GAP;
  }
  const rowY: number[] = [];
  let y = origin.y;
  for (const h of rowH) {
    rowY.push(y);
    y += h + GAP;
  }
  const cells = sizes.map((_, i) => ({
    x: colX[i % cols] ?? 0,
    y: rowY[Math.floor(i / cols)] ?? 0,
  }));
  return { cells, size: { width: x - GAP - origin.x, height: y - GAP - origin.y } };
}

interface Measured {
  readonly sizes: ReadonlyMap<string, Size>;
  readonly boxes: ReadonlyMap<string, Box>;
}

/**
 * Per tree shape: an edit measures the plan to keep cards apart, and the canvas lays out the same
 * plan. Sizes and boxes read only kinds and children, so a field edit (the same shape) and the
 * cards a drop pushed aside (new positions) keep the measurement.
 */
const measuredTrees = new WeakMap<object, Measured>();

function measureTree(tree: PlanTree): Measured {
  let measured = measuredTrees.get(tree.shape);
  if (!measured) {
    const move = treeMove(tree);
    const before = move && measuredTrees.get(move.from.shape);
    measured = move && before ? measureMoved(tree, before, move.parents) : measureFresh(tree);
    measuredTrees.set(tree.shape, measured);
  }
  return measured;
}

/** A card's size from its children's, and their boxes inside it. */
function measureNode(
  tree: PlanTree,
  node: PlanNode,
  childSize: (child: PlanNode) => Size,
  sizes: { set(key: string, value: Size): unknown },
  boxes: { set(key: string, value: Box): unknown },
): Size {
  const card = CARD[node.kind];
  const children = tree.childrenOf(node.id);
  if (children.length === 0) {
    const size = { width: card.width, height: card.height };
    sizes.set(node.id, size);
    return size;
  }
  const childSizes = children.map(childSize);
  const grid = gridPlace(childSizes, gridOrigin(card));
  children.forEach((child, i) => {
    const cell = grid.cells[i] ?? { x: PAD, y: card.header };
    const s = childSizes[i] ?? CARD[child.kind];
    boxes.set(child.id, { x: cell.x, y: cell.y, width: s.width, height: s.height });
  });
  const size = sizeAround(card, grid.size);
  sizes.set(node.id, size);
  return size;
}

/** Where a card's grid of children starts. */
export function gridOrigin(card: CardMetrics): Point {
  return { x: PAD, y: card.header };
}

/** The size of a card holding children, around the grid of their cells. */
export function sizeAround(card: CardMetrics, grid: Size): Size {
  return {
    width: Math.max(card.width, grid.width + 2 * PAD),
    height: Math.max(card.height, card.header + grid.height + PAD),
  };
}

/**
 * The measurement of a tree derived by a move (see planTree's treeMove) from the one before: only
 * the parents whose children changed and their ancestors are measured again, deepest first; every
 * other card keeps its size and box. Equals measureFresh(tree).
 */
function measureMoved(tree: PlanTree, before: Measured, parents: readonly string[]): Measured {
  // Layered over the measurement before (a chain of drops would stack layers: flattened past a few).
  const sizes = new PatchedMap(unstacked(before.sizes));
  const boxes = new PatchedMap(unstacked(before.boxes));
  const limit = tree.byId.size;
  const parentOf = (id: string): string | null => {
    const parent = tree.getNode(id)?.parentId ?? null;
    return parent !== null && tree.byId.has(parent) ? parent : null;
  };
  // Depth of each parent and ancestor; a chain longer than the plan is a loop (not on the canvas).
  const depth = new Map<string, number>();
  for (const id of parents) {
    let d = 0;
    for (let at = parentOf(id); at !== null; at = parentOf(at))
      if (++d > limit) return measureFresh(tree);
    for (let at: string | null = id; at !== null && !depth.has(at); at = parentOf(at))
      depth.set(at, d--);
  }
  const dirty = [...depth.keys()].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0));
  // A child never measured before (it was in a loop, off the canvas) is measured afresh with all.
  for (const id of dirty)
    for (const child of tree.childrenOf(id)) if (!sizes.has(child.id)) return measureFresh(tree);
  const sizeOf = (child: PlanNode): Size => sizes.get(child.id) ?? CARD[child.kind];
  for (const id of dirty) {
    const node = tree.getNode(id);
    if (node) measureNode(tree, node, sizeOf, sizes, boxes);
  }
  // A card that went to the top level has no box from its parent any more.
  for (const root of tree.roots) boxes.delete(root.id);
  return { sizes, boxes };
}

/** The size of every node's card, children included (bottom-up), and children's boxes. */
function measureFresh(tree: PlanTree): Measured {
  const boxes = new Map<string, Box>();
  const sizes = new Map<string, Size>();

  // Bottom-up sizes, then children's positions inside each parent.
  const measure = (node: PlanNode): Size => measureNode(tree, node, measure, sizes, boxes);
  for (const root of tree.roots) measure(root);
  return { sizes, boxes };
}

/** The box of every top-level card that has a saved position, at that position (as saved). */
export function savedTopLevelBoxes(plan: Plan): ReadonlyMap<string, Box> {
  const tree = planTree(plan);
  const { sizes } = measureTree(tree);
  const boxes = new Map<string, Box>();
  for (const root of tree.roots) {
    if (root.position)
      boxes.set(root.id, { ...root.position, ...(sizes.get(root.id) ?? CARD[root.kind]) });
  }
  return boxes;
}

export function layoutPlan(plan: Plan): PlanLayout {
  const tree = planTree(plan);
  const measured = measureTree(tree);
  const sizes = measured.sizes;
  const boxes = new Map(measured.boxes);
  const { roots } = tree;
  placeRoots(
    roots,
    (i) => {
      const root = roots[i] as PlanNode;
      return sizes.get(root.id) ?? CARD[root.kind];
    },
    (i, box) => boxes.set((roots[i] as PlanNode).id, box),
  );

  const order: PlanNode[] = [];
  const absolute = new Map<string, Point>();
  const visit = (node: PlanNode, origin: Point): void => {
    const box = boxes.get(node.id);
    const at = box ? { x: origin.x + box.x, y: origin.y + box.y } : origin;
    order.push(node);
    absolute.set(node.id, at);
    for (const child of tree.childrenOf(node.id)) visit(child, at);
  };
  for (const root of tree.roots) visit(root, { x: 0, y: 0 });
  return { order, boxes, absolute };
}

/**
 * Saved positions are kept, except that cards saved overlapping (an older file, a hand edit) are
 * moved apart; nodes without a position are packed in rows below the others. `sizeOf(i)` is the
 * measured size of `roots[i]`; `place(i, box)` is told each root's box (placed ones first).
 */
export function placeRoots(
  roots: readonly PlanNode[],
  sizeOf: (i: number) => Size,
  place: (i: number, box: Box) => void,
): void {
  let bottom = -Infinity;
  let left = Infinity;
  let area = 0;
  const loose: number[] = [];
  const placed: { id: string; x: number; y: number; width: number; height: number }[] = [];
  const placedAt: number[] = [];
  roots.forEach((root, i) => {
    if (!root.position) return;
    placed.push({ id: root.id, ...root.position, ...sizeOf(i) });
    placedAt.push(i);
  });
  const moved = separate(placed);
  placed.forEach((box, j) => {
    const at = moved.get(box.id) ?? box;
    place(placedAt[j] as number, { x: at.x, y: at.y, width: box.width, height: box.height });
    bottom = Math.max(bottom, at.y + box.height);
    left = Math.min(left, at.x);
  });
  roots.forEach((root, i) => {
    if (root.position) return;
    const size = sizeOf(i);
    loose.push(i);
    area += (size.width + TOP_GAP) * (size.height + TOP_GAP);
  });
  const startX = Number.isFinite(left) ? left : 0;
  const startY = Number.isFinite(bottom) ? bottom + TOP_GAP : 0;
  const rowLimit = Math.max(1600, Math.sqrt(area) * 1.4);
  let x = startX;
  let y = startY;
  let rowHeight = 0;
  for (const i of loose) {
    const size = sizeOf(i);
    if (x > startX && x - startX + size.width > rowLimit) {
      x = startX;
      y += rowHeight + TOP_GAP;
      rowHeight = 0;
    }
    place(i, { x, y, ...size });
    x += size.width + TOP_GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
}
