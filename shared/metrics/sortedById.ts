/** Lookups in the report's lists that are sorted by id (code-unit order, as sortById). */

/** The place of the item with `id` in `list` (sorted by id, ids distinct); -1 when absent. */
export function placeById(list: readonly { readonly id: string }[], id: string): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = (list[mid] as { readonly id: string }).id;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
