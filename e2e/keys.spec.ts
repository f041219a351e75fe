/**
 * The keyboard and the right-click: `?` opens the shortcut sheet made from the action manifest;
 * tooltips name keys once; Ctrl+0 zooms to 100 %; the arrow keys nudge the selected card (Shift: by
 * the grid), one undo step for a run of nudges, never while typing; a right-click on a card or on
 * the canvas opens a menu of the actions that apply there, driven by pointer or keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, expectPlan, openApp, openExample, planOnScreen } from './support/app';

async function zoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

/** Where the canvas draws a card, in canvas pixels (React Flow's translate), whatever the view. */
async function drawnAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f };
  });
}

function positionOf(plan: Awaited<ReturnType<typeof planOnScreen>>, id: string) {
  return plan.nodes.find((n) => n.id === id)?.position;
}

test('? opens the shortcut sheet, grouped by menu, keys spelled Ctrl / Shift; Escape closes it', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Keyboard Shortcuts' })).toBeVisible();
  await expect(page.getByTestId('shortcuts-edit')).toContainText('Edit');
  await expect(page.getByTestId('shortcut-edit-find')).toHaveText(/Find…\s*Ctrl\+F/);
  await expect(page.getByTestId('shortcut-file-save-as')).toHaveText(/Save As…\s*Ctrl\+Shift\+S/);
  await expect(page.getByTestId('shortcut-view-zoom-reset')).toHaveText(/Zoom to 100%\s*Ctrl\+0/);
  await expect(page.getByTestId('shortcut-edit-redo')).toHaveText(/Redo\s*Ctrl\+Y or Ctrl\+Shift\+Z/);
  await expect(page.getByTestId('shortcuts-canvas')).toContainText('Nudge Left by Grid');
  await expect(page.getByTestId('shortcut-edit-nudge-left-grid')).toContainText('Shift+←');
  await expect(page.getByTestId('shortcut-help-shortcuts')).toContainText('?');
  // The sheet holds the keyboard: a shortcut behind it does nothing.
  await page.keyboard.press('m');
  await expect(page.getByTestId('action-view-minimap')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('tooltips name the key once, as it is printed', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('action-edit-delete')).toHaveAttribute('title', 'Delete (Del)');
  await expect(page.getByTestId('action-edit-undo')).toHaveAttribute('title', 'Undo (Ctrl+Z)');
  await expect(page.getByTestId('action-view-zoom-fit')).toHaveAttribute('title', 'Zoom to Fit (Shift+1)');
});

test('Ctrl+0 zooms to 100 %; Shift+1 still fits', async ({ page }) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect.poll(() => zoom(page)).toBeLessThan(0.9);
  await page.keyboard.press('Control+0');
  await expect.poll(() => zoom(page)).toBeCloseTo(1, 3);
  await page.keyboard.press('Shift+!');
  await expect.poll(() => zoom(page)).not.toBeCloseTo(1, 3);
});

