/**
 * Installs a document's file flows: picks the host (the desktop bridge when the preload put one on
 * `window`, else the browser), registers the file actions, keeps the host in step with the
 * document, opens dropped files and offers any unsaved work left by the last session. Opening and
 * saving reach the document only through `documentAccess`.
 */
import { performAction, registerActions } from '../actions/registry';
import { createBrowserHost } from '../files/browserHost';
import type { DocumentHost } from '../files/documentHost';
import { createElectronHost } from '../files/electronHost';
import { installFileDrop } from '../files/fileDrop';
import { fileFlowActions } from '../files/fileFlowActions';
import { importActions, isInventory, openImportDialog } from '../import/importActions';
import { createFileFlows, type DocumentAccess } from '../files/fileFlows';
import { pictureOptions, renderPlanPng, today } from '../files/pngRender';
import { renderPlanPdf, renderPlanSvg } from '../files/documentRender';
import { reportComparisons } from './reportComparisons';
import type { FilesState } from '../files/filesStore';
import { subPlan } from '../../shared/edit/subPlan';
import { langOf, type Lang } from '../../shared/i18n/lang';
import { message } from '../../shared/i18n/message';
import type { ExportTheme } from '../../shared/draw/palette';
import { getPlan } from '../store/editorStores';
import { setSavedPlan } from '../store/planStore';
import { effectiveTheme, showToast } from '../store/uiStore';
import type { StrataDocument } from './createDocument';
import { syncDocument } from './documentSync';

/** How the file flows read and replace the document. */
export function documentAccess(doc: StrataDocument): DocumentAccess {
  const files = doc.files.store;
  return {
    getPlan: () => getPlan(doc),
    isDirty: () => doc.plan.getState().dirty || files.getState().othersDirty,
    fileName: () => files.getState().fileName,
    replace(plan, fileName, saved, document) {
      files.setState({ fileName });
      doc.open(plan, document ?? null);
      if (!saved) setSavedPlan(doc.plan, null);
    },
    markSaved(plan, fileName) {
      setSavedPlan(doc.plan, plan);
      doc.scenarios.markSaved(plan);
      files.setState({ fileName });
    },
    forgetFile: () => files.setState({ fileName: null }),
    view: () => doc.viewport.currentView(),
    documentText: (plan, view) => doc.scenarios.text(plan, view),
  };
}

/** The picture's colours as chosen in the export dialog, and whether they are the screen's. */
function pictureTheme(doc: StrataDocument, choices: FilesState['picture']): [ExportTheme, boolean] {
  const screen = effectiveTheme(doc.ui.getState());
  const chosen = choices.theme ?? screen;
  if (choices.transparent) return ['transparent', screen === 'light'];
  return [chosen, chosen === screen];
}

export function installFlows(doc: StrataDocument): () => void {
  // The editor's language (View ▸ Language), asked at each use: file errors speak it too.
  const lang = (): Lang => langOf(doc.ui.getState().language);
  const host: DocumentHost = window.strata
    ? createElectronHost(window.strata, undefined, lang)
    : createBrowserHost(undefined, undefined, lang);
  const access = documentAccess(doc);
  const flows = createFileFlows({
    host,
    doc: access,
    notify: (kind, text) => showToast(doc, kind, text),
    lang,
    askUnsaved: (request) => doc.files.askUnsaved(request),
    askRecovery: (offer) => doc.files.askRecovery(offer),
    renderPng: (plan, scale) => {
      const choices = doc.files.store.getState().picture;
      const [theme, onScreen] = pictureTheme(doc, choices);
      const lang = langOf(doc.ui.getState().language);
      return renderPlanPng(doc, plan, scale, theme, pictureOptions(plan, choices, lang), onScreen);
    },
    renderDocument: (format, plan) => {
      const { picture, paper, exportSelection } = doc.files.store.getState();
      // Every printed word in the editor's language (View ▸ Language).
      const lang = langOf(doc.ui.getState().language);
      // A selection's report is about the selection alone: no scenario comparison.
      if (format === 'pdf')
        return renderPlanPdf(
          doc,
          plan,
          paper,
          today(),
          exportSelection ? [] : reportComparisons(doc),
          lang,
        );
      const [theme, onScreen] = pictureTheme(doc, picture);
      return renderPlanSvg(doc, plan, theme, pictureOptions(plan, picture, lang), onScreen);
    },
    selectedPlan: () => {
      const plan = getPlan(doc);
      return subPlan(plan, doc.ui.getState().selection, doc.canvas.layoutFor(plan).absolute);
    },
  });
  doc.files.onExportPicture((request) => void flows.exportPicture(request));
  doc.files.onReadPlanFile(() => host.readPlanFile());
  registerActions(
    fileFlowActions(flows, (format) => doc.files.store.setState({ exportDialog: format })),
  );
  registerActions(importActions(doc));
  // Shown as an opened plan is, at its readable first view (viewport.openingViewport): fitting a
  // 300-host import whole drew hundreds of cards in one task of over half a second.
  doc.files.onAdoptImport((plan) => {
    void flows.replaceDocument(
      () => access.replace(plan, null, false),
      message('files.unsaved.importing'),
    );
  });
  const off = [
    host.connect({
      menuAction: (id) => void performAction(id, { source: 'menu', doc }),
      planArrived: (outcome, settled) => void flows.adopt(outcome, settled),
      planJson: () => doc.scenarios.text(getPlan(doc), doc.viewport.currentView()),
      isDirty: access.isDirty,
      opening: (state) => doc.files.store.setState({ opening: state }),
    }),
    syncDocument(doc, host),
    installFileDrop((file, all) => {
      void isInventory(file).then((inventory) =>
        inventory ? openImportDialog(doc, all) : flows.openFile(file),
      );
    }),
  ];
  void flows.offerRecovery();
  return () => {
    off.forEach((stop) => stop());
    doc.files.onExportPicture(null);
    doc.files.onReadPlanFile(null);
    doc.files.onAdoptImport(null);
  };
}
