// The right-click menus, from the manifest: the actions marked for a card or for the canvas, in
// manifest order, in groups that follow the menus they belong to (Edit, then View).
import { ACTION_MANIFEST, type ActionSpec, type ContextPlace } from './manifest';

export function contextMenuGroups(
  place: ContextPlace,
  specs: readonly ActionSpec[] = ACTION_MANIFEST,
): string[][] {
  const groups: string[][] = [];
  let last: string | undefined;
  for (const spec of specs) {
    if (!spec.context?.includes(place)) continue;
    const group = spec.menu?.menu ?? '';
    if (group !== last || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(spec.id);
    last = group;
  }
  return groups;
}
