/**
 * Work held back until the browser has shown what is already on its way to the screen: the cards of
 * a plan just opened before its figures, the figures of an edit before the cards, the canvas
 * before the minimap.
 */
/**
 * From this many nodes, an edit paints its headline figures first and what can follow (the cards,
 * the blast list's names) once that frame has painted; below it everything comes in one frame.
 */
export const DEFER_FROM_NODES = 1500;

export interface AfterPaintOptions {
  /**
   * Frames to let render first. 2 when what must show first is itself drawn a task later: React
   * Flow takes a new node array in an effect, so the nodes reach the DOM after the change's frame.
   */
  readonly frames?: number;
  /**
   * Where the work runs then: in a task of its own (the default), when the main thread is idle
   * (at most `idleWithinMs` later), or inside the last frame's callback (drawing).
   */
  readonly then?: 'task' | 'idle' | 'frame';
  readonly idleWithinMs?: number;
}

/** Schedules `work` (at once where there are no frames: tests, Node); returns a cancel function. */
export function afterPaint(work: () => void, options: AfterPaintOptions = {}): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    work();
    return () => undefined;
  }
  let cancelled = false;
  const run = (): void => {
    if (!cancelled) work();
  };
  const then = options.then ?? 'task';
  let framesLeft = Math.max(1, options.frames ?? 1);
  const onFrame = (): void => {
    framesLeft -= 1;
    if (cancelled) return;
    if (framesLeft > 0) requestAnimationFrame(onFrame);
    else if (then === 'frame') run();
    else if (then === 'idle' && typeof requestIdleCallback === 'function')
      requestIdleCallback(run, { timeout: options.idleWithinMs ?? 100 });
    else setTimeout(run, 0);
  };
  requestAnimationFrame(onFrame);
  return () => {
    cancelled = true;
  };
}
