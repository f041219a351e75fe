// One `ipcMain.handle` per bridge capability. Each checks that the sender is the top frame of
// the app's own page (URL parsed, not string-matched) and re-validates its arguments before the
// document session acts; plans are re-validated with the loader by the session itself.
import { ENGLISH, type Lang } from '../shared/i18n/lang';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MenuState } from '../shared/actions/rules';
import type { RecentFile } from '../shared/bridge';
import { CHANNELS } from './channels';
import type { DocumentSession } from './documentSession';
import { asBytes, asDocumentState, asName, asPlanFilePath, asPlanText, asSvgText } from './ipcArgs';
import { asMenuState } from './menuState';
import type { PlanRequests } from './planRequests';
import { isTrustedSender, type AppLocation, type SenderFrame } from './windowSecurity';

export interface IpcEvent {
  readonly senderFrame: SenderFrame | null;
  /** The web contents that sent it: which window, hence which document. */
  readonly sender?: unknown;
}

/** What the handlers reach of one document window. */
export interface IpcWindow {
  readonly session: DocumentSession;
  readonly planRequests: PlanRequests;
  setMenuState(state: MenuState): void;
}

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => void): void;
}

export interface IpcDeps {
  readonly app: AppLocation;
  /** The document window whose page sent the request, or null (closed meanwhile). */
  windowOf(sender: unknown): IpcWindow | null;
  recentPaths(): Promise<readonly string[]>;
  isFile?(path: string): Promise<boolean>;
  /** The language refusals are worded in (the app's). */
  lang?(): Lang;
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function registerIpcHandlers(ipc: IpcMainLike, deps: IpcDeps): void {
  const isFile = deps.isFile ?? isRegularFile;
  const handle = (
    channel: string,
    run: (session: DocumentSession, args: readonly unknown[], window: IpcWindow) => unknown,
  ): void => {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame, deps.app)) {
        throw new Error(`${channel} refused: the request did not come from Strata's own page`);
      }
      const window = deps.windowOf(event.sender);
      if (!window) throw new Error(`${channel} refused: no document window is open`);
      return run(window.session, args, window);
    });
  };

  handle(CHANNELS.openDialog, (session) => session.openWithDialog());
  handle(CHANNELS.readPlanDialog, (session) => session.readWithDialog());
  handle(CHANNELS.openRecent, (session, [path]) => session.openRecent(asPlanFilePath(path)));
  handle(CHANNELS.openDropped, async (session, [path]) => {
    const checked = asPlanFilePath(path);
    if (!(await isFile(checked))) {
      const lang = deps.lang?.() ?? ENGLISH;
      const file = basename(checked);
      return {
        status: 'failed',
        message: lang.t('open.cannot', { file, detail: lang.t('open.notAFile') }),
      };
    }
    return session.openDropped(checked);
  });
  handle(CHANNELS.listRecent, async (): Promise<RecentFile[]> =>
    (await deps.recentPaths()).map((path) => ({ name: basename(path), path })),
  );
  handle(CHANNELS.save, (session, [text]) => session.save(asPlanText(text)));
  handle(CHANNELS.saveAs, (session, [text]) => session.saveAs(asPlanText(text)));
  handle(CHANNELS.newDocument, (session) => session.newDocument());
  handle(CHANNELS.setState, (session, [state]) => session.setDocumentState(asDocumentState(state)));
  handle(CHANNELS.setMenuState, (_session, [state], window) =>
    window.setMenuState(asMenuState(state)),
  );
  handle(CHANNELS.exportPng, (session, [bytes, name]) =>
    session.exportFile({ kind: 'png', bytes: asBytes(bytes), suggestedName: asName(name) }),
  );
  handle(CHANNELS.exportJson, (session, [text, name]) =>
    session.exportFile({ kind: 'json', text: asPlanText(text), suggestedName: asName(name) }),
  );
  handle(CHANNELS.exportReport, (session, [text, name]) =>
    session.exportFile({
      kind: 'report',
      text: asPlanText(text, 'report'),
      suggestedName: asName(name),
    }),
  );
  handle(CHANNELS.exportSvg, (session, [text, name]) =>
    session.exportFile({
      kind: 'svg',
      text: asSvgText(text),
      suggestedName: asName(name),
    }),
  );
  handle(CHANNELS.exportPdf, (session, [bytes, name]) =>
    session.exportFile({
      kind: 'pdf',
      bytes: asBytes(bytes, 'report'),
      suggestedName: asName(name),
    }),
  );
  handle(CHANNELS.writeRecovery, (session, [text]) => session.recovery.update(asPlanText(text)));
  handle(CHANNELS.clearRecovery, (session) => session.recovery.clear());
  handle(CHANNELS.takeRecovery, (session) => session.takeRecovery());
  handle(CHANNELS.restoreRecovery, (session) => session.restoreRecovery());

  ipc.on(CHANNELS.planResponse, (event, id, text) => {
    if (isTrustedSender(event.senderFrame, deps.app))
      deps.windowOf(event.sender)?.planRequests.answer(id, text);
  });
}
