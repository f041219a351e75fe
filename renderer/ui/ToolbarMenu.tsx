/**
 * A toolbar button that opens a list below it: one shape for the toolbar's menus (File, Plan,
 * Examples, Language), closing on a choice, a press outside or Escape.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from './useDismiss';

export type ToolbarMenuProps = {
  /** `data-testid` of the button and of the list. */
  readonly buttonTestId: string;
  readonly listTestId: string;
  /** What the button shows. */
  readonly face: ReactNode;
  readonly listClassName?: string;
  readonly disabled?: boolean;
  readonly ariaLabel?: string;
  readonly title?: string;
  readonly hasPopup?: boolean;
  /** Open state held by the caller (e.g. in the document's UI store); local when absent. */
  readonly open?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  /** The list's items; `close` closes the menu after a choice. */
  readonly children: (close: () => void) => ReactNode;
};

export function ToolbarMenu({
  buttonTestId,
  listTestId,
  face,
  listClassName,
  disabled,
  ariaLabel,
  title,
  hasPopup,
  open: heldOpen,
  onOpenChange,
  children,
}: ToolbarMenuProps) {
  const [localOpen, setLocalOpen] = useState(false);
  const open = heldOpen ?? localOpen;
  const setOpen = useCallback(
    (value: boolean) => (onOpenChange ?? setLocalOpen)(value),
    [onOpenChange],
  );
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), [setOpen]);
  useDismiss(ref, open, close);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="tool"
        data-testid={buttonTestId}
        aria-expanded={open}
        aria-haspopup={hasPopup ? 'menu' : undefined}
        aria-label={ariaLabel}
        title={title}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {face}
      </button>
      {open && (
        <div
          className={listClassName ? `menu__list ${listClassName}` : 'menu__list'}
          data-testid={listTestId}
          role="menu"
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
