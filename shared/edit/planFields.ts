/** Set the plan's own fields: its settings (checked by their schema) and its name. */
import { checkSettingsPatch } from '../load/nodeSchemas';
import type { Plan } from '../model/plan';
import { done, refused, type EditResult } from './result';

export function updateSettings(plan: Plan, patch: unknown): EditResult {
  const checked = checkSettingsPatch(plan.settings, patch);
  if (!checked.ok) return refused('field-invalid', { reason: checked.reason }, checked.field);
  return done({ ...plan, settings: checked.settings });
}

export function renamePlan(plan: Plan, name: string): EditResult {
  if (name.trim() === '') return refused('name-empty', {}, 'name');
  if (name === plan.name) return done(plan);
  return done({ ...plan, name });
}
