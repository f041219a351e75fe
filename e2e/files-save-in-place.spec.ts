/**
 * Browser save in place (File System Access API). Chromium has the API, but Playwright intercepts
 * its pickers (they abort), so this spec gives the page a fake of the *platform API* before the
 * app loads — `showOpenFilePicker`, `showSaveFilePicker` and file handles over an in-memory folder
 * — and drives the app as a person does: File ▸ Open, an edit, Ctrl+S, File ▸ Save As….
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fitView, openApp } from './support/app';
import { editRam, expectClean, fileMenu, planJson, planOfFile } from './files-helpers';

interface FakeFile {
  content: string;
  permission: 'granted' | 'denied' | 'prompt';
  /** What requestPermission answers. */
  answer: 'granted' | 'denied';
}

declare global {
  interface Window {
    fakeFolder?: {
      files: Map<string, FakeFile>;
      nextOpen: string;
      nextSave: string;
    };
  }
}

async function installFakeFileSystem(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const folder = { files: new Map<string, FakeFile>(), nextOpen: '', nextSave: '' };
    window.fakeFolder = folder;
    const entry = (name: string): FakeFile => {
      const file = folder.files.get(name);
      if (!file) throw new DOMException(`${name} is gone`, 'NotFoundError');
      return file;
    };
    const handle = (name: string) => ({
      kind: 'file',
      name,
      getFile: () => Promise.resolve(new File([entry(name).content], name)),
      createWritable: () => {
        let written = '';
        return Promise.resolve({
          write: (data: string) => {
            written += data;
            return Promise.resolve();
          },
          close: () => {
            entry(name).content = written;
            return Promise.resolve();
          },
          abort: () => Promise.resolve(),
        });
      },
      queryPermission: () => Promise.resolve(entry(name).permission),
      requestPermission: () => {
        entry(name).permission = entry(name).answer;
        return Promise.resolve(entry(name).answer);
      },
    });
    Object.assign(window, {
      showOpenFilePicker: () => Promise.resolve([handle(folder.nextOpen)]),
      showSaveFilePicker: () => {
        if (!folder.files.has(folder.nextSave))
          folder.files.set(folder.nextSave, { content: '', permission: 'granted', answer: 'granted' });
        return Promise.resolve(handle(folder.nextSave));
      },
    });
  });
}

const EXAMPLE = readFileSync('examples/02-esxi-ha-cluster.strata', 'utf8');

async function putFile(page: Page, name: string, file: Partial<FakeFile> = {}): Promise<void> {
  await page.evaluate(
    ([n, f]) => {
      window.fakeFolder?.files.set(n, f);
      if (window.fakeFolder) window.fakeFolder.nextOpen = n;
    },
    [name, { content: EXAMPLE, permission: 'granted', answer: 'granted', ...file }] as const,
  );
}

const contentOf = (page: Page, name: string): Promise<string> =>
  page.evaluate((n) => window.fakeFolder?.files.get(n)?.content ?? '', name);

test('Open keeps the file: Save writes back to it, Save As to the file chosen, no download', async ({
  page,
}) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await installFakeFileSystem(page);
  await openApp(page, { fileSystemAccess: true });
  await putFile(page, 'rack.strata');

  await fileMenu(page, 'file-open');
  await expect(page.getByTestId('toast')).toContainText('Opened rack.strata');
  await fitView(page);
  await editRam(page, 'vm-web', '12');
  await page.keyboard.press('Control+s');
  await expectClean(page);
  await expect(page.getByTestId('toast')).toContainText('Saved rack.strata');
  const edited = await planJson(page);
  expect(planOfFile(await contentOf(page, 'rack.strata'))).toBe(edited);

  // Save As asks (the save picker) and the document then belongs to the new file.
  await page.evaluate(() => {
    if (window.fakeFolder) window.fakeFolder.nextSave = 'rack-copy.strata';
  });
  await fileMenu(page, 'file-save-as');
  await expect(page.getByTestId('toast')).toContainText('Saved rack-copy.strata');
  await editRam(page, 'vm-web', '16');
  await page.keyboard.press('Control+s');
  await expectClean(page);
  const again = await planJson(page);
  expect(planOfFile(await contentOf(page, 'rack-copy.strata'))).toBe(again);
  expect(planOfFile(await contentOf(page, 'rack.strata'))).toBe(edited);
  expect(downloads).toEqual([]);
});

test('a refused permission keeps the changes unsaved and says so', async ({ page }) => {
  await installFakeFileSystem(page);
  await openApp(page, { fileSystemAccess: true });
  await putFile(page, 'locked.strata', { permission: 'prompt', answer: 'denied' });
  await fileMenu(page, 'file-open');
  await expect(page.getByTestId('toast')).toContainText('Opened locked.strata');
  await fitView(page);
  await editRam(page, 'vm-web', '12');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast')).toContainText(
    'Cannot save "locked.strata": permission to change the file was refused',
  );
  await expect(page.getByTestId('plan-name')).toContainText('•');
  expect(await contentOf(page, 'locked.strata')).toBe(EXAMPLE);
});
