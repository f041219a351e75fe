/**
 * Keeps the host told about the document: its title, file and unsaved state on every change, and
 * a recovery copy written a little after edits (at least every few seconds while editing goes on).
 */
import { debounce } from '../files/debounce';
import type { DocumentHost, DocumentStatus } from '../files/documentHost';
import type { FilesDocument } from '../files/filesDocument';
import type { ScenarioModel } from './scenarioModel';

export const RECOVERY_WAIT_MS = 1500;
export const RECOVERY_MAX_WAIT_MS = 5000;

export function syncDocument(
  doc: FilesDocument & { readonly scenarios: ScenarioModel },
  host: DocumentHost,
): () => void {
  const planStore = doc.plan;
  const filesStore = doc.files.store;
  const currentStatus = (): DocumentStatus => {
    const { plan, dirty } = planStore.getState();
    return { title: plan.name, fileName: filesStore.getState().fileName, dirty };
  };
  let last: DocumentStatus | null = null;
  const recovery = debounce(
    () => {
      const { plan, dirty } = planStore.getState();
      // Every scenario: restoring the copy must not lose the ones not on the canvas.
      if (dirty) host.writeRecovery(doc.scenarios.text(plan, null), filesStore.getState().fileName);
    },
    RECOVERY_WAIT_MS,
    RECOVERY_MAX_WAIT_MS,
  );
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
    const { plan, dirty } = planStore.getState();
    update();
    if (!dirty) recovery.cancel();
    else if (plan !== previous.plan || !previous.dirty) recovery.schedule();
  });
  const offFiles = filesStore.subscribe((state, previous) => {
    if (state.fileName !== previous.fileName) update();
  });
  // Leaving the page: write what is pending now rather than lose the last few seconds.
  const onPageHide = (): void => recovery.flush();
  window.addEventListener('pagehide', onPageHide);
  update();
  return () => {
    offPlan();
    offFiles();
    recovery.cancel();
    window.removeEventListener('pagehide', onPageHide);
  };
}
