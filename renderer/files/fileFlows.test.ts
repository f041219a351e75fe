import { describe, expect, it, vi } from 'vitest';
import { message } from '../../shared/i18n/message';
import type { RecoveryOffer } from '../../shared/bridge';
import { serializePlan } from '../../shared/load/serialize';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { singleScenarioSet, type ScenarioSet } from '../../shared/model/scenarios';
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan, View } from '../../shared/model/plan';
import { twoHostPlan } from '../../shared/test-support/plans';
import type { DocumentHost, ExportOutcome, OpenOutcome, SaveOutcome } from './documentHost';
import {
  createFileFlows,
  type DocumentAccess,
  type UnsavedChoice,
  type UnsavedRequest,
} from './fileFlows';
import { imageFrame } from '../../shared/draw/geometry';
import { reportJsonText } from '../../shared/metrics/jsonOutput';

interface Fixture {
  doc: DocumentAccess & {
    plan: Plan;
    dirty: boolean;
    file: string | null;
    replaced: { plan: Plan; name: string | null; saved: boolean }[];
    /** The scenario sets passed with each replace (undefined: the plan alone). */
    documents: (ScenarioSet | undefined)[];
    seen: View | null;
  };
  host: DocumentHost & {
    saved: string[];
    exported: { kind: string; name: string; data: Uint8Array | string }[];
    discarded: number;
    restored: number;
  };
  notes: { kind: string; text: string }[];
  asked: UnsavedRequest[];
  flows: ReturnType<typeof createFileFlows>;
}

/** What Save writes for a plan that is a document of its own: version 2, one scenario. */
const fileText = (plan: Plan): string => serializeDocument(singleScenarioSet(plan));

function setup(
  options: {
    desktop?: boolean;
    open?: OpenOutcome;
    save?: SaveOutcome;
    choice?: UnsavedChoice;
    newDocument?: 'proceed' | 'canceled';
    offer?: RecoveryOffer | null;
    recoveryChoice?: 'restore' | 'discard';
    capped?: boolean;
    selected?: Plan | null;
  } = {},
): Fixture {
  const start = twoHostPlan();
  const doc: Fixture['doc'] = {
    plan: start,
    dirty: false,
    file: null,
    replaced: [],
    documents: [],
    getPlan: () => doc.plan,
    isDirty: () => doc.dirty,
    fileName: () => doc.file,
    replace(plan, name, saved, document) {
      doc.plan = plan;
      doc.file = name;
      doc.dirty = !saved;
      doc.replaced.push({ plan, name, saved });
      doc.documents.push(document);
    },
    markSaved(plan, name) {
      doc.file = name;
      doc.dirty = doc.plan !== plan;
    },
    forgetFile() {
      doc.file = null;
    },
    seen: null,
    view: () => doc.seen,
    documentText: (plan, view) => fileText(view ? { ...plan, view } : plan),
  };
  const exported = (
    kind: string,
    data: Uint8Array | string,
    name: string,
  ): Promise<ExportOutcome> => {
    host.exported.push({ kind, name, data });
    return Promise.resolve({ status: 'exported', name });
  };
  const host: Fixture['host'] = {
    kind: options.desktop ? 'electron' : 'browser',
    settlesUnsaved: options.desktop ?? false,
    saved: [],
    exported: [],
    discarded: 0,
    restored: 0,
    connect: () => () => undefined,
    open: () => Promise.resolve(options.open ?? { status: 'canceled' }),
    openFile: () => Promise.resolve(options.open ?? { status: 'canceled' }),
    readPlanFile: () => Promise.resolve(options.open ?? { status: 'canceled' }),
    newDocument: () => Promise.resolve(options.newDocument ?? 'proceed'),
    save: (json, name) => {
      host.saved.push(json);
      return Promise.resolve(options.save ?? { status: 'saved', name });
    },
    saveAs: (json, name) => host.save(json, name),
    exportFile: (kind, data, name) => exported(kind, data, name),
    documentChanged: () => undefined,
    writeRecovery: () => undefined,
    recoveryForm: 'text',
    storeRecovery: () => undefined,
    discardRecovery: () => {
      host.discarded += 1;
    },
    takeRecovery: () => Promise.resolve(options.offer ?? null),
    restoreRecovery: () => {
      host.restored += 1;
    },
  };
  const notes: Fixture['notes'] = [];
  const asked: UnsavedRequest[] = [];
  const flows = createFileFlows({
    host,
    doc,
    notify: (kind, text) => notes.push({ kind, text }),
    askUnsaved: (request) => {
      asked.push(request);
      return Promise.resolve(options.choice ?? 'cancel');
    },
    askRecovery: () => Promise.resolve(options.recoveryChoice ?? 'restore'),
    renderPng: () =>
      Promise.resolve({
        bytes: new Uint8Array([1, 2, 3]),
        frame: imageFrame({ x: 0, y: 0, width: options.capped ? 40_000 : 100, height: 100 }, 2),
      }),
    renderDocument: (format, plan) =>
      Promise.resolve(format === 'svg' ? `<svg>${plan.nodes.length}</svg>` : new Uint8Array([37])),
    selectedPlan: () => options.selected ?? null,
  });
  return { doc, host, notes, asked, flows };
}

