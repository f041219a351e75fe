import { describe, expect, it } from 'vitest';
import { langOf } from '../../shared/i18n/lang';
import { emptyPlan } from '../../shared/model/defaults';
import type { OpenOutcome } from './documentHost';
import type { FilePickers, PlanFileHandle } from './fileSystemAccess';
import { createInPlaceFiles } from './inPlaceFiles';

type Permission = 'granted' | 'denied' | 'prompt';

/** A file handle as Chromium gives one, its content in memory. */
class FakeHandle implements PlanFileHandle {
  readonly kind = 'file';
  writes: string[] = [];
  aborted = 0;
  failWrite: DOMException | null = null;
  permission: Permission = 'granted';
  answer: Permission = 'granted';
  asked = 0;
  constructor(
    readonly name: string,
    public content = '{}',
  ) {}
  getFile(): Promise<File> {
    return Promise.resolve(new File([this.content], this.name));
  }
  createWritable() {
    let pending = '';
    return Promise.resolve({
      write: (data: string) => {
        if (this.failWrite) return Promise.reject(this.failWrite);
        pending += data;
        return Promise.resolve();
      },
      close: () => {
        this.content = pending;
        this.writes.push(pending);
        return Promise.resolve();
      },
      abort: () => {
        this.aborted += 1;
        return Promise.resolve();
      },
    });
  }
  queryPermission(): Promise<Permission> {
    return Promise.resolve(this.permission);
  }
  requestPermission(): Promise<Permission> {
    this.asked += 1;
    this.permission = this.answer;
    return Promise.resolve(this.answer);
  }
}

const abort = (): Promise<never> => Promise.reject(new DOMException('closed', 'AbortError'));

function setup(pickers: FilePickers) {
  const downloads: [string, string][] = [];
  const reads: string[] = [];
  const files = createInPlaceFiles(
    pickers,
    async (file): Promise<OpenOutcome> => {
      reads.push(`${file.name}: ${await file.text()}`);
      return { status: 'opened', plan: emptyPlan('P'), name: file.name };
    },
    (json, name) => downloads.push([name, json]),
  );
  return { files, downloads, reads };
}

const noInput = (): Promise<OpenOutcome> => Promise.reject(new Error('the input is not used'));