test('arrow keys nudge the selected card, Shift by the grid; one undo step; never while typing', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  const saved = positionOf(await planOnScreen(page), 'esx-03');
  // A card moves from where it is drawn (the layout draws overlapping saved places apart).
  const start = await drawnAt(page, 'esx-03');
  await card(page, 'esx-03').click({ position: { x: 30, y: 8 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expectPlan(
    page,
    (p) => positionOf(p, 'esx-03')?.x === start.x + 3 && positionOf(p, 'esx-03')?.y === start.y + 19,
    'esx-03 nudged 3 right, 20 down and 1 up',
  );
  await expect.poll(() => drawnAt(page, 'esx-03')).toEqual({ x: start.x + 3, y: start.y + 19 });
  await page.keyboard.press('Control+z');
  await expectPlan(
    page,
    (p) => JSON.stringify(positionOf(p, 'esx-03')) === JSON.stringify(saved),
    'one undo takes back the whole run of nudges',
  );
  await expect.poll(() => drawnAt(page, 'esx-03')).toEqual(start);

  // Apart in time, two runs are two steps.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.waitForTimeout(3500);
  await page.keyboard.press('Shift+ArrowLeft');
  await expectPlan(page, (p) => positionOf(p, 'esx-03')?.x === start.x - 40, 'two grid steps left');
  await page.keyboard.press('Control+z');
  await expectPlan(page, (p) => positionOf(p, 'esx-03')?.x === start.x - 20, 'one run undone');
  await card(page, 'esx-03').click({ position: { x: 30, y: 8 } });

  // In a text field the arrows move the caret, not the card.
  const name = page.getByTestId('inspector-node').getByRole('textbox').first();
  await name.click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.waitForTimeout(200);
  expect(positionOf(await planOnScreen(page), 'esx-03')?.x).toBe(start.x - 20);
});

test('a nudge into a neighbour moves the neighbour aside, as a drag does', async ({ page }) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  const start = await drawnAt(page, 'esx-02');
  await card(page, 'esx-02').click({ position: { x: 30, y: 8 } });
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowRight');
  const plan = await expectPlan(
    page,
    (p) => positionOf(p, 'esx-02')?.x === start.x + 100,
    'esx-02 five grid steps right',
  );
  // Whether or not esx-03 had to move aside, no two cards overlap.
  await page.waitForTimeout(300);
  const boxes = await Promise.all(
    ['esx-01', 'esx-02', 'esx-03'].map(async (id) => card(page, id).boundingBox()),
  );
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${i} and ${j} overlap`).toBe(true);
    }
  expect(plan.nodes.length).toBeGreaterThan(0);
});

test('right-click a card: a menu of what applies, by keyboard; right-click the canvas: its own menu', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  await card(page, 'esx-03').click({ button: 'right', position: { x: 30, y: 8 } });
  const menu = page.getByTestId('context-menu');
  await expect(menu).toHaveAttribute('role', 'menu');
  await expect(menu).toHaveAttribute('data-place', 'card');
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^Cut/,
    /^Copy/,
    /^Paste/,
    /^Duplicate/,
    /^Delete/,
    /^Find…/,
    /^Tidy Up/,
  ]);
  await expect(page.getByTestId('context-edit-paste')).toBeDisabled();
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'esx-03');
  // The first item has the keyboard; down once is Copy.
  await expect(page.getByTestId('context-edit-cut')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('context-edit-copy')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('Copied 3 nodes');

  // On the empty canvas: Paste is enabled now; Escape closes without doing anything.
  const pane = page.locator('.react-flow__pane');
  await pane.click({ button: 'right', position: { x: 20, y: 400 } });
  await expect(menu).toHaveAttribute('data-place', 'canvas');
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^Paste/,
    /^Select All/,
    /^Find…/,
    /^Zoom to Fit/,
    /^Zoom to 100%/,
    /^Tidy Up/,
  ]);
  await expect(page.getByTestId('context-edit-paste')).toBeEnabled();
  await page.keyboard.press('End');
  await expect(page.getByTestId('context-view-tidy')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'esx-03');

  // By pointer: Select All selects every node.
  await pane.click({ button: 'right', position: { x: 20, y: 400 } });
  await page.getByTestId('context-edit-select-all').click();
  const plan = await planOnScreen(page);
  await expect(page.getByTestId('status-selection')).toHaveText(`${plan.nodes.length.toLocaleString('en-US')} selected`);

  // Find… from the menu opens the find box; a click elsewhere closes a menu.
  await pane.click({ button: 'right', position: { x: 20, y: 400 } });
  await page.getByTestId('context-edit-find').click();
  await expect(page.getByTestId('find-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await pane.click({ button: 'right', position: { x: 20, y: 400 } });
  await expect(menu).toBeVisible();
  await page.getByTestId('toolbar').click({ position: { x: 600, y: 10 } });
  await expect(menu).toHaveCount(0);
});
