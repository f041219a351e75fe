/** The toolbar: each button performs a registered action by id and shows its state. */
import { useCallback, useEffect, useRef } from 'react';
import { useActionDocument } from '../actions/actionDocument';
import { useActionState } from '../actions/actionState';
import { getAction, performAction } from '../actions/registry';
import type { ActionState } from '../actions/types';
import { EXAMPLES } from '../examples';
import { usePlan, useUi } from '../store/editorContext';
import { FileMenu } from '../files/FileMenu';
import { shortcutLabel } from '../actions/keyboard';
import { Icon } from './icons';

function shortcutText(shortcut: string | undefined): string {
  return shortcut ? ` (${shortcutLabel(shortcut)})` : '';
}

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
      title={`${action.label}${shortcutText(action.shortcuts?.[0])}`}
      onClick={() => performAction(id, { source: 'toolbar', doc })}
    >
      <Icon name={icon} />
      {showLabel && <span>{action.label}</span>}
    </button>
  );
}

function ExamplesMenu({ state }: { state: ActionState }) {
  const doc = useActionDocument();
  const open = useUi((s) => s.examplesMenuOpen);
  const setOpen = useCallback(
    (value: boolean) => doc.ui.setState({ examplesMenuOpen: value }),
    [doc],
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', escape);
    };
  }, [open, setOpen]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="tool"
        data-testid="examples-button"
        aria-expanded={open}
        disabled={state.gestureActive}
        onClick={() => setOpen(!open)}
      >
        <Icon name="examples" />
        <span>Examples</span>
        <Icon name="chevron" />
      </button>
      {open && (
        <div className="menu__list" data-testid="examples-menu" role="menu">
          {EXAMPLES.map((example) => (
            <button
              key={example.id}
              type="button"
              role="menuitem"
              data-testid={`action-example-${example.id}`}
              onClick={() => {
                setOpen(false);
                performAction(`example-${example.id}`, { source: 'toolbar', doc });
              }}
            >
              <span className="menu__title">{example.title}</span>
              <span className="menu__detail">{example.id}.strata</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function Toolbar() {
  const state = useActionState();
  const planName = usePlan((s) => s.plan.name);
  const dirty = usePlan((s) => s.dirty);
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
      <div className="toolbar__group">
        <ActionButton id="file-new" icon="new" state={state} showLabel />
        <ExamplesMenu state={state} />
        <FileMenu />
      </div>
      <div className="toolbar__group">
        <ActionButton id="edit-undo" icon="undo" state={state} />
        <ActionButton id="edit-redo" icon="redo" state={state} />
      </div>
      <div className="toolbar__group">
        <ActionButton id="edit-duplicate" icon="duplicate" state={state} />
        <ActionButton id="edit-delete" icon="delete" state={state} />
      </div>
      <div className="toolbar__group">
        <ActionButton id="view-zoom-fit" icon="fit" state={state} />
        <ActionButton id="view-tidy" icon="tidy" state={state} />
        <ActionButton id="view-minimap" icon="minimap" state={state} />
      </div>
      <div className="toolbar__group">
        <ActionButton id="view-failure-mode" icon="failure" state={state} showLabel />
        <ActionButton id="view-heat" icon="heat" state={state} showLabel />
      </div>
      <div className="toolbar__spacer" />
      <ActionButton id="view-theme" icon="theme" state={state} />
    </header>
  );
}
