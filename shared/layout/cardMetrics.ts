/**
 * The sizes node cards are drawn at. The layout reads them to size every node explicitly (React
 * Flow then never has to measure before culling) and the card components are styled to fit them.
 */
import type { NodeKind } from '../model/nodes';

export interface CardMetrics {
  /** Size of the card when it holds no children. */
  readonly width: number;
  readonly height: number;
  /** Height of the card's own header when it holds children below it. */
  readonly header: number;
}

export const CARD: Readonly<Record<NodeKind, CardMetrics>> = {
  site: { width: 300, height: 132, header: 52 },
  server: { width: 248, height: 112, header: 104 },
  hypervisor: { width: 232, height: 104, header: 58 },
  vm: { width: 200, height: 96, header: 92 },
  runtime: { width: 212, height: 96, header: 54 },
  container: { width: 180, height: 84, header: 84 },
};

/** Inner padding of a container card, and the gap between its children. */
export const PAD = 12;
export const GAP = 12;
/** Gap between top-level nodes that the layout places itself. */
export const TOP_GAP = 80;
/** Preferred width : height of a grid of children. */
export const GRID_ASPECT = 1.6;

/** The link handles: their size and the distance of their top from the card's top. */
export const HANDLE_SIZE = 10;
export const HANDLE_Y = 16;
