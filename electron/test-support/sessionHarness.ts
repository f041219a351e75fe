// A DocumentSession wired to fake dialogs, window and timers, and to the real file system.
import type { Lang } from '../../shared/i18n/lang';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../../node/files/atomicWrite';
import { openAnyPlan } from '../../node/files/openAnyPlan';
import type { RecoveryEntry } from '../../node/files/recoveryStore';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import { singleScenarioSet } from '../../shared/model/scenarios';
import type { OpenedFile } from '../../shared/bridge';
import { DocumentSession, type SessionFiles, type UnsavedChoice } from '../documentSession';
import type { SaveKind } from '../fileKinds';

/** A plan file's canonical text, as main writes it (version 2, one scenario). */
export function planJson(name = 'Rack A'): string {
  const plan = emptyPlan(name);
  return serializeDocument(
    singleScenarioSet({
      ...plan,
      nodes: [makeNode('server', { id: 's1', parentId: null, name: 'esx-01' })],
    }),
  );
}

export interface Harness {
  session: DocumentSession;
  events: string[];
  titles: string[];
  delivered: OpenedFile[];
  /** Answers the dialogs give, consumed in order. */
  answers: {
    unsaved: UnsavedChoice[];
    open: (string | null)[];
    save: (string | null)[];
    /** Replace a read-only file? (no answer: Cancel) */
    readOnly: boolean[];
  };
  savePrompts: { kind: SaveKind; defaultPath: string }[];
  recent: string[];
  slot: { entry: RecoveryEntry | null; writes: number; clears: number };
  /** What the renderer answers when main asks for the plan. */
  planFromRenderer: { text: string | null };
  tick(): Promise<void>;
  timerRunning(): boolean;
}

/** Writes `name.strata` into `dir` (the plan named `name` unless `text` is given). */
export async function savedPlanFile(
  dir: string,
  name: string,
  text: string = planJson(name),
): Promise<string> {
  const path = join(dir, `${name}.strata`);
  await writeFile(path, text);
  return path;
}

export function createHarness(options: {
  documents: string;
  files?: Partial<SessionFiles>;
  /** Given: the desktop's window per document; files it opens elsewhere are listed here. */
  newWindows?: string[];
  /** The app's language (English when not given). */
  lang?: () => Lang;
}): Harness {
  const events: string[] = [];
  const titles: string[] = [];
  const delivered: OpenedFile[] = [];
  const answers: Harness['answers'] = { unsaved: [], open: [], save: [], readOnly: [] };
  const savePrompts: Harness['savePrompts'] = [];
  const recent: string[] = [];
  const slot: Harness['slot'] = { entry: null, writes: 0, clears: 0 };
  const planFromRenderer: Harness['planFromRenderer'] = { text: null };
  let timer: (() => void) | null = null;

  const session = new DocumentSession({
    ...(options.lang ? { lang: options.lang } : {}),
    dialogs: {
      askUnsaved: async (name) => {
        events.push(`ask:${name}`);
        return answers.unsaved.shift() ?? 'cancel';
      },
      chooseOpenPath: async () => {
        events.push('open-dialog');
        return answers.open.shift() ?? null;
      },
      chooseSavePath: async (kind, defaultPath) => {
        events.push(`save-dialog:${kind}`);
        savePrompts.push({ kind, defaultPath });
        return answers.save.shift() ?? null;
      },
      askOverwriteReadOnly: async (name) => {
        events.push(`ask-read-only:${name}`);
        return answers.readOnly.shift() ?? false;
      },
      showError: async (message) => void events.push(`error:${message}`),
    },
    window: {
      setTitle: (title) => void titles.push(title),
      setDocumentEdited: () => undefined,
      setRepresentedFilename: () => undefined,
      deliverPlan: (file) => void delivered.push(file),
      close: () => void events.push('window-close'),
    },
    env: {
      quit: () => void events.push('quit'),
      noteRecent: async (path) => void recent.unshift(path),
      recentPaths: async () => recent,
      documentsFolder: options.documents,
      log: (message) => void events.push(`log:${message}`),
      ...(options.newWindows
        ? { openInNewWindow: async (path: string) => void options.newWindows?.push(path) }
        : {}),
    },
    files: {
      open: options.files?.open ?? openAnyPlan,
      write:
        options.files?.write ??
        ((path, data, writeOptions) => atomicWrite(path, data, writeOptions)),
    },
    recovery: {
      read: async () => slot.entry,
      write: async (copy) => {
        slot.writes += 1;
        slot.entry = {
          slot: 'document',
          planJson: copy.planJson,
          originalPath: copy.originalPath,
          savedAt: 't',
        };
        return { ok: true };
      },
      clear: async () => {
        slot.clears += 1;
        slot.entry = null;
      },
    },
    requestPlan: async () => {
      events.push('request-plan');
      return planFromRenderer.text;
    },
    timers: {
      setInterval: (callback) => {
        timer = callback;
        return 1;
      },
      clearInterval: () => {
        timer = null;
      },
    },
  });

  return {
    session,
    events,
    titles,
    delivered,
    answers,
    savePrompts,
    recent,
    slot,
    planFromRenderer,
    // What the interval does, awaited.
    tick: async () => {
      if (timer) await session.recovery.flush();
    },
    timerRunning: () => timer !== null,
  };
}
