import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import type { DocumentHost } from '../files/documentHost';
import type { RecoveryCopier } from '../files/recovery/recoveryCopier';
import type { RecoveryForm } from '../files/recovery/recoveryProtocol';
import { commitPlan, setSavedPlan } from '../store/planStore';
import { RECOVERY_MAX_WAIT_MS, syncDocument } from './documentSync';
import { createTestDocument } from './testDocument';

/** A copier whose copies the test hands back (or refuses) when it chooses. */
function heldCopier() {
  const calls: {
    set: ScenarioSet;
    form: RecoveryForm;
    resolve(copy: string | null): void;
    reject(e: Error): void;
  }[] = [];
  const copier: RecoveryCopier = {
    make: (set, form) =>
      new Promise<string | null>((resolve, reject) => calls.push({ set, form, resolve, reject })),
    dispose: () => undefined,
  };
  return { copier, calls };
}

function recordingHost(recoveryForm: RecoveryForm = 'text') {
  const stored: string[] = [];
  const written: string[] = [];
  let discarded = 0;
  const host = {
    documentChanged: () => undefined,
    writeRecovery: (text: string) => void written.push(text),
    recoveryForm,
    storeRecovery: (copy: string) => void stored.push(copy),
    discardRecovery: () => void (discarded += 1),
  } as unknown as DocumentHost;
  return { host, stored, written, discarded: () => discarded };
}

const plan: Plan = {
  ...emptyPlan('Rack'),
  nodes: [makeNode('server', { id: 's1', parentId: null, name: 's1' })],
};

function edited(name: string): Plan {
  return { ...plan, nodes: [{ ...plan.nodes[0]!, name }] };
}

/** A test document synced to a recording host through a held copier. */
function syncedDocument(recoveryForm: RecoveryForm = 'text') {
  const doc = createTestDocument(plan);
  const { copier, calls } = heldCopier();
  const recording = recordingHost(recoveryForm);
  const stop = syncDocument(doc, recording.host, copier);
  return { doc, calls, ...recording, stop };
}

/** Past the debounce's longest wait and the idle callback's stand-in. */
async function untilCopyAsked(): Promise<void> {
  await vi.advanceTimersByTimeAsync(RECOVERY_MAX_WAIT_MS + 10);
}

describe('the recovery copy of an unsaved document', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is made off the page, of every scenario as it is, and stored in the host’s form', async () => {
    const { doc, calls, stored, written, stop } = syncedDocument();
    commitPlan(doc.plan, edited('web-1'));
    await untilCopyAsked();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.form).toBe('text');
    expect(serializeDocument(calls[0]!.set)).toBe(doc.scenarios.text(edited('web-1'), null));
    calls[0]!.resolve('the copy');
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['the copy']);
    expect(written).toEqual([]);
    stop();
  });

  it('is not stored when the document was saved while it was being made', async () => {
    const { doc, calls, stored, stop } = syncedDocument();
    const next = edited('web-1');
    commitPlan(doc.plan, next);
    await untilCopyAsked();
    setSavedPlan(doc.plan, next);
    calls[0]!.resolve('stale copy');
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([]);
    stop();
  });

  it('stored by the worker itself after the document was saved, is taken away again', async () => {
    const { doc, calls, stored, discarded, stop } = syncedDocument('indexeddb');
    const next = edited('web-1');
    commitPlan(doc.plan, next);
    await untilCopyAsked();
    expect(calls[0]!.form).toBe('indexeddb');
    setSavedPlan(doc.plan, next);
    calls[0]!.resolve(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([]);
    expect(discarded()).toBe(1);
    stop();
  });

  it('edits while a copy is made give another copy after it, of the newest plan', async () => {
    const { doc, calls, stored, stop } = syncedDocument();
    commitPlan(doc.plan, edited('one'));
    await untilCopyAsked();
    commitPlan(doc.plan, edited('two'));
    await untilCopyAsked();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('copy one');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(serializeDocument(calls[1]!.set)).toBe(doc.scenarios.text(edited('two'), null));
    calls[1]!.resolve('copy two');
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['copy one', 'copy two']);
    stop();
  });

  it('when the worker fails, is written from the page instead', async () => {
    const { doc, calls, stored, written, stop } = syncedDocument();
    commitPlan(doc.plan, edited('web-1'));
    await untilCopyAsked();
    calls[0]!.reject(new Error('worker crashed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([]);
    expect(written).toEqual([doc.scenarios.text(edited('web-1'), null)]);
    stop();
  });

  it('leaving the page writes the copy at once, and a copy still being made is not stored after it', async () => {
    const { doc, calls, stored, written, stop } = syncedDocument();
    commitPlan(doc.plan, edited('web-1'));
    await untilCopyAsked();
    commitPlan(doc.plan, edited('web-2'));
    window.dispatchEvent(new Event('pagehide'));
    expect(written).toEqual([doc.scenarios.text(edited('web-2'), null)]);
    calls[0]!.resolve('older copy');
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([]);
    stop();
  });
});
