// The desktop window: what it opens at start, how it is locked down, its menu.
import { expect, test } from '@playwright/test';
import { MENU_ACTION_IDS, type StrataWindow } from '../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import {
  EXAMPLE,
  clickMenu,
  launchStrata,
  menuItemIds,
  requireElectron,
  windowCount,
  windowTitle,
  type Strata,
} from './support/strataApp';

let executable = '';
let strata: Strata | null = null;

test.beforeAll(() => {
  executable = requireElectron();
});

test.afterEach(async () => {
  await strata?.app.close();
  strata = null;
});

test('opens the plan named on the command line, titled by its file name', async () => {
  strata = await launchStrata(executable, { open: EXAMPLE });
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  await expect.poll(() => windowTitle(strata!.app)).toBe('02-esxi-ha-cluster.strata — Strata');
});

test('the page has no Node and sees only the narrow bridge', async () => {
  strata = await launchStrata(executable);
  const seen = await strata.window.evaluate(() => {
    const global = globalThis as unknown as Record<string, unknown> & StrataWindow;
    return {
      require: typeof global.require,
      process: typeof global.process,
      bridge: Object.keys(global.strata ?? {}).sort(),
      origin: location.origin,
      href: location.href,
      csp:
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    };
  });
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.bridge).toEqual(
    [
      'clearRecovery',
      'exportJson',
      'exportPdf',
      'exportPng',
      'exportReport',
      'exportSvg',
      'listRecent',
      'newDocument',
      'onMenuAction',
      'onOpenPlan',
      'onPlanRequested',
      'openDialog',
      'openDropped',
      'openRecent',
      'restoreRecovery',
      'save',
      'saveAs',
      'setDocumentState',
      'setMenuState',
      'takeRecovery',
      'writeRecovery',
    ].sort(),
  );
  expect(seen.csp).toBe(CONTENT_SECURITY_POLICY);
  expect(seen.origin).toBe('app://strata');
  expect(seen.href).toBe('app://strata/index.html');
});

test('new windows and navigation away from the app are denied', async () => {
  strata = await launchStrata(executable);
  const url = strata.window.url();
  await strata.window.evaluate(() => void globalThis.open('https://example.com/'));
  await strata.window.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await strata.window.waitForTimeout(500);
  expect(await windowCount(strata.app)).toBe(1);
  expect(strata.window.url()).toBe(url);
});

test('the menu holds every action with the usual accelerators, and dispatches by id', async () => {
  strata = await launchStrata(executable);
  const items = await menuItemIds(strata.app);
  const ids = items.map((item) => item.id);
  for (const id of MENU_ACTION_IDS) expect(ids).toContain(id);
  const accelerator = (id: string) => items.find((item) => item.id === id)?.accelerator;
  expect(accelerator('file-save')).toBe('CmdOrCtrl+S');
  expect(accelerator('file-open')).toBe('CmdOrCtrl+O');
  expect(accelerator('edit-undo')).toBe('CmdOrCtrl+Z');

  await strata.window.evaluate(() => {
    const global = globalThis as unknown as StrataWindow & { seenActions: string[] };
    global.seenActions = [];
    global.strata?.onMenuAction((id) => global.seenActions.push(id));
  });
  await clickMenu(strata.app, 'view-minimap');
  await expect
    .poll(() =>
      strata!.window.evaluate(
        () => (globalThis as unknown as { seenActions: string[] }).seenActions,
      ),
    )
    .toEqual(['view-minimap']);
});
