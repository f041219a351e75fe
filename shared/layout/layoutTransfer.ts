/**
 * A layout as numbers, to cross from a worker to the page: the order as indexes into the plan's
 * nodes and the boxes and corners as flat arrays (transferable, and cheap to clone), where the
 * layout itself holds node objects and maps that would arrive as copies of the wrong objects.
 */
import type { PlanNode, Point } from '../model/nodes';
import type { Box, PlanLayout } from './planLayout';

export interface PackedLayout {
  /** layout.order[i] is nodes[order[i]]. */
  readonly order: Int32Array;
  /** x, y, width, height of each node's box, in the layout's order (NaN when it has none). */
  readonly boxes: Float64Array;
  /** x, y of each node's top-left corner on the canvas, in the layout's order (NaN when none). */
  readonly absolute: Float64Array;
}

/**
 * `layout` of a plan whose nodes are `nodes`, in slices of at most `slice` nodes of its order
 * (each cheap to unpack in a task of its own).
 */
export function packLayout(
  layout: PlanLayout,
  nodes: readonly PlanNode[],
  slice = Infinity,
): PackedLayout[] {
  const at = new Map<PlanNode, number>();
  nodes.forEach((node, i) => at.set(node, i));
  const out: PackedLayout[] = [];
  for (let start = 0; start === 0 || start < layout.order.length; start += slice)
    out.push(packSlice(layout, at, start, Math.min(layout.order.length, start + slice)));
  return out;
}

function packSlice(
  layout: PlanLayout,
  at: ReadonlyMap<PlanNode, number>,
  start: number,
  end: number,
): PackedLayout {
  const n = end - start;
  const order = new Int32Array(n);
  const boxes = new Float64Array(4 * n).fill(Number.NaN);
  const absolute = new Float64Array(2 * n).fill(Number.NaN);
  layout.order.slice(start, end).forEach((node, i) => {
    const index = at.get(node);
    if (index === undefined) throw new Error(`the layout holds a node not in the plan: ${node.id}`);
    order[i] = index;
    const box = layout.boxes.get(node.id);
    if (box) boxes.set([box.x, box.y, box.width, box.height], 4 * i);
    const corner = layout.absolute.get(node.id);
    if (corner) absolute.set([corner.x, corner.y], 2 * i);
  });
  return { order, boxes, absolute };
}

export interface LayoutParts {
  readonly order: PlanNode[];
  readonly boxes: Map<string, Box>;
  readonly absolute: Map<string, Point>;
}

/** An empty layout to unpack slices into, in order. */
export function emptyLayout(): LayoutParts {
  return { order: [], boxes: new Map(), absolute: new Map() };
}

/** The layout again, over `nodes` (the same plan's nodes, as the page holds them). */
export function unpackLayout(
  packed: readonly PackedLayout[],
  nodes: readonly PlanNode[],
): PlanLayout {
  const layout = emptyLayout();
  for (const slice of packed) unpackInto(layout, slice, nodes);
  return layout;
}

/** Adds the next slice of a packed layout to `layout`. */
export function unpackInto(
  layout: LayoutParts,
  packed: PackedLayout,
  nodes: readonly PlanNode[],
): void {
  const { order, boxes, absolute } = layout;
  const n = packed.order.length;
  for (let i = 0; i < n; i += 1) {
    const node = nodes[packed.order[i] as number];
    if (!node) throw new Error('the layout does not match the plan');
    order.push(node);
    const x = packed.boxes[4 * i] as number;
    if (!Number.isNaN(x))
      boxes.set(node.id, {
        x,
        y: packed.boxes[4 * i + 1] as number,
        width: packed.boxes[4 * i + 2] as number,
        height: packed.boxes[4 * i + 3] as number,
      });
    const ax = packed.absolute[2 * i] as number;
    if (!Number.isNaN(ax))
      absolute.set(node.id, { x: ax, y: packed.absolute[2 * i + 1] as number });
  }
}
