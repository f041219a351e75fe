/**
 * A failure's outcome for a figure that is a detail (the names a blast entry loses): at once when
 * the engine has it, else simulated once the frame with the edit's headline figures has painted.
 * After a drop on a large plan the worst failures are those of the sites and rooms the VM moved
 * in, and simulating five of them again with their name lists would hold that frame back.
 */
import { useEffect, useState } from 'react';
import type { FailureOutcome } from '../../shared/metrics/failure';
import type { Plan } from '../../shared/model/plan';
import { afterPaint, DEFER_FROM_NODES } from '../store/afterPaint';
import { useEditor } from '../store/editorContext';

interface Computed {
  readonly plan: Plan;
  readonly id: string;
  readonly outcome: FailureOutcome | null;
}

/** The outcome of `id`'s failure in `plan`; undefined while it waits for the paint. */
export function useFailureAfterPaint(plan: Plan, id: string): FailureOutcome | null | undefined {
  const { engine } = useEditor();
  const waits =
    plan.nodes.length >= DEFER_FROM_NODES && typeof requestAnimationFrame === 'function';
  const known = waits ? engine.knownFailure(plan, id) : engine.failureFor(plan, id);
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (known !== undefined) return undefined;
    return afterPaint(() => setComputed({ plan, id, outcome: engine.failureFor(plan, id) }));
  }, [engine, plan, id, known]);
  if (known !== undefined) return known;
  return computed?.plan === plan && computed.id === id ? computed.outcome : undefined;
}
