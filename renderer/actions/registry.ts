/** The action registry: every action by id, and one way to perform one. */
import { actionState } from './actionState';
import { EDIT_ACTIONS } from './editActions';
import { FILE_ACTIONS } from './fileActions';
import { KEY_ACTIONS } from './keyActions';
import { PLAN_ACTIONS } from './planActions';
import type { Action, ActionContext } from './types';
import { VIEW_ACTIONS } from './viewActions';

const registry = new Map<string, Action>();

/** Adds actions, replacing any with the same id (the desktop bridge overrides file-new). */
export function registerActions(actions: readonly Action[]): void {
  for (const action of actions) registry.set(action.id, action);
}

registerActions([
  ...FILE_ACTIONS,
  ...EDIT_ACTIONS,
  ...VIEW_ACTIONS,
  ...PLAN_ACTIONS,
  ...KEY_ACTIONS,
]);

export function getAction(id: string): Action | undefined {
  return registry.get(id);
}

export function allActions(): Action[] {
  return [...registry.values()];
}

/** Performs the action if it exists and is enabled now; says whether it ran. */
export function performAction(id: string, ctx: ActionContext): boolean {
  const action = registry.get(id);
  if (!action || !action.enabled(actionState(ctx.doc))) return false;
  action.perform(ctx);
  return true;
}
