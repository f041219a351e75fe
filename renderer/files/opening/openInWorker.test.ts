import { describe, expect, it } from 'vitest';
import scenariosFile from '../../../examples/05-consolidation-scenarios.strata?raw';
import negativeRam from '../../../shared/load/fixtures/negative-ram.json?raw';
import { loadDocument } from '../../../shared/load/loadDocument';
import { loadPlan } from '../../../shared/load/loadPlan';
import { serializePlan } from '../../../shared/load/serialize';
import { emptyPlan, makeNode } from '../../../shared/model/defaults';
import type { Plan } from '../../../shared/model/plan';
import { embedPlanInPng } from '../../../shared/png/pngText';
import { tinyPng } from '../../../shared/png/test-support/tinyPng';
import { layoutPlan } from '../../../shared/layout/planLayout';
import { buildReport } from '../../../shared/metrics/report';
import { preparedFor } from '../../store/prepared';
import { openRequest } from './openCore';
import { openInWorker, type WorkerLike } from './openInWorker';
import {
  SLICE,
  type OpenProgress,
  type OpenRequest,
  type PlanDrawn,
  type WorkerMessage,
} from './openProtocol';

function bigPlan(servers: number): Plan {
  const nodes = Array.from({ length: servers }, (_, i) =>
    makeNode('server', { id: `s${i}`, parentId: null, name: `srv-${i}` }),
  );
  const links = nodes.slice(1).map((node, i) => ({ id: `l${i}`, from: node.id, to: 's0' }));
  return { ...emptyPlan('Big'), nodes, links };
}

const text = (plan: Plan) => serializePlan(plan);
const bytes = (value: string) => new TextEncoder().encode(value);

const workerError = () => new Event('error') as ErrorEvent;

/**
 * A worker in the same thread: each message is delivered in a task of its own, as a worker's; its
 * figures wait for the page's word that the plan is drawn, as the real one's do.
 */
function fakeWorker(options: { failToStart?: boolean; dieAfter?: number } = {}): {
  create: () => WorkerLike;
  posted: WorkerMessage[];
  moved: Transferable[];
  events: string[];
} {
  const posted: WorkerMessage[] = [];
  const moved: Transferable[] = [];
  /** What the worker posted, and the page's word that the plan is drawn, in order. */
  const events: string[] = [];
  let planDrawn: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => (planDrawn = resolve));
  const create = (): WorkerLike => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage(request: OpenRequest | PlanDrawn, transfer: Transferable[] = []) {
        if (request.kind === 'drawn') {
          events.push('drawn');
          planDrawn();
          return;
        }
        // As a worker's postMessage: what is listed is moved (detached here) even if it fails to start.
        const copy = structuredClone(request, { transfer });
        moved.push(...transfer);
        if (options.failToStart) {
          setTimeout(() => worker.onerror?.(workerError()));
          return;
        }
        const post = (message: WorkerMessage): void => {
          posted.push(message);
          events.push(message.type);
          if (options.dieAfter !== undefined && posted.length > options.dieAfter) {
            if (posted.length === options.dieAfter + 1)
              setTimeout(() => worker.onerror?.(workerError()));
            return;
          }
          const clone = structuredClone(message);
          setTimeout(() => worker.onmessage?.(new MessageEvent('message', { data: clone })));
        };
        setTimeout(() => void openRequest(copy, post, drawn));
      },
    };
    return worker;
  };
  return { create, posted, moved, events };
}

