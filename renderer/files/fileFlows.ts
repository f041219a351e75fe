/**
 * The file flows — open, save, export, replace the document, recover — written once against a
 * DocumentHost and the document, with everything else injected so they are tested without a DOM.
 */
import type { RecoveryOffer } from '../../shared/bridge';
import { loadDocument } from '../../shared/load/loadDocument';
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan, View } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import type { DocumentHost, OpenOutcome, SaveOutcome } from './documentHost';
import { suggestedName } from './fileNames';
import { MAX_IMAGE_SIDE } from '../../shared/draw/geometry';
import type { SceneFrame } from '../../shared/draw/scene';
import { reportJsonText } from '../../shared/metrics/jsonOutput';
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface UnsavedRequest {
  /** The file name, or the plan's name before the first save. */
  readonly documentName: string;
  /** What waits for the answer, e.g. `opening “rack.strata”`, in the editor's language. */
  readonly action: string;
}

export interface DocumentAccess {
  getPlan(): Plan;
  isDirty(): boolean;
  fileName(): string | null;
  /**
   * Replaces the document (fresh history); `saved` is false for restored unsaved work; `document`
   * holds every scenario of the file when `plan` is one of several.
   */
  replace(plan: Plan, fileName: string | null, saved: boolean, document?: ScenarioSet): void;
  markSaved(plan: Plan, fileName: string): void;
  /** The document no longer has a file (New, an example). */
  forgetFile(): void;
  /** The canvas's view now, written with the plan so it reopens where the planner left it. */
  view(): View | null;
  /** The file's text: every scenario of the document, `plan` as the one on the canvas, seen at `view`. */
  documentText(plan: Plan, view: View | null): string;
}

export interface PngRender {
  readonly bytes: Uint8Array;
  readonly frame: SceneFrame;
}

export type PictureFormat = 'png' | 'svg' | 'pdf';

/** What the export dialog asks for: a PNG at `scale`, an SVG or the PDF report; of the selection or all. */
export interface PictureRequest {
  readonly format: PictureFormat;
  readonly scale: number;
  /** Only the selected cards (the selection as a plan of its own, embedded as that). */
  readonly selection: boolean;
}

export interface FlowDeps {
  readonly host: DocumentHost;
  readonly doc: DocumentAccess;
  notify(kind: 'refused' | 'info', text: string): void;
  askUnsaved(request: UnsavedRequest): Promise<UnsavedChoice>;
  askRecovery(offer: RecoveryOffer): Promise<'restore' | 'discard'>;
  renderPng(plan: Plan, scale: number): Promise<PngRender>;
  /** The SVG text (plan inside) or the PDF report's bytes of `plan`. */
  renderDocument(format: 'svg' | 'pdf', plan: Plan): Promise<string | Uint8Array>;
  /** The selection as a plan of its own (shared/edit/subPlan.ts); null when nothing is selected. */
  selectedPlan(): Plan | null;
  /** The editor's language now, for the toasts and the prompt (English when not given). */
  lang?(): Lang;
}

export interface FileFlows {
  open(): Promise<void>;
  openFile(file: File): Promise<void>;
  /** A plan the host delivered unasked (see HostEvents.planArrived). */
  adopt(outcome: OpenOutcome, settled: boolean): Promise<void>;
  /**
   * Settles unsaved changes, then runs `replace` (New, an example); the document has no file
   * after. `action` says what replaces it (`files.unsaved.new`), for the prompt.
   */
  replaceDocument(replace: () => void, action: Message): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  exportPng(scale: number): Promise<void>;
  /** PNG, SVG or the PDF report, of the whole plan or of the selection. */
  exportPicture(request: PictureRequest): Promise<void>;
  exportJson(): Promise<void>;
  /** The command line's JSON report (`strata report --json`). */
  exportReport(): Promise<void>;
  /** File → Close. */
  close(): Promise<void>;
  offerRecovery(): Promise<void>;
  isBusy(): boolean;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createFileFlows(deps: FlowDeps): FileFlows {
  const { host, doc, notify } = deps;
  const lang = (): Lang => deps.lang?.() ?? ENGLISH;
  const say = (key: Message['key'], params?: Message['params']): string => lang().t(key, params);
  /** Flows started and not finished; they run one after another. */
  let active = 0;
  let tail: Promise<void> = Promise.resolve();

  /**
   * One flow at a time. What the planner starts while another flow runs (a second Save while a
   * prompt is open) is ignored; what must not be lost (a file chosen, a plan sent by the OS) waits.
   */
  function exclusive(work: () => Promise<void>, wait = false): Promise<void> {
    if (active > 0 && !wait) return Promise.resolve();
    active += 1;
    tail = tail.then(async () => {
      try {
        await work();
      } catch (error) {
        notify('refused', say('files.wrong', { detail: describe(error) }));
      } finally {
        active -= 1;
      }
    });
    return tail;
  }

  const documentName = (): string => doc.fileName() ?? doc.getPlan().name;

  async function writePlan(asNew: boolean): Promise<SaveOutcome['status']> {
    const plan = doc.getPlan();
    const name = suggestedName('plan', doc.fileName(), plan.name);
    const json = doc.documentText(plan, doc.view());
    const result = asNew ? await host.saveAs(json, name) : await host.save(json, name);
    if (result.status === 'saved') {
      doc.markSaved(plan, result.name);
      notify('info', say('files.saved', { name: result.name }));
    } else if (result.status === 'failed') {
      notify('refused', result.message);
    }
    return result.status;
  }

  /** The page's own Save / Don't Save / Cancel (the desktop asks natively instead). */
  async function settleInPage(action: Message): Promise<boolean> {
    if (host.settlesUnsaved || !doc.isDirty()) return true;
    const choice = await deps.askUnsaved({
      documentName: documentName(),
      action: formatMessage(lang(), action),
    });
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      host.discardRecovery();
      return true;
    }
    return (await writePlan(false)) === 'saved';
  }

