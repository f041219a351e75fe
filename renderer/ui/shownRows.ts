/** How many rows of a long panel list are rendered (the list itself is ShowMore.tsx's). */

/**
 * The rows a panel list renders before the user asks for more. A 100,000-node plan's hundreds of
 * issues and HA clusters were thousands of elements in the frame that opened it.
 */
export const FIRST_ROWS = 50;

/** How many of `total` rows to render: the first `first`, or all up to `most` once expanded. */
export function shownRows(total: number, expanded: boolean, most = Number.POSITIVE_INFINITY, first = FIRST_ROWS): number {
  const limit = Math.min(total, most);
  return expanded ? limit : Math.min(limit, first);
}
