/** A modal dialog: keys stay inside it (the editor's shortcuts wait), Escape answers `onEscape`. */
import { useEffect, useId, type ReactNode } from 'react';
import './files.css';

const PASS_THROUGH = new Set(['Tab', 'Enter', ' ']);

export function Modal({
  testId,
  title,
  onEscape,
  children,
}: {
  testId: string;
  title: string;
  onEscape: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onEscape();
      } else if (!PASS_THROUGH.has(e.key)) {
        // Stopped before the window's shortcut handler; the focused control still gets its default.
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onEscape]);
  return (
    <div className="files-backdrop">
      <div
        className="files-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <h2 className="files-dialog__title" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
