/**
 * Keeps the host told about the document: its title, file and unsaved state on every change, and
 * a recovery copy written a little after edits (at least every few seconds while editing goes on).
 */
import { usePlanStore } from '../store/planStore';
import { documentText } from '../store/scenarioDocument';
import { debounce } from './debounce';
import type { DocumentHost, DocumentStatus } from './documentHost';
import { useFilesStore } from './filesStore';

export const RECOVERY_WAIT_MS = 1500;
export const RECOVERY_MAX_WAIT_MS = 5000;

function currentStatus(): DocumentStatus {
  const { plan, dirty } = usePlanStore.getState();
  return { title: plan.name, fileName: useFilesStore.getState().fileName, dirty };
}

export function syncDocument(host: DocumentHost): () => void {
  let last: DocumentStatus | null = null;
  const recovery = debounce(
    () => {
      const { plan, dirty } = usePlanStore.getState();
      if (dirty) host.writeRecovery(documentText(plan, null), useFilesStore.getState().fileName);
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
  const offPlan = usePlanStore.subscribe((_state, previous) => {
    const { plan, dirty } = usePlanStore.getState();
    update();
    if (!dirty) recovery.cancel();
    else if (plan !== previous.plan || !previous.dirty) recovery.schedule();
  });
  const offFiles = useFilesStore.subscribe((state, previous) => {
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