  async function adoptOutcome(outcome: OpenOutcome, settled: boolean): Promise<void> {
    if (outcome.status === 'failed') {
      notify('refused', outcome.message);
      return;
    }
    if (outcome.status === 'canceled') return;
    if (!settled && !(await settleInPage(message('files.unsaved.opening', { name: outcome.name }))))
      return;
    doc.replace(outcome.plan, outcome.name, true, outcome.document);
    host.fileChanged?.(outcome);
    notify('info', say('files.opened', { name: outcome.name }));
  }

  async function exportText(kind: 'json' | 'report'): Promise<void> {
    const plan = doc.getPlan();
    const text = kind === 'json' ? doc.documentText(plan, doc.view()) : reportJsonText(plan);
    const result = await host.exportFile(
      kind,
      text,
      suggestedName(kind, doc.fileName(), plan.name),
    );
    if (result.status === 'exported') notify('info', say('files.exported', { name: result.name }));
    else if (result.status === 'failed') notify('refused', result.message);
  }

  async function exportPicture(request: PictureRequest): Promise<void> {
    const whole = doc.getPlan();
    const plan = request.selection ? deps.selectedPlan() : whole;
    if (!plan) {
      notify('refused', say('files.nothingSelected'));
      return;
    }
    const name = suggestedName(
      request.format,
      doc.fileName(),
      whole.name,
      request.selection ? 'selection' : undefined,
    );
    if (request.format !== 'png') {
      const data = await deps.renderDocument(request.format, plan);
      const result = await host.exportFile(request.format, data, name);
      if (result.status === 'failed') notify('refused', result.message);
      else if (result.status === 'exported')
        notify('info', say('files.exported', { name: result.name }));
      return;
    }
    const { bytes, frame } = await deps.renderPng(plan, request.scale);
    const result = await host.exportFile('png', bytes, name);
    if (result.status === 'failed') notify('refused', result.message);
    if (result.status !== 'exported') return;
    const size = { name: result.name, width: frame.width, height: frame.height };
    notify(
      'info',
      frame.capped
        ? say('files.exportedPngCapped', {
            ...size,
            scale: frame.scale.toFixed(2),
            requested: frame.requestedScale,
            side: formatNumber(MAX_IMAGE_SIDE, 0, lang().numberLocale),
          })
        : say('files.exportedPng', size),
    );
  }

  async function replaceDocument(replace: () => void, action: Message): Promise<void> {
    await exclusive(async () => {
      if (host.settlesUnsaved) {
        if ((await host.newDocument()) !== 'proceed') return;
      } else if (!(await settleInPage(action))) {
        return;
      }
      replace();
      doc.forgetFile();
      host.fileChanged?.(null);
    });
  }

  return {
    // The picker is not held under the lock: a browser may never say that it was dismissed.
    open: async () => {
      if (active > 0) return;
      let outcome: OpenOutcome;
      try {
        outcome = await host.open();
      } catch (error) {
        notify('refused', say('files.wrong', { detail: describe(error) }));
        return;
      }
      await exclusive(() => adoptOutcome(outcome, host.settlesUnsaved), true);
    },
    openFile: (file) =>
      exclusive(async () => adoptOutcome(await host.openFile(file), host.settlesUnsaved)),
    adopt: (outcome, settled) => exclusive(() => adoptOutcome(outcome, settled), true),
    replaceDocument,
    save: () => exclusive(async () => void (await writePlan(false))),
    saveAs: () => exclusive(async () => void (await writePlan(true))),
    exportPng: (scale) => exclusive(() => exportPicture({ format: 'png', scale, selection: false })),
    exportPicture: (request) => exclusive(() => exportPicture(request)),
    exportJson: () => exclusive(() => exportText('json')),
    exportReport: () => exclusive(() => exportText('report')),
    close: async () => {
      if (host.closeWindow) host.closeWindow();
      else
        await replaceDocument(
          () => doc.replace(emptyPlan(), null, true),
          message('files.unsaved.closing'),
        );
    },
    offerRecovery: () =>
      exclusive(async () => {
        const offer = await host.takeRecovery();
        if (!offer) return;
        const loaded = loadDocument(offer.text);
        if (!loaded.ok) {
          host.discardRecovery();
          notify('refused', say('files.recoveryFailed', { detail: loaded.error.message }));
          return;
        }
        if ((await deps.askRecovery(offer)) === 'discard') {
          host.discardRecovery();
          return;
        }
        host.restoreRecovery();
        const { document } = loaded;
        doc.replace(activeScenarioOf(document).plan, offer.name, false, document);
        host.fileChanged?.(null);
        notify('info', say('files.restored'));
      }),
    isBusy: () => active > 0,
  };
}