const other = emptyPlan('Other');
const opened: OpenOutcome = { status: 'opened', plan: other, name: 'other.strata' };

describe('opening', () => {
  it('shows a refused file’s message and leaves the plan alone, without asking to save', async () => {
    const f = setup({
      open: {
        status: 'failed',
        message: 'Cannot open "file.strata": nodes[3].ramGiB: must be a positive number',
      },
    });
    f.doc.dirty = true;
    const before = f.doc.plan;
    await f.flows.open();
    expect(f.notes).toEqual([
      {
        kind: 'refused',
        text: 'Cannot open "file.strata": nodes[3].ramGiB: must be a positive number',
      },
    ]);
    expect(f.doc.plan).toBe(before);
    expect(f.doc.replaced).toEqual([]);
    expect(f.asked).toEqual([]);
  });

  it('opens straight away when nothing is unsaved', async () => {
    const f = setup({ open: opened });
    await f.flows.open();
    expect(f.asked).toEqual([]);
    expect(f.doc.replaced).toEqual([{ plan: other, name: 'other.strata', saved: true }]);
    expect(f.doc.dirty).toBe(false);
  });

  it('asks first when there are unsaved changes: Cancel keeps the plan', async () => {
    const f = setup({ open: opened, choice: 'cancel' });
    f.doc.dirty = true;
    await f.flows.openFile({} as File);
    expect(f.asked).toEqual([{ documentName: 'Test plan', action: 'opening “other.strata”' }]);
    expect(f.doc.replaced).toEqual([]);
  });

  it('Don’t Save discards the changes and their recovery copy', async () => {
    const f = setup({ open: opened, choice: 'discard' });
    f.doc.dirty = true;
    await f.flows.open();
    expect(f.host.discarded).toBe(1);
    expect(f.host.saved).toEqual([]);
    expect(f.doc.plan).toBe(other);
  });

  it('Save saves first, and opens only once that worked', async () => {
    const f = setup({ open: opened, choice: 'save' });
    f.doc.dirty = true;
    f.doc.file = 'rack.png';
    const edited = f.doc.plan;
    await f.flows.open();
    expect(f.host.saved).toEqual([fileText(edited)]);
    expect(f.doc.plan).toBe(other);

    const failing = setup({
      open: opened,
      choice: 'save',
      save: { status: 'failed', message: 'disk full' },
    });
    failing.doc.dirty = true;
    await failing.flows.open();
    expect(failing.doc.replaced).toEqual([]);
    expect(failing.notes).toContainEqual({ kind: 'refused', text: 'disk full' });
  });

  it('on the desktop the host settles unsaved changes itself', async () => {
    const f = setup({ desktop: true, open: opened });
    f.doc.dirty = true;
    await f.flows.open();
    expect(f.asked).toEqual([]);
    expect(f.doc.plan).toBe(other);
  });

  it('adopts plans the host delivers unasked, prompting unless already settled', async () => {
    const f = setup({ choice: 'cancel' });
    f.doc.dirty = true;
    await f.flows.adopt(opened, false);
    expect(f.doc.replaced).toEqual([]);
    await f.flows.adopt(opened, true);
    expect(f.doc.plan).toBe(other);
  });
});

describe('replacing the document (New, an example)', () => {
  it('asks in the page in the browser and forgets the file', async () => {
    const run = vi.fn();
    const f = setup({ choice: 'discard' });
    f.doc.dirty = true;
    f.doc.file = 'rack.strata';
    await f.flows.replaceDocument(run, message('files.unsaved.new'));
    expect(f.asked).toEqual([{ documentName: 'rack.strata', action: 'starting a new plan' }]);
    expect(run).toHaveBeenCalledOnce();
    expect(f.doc.file).toBeNull();
  });

  it('goes through newDocument() on the desktop', async () => {
    const run = vi.fn();
    const f = setup({ desktop: true, newDocument: 'canceled' });
    f.doc.dirty = true;
    await f.flows.replaceDocument(run, message('files.unsaved.new'));
    expect(run).not.toHaveBeenCalled();
    expect(f.asked).toEqual([]);
  });

  it('Close in the browser starts an empty plan after the prompt', async () => {
    const f = setup({ choice: 'discard' });
    f.doc.dirty = true;
    await f.flows.close();
    expect(f.doc.plan.nodes).toEqual([]);
    expect(f.doc.dirty).toBe(false);
  });
});