describe('saving in place in the browser', () => {
  it('opens through the picker and saves back to the same file', async () => {
    const file = new FakeHandle('rack.strata', 'OLD');
    const { files, downloads, reads } = setup({ showOpenFilePicker: () => Promise.resolve([file]) });
    const outcome = await files.open(noInput);
    expect(reads).toEqual(['rack.strata: OLD']);
    files.fileChanged(outcome);
    expect(files.target).toBe('rack.strata');
    expect(await files.save('NEW', 'rack.strata')).toEqual({ status: 'saved', name: 'rack.strata' });
    expect(file.content).toBe('NEW');
    expect(downloads).toEqual([]);
  });

  it('keeps no handle for a plan the flows did not adopt, nor for a picture', async () => {
    const plan = new FakeHandle('rack.strata');
    const png = new FakeHandle('rack.png');
    let next = plan;
    const { files } = setup({ showOpenFilePicker: () => Promise.resolve([next]) });
    await files.open(noInput);
    // The planner canceled at the unsaved-changes prompt: the document is still the old one.
    files.fileChanged({ status: 'opened', plan: emptyPlan('Other'), name: 'rack.strata' });
    expect(files.target).toBeNull();
    next = png;
    files.fileChanged(await files.open(noInput));
    expect(files.target).toBeNull();
    // New forgets the file.
    next = plan;
    files.fileChanged(await files.open(noInput));
    expect(files.target).toBe('rack.strata');
    files.fileChanged(null);
    expect(files.target).toBeNull();
  });

  it('Save As asks with the save picker and Save then writes there', async () => {
    const chosen = new FakeHandle('board.strata');
    const suggested: (string | undefined)[] = [];
    const { files } = setup({
      showSaveFilePicker: (options) => {
        suggested.push(options.suggestedName);
        return Promise.resolve(chosen);
      },
    });
    expect(await files.save('ONE', 'rack.strata')).toEqual({ status: 'saved', name: 'board.strata' });
    expect(suggested).toEqual(['rack.strata']);
    expect(await files.save('TWO', 'rack.strata')).toEqual({ status: 'saved', name: 'board.strata' });
    expect(chosen.writes).toEqual(['ONE', 'TWO']);
    expect(suggested).toHaveLength(1);
  });

  it('a closed picker cancels', async () => {
    const { files, downloads } = setup({ showOpenFilePicker: abort, showSaveFilePicker: abort });
    expect(await files.open(noInput)).toEqual({ status: 'canceled' });
    expect(await files.saveAs('X', 'rack.strata')).toEqual({ status: 'canceled' });
    expect(downloads).toEqual([]);
  });

  it('asks for permission, and a refusal keeps the document unsaved with a clear message', async () => {
    const file = new FakeHandle('rack.strata', 'OLD');
    file.permission = 'prompt';
    file.answer = 'denied';
    const { files } = setup({ showOpenFilePicker: () => Promise.resolve([file]) });
    files.fileChanged(await files.open(noInput));
    expect(await files.save('NEW', 'rack.strata')).toEqual({
      status: 'failed',
      message:
        'Cannot save "rack.strata": permission to change the file was refused. The changes are not saved; use Save As… to choose where to save them.',
    });
    expect(file.asked).toBe(1);
    expect(file.content).toBe('OLD');
    file.answer = 'granted';
    expect((await files.save('NEW', 'rack.strata')).status).toBe('saved');
    expect(file.content).toBe('NEW');
  });

  it('a failed write aborts, leaves the file as it was and says why', async () => {
    const file = new FakeHandle('rack.strata', 'OLD');
    file.failWrite = new DOMException('full', 'QuotaExceededError');
    const { files } = setup({ showOpenFilePicker: () => Promise.resolve([file]) });
    files.fileChanged(await files.open(noInput));
    const outcome = await files.save('NEW', 'rack.strata');
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.status === 'failed' && outcome.message).toMatch(
      /^Cannot save "rack\.strata": there is no room left to write it\./,
    );
    expect(file.aborted).toBe(1);
    expect(file.content).toBe('OLD');
  });

  it('without the API: the file input opens, and Save downloads under the plan file’s name', async () => {
    const { files, downloads } = setup({});
    const viaInput: OpenOutcome = { status: 'canceled' };
    expect(await files.open(() => Promise.resolve(viaInput))).toBe(viaInput);
    expect(await files.save('PLAN', 'rack.strata')).toEqual({ status: 'saved', name: 'rack.strata' });
    expect(await files.saveAs('PLAN2', 'rack.strata')).toEqual({ status: 'saved', name: 'rack.strata' });
    expect(downloads).toEqual([
      ['rack.strata', 'PLAN'],
      ['rack.strata', 'PLAN2'],
    ]);
  });

  it('falls back to the input and to a download when a picker refuses to open', async () => {
    const refuse = (): Promise<never> =>
      Promise.reject(new DOMException('no gesture', 'SecurityError'));
    const { files, downloads } = setup({ showOpenFilePicker: refuse, showSaveFilePicker: refuse });
    const viaInput: OpenOutcome = { status: 'canceled' };
    expect(await files.open(() => Promise.resolve(viaInput))).toBe(viaInput);
    expect(await files.save('PLAN', 'rack.strata')).toEqual({ status: 'saved', name: 'rack.strata' });
    expect(downloads).toEqual([['rack.strata', 'PLAN']]);
  });

  it('says a file that cannot be read in the editor’s language, naming it', async () => {
    const gone = new FakeHandle('机架.strata');
    gone.getFile = () => Promise.reject(new DOMException('gone', 'NotFoundError'));
    const pickers = { showOpenFilePicker: () => Promise.resolve([gone]) };
    const read = (): Promise<OpenOutcome> => Promise.reject(new Error('not read'));
    const inEnglish = createInPlaceFiles(pickers, read, () => undefined);
    expect(await inEnglish.open(noInput)).toEqual({
      status: 'failed',
      message: 'Cannot open "机架.strata": it cannot be read',
    });
    const inChinese = createInPlaceFiles(pickers, read, () => undefined, () => langOf('zh-CN'));
    expect(await inChinese.open(noInput)).toEqual({
      status: 'failed',
      message: '无法打开“机架.strata”：无法读取该文件',
    });
  });

  it('says a failed save in the editor’s language', async () => {
    const file = new FakeHandle('机架.strata', 'OLD');
    file.failWrite = new DOMException('full', 'QuotaExceededError');
    const files = createInPlaceFiles(
      { showOpenFilePicker: () => Promise.resolve([file]) },
      async (chosen) => ({ status: 'opened', plan: emptyPlan('P'), name: chosen.name }),
      () => undefined,
      () => langOf('zh-CN'),
    );
    files.fileChanged(await files.open(noInput));
    expect(await files.save('NEW', '机架.strata')).toEqual({
      status: 'failed',
      message: '无法保存“机架.strata”：没有足够的空间写入。更改尚未保存；请用“另存为…”选择保存位置。',
    });
    expect(file.content).toBe('OLD');
  });
});
