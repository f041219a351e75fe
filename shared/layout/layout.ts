/**
 * The canvas layout, pure: children sit in a tidy grid inside their parent, parents are sized
 * bottom-up to fit, and only top-level nodes are placed freely (at their saved position, or
 * packed in rows below the placed ones when they have none). The result lists nodes depth-first,
 * parents before children, as React Flow needs.
 */
import { planTree, type PlanTree } from '../edit/planTree';
import type { PlanNode, Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { CARD, GAP, GRID_ASPECT, PAD, TOP_GAP } from './cardMetrics';

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

interface Size {
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
  const cells = sizes.map((_, i) => ({ x: colX[i % cols] ?? 0, y: rowY[Math.floor(i / cols)] ?? 0 }));
  return { cells, size: { width: x - GAP - origin.x, height: y - GAP - origin.y } };
}

export function layoutPlan(plan: Plan): PlanLayout {
  const tree = planTree(plan);
  const boxes = new Map<string, Box>();
  const sizes = new Map<string, Size>();

  // Bottom-up sizes, then children's positions inside each parent.
  const measure = (node: PlanNode): Size => {
    const card = CARD[node.kind];
    const children = tree.childrenOf(node.id);
    if (children.length === 0) {
      const size = { width: card.width, height: card.height };
      sizes.set(node.id, size);
      return size;
    }
    const childSizes = children.map(measure);
    const grid = gridPlace(childSizes, { x: PAD, y: card.header });
    children.forEach((child, i) => {
      const cell = grid.cells[i] ?? { x: PAD, y: card.header };
      const s = childSizes[i] ?? CARD[child.kind];
      boxes.set(child.id, { x: cell.x, y: cell.y, width: s.width, height: s.height });
    });
    const size = {
      width: Math.max(card.width, grid.size.width + 2 * PAD),
      height: Math.max(card.height, card.header + grid.size.height + PAD),
    };
    sizes.set(node.id, size);
    return size;
  };
  for (const root of tree.roots) measure(root);
  placeRoots(tree, sizes, boxes);

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

/** Saved positions are kept; nodes without one are packed in rows below the others. */
function placeRoots(tree: PlanTree, sizes: ReadonlyMap<string, Size>, boxes: Map<string, Box>): void {
  let bottom = -Infinity;
  let left = Infinity;
  let area = 0;
  const loose: PlanNode[] = [];
  for (const root of tree.roots) {
    const size = sizes.get(root.id) ?? CARD[root.kind];
    if (root.position) {
      boxes.set(root.id, { ...root.position, ...size });
      bottom = Math.max(bottom, root.position.y + size.height);
      left = Math.min(left, root.position.x);
    } else {
      loose.push(root);
      area += (size.width + TOP_GAP) * (size.height + TOP_GAP);
    }
  }
  const startX = Number.isFinite(left) ? left : 0;
  const startY = Number.isFinite(bottom) ? bottom + TOP_GAP : 0;
  const rowLimit = Math.max(1600, Math.sqrt(area) * 1.4);
  let x = startX;
  let y = startY;
  let rowHeight = 0;
  for (const root of loose) {
    const size = sizes.get(root.id) ?? CARD[root.kind];
    if (x > startX && x - startX + size.width > rowLimit) {
      x = startX;
      y += rowHeight + TOP_GAP;
      rowHeight = 0;
    }
    boxes.set(root.id, { x, y, ...size });
    x += size.width + TOP_GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
}