describe('openInWorker', () => {
  it('loads a plan in slices, reporting progress up to the whole plan', async () => {
    const plan = bigPlan(2 * SLICE + 10);
    const worker = fakeWorker();
    const progress: OpenProgress[] = [];
    const result = await openInWorker(
      { kind: 'bytes', locale: 'en', fileName: 'big.strata', bytes: bytes(text(plan)) },
      (p) => progress.push(p),
      worker.create,
    );
    expect(result.ok && text(result.plan)).toBe(text(plan));
    expect(
      worker.posted
        .filter((m) => m.type === 'nodes')
        .map((m) => m.type === 'nodes' && m.nodes.length),
    ).toEqual([SLICE, SLICE, 10]);
    expect(progress[0]).toEqual({ stage: 'checking', fraction: null });
    expect(progress.at(-1)).toEqual({ stage: 'receiving', fraction: 1 });
    const fractions = progress.flatMap((p) => (p.fraction === null ? [] : [p.fraction]));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('brings the shown plan’s layout with it, and its report after it, both as the page would compute them', async () => {
    const plan = bigPlan(SLICE + 3);
    const worker = fakeWorker();
    const result = await openInWorker(
      { kind: 'text', locale: 'en', fileName: 'big.strata', text: text(plan) },
      undefined,
      worker.create,
    );
    if (!result.ok) throw new Error(result.message);
    const types = worker.posted.map((m) => m.type);
    expect(types.indexOf('layout')).toBeLessThan(types.indexOf('done'));
    // The figures are computed once the page has drawn the plan, not while it receives it.
    expect(worker.events.indexOf('drawn')).toBeGreaterThan(worker.events.indexOf('done'));
    expect(worker.events.indexOf('drawn')).toBeLessThan(worker.events.indexOf('report'));
    const prepared = preparedFor({ ...result.plan, view: { x: 1, y: 2, zoom: 1 } });
    expect(prepared?.layout).toEqual(layoutPlan(result.plan));
    expect(prepared?.layout?.order[0]).toBe(result.plan.nodes[0]);
    expect(await prepared?.report).toEqual(buildReport(result.plan));
    // Another plan (here: renamed) never takes them.
    expect(preparedFor({ ...result.plan, name: 'other' })).toBeNull();
  });

  it('opens text from the desktop and a Strata PNG as the loader does', async () => {
    const plan = bigPlan(3);
    const fromText = await openInWorker(
      { kind: 'text', locale: 'en', fileName: 'a.strata', text: text(plan) },
      undefined,
      fakeWorker().create,
    );
    expect(fromText.ok && fromText.plan).toEqual((loadPlan(text(plan)) as { plan: Plan }).plan);
    const png = embedPlanInPng(tinyPng(), text(plan));
    const fromPng = await openInWorker(
      { kind: 'bytes', locale: 'en', fileName: 'a.png', bytes: png },
      undefined,
      fakeWorker().create,
    );
    expect(fromPng.ok && text(fromPng.plan)).toBe(text(plan));
  });

  it('brings every scenario of a version-2 file, and opens on the active one', async () => {
    const file = scenariosFile;
    const loaded = loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const result = await openInWorker(
      { kind: 'text', locale: 'en', fileName: '05.strata', text: file },
      undefined,
      fakeWorker().create,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.document).toEqual(loaded.document);
    expect(result.document.scenarios.length).toBeGreaterThan(1);
    expect(result.plan).toBe(
      result.document.scenarios.find((s) => s.id === result.document.activeScenario)?.plan,
    );
  });

  it('says why a file is refused, in the desktop’s words', async () => {
    const result = await openInWorker(
      { kind: 'bytes', locale: 'en', fileName: 'bad.strata', bytes: bytes('{"format":"nope"}') },
      undefined,
      fakeWorker().create,
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^Cannot open "bad\.strata": format/),
    });
    const notUtf8 = await openInWorker({
      kind: 'bytes',
      locale: 'en',
      fileName: 'x.strata',
      bytes: new Uint8Array([0xff, 0xfe, 0x00]),
    });
    expect(notUtf8).toEqual({
      ok: false,
      message: 'Cannot open "x.strata": it is not UTF-8 text (a .strata file is UTF-8 JSON)',
    });
  });

  it('words a refusal in the language the request carries (the editor’s)', async () => {
    const fromBytes = await openInWorker(
      { kind: 'bytes', locale: 'zh-CN', fileName: '坏.strata', bytes: bytes(negativeRam) },
      undefined,
      fakeWorker().create,
    );
    expect(fromBytes).toEqual({
      ok: false,
      message: '无法打开“坏.strata”：nodes[0].ramGiB：必须是正数',
    });
    const fromText = await openInWorker(
      { kind: 'text', locale: 'zh-CN', fileName: 'b.strata', text: negativeRam },
      undefined,
      null,
    );
    expect(fromText).toEqual({
      ok: false,
      message: '无法打开“b.strata”：nodes[0].ramGiB：必须是正数',
    });
  });

  it('does the work in the page when no worker can start', async () => {
    const plan = bigPlan(4);
    const request: OpenRequest = {
      kind: 'text',
      locale: 'en',
      fileName: 'a.strata',
      text: text(plan),
    };
    for (const create of [
      null,
      () => {
        throw new Error('no workers under file://');
      },
      fakeWorker({ failToStart: true }).create,
    ]) {
      const result = await openInWorker(request, undefined, create);
      expect(result.ok && text(result.plan)).toBe(text(plan));
    }
  });

  it('moves a file’s bytes to the worker rather than copying them, and still opens it here if the worker cannot start', async () => {
    const plan = bigPlan(4);
    for (const failToStart of [false, true]) {
      const worker = fakeWorker({ failToStart });
      const file = bytes(text(plan));
      const result = await openInWorker(
        { kind: 'bytes', locale: 'en', fileName: 'a.strata', bytes: file },
        undefined,
        worker.create,
      );
      expect(worker.moved).toHaveLength(1);
      expect(worker.moved[0]).toBe(file.buffer);
      expect(file.byteLength).toBe(0);
      expect(result.ok && text(result.plan)).toBe(text(plan));
    }
  });

  it('hands a chosen file to the worker, which reads it: nothing read, copied or moved on the page', async () => {
    const plan = bigPlan(2 * SLICE + 3);
    for (const failToStart of [false, true]) {
      const worker = fakeWorker({ failToStart });
      const file = new Blob([text(plan)]);
      const result = await openInWorker(
        { kind: 'file', locale: 'en', fileName: 'a.strata', file },
        undefined,
        worker.create,
      );
      expect(worker.moved).toHaveLength(0);
      expect(result.ok && text(result.plan)).toBe(text(plan));
    }
    const png = embedPlanInPng(tinyPng(), text(plan));
    const fromPng = await openInWorker(
      {
        kind: 'file',
        locale: 'en',
        fileName: 'a.png',
        file: new Blob([png as Uint8Array<ArrayBuffer>]),
      },
      undefined,
      fakeWorker().create,
    );
    expect(fromPng.ok && text(fromPng.plan)).toBe(text(plan));
  });

  it('says a chosen file that cannot be read cannot be read, in the request’s language', async () => {
    const gone = { arrayBuffer: () => Promise.reject(new Error('removed')) } as unknown as Blob;
    for (const [locale, said] of [
      ['en', 'Cannot open "a.strata": it cannot be read'],
      ['zh-CN', '无法打开“a.strata”：无法读取该文件'],
    ] as const) {
      const result = await openInWorker(
        { kind: 'file', locale, fileName: 'a.strata', file: gone },
        undefined,
        null,
      );
      expect(result).toEqual({ ok: false, message: said });
    }
  });

  it('fails with a message when the worker dies half way', async () => {
    const result = await openInWorker(
      { kind: 'text', locale: 'en', fileName: 'a.strata', text: text(bigPlan(3 * SLICE)) },
      undefined,
      fakeWorker({ dieAfter: 3 }).create,
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/stopped reading the file/),
    });
  });
});
