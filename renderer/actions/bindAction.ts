/** An action of the manifest bound to what it does here: label, rules and keys come from the manifest. */
import {
  actionKeys,
  actionSpec,
  shortcutOf,
  type ActionId,
  type Platform,
} from '../../shared/actions/manifest';
import { CHECKED_RULES, ENABLED_RULES } from '../../shared/actions/rules';
import { label } from '../../shared/i18n/en';
import type { Action, ActionContext } from './types';

export function bindAction(id: ActionId, perform: (ctx: ActionContext) => void): Action {
  const spec = actionSpec(id);
  if (!spec) throw new Error(`no action ${id} in the manifest`);
  return {
    id,
    label: label(spec.labelKey),
    labelKey: spec.labelKey,
    ...(spec.hintKey ? { hint: label(spec.hintKey), hintKey: spec.hintKey } : {}),
    enabled: ENABLED_RULES[spec.enabled],
    ...(spec.checked ? { checked: CHECKED_RULES[spec.checked] } : {}),
    perform,
  };
}

export function currentPlatform(): Platform {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
    ? 'mac'
    : 'other';
}

/** Every key of an action on this platform, its shortcut first (none for an example). */
export function keysOf(id: string, platform: Platform = currentPlatform()): readonly string[] {
  const spec = actionSpec(id);
  return spec ? actionKeys(spec, platform) : [];
}

/** The shortcut shown for an action on this platform. */
export function shortcutFor(
  id: string,
  platform: Platform = currentPlatform(),
): string | undefined {
  const spec = actionSpec(id);
  return spec ? shortcutOf(spec, platform) : undefined;
}
