import { expect, test } from '@playwright/test';
import { generatePlan } from '../bench/generatePlan';
import { planText } from '../bench/planText';
import { loadPlan } from '../shared/load/loadPlan';
import type { Plan } from '../shared/model/plan';
import { layoutPlan } from '../shared/layout/planLayout';
import { card, fitView, openApp, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';

/** Descendants of `id` in `plan`, counted by kind. */
function countsUnder(plan: Plan, id: string): Record<string, number> {
  const children = new Map<string, string[]>();
  const kind = new Map<string, string>();
  for (const n of plan.nodes) {
    kind.set(n.id, n.kind);
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const counts: Record<string, number> = {
    server: 0,
    hypervisor: 0,
    vm: 0,
    runtime: 0,
    container: 0,
  };
  const visit = (at: string): void => {
    for (const child of children.get(at) ?? []) {
      const k = kind.get(child) ?? '';
      counts[k] = (counts[k] ?? 0) + 1;
      visit(child);
    }
  };
  visit(id);
  return counts;
}

test('a 2,000-node plan opens as summary cards with the right counts; a double-click expands one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  const text = planText(generatePlan({ nodes: 2000 }));
  const loaded = loadPlan(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const plan = loaded.plan;
  await page.evaluate((t) => window.__strataTest?.loadPlanJson(t), text);
  await fitView(page);

  // Fitted, every server with contents is a summary card and nothing inside a server is drawn.
  const servers = plan.nodes.filter(
    (n) => n.kind === 'server' && plan.nodes.some((c) => c.parentId === n.id),
  );
  await expect(page.locator('.card--collapsed')).toHaveCount(servers.length);
  await expect(page.locator('.react-flow__node')).toHaveCount(
    plan.nodes.filter((n) => n.kind === 'site' || n.kind === 'server').length,
  );
  for (const server of servers.slice(0, 12)) {
    const summary = page.getByTestId(`summary-${server.id}`);
    const counts = countsUnder(plan, server.id);
    await expect(summary).toHaveAttribute('data-hypervisors', String(counts.hypervisor));
    await expect(summary).toHaveAttribute('data-vms', String(counts.vm));
    await expect(summary).toHaveAttribute('data-runtimes', String(counts.runtime));
    await expect(summary).toHaveAttribute('data-containers', String(counts.container));
  }

  // The level of detail is UI state: the document is the plan that was opened, and undo has nothing.
  expect((await planOnScreen(page)).nodes.length).toBe(plan.nodes.length);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();

  // Double-click one summary card: it expands in place, its hypervisor appears, the others stay.
  const host = plan.nodes.find(
    (n) => n.kind === 'hypervisor' && servers.some((s) => s.id === n.parentId),
  );
  if (!host || host.parentId === null) throw new Error('no hypervisor host in the generated plan');
  await card(page, host.parentId).dblclick();
  await expect(page.getByTestId(`summary-${host.parentId}`)).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${host.id}"]`)).toHaveCount(1);
  await expect(page.locator('.card--collapsed')).toHaveCount(servers.length - 1);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();

  // A second double-click, on its header (its contents now cover the rest), collapses it again.
  const box = await card(page, host.parentId).boundingBox();
  if (!box) throw new Error('the expanded server is not on screen');
  // The plan is wider than the pane at the smallest zoom: the server may start left of the canvas.
  const pane = await page.getByTestId('canvas').boundingBox();
  await page.mouse.dblclick(Math.max(box.x, pane?.x ?? 0) + 6, box.y + 2);
  await expect(page.getByTestId(`summary-${host.parentId}`)).toHaveCount(1);

  // Zoomed in past the threshold, what is in view is drawn in full again (servers far off screen
  // stay summaries: they are not drawn either way).
  const at = await card(page, host.parentId).boundingBox();
  if (!at) throw new Error('the server is not on screen');
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, -300);
  await expect(page.getByTestId(`summary-${host.parentId}`)).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${host.id}"]`)).toHaveCount(1);
  expect(await page.locator('.card--collapsed').count()).toBeLessThan(servers.length);

  // The figures on screen are the engine's for the plan on screen.
  await expectFiguresMatchEngine(page);
});

test('a large plan holds only what is around the view: far servers arrive in full as the view moves to them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  const plan = generatePlan({ nodes: 2000 });
  // Opens at the view its file saves, { x: 0, y: 0, zoom: 1 }: full detail, a few cards in view.
  await page.evaluate((t) => window.__strataTest?.loadPlanJson(t), planText(plan));
  const layout = layoutPlan(plan);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  // A server with a hypervisor, several screens to the right of the view.
  const far = plan.nodes.find((n) => {
    const at = layout.absolute.get(n.id);
    return (
      n.kind === 'server' &&
      at !== undefined &&
      at.x > 3 * pane.width &&
      at.y < pane.height / 2 &&
      plan.nodes.some((c) => c.parentId === n.id && c.kind === 'hypervisor')
    );
  });
  const at = far ? layout.absolute.get(far.id) : undefined;
  const hypervisor = plan.nodes.find((c) => c.parentId === far?.id && c.kind === 'hypervisor');
  if (!far || !at || !hypervisor) throw new Error('no far server in the generated plan');
  await expect(card(page, far.id)).toHaveCount(0);

  // Pan there with the middle button (as a person would, a screen at a time), at zoom 1.
  const step = pane.width * 0.8;
  let left = at.x - pane.width / 4;
  const y = pane.y + pane.height / 2;
  while (left > 0) {
    const move = Math.min(step, left);
    await page.mouse.move(pane.x + pane.width * 0.9, y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(pane.x + pane.width * 0.9 - move, y, { steps: 8 });
    await page.mouse.up({ button: 'middle' });
    left -= move;
  }
  // The server is drawn in full, its hypervisor inside it, not as a summary card.
  await expect(card(page, far.id)).toBeVisible();
  await expect(page.getByTestId(`summary-${far.id}`)).toHaveCount(0);
  await expect(card(page, hypervisor.id)).toBeVisible();
  // Zoom to fit still fits the whole plan (from the layout, not the nodes the canvas holds).
  await fitView(page);
  const servers = plan.nodes.filter(
    (n) => n.kind === 'server' && plan.nodes.some((c) => c.parentId === n.id),
  );
  await expect(page.locator('.card--collapsed')).toHaveCount(servers.length);
});
