/** Beside the pointer during a drag: where the drop would go, or why it cannot. */
import { usePointerStore, useUiStore } from '../store/uiStore';

export function DropFeedback() {
  const drop = useUiStore((s) => s.drop);
  const x = usePointerStore((s) => s.x);
  const y = usePointerStore((s) => s.y);
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
