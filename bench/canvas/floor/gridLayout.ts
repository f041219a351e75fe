/**
 * Plan document → React Flow nodes for the floor page, with a trivial layout: each parent holds
 * its children in a grid of rows, top-level nodes sit at their saved position or in a row. It is
 * the grid rule of Strata's layout when the floor was written, so the same view of the same plan
 * holds about the same nodes on both pages. Nested like the plan (parentId,
 * parents first), every node with an explicit size and `handles: []`.
 *
 * The card sizes are Strata's (renderer/canvas/cardMetrics.ts when the floor was written), copied
 * rather than imported so that the floor stays fixed while the editor changes: a view then holds
 * about as many nodes on both pages.
 */
import type { Node } from '@xyflow/react';

export interface PlanNodeLike {
  readonly id: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly name?: string;
  readonly position?: { readonly x: number; readonly y: number };
}

interface CardSize {
  readonly width: number;
  readonly height: number;
  /** Height above the children when the node holds some. */
  readonly header: number;
}

const CARD: Readonly<Record<string, CardSize>> = {
  site: { width: 300, height: 132, header: 52 },
  server: { width: 248, height: 112, header: 104 },
  hypervisor: { width: 232, height: 104, header: 58 },
  vm: { width: 200, height: 96, header: 92 },
  runtime: { width: 212, height: 96, header: 54 },
  container: { width: 180, height: 84, header: 84 },
};
const FALLBACK: CardSize = { width: 200, height: 96, header: 60 };
const PAD = 12;
const GAP = 12;
const ROOT_GAP = 80;
const ASPECT = 1.6;

export type FloorNode = Node<{ label: string }>;

interface Size {
  width: number;
  height: number;
}

/** Cells in rows: about ASPECT times as wide as tall; each column as wide as its widest cell, each row as tall as its tallest. */
function gridOf(sizes: readonly Size[]): { cells: { x: number; y: number }[]; width: number; height: number } {
  const n = sizes.length;
  const avgW = sizes.reduce((sum, s) => sum + s.width, 0) / n;
  const avgH = sizes.reduce((sum, s) => sum + s.height, 0) / n;
  const cols = Math.min(n, Math.max(1, Math.round(Math.sqrt((n * ASPECT * avgH) / avgW))));
  const colW = new Array<number>(cols).fill(0);
  const rowH = new Array<number>(Math.ceil(n / cols)).fill(0);
  sizes.forEach((s, i) => {
    colW[i % cols] = Math.max(colW[i % cols] ?? 0, s.width);
    rowH[Math.floor(i / cols)] = Math.max(rowH[Math.floor(i / cols)] ?? 0, s.height);
  });
  const starts = (lengths: number[]): number[] => lengths.map((_, i) => lengths.slice(0, i).reduce((sum, l) => sum + l + GAP, 0));
  const colX = starts(colW);
  const rowY = starts(rowH);
  const cells = sizes.map((_, i) => ({ x: colX[i % cols] ?? 0, y: rowY[Math.floor(i / cols)] ?? 0 }));
  const span = (lengths: number[]): number => lengths.reduce((sum, l) => sum + l, 0) + GAP * (lengths.length - 1);
  return { cells, width: span(colW), height: span(rowH) };
}

export interface FloorPlan {
  readonly nodes: FloorNode[];
  /** The box around every top-level node: what fitting the view shows. */
  readonly bounds: { x: number; y: number; width: number; height: number };
}

export function planToFlowNodes(planNodes: readonly PlanNodeLike[]): FloorPlan {
  const children = new Map<string | null, PlanNodeLike[]>();
  const ids = new Set(planNodes.map((n) => n.id));
  for (const node of planNodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  const sizes = new Map<string, Size>();
  const offsets = new Map<string, { x: number; y: number }>();

  const measure = (node: PlanNodeLike): Size => {
    const card = CARD[node.kind] ?? FALLBACK;
    const kids = children.get(node.id) ?? [];
    let size: Size = { width: card.width, height: card.height };
    if (kids.length > 0) {
      const grid = gridOf(kids.map(measure));
      kids.forEach((kid, i) => {
        const cell = grid.cells[i] ?? { x: 0, y: 0 };
        offsets.set(kid.id, { x: PAD + cell.x, y: card.header + cell.y });
      });
      size = { width: Math.max(card.width, grid.width + 2 * PAD), height: Math.max(card.height, card.header + grid.height + PAD) };
    }
    sizes.set(node.id, size);
    return size;
  };

  const roots = children.get(null) ?? [];
  let rowX = 0;
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const root of roots) {
    const size = measure(root);
    const at = root.position ?? { x: rowX, y: 0 };
    offsets.set(root.id, at);
    rowX = Math.max(rowX, at.x + size.width + ROOT_GAP);
    box.left = Math.min(box.left, at.x);
    box.top = Math.min(box.top, at.y);
    box.right = Math.max(box.right, at.x + size.width);
    box.bottom = Math.max(box.bottom, at.y + size.height);
  }

  const out: FloorNode[] = [];
  const visit = (node: PlanNodeLike, parentId: string | null): void => {
    const size = sizes.get(node.id) ?? FALLBACK;
    const flowNode: FloorNode = {
      id: node.id,
      position: offsets.get(node.id) ?? { x: 0, y: 0 },
      width: size.width,
      height: size.height,
      data: { label: node.name ?? node.id },
      handles: [],
    };
    if (parentId !== null) flowNode.parentId = parentId;
    out.push(flowNode);
    for (const kid of children.get(node.id) ?? []) visit(kid, node.id);
  };
  for (const root of roots) visit(root, null);
  const bounds = roots.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
  return { nodes: out, bounds };
}
