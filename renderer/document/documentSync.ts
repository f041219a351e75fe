/**
 * Keeps the host told about the document: its title, file and unsaved state on every change, and
 * a recovery copy written a little after edits (at least every few seconds while editing goes on),
 * when the page is idle, made off the main thread (files/recovery/recoveryCopier.ts).
 */
import { debounce } from '../files/debounce';
import type { DocumentHost, DocumentStatus } from '../files/documentHost';
import type { FilesDocument } from '../files/filesDocument';
import { createRecoveryCopier, type RecoveryCopier } from '../files/recovery/recoveryCopier';
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

/** Where no worker can start (a page served from file://, tests), the copy is made on the page. */
function defaultCopier(): RecoveryCopier | null {
  return typeof Worker === 'function' ? createRecoveryCopier() : null;
}

export function syncDocument(
  doc: FilesDocument & { readonly scenarios: ScenarioModel },
  host: DocumentHost,
  copier: RecoveryCopier | null = defaultCopier(),
): () => void {
  const planStore = doc.plan;
  const filesStore = doc.files.store;
  const currentStatus = (): DocumentStatus => {
    const { plan, dirty } = planStore.getState();
    const files = filesStore.getState();
    return { title: plan.name, fileName: files.fileName, dirty: dirty || files.othersDirty };
  };
  let last: DocumentStatus | null = null;
  // Bumped whenever a copy being made must not be stored: the document was saved or discarded
  // meanwhile, or the page wrote a newer one itself.
  let generation = 0;
  const write = (): void => {
    generation += 1;
    const { plan } = planStore.getState();
    const { dirty } = currentStatus();
    // Every scenario: restoring the copy must not lose the ones not on the canvas.
    if (dirty) host.writeRecovery(doc.scenarios.text(plan, null), filesStore.getState().fileName);
  };
  // Serialising a 10,000-node document is hundreds of milliseconds: the worker does it, the page
  // only hands it the arrays it does not hold yet, a slice per task. One copy at a time; edits
  // meanwhile make another after it, of the document as it is then.
  let making = false;
  let again = false;
  let disposed = false;
  const makeOffThread = async (maker: RecoveryCopier): Promise<void> => {
    do {
      again = false;
      if (!currentStatus().dirty) return;
      const started = generation;
      const fileName = filesStore.getState().fileName;
      const copy = await maker.make(
        doc.scenarios.documentOf(planStore.getState().plan),
        host.recoveryForm,
        fileName,
      );
      const dirty = currentStatus().dirty;
      if (copy !== null) {
        if (started === generation && dirty) host.storeRecovery(copy, fileName);
      } else if (!dirty) {
        // Stored by the worker after the document was saved or discarded: taken away again.
        host.discardRecovery();
      }
    } while (again);
  };
  const copyNow = (): void => {
    if (!copier) return write();
    if (making) {
      again = true;
      return;
    }
    making = true;
    makeOffThread(copier)
      .catch(() => {
        // The worker failed: the copy is made here rather than not at all.
        if (!disposed && currentStatus().dirty) write();
      })
      .finally(() => {
        making = false;
      });
  };
  // Even sliced, the copy waits for a moment the page is idle, so it never lands between an edit
  // and the frame that shows it, but at most RECOVERY_IDLE_WITHIN_MS more. It copies the plan
  // current then.
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
        copyNow();
      }, RECOVERY_IDLE_WITHIN_MS);
    },
    RECOVERY_WAIT_MS,
    RECOVERY_MAX_WAIT_MS,
  );
  const cancelRecovery = (): void => {
    recovery.cancel();
    cancelIdleWrite();
    generation += 1;
    again = false;
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
  // Leaving the page: write what is pending now, on the page (a worker's answer would come too
  // late), rather than lose the last few seconds.
  const onPageHide = (): void => {
    recovery.flush();
    if (idleWrite === null && !making) return;
    cancelIdleWrite();
    write();
  };
  window.addEventListener('pagehide', onPageHide);
  update();
  return () => {
    disposed = true;
    offPlan();
    offFiles();
    cancelRecovery();
    copier?.dispose();
    window.removeEventListener('pagehide', onPageHide);
  };
}
