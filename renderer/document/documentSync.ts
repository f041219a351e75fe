/**
 * Keeps the host told about the document: its title, file and unsaved state on every change, and
 * a recovery copy written a little after edits (at least every few seconds while editing goes on),
 * when the page is idle.
 */
import { debounce } from '../files/debounce';
import type { DocumentHost, DocumentStatus } from '../files/documentHost';
import type { FilesDocument } from '../files/filesDocument';
import type { ScenarioModel } from './scenarioModel';

export const RECOVERY_WAIT_MS = 1500;
export const RECOVERY_MAX_WAIT_MS = 5000;
export const RECOVERY_IDLE_WITHIN_MS = 1000;

/** Runs `work` when the page is idle (at most `withinMs` later); returns a cancel function. */
function whenIdle(work: () => void, withinMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: withinMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

export function syncDocument(
  doc: FilesDocument & { readonly scenarios: ScenarioModel },
  host: DocumentHost,
): () => void {
  const planStore = doc.plan;
  const filesStore = doc.files.store;
  const currentStatus = (): DocumentStatus => {
    const { plan, dirty } = planStore.getState();
    const files = filesStore.getState();
    return { title: plan.name, fileName: files.fileName, dirty: dirty || files.othersDirty };
  };
  let last: DocumentStatus | null = null;
  const write = (): void => {
    const { plan } = planStore.getState();
    const { dirty } = currentStatus();
    // Every scenario: restoring the copy must not lose the ones not on the canvas.
    if (dirty) host.writeRecovery(doc.scenarios.text(plan, null), filesStore.getState().fileName);
  };
  // Serialising a large plan is one long task (tens of milliseconds at 10,000 nodes): it waits for
  // a moment the page is idle, so it never lands between an edit and the frame that shows it, but
  // at most RECOVERY_IDLE_WITHIN_MS more. It writes the plan current then.
  let idleWrite: (() => void) | null = null;
  const cancelIdleWrite = (): void => {
    idleWrite?.();
    idleWrite = null;
  };
  const recovery = debounce(
    () => {
      cancelIdleWrite();
      idleWrite = whenIdle(() => {
        idleWrite = null;
        write();
      }, RECOVERY_IDLE_WITHIN_MS);
    },
    RECOVERY_WAIT_MS,
    RECOVERY_MAX_WAIT_MS,
  );
  const cancelRecovery = (): void => {
    recovery.cancel();
    cancelIdleWrite();
  };
  const update = (): void => {
    const next = currentStatus();
    if (
      last &&
      last.title === next.title &&
      last.fileName === next.fileName &&
      last.dirty === next.dirty
    )
      return;
    last = next;
    host.documentChanged(next);
  };
  // The stores' live state, not the listener's arguments: a nested update (undo back to the
  // saved plan clears `dirty`) may call listeners with a state already out of date.
  const offPlan = planStore.subscribe((_state, previous) => {
    const { plan } = planStore.getState();
    update();
    if (!currentStatus().dirty) cancelRecovery();
    else if (plan !== previous.plan || !previous.dirty) recovery.schedule();
  });
  const offFiles = filesStore.subscribe((state, previous) => {
    if (state.fileName !== previous.fileName || state.othersDirty !== previous.othersDirty)
      update();
    if (state.othersDirty === previous.othersDirty) return;
    if (currentStatus().dirty) recovery.schedule();
    else cancelRecovery();
  });
  // Leaving the page: write what is pending now rather than lose the last few seconds.
  const onPageHide = (): void => {
    recovery.flush();
    if (idleWrite === null) return;
    cancelIdleWrite();
    write();
  };
  window.addEventListener('pagehide', onPageHide);
  update();
  return () => {
    offPlan();
    offFiles();
    cancelRecovery();
    window.removeEventListener('pagehide', onPageHide);
  };
}
