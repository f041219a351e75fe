/** The desktop host: every capability through the preload's `window.strata` bridge. */
import type { OpenResult, StrataBridge } from '../../shared/bridge';
import { loadDocument } from '../../shared/load/loadDocument';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import type { DocumentHost, ExportOutcome, OpenOutcome, SaveOutcome } from './documentHost';
import { cannotOpen } from './readPlanBytes';

/** Main already validated the file; loading the text again gives the renderer its document. */
export function fromOpenResult(result: OpenResult): OpenOutcome {
  if (result.status !== 'opened') return result;
  const loaded = loadDocument(result.file.text);
  if (!loaded.ok)
    return { status: 'failed', message: cannotOpen(result.file.name, loaded.error.message) };
  const { document } = loaded;
  return {
    status: 'opened',
    plan: activeScenarioOf(document).plan,
    document,
    name: result.file.name,
  };
}

/** Calls whose answer nobody waits for: a rejection is a programming error, logged. */
function background(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.error('Strata desktop bridge:', error));
}

export function createElectronHost(
  bridge: StrataBridge,
  closeWindow: () => void = () => window.close(),
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
  return {
    kind: 'electron',
    settlesUnsaved: true,
    connect(events) {
      const off = [
        bridge.onMenuAction((id) => events.menuAction(id)),
        bridge.onOpenPlan((file) =>
          events.planArrived(fromOpenResult({ status: 'opened', file }), true),
        ),
        bridge.onPlanRequested(() => events.planJson()),
      ];
      return () => off.forEach((unsubscribe) => unsubscribe());
    },
    open: async () => fromOpenResult(await bridge.openDialog()),
    openFile: async (file) => fromOpenResult(await bridge.openDropped(file)),
    newDocument: async () => (await bridge.newDocument()).status,
    // Main keeps the path and asks for one itself: the suggested name is the browser's.
    save: (planJson) => saved(bridge.save(planJson)),
    saveAs: (planJson) => saved(bridge.saveAs(planJson)),
    exportFile(kind, data, suggestedName) {
      if (kind === 'png') {
        if (typeof data === 'string') throw new Error('a PNG export needs the image bytes');
        return exported(bridge.exportPng(data, suggestedName));
      }
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
