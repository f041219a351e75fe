import { expect, test } from '@playwright/test';
import { generatePlan } from '../bench/generatePlan';
import { planText } from '../bench/planText';
import { loadPlan } from '../shared/load/loadPlan';
import type { Plan } from '../shared/model/plan';
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
  const counts: Record<string, number> = { server: 0, hypervisor: 0, vm: 0, runtime: 0, container: 0 };
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

test('a 2,000-node plan opens as summary cards with the right counts; a double-click expands one', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const text = planText(generatePlan({ nodes: 2000 }));
  const loaded = loadPlan(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const plan = loaded.plan;
  await page.evaluate((t) => window.__strataTest?.loadPlanJson(t), text);
  await fitView(page);

  // Fitted, every server with contents is a summary card and nothing inside a server is drawn.
  const servers = plan.nodes.filter((n) => n.kind === 'server' && plan.nodes.some((c) => c.parentId === n.id));
  await expect(page.locator('.card--collapsed')).toHaveCount(servers.length);
  await expect(page.locator('.react-flow__node')).toHaveCount(plan.nodes.filter((n) => n.kind === 'site' || n.kind === 'server').length);
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
  const host = plan.nodes.find((n) => n.kind === 'hypervisor' && servers.some((s) => s.id === n.parentId));
  if (!host || host.parentId === null) throw new Error('no hypervisor host in the generated plan');
  await card(page, host.parentId).dblclick();
  await expect(page.getByTestId(`summary-${host.parentId}`)).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${host.id}"]`)).toHaveCount(1);
  await expect(page.locator('.card--collapsed')).toHaveCount(servers.length - 1);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();

  // A second double-click, on its header (its contents now cover the rest), collapses it again.
  const box = await card(page, host.parentId).boundingBox();
  if (!box) throw new Error('the expanded server is not on screen');
  await page.mouse.dblclick(box.x + 6, box.y + 2);
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
