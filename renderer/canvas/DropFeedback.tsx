/** Beside the pointer during a drag: where the drop would go, or why it cannot. */
import { usePointer, useUi } from '../store/editorContext';

export function DropFeedback() {
  const drop = useUi((s) => s.drop);
  const x = usePointer((s) => s.x);
  const y = usePointer((s) => s.y);
  if (!drop) return null;
  return (
    <div
      className={`drop-feedback ${drop.ok ? 'drop-feedback--ok' : 'drop-feedback--refused'}`}
      style={{ left: x + 16, top: y + 40 }}
      data-testid="drop-feedback"
      data-ok={drop.ok}
      role="status"
    >
      {drop.message}
    </div>
  );
}