describe('saving and exporting', () => {
  it('saves under the file’s name, or the plan’s, and marks the document saved', async () => {
    const f = setup();
    f.doc.dirty = true;
    await f.flows.save();
    expect(f.host.saved).toEqual([fileText(f.doc.plan)]);
    expect(f.doc.file).toBe('Test plan.strata');
    expect(f.doc.dirty).toBe(false);
  });

  it('writes the view the canvas shows, and the plan stays saved without it', async () => {
    const f = setup();
    f.doc.dirty = true;
    f.doc.seen = { x: -120.5, y: 40, zoom: 0.75 };
    const plan = f.doc.plan;
    await f.flows.save();
    expect(f.host.saved).toEqual([fileText({ ...plan, view: { x: -120.5, y: 40, zoom: 0.75 } })]);
    expect(f.doc.plan).toBe(plan);
    expect(f.doc.plan.view).toBeUndefined();
    expect(f.doc.dirty).toBe(false);
    await f.flows.exportJson();
    expect(f.host.exported[0]?.data).toBe(f.host.saved[0]);
  });

  it('a failed or canceled save never marks the plan saved, and says why it failed', async () => {
    const message =
      'Cannot save "rack.strata": the disk is full: 3.2 MiB needed. Nothing was overwritten; your changes are still open, and a recovery copy is kept.';
    const f = setup({ save: { status: 'failed', message } });
    f.doc.dirty = true;
    f.doc.file = 'rack.strata';
    await f.flows.save();
    await f.flows.saveAs();
    expect(f.doc.dirty).toBe(true);
    expect(f.host.discarded).toBe(0);
    expect(f.notes).toEqual([
      { kind: 'refused', text: message },
      { kind: 'refused', text: message },
    ]);
    const canceled = setup({ save: { status: 'canceled' } });
    canceled.doc.dirty = true;
    await canceled.flows.save();
    expect(canceled.doc.dirty).toBe(true);
    expect(canceled.notes).toEqual([]);
  });

  it('says where it saved', async () => {
    const f = setup();
    await f.flows.save();
    expect(f.notes).toEqual([{ kind: 'info', text: 'Saved Test plan.strata' }]);
  });

  it('runs one flow at a time', async () => {
    const f = setup({ choice: 'cancel', open: opened });
    f.doc.dirty = true;
    let answer: (c: UnsavedChoice) => void = () => undefined;
    const flows = createFileFlows({
      host: f.host,
      doc: f.doc,
      notify: () => undefined,
      askUnsaved: () => new Promise((resolve) => (answer = resolve)),
      askRecovery: () => Promise.resolve('discard'),
      renderPng: () => Promise.reject(new Error('unused')),
      renderDocument: () => Promise.reject(new Error('unused')),
      selectedPlan: () => null,
    });
    const first = flows.open();
    await vi.waitFor(() => expect(flows.isBusy()).toBe(true));
    await flows.save();
    expect(f.host.saved).toEqual([]);
    answer('cancel');
    await first;
    expect(flows.isBusy()).toBe(false);
  });

  it('keeps a plan that arrives while another flow runs, and adopts it after', async () => {
    const offer: RecoveryOffer = {
      text: serializePlan(emptyPlan('Recovered')),
      name: null,
      savedAt: '2025-01-01T10:00:00Z',
    };
    const f = setup({ offer });
    let answer: (c: 'restore' | 'discard') => void = () => undefined;
    const flows = createFileFlows({
      host: f.host,
      doc: f.doc,
      notify: () => undefined,
      askUnsaved: () => Promise.resolve('cancel'),
      askRecovery: () => new Promise((resolve) => (answer = resolve)),
      renderPng: () => Promise.reject(new Error('unused')),
      renderDocument: () => Promise.reject(new Error('unused')),
      selectedPlan: () => null,
    });
    const recovery = flows.offerRecovery();
    await vi.waitFor(() => expect(flows.isBusy()).toBe(true));
    const arrival = flows.adopt(opened, true);
    await Promise.resolve();
    expect(f.doc.replaced).toEqual([]);
    answer('discard');
    await Promise.all([recovery, arrival]);
    expect(f.doc.plan).toBe(other);
    expect(flows.isBusy()).toBe(false);
  });

  it('exports the plan JSON and the CLI report under suggested names', async () => {
    const f = setup();
    f.doc.file = 'rack.strata';
    await f.flows.exportJson();
    await f.flows.exportReport();
    expect(f.host.exported).toEqual([
      { kind: 'json', name: 'rack.json', data: fileText(f.doc.plan) },
      { kind: 'report', name: 'rack-report.json', data: reportJsonText(f.doc.plan) },
    ]);
  });

  it('exports the PNG and says when the scale had to be lowered', async () => {
    const f = setup();
    await f.flows.exportPng(2);
    expect(f.host.exported[0]).toMatchObject({ kind: 'png', name: 'Test plan.png' });
    expect(f.notes.at(-1)?.text).toBe('Exported Test plan.png (360 × 360 px)');
    const big = setup({ capped: true });
    await big.flows.exportPng(2);
    expect(big.notes.at(-1)?.text).toMatch(
      /^Exported Test plan\.png \(16384 × \d+ px\) at 0\.41× instead of 2×, so that no side passes 16,384 px$/,
    );
  });

  it('exports the SVG and the PDF report of the plan, or of the selection as a plan of its own', async () => {
    const selected = { ...emptyPlan('Test plan'), nodes: twoHostPlan().nodes.slice(0, 2) };
    const f = setup({ selected });
    f.doc.file = 'rack.strata';
    await f.flows.exportPicture({ format: 'svg', scale: 1, selection: false });
    await f.flows.exportPicture({ format: 'pdf', scale: 1, selection: true });
    await f.flows.exportPicture({ format: 'png', scale: 2, selection: true });
    expect(f.host.exported).toEqual([
      { kind: 'svg', name: 'rack.svg', data: `<svg>${f.doc.plan.nodes.length}</svg>` },
      { kind: 'pdf', name: 'rack-selection-report.pdf', data: new Uint8Array([37]) },
      { kind: 'png', name: 'rack-selection.png', data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(f.notes.map((n) => n.text)).toEqual([
      'Exported rack.svg',
      'Exported rack-selection-report.pdf',
      'Exported rack-selection.png (360 × 360 px)',
    ]);
  });

  it('refuses to export the selection when nothing is selected', async () => {
    const f = setup({ selected: null });
    await f.flows.exportPicture({ format: 'svg', scale: 1, selection: true });
    expect(f.host.exported).toEqual([]);
    expect(f.notes).toEqual([
      {
        kind: 'refused',
        text: 'Nothing is selected: select the cards to export, or export the whole plan',
      },
    ]);
  });

  it('reports a failed render instead of throwing', async () => {
    const f = setup();
    const flows = createFileFlows({
      host: f.host,
      doc: f.doc,
      notify: (kind, text) => f.notes.push({ kind, text }),
      askUnsaved: () => Promise.resolve('cancel'),
      askRecovery: () => Promise.resolve('discard'),
      renderPng: () => Promise.reject(new Error('no 2D canvas')),
      renderDocument: () => Promise.reject(new Error('unused')),
      selectedPlan: () => null,
    });
    await flows.exportPng(2);
    expect(f.notes).toEqual([{ kind: 'refused', text: 'Something went wrong: no 2D canvas' }]);
    expect(flows.isBusy()).toBe(false);
  });
});

describe('recovery at start', () => {
  const offer: RecoveryOffer = {
    text: serializePlan(emptyPlan('Recovered')),
    name: 'rack.strata',
    savedAt: '2025-01-01T10:00:00Z',
  };

  it('restores the copy as unsaved work of its file', async () => {
    const f = setup({ offer, recoveryChoice: 'restore' });
    await f.flows.offerRecovery();
    expect(f.host.restored).toBe(1);
    expect(f.doc.plan.name).toBe('Recovered');
    expect(f.doc.file).toBe('rack.strata');
    expect(f.doc.dirty).toBe(true);
  });

  it('restores every scenario of a version-2 copy, on the scenario it was left on', async () => {
    const asIs = { ...emptyPlan('Recovered'), nodes: [] };
    const set: ScenarioSet = {
      name: 'Recovered',
      scenarios: [
        { id: 'a', name: 'As is', plan: asIs },
        {
          id: 'b',
          name: 'To be',
          plan: { ...asIs, settings: { ...asIs.settings, cpuOvercommitLimit: 8 } },
        },
      ],
      activeScenario: 'b',
    };
    const f = setup({
      offer: { ...offer, text: serializeDocument(set) },
      recoveryChoice: 'restore',
    });
    await f.flows.offerRecovery();
    expect(f.doc.documents).toEqual([set]);
    expect(f.doc.plan.settings.cpuOvercommitLimit).toBe(8);
  });

  it('discards it when declined, or when it no longer loads', async () => {
    const declined = setup({ offer, recoveryChoice: 'discard' });
    await declined.flows.offerRecovery();
    expect(declined.host.discarded).toBe(1);
    expect(declined.doc.replaced).toEqual([]);
    const broken = setup({ offer: { ...offer, text: '{}' } });
    await broken.flows.offerRecovery();
    expect(broken.host.discarded).toBe(1);
    expect(broken.notes[0]?.kind).toBe('refused');
  });

  it('does nothing without a copy', async () => {
    const f = setup({ offer: null });
    await f.flows.offerRecovery();
    expect(f.doc.replaced).toEqual([]);
  });
});
