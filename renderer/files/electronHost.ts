/** The desktop host: every capability through the preload's `window.strata` bridge. */
import type { OpenResult, StrataBridge } from '../../shared/bridge';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import type {
  DocumentHost,
  ExportOutcome,
  HostEvents,
  OpenOutcome,
  SaveOutcome,
} from './documentHost';
import type { CreateWorker } from './opening/openInWorker';
import { openWithProgress, type ReportOpening } from './opening/openWithProgress';

/**
 * Main already validated the file; loading the text again (in a worker, with progress) gives the
 * renderer its Plan.
 */
export async function fromOpenResult(
  result: OpenResult,
  report: ReportOpening = () => undefined,
  create?: CreateWorker | null,
  lang: Lang = ENGLISH,
): Promise<OpenOutcome> {
  if (result.status === 'failed' && result.said)
    return { status: 'failed', message: formatMessage(lang, result.said) };
  if (result.status !== 'opened') return result;
  const { name, text } = result.file;
  report({ fileName: name, progress: { stage: 'checking', fraction: null } });
  return openWithProgress(
    { kind: 'text', fileName: name, text, locale: lang.locale },
    report,
    create,
  );
}

/** Calls whose answer nobody waits for: a rejection is a programming error, logged. */
function background(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.error('Strata desktop bridge:', error));
}

export function createElectronHost(
  bridge: StrataBridge,
  closeWindow: () => void = () => window.close(),
  lang: () => Lang = () => ENGLISH,
): DocumentHost {
  const saved = async (
    work: Promise<Awaited<ReturnType<StrataBridge['save']>>>,
  ): Promise<SaveOutcome> => {
    const result = await work;
    return result.status === 'saved' ? { status: 'saved', name: result.name } : result;
  };
  const exported = async (
    work: Promise<Awaited<ReturnType<StrataBridge['exportJson']>>>,
  ): Promise<ExportOutcome> => {
    const result = await work;
    return result.status === 'exported' ? { status: 'exported', name: result.name } : result;
  };
  let events: HostEvents | null = null;
  const report: ReportOpening = (state) => events?.opening(state);
  const adopt = (result: OpenResult): Promise<OpenOutcome> =>
    fromOpenResult(result, report, undefined, lang());
  return {
    kind: 'electron',
    settlesUnsaved: true,
    connect(handlers) {
      events = handlers;
      const off = [
        bridge.onMenuAction((id) => handlers.menuAction(id)),
        bridge.onOpenPlan(
          (file) =>
            void adopt({ status: 'opened', file }).then((outcome) =>
              handlers.planArrived(outcome, true),
            ),
        ),
        bridge.onPlanRequested(() => handlers.planJson()),
      ];
      return () => {
        events = null;
        off.forEach((unsubscribe) => unsubscribe());
      };
    },
    open: async () => adopt(await bridge.openDialog()),
    openFile: async (file) => adopt(await bridge.openDropped(file)),
    readPlanFile: async () => adopt(await bridge.readPlanDialog()),
    newDocument: async () => (await bridge.newDocument()).status,
    // Main keeps the path and asks for one itself: the suggested name is the browser's.
    save: (planJson) => saved(bridge.save(planJson)),
    saveAs: (planJson) => saved(bridge.saveAs(planJson)),
    exportFile(kind, data, suggestedName) {
      if (kind === 'png' || kind === 'pdf') {
        if (typeof data === 'string') throw new Error(`a ${kind.toUpperCase()} export needs bytes`);
        return exported(
          kind === 'png'
            ? bridge.exportPng(data, suggestedName)
            : bridge.exportPdf(data, suggestedName),
        );
      }
      if (kind === 'svg' && typeof data === 'string')
        return exported(bridge.exportSvg(data, suggestedName));
      const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
      return exported(
        kind === 'json'
          ? bridge.exportJson(text, suggestedName)
          : bridge.exportReport(text, suggestedName),
      );
    },
    documentChanged(status) {
      background(bridge.setDocumentState({ title: status.title, dirty: status.dirty }));
    },
    writeRecovery(planJson) {
      background(bridge.writeRecovery(planJson));
    },
    // The main process keeps the text with its own record (node/files/recoveryStore.ts).
    recoveryForm: 'text',
    storeRecovery(planJson) {
      background(bridge.writeRecovery(planJson));
    },
    discardRecovery() {
      background(bridge.clearRecovery());
    },
    takeRecovery: () => bridge.takeRecovery(),
    restoreRecovery() {
      background(bridge.restoreRecovery());
    },
    closeWindow,
  };
}
