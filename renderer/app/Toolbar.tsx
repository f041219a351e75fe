/**
 * The toolbar: the manifest's toolbar actions in their groups (shared/actions/manifest.ts), each
 * button performing its registered action by id and showing its state.
 */
import { Fragment, useCallback } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionDocument } from '../actions/actionDocument';
import { useActionState } from '../actions/actionState';
import { currentPlatform, shortcutFor } from '../actions/bindAction';
import { withShortcut } from '../../shared/actions/shortcutText';
import { getAction, performAction } from '../actions/registry';
import type { ActionState } from '../actions/types';
import { EXAMPLES } from '../examples';
import { usePlan, useUi } from '../store/editorContext';
import { actionGroups, FileMenu, PageMenu } from '../files/FileMenu';
import { plainTitle } from '../../shared/actions/shortcutSheet';
import { useFiles } from '../files/filesDocument';
import { Icon } from '../ui/icons';
import { ToolbarMenu } from '../ui/ToolbarMenu';
import { actionHint, actionLabel, useLang } from '../i18n/useLang';
import { LanguageMenu } from './LanguageMenu';


function ActionButton({
  id,
  icon,
  state,
  showLabel = false,
}: {
  id: string;
  icon: string;
  state: ActionState;
  showLabel?: boolean;
}) {
  const doc = useActionDocument();
  const lang = useLang();
  const action = getAction(id);
  if (!action) return null;
  const checked = action.checked?.(state);
  return (
    <button
      type="button"
      className={`tool${checked ? ' is-on' : ''}`}
      data-testid={`action-${id}`}
      disabled={!action.enabled(state)}
      aria-pressed={checked}
      title={withShortcut(actionHint(action, lang), shortcutFor(id), currentPlatform())}
      onClick={() => performAction(id, { source: 'toolbar', doc })}
    >
      <Icon name={icon} />
      {showLabel && <span>{actionLabel(action, lang)}</span>}
    </button>
  );
}

function ExamplesMenu({ state }: { state: ActionState }) {
  const doc = useActionDocument();
  const { t } = useLang();
  const open = useUi((s) => s.examplesMenuOpen);
  const setOpen = useCallback(
    (value: boolean) => doc.ui.setState({ examplesMenuOpen: value }),
    [doc],
  );
  return (
    <ToolbarMenu
      buttonTestId="examples-button"
      listTestId="examples-menu"
      open={open}
      onOpenChange={setOpen}
      disabled={state.gestureActive}
      face={
        <>
          <Icon name="examples" />
          <span>{t('action.examples')}</span>
          <Icon name="chevron" />
        </>
      }
    >
      {(close) =>
        EXAMPLES.map((example) => (
          <button
            key={example.id}
            type="button"
            role="menuitem"
            data-testid={`action-example-${example.id}`}
            onClick={() => {
              close();
              performAction(`example-${example.id}`, { source: 'toolbar', doc });
            }}
          >
            <span className="menu__title">{example.title}</span>
            <span className="menu__detail">{example.id}.strata</span>
          </button>
        ))
      }
    </ToolbarMenu>
  );
}

/** The page's Plan menu: the desktop Plan menu's items. */
const PLAN_ITEMS = actionGroups((spec) =>
  'menu' in spec && spec.menu.menu === 'plan' ? spec.menu.group : undefined,
);

type ToolbarItem = {
  readonly id: string;
  readonly group: number;
  readonly icon: string;
  readonly showLabel: boolean;
};

/** The toolbar's buttons by group, in manifest order; the last group sits at the far end. */
const TOOLBAR_GROUPS: readonly (readonly ToolbarItem[])[] = (() => {
  const groups = new Map<number, ToolbarItem[]>();
  for (const spec of ACTION_MANIFEST) {
    if (!('toolbar' in spec)) continue;
    const { group, icon } = spec.toolbar;
    const item = { id: spec.id, group, icon, showLabel: 'showLabel' in spec.toolbar };
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, items]) => items);
})();

function buttons(items: readonly ToolbarItem[], state: ActionState) {
  return items.map((item) => (
    <ActionButton
      key={item.id}
      id={item.id}
      icon={item.icon}
      state={state}
      showLabel={item.showLabel}
    />
  ));
}

export function Toolbar() {
  const state = useActionState();
  const lang = useLang();
  const planName = usePlan((s) => s.plan.name);
  const planDirty = usePlan((s) => s.dirty);
  const dirty = useFiles((s) => s.othersDirty) || planDirty;
  const last = TOOLBAR_GROUPS.length - 1;
  // The menu's title without the desktop's mnemonic mark.
  const planTitle = plainTitle('menu.plan', lang);
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Strata</span>
        <span className="brand__plan" data-testid="plan-name" title={planName}>
          {planName}
          {dirty ? ' •' : ''}
        </span>
      </div>
      {TOOLBAR_GROUPS.map((items, index) => (
        <Fragment key={items[0]?.id}>
          {index === last && <div className="toolbar__spacer" />}
          {index === last ? (
            <>
              <LanguageMenu state={state} />
              {buttons(items, state)}
            </>
          ) : (
            <div className="toolbar__group">
              {buttons(items, state)}
              {/* The first group also holds the examples and the page's File and Plan menus. */}
              {index === 0 && <ExamplesMenu state={state} />}
              {index === 0 && <FileMenu />}
              {index === 0 && (
                <PageMenu
                  title={planTitle}
                  testId="plan-menu"
                  groups={PLAN_ITEMS}
                />
              )}
            </div>
          )}
        </Fragment>
      ))}
    </header>
  );
}
