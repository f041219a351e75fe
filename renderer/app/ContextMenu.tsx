/**
 * The right-click menu of a card or of the canvas: the manifest's actions for that place
 * (shared/actions/contextMenu.ts), enabled by their rules, each performed by id. The arrow keys,
 * Home and End move between items, Enter chooses, Escape closes and gives the keyboard back.
 */
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { contextMenuGroups } from '../../shared/actions/contextMenu';
import { useActionDocument } from '../actions/actionDocument';
import { currentPlatform } from '../actions/bindAction';
import { ActionMenuItem } from '../ui/ActionMenuItem';
import { useUi } from '../store/editorContext';
import type { ContextMenuAt } from '../store/uiStore';

const GROUPS = {
  card: contextMenuGroups('card'),
  canvas: contextMenuGroups('canvas'),
};

export function ContextMenu() {
  const at = useUi((s) => s.contextMenu);
  return at ? <Menu key={`${at.x},${at.y},${at.place}`} at={at} /> : null;
}

function Menu({ at }: { at: ContextMenuAt }) {
  const doc = useActionDocument();
  const list = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x, top: at.y });
  const close = (): void => doc.ui.setState({ contextMenu: null });

  // Kept inside the window, and the first enabled item focused.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPlace({
      left: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)),
      top: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)),
    });
    el.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [at]);

  useEffect(() => {
    const returnTo = document.activeElement;
    const outside = (e: PointerEvent): void => {
      if (!list.current?.contains(e.target as Node)) doc.ui.setState({ contextMenu: null });
    };
    const away = (): void => doc.ui.setState({ contextMenu: null });
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', away);
    window.addEventListener('wheel', away, { passive: true });
    return () => {
      window.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', away);
      window.removeEventListener('wheel', away);
      const now = document.activeElement;
      if (
        (now === null || now === document.body) &&
        returnTo instanceof HTMLElement &&
        returnTo.isConnected
      )
        returnTo.focus();
    };
  }, [doc]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    // The menu has the keyboard: no shortcut of the editor runs behind it.
    e.stopPropagation();
    const items = [
      ...(list.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (n: number): void => items[(n + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(i + 1);
    else if (e.key === 'ArrowUp') focus(i < 0 ? -1 : i - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(-1);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
  };

  const platform = currentPlatform();
  return (
    <div
      ref={list}
      className="context-menu"
      role="menu"
      data-testid="context-menu"
      data-place={at.place}
      style={place}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {GROUPS[at.place].map((group, g) => (
        <Fragment key={group[0]}>
          {g > 0 && <div className="context-menu__separator" role="separator" />}
          {group.map((id) => (
            <ActionMenuItem
              key={id}
              id={id}
              testId={`context-${id}`}
              source="menu"
              platform={platform}
              onChoose={close}
            />
          ))}
        </Fragment>
      ))}
    </div>
  );
}
