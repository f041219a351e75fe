/**
 * One action as an item of a menu (the toolbar's page menus, the right-click menus): its label
 * and hint in the editor's language, its shortcut, enabled by its rule, performed by id.
 */
import type { Platform } from '../../shared/actions/manifest';
import { useActionDocument } from '../actions/actionDocument';
import { useActionState } from '../actions/actionState';
import { shortcutFor } from '../actions/bindAction';
import { shortcutLabel } from '../actions/keyboard';
import { getAction, performAction } from '../actions/registry';
import type { ActionContext } from '../actions/types';
import { actionHint, actionLabel, useLang } from '../i18n/useLang';

export function ActionMenuItem({
  id,
  testId,
  source,
  onChoose,
  platform,
}: {
  id: string;
  testId: string;
  source: ActionContext['source'];
  /** Runs before the action: the menu closes first. */
  onChoose: () => void;
  platform?: Platform;
}) {
  const doc = useActionDocument();
  const state = useActionState();
  const lang = useLang();
  const action = getAction(id);
  if (!action) return null;
  return (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      title={actionHint(action, lang)}
      disabled={!action.enabled(state)}
      onClick={() => {
        onChoose();
        performAction(id, { source, doc });
      }}
    >
      <span className="menu__title">{actionLabel(action, lang)}</span>
      <span className="menu__detail">{shortcutLabel(shortcutFor(id, platform), platform)}</span>
    </button>
  );
}
