/** Opening the app, reading and loading its plan through the test-only hook, and the engine's view. */
import { expect, type Locator, type Page } from '@playwright/test';
import { loadPlan } from '../../shared/load/loadPlan';
import { serializePlan } from '../../shared/load/serialize';
import { simulateFailure, type FailureOutcome } from '../../shared/metrics/failure';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
// Declares window.__strataTest, the app's test-only hook.
import type {} from '../../renderer/app/testHook';

/**
 * Opens the app. By default the page is a browser without the File System Access API (Firefox,
 * Safari): Open uses the file input and Save downloads, as most specs expect. Chromium has the
 * API, but under Playwright its pickers are intercepted and abort; `fileSystemAccess: true` keeps
 * whatever the page has (e2e/files-save-in-place.spec.ts installs a fake of the API first).
 */
export async function openApp(
  page: Page,
  options: { readonly fileSystemAccess?: boolean } = {},
): Promise<void> {
  if (!options.fileSystemAccess)
    await page.addInitScript(() => {
      for (const name of ['showOpenFilePicker', 'showSaveFilePicker'])
        Object.defineProperty(window, name, { value: undefined, configurable: true });
    });
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await page.waitForFunction(() => window.__strataTest !== undefined);
}

/** The plan as the app holds it, loaded with the shared loader in Node. */
export async function planOnScreen(page: Page): Promise<Plan> {
  const text = await page.evaluate(() => window.__strataTest?.getPlanJson() ?? '');
  const result = loadPlan(text);
  if (!result.ok) throw new Error(`the app's plan does not load: ${result.error.message}`);
  return result.plan;
}

export async function engineReport(page: Page): Promise<{ plan: Plan; report: Report }> {
  const plan = await planOnScreen(page);
  return { plan, report: buildReport(plan) };
}

export async function engineFailure(page: Page, nodeId: string): Promise<FailureOutcome> {
  const outcome = simulateFailure(await planOnScreen(page), nodeId);
  if (!outcome) throw new Error(`no node ${nodeId}`);
  return outcome;
}

/** Opens a plan as a file would be opened (the test hook runs the same loader), view fitted. */
export async function loadPlanInApp(page: Page, plan: Plan): Promise<void> {
  const text = serializePlan(plan);
  await page.evaluate((t) => window.__strataTest?.loadPlanJson(t), text);
  await fitView(page);
}

export async function openExample(page: Page, id: string): Promise<void> {
  await page.getByTestId('examples-button').click();
  await page.getByTestId(`action-example-${id}`).click();
  await fitView(page);
}

export async function fitView(page: Page): Promise<void> {
  await page.getByTestId('action-view-zoom-fit').click();
  // The fit is animated (250 ms).
  await page.waitForTimeout(400);
}

export function card(page: Page, id: string): Locator {
  return page.getByTestId(`node-${id}`);
}

export function parentOf(plan: Plan, id: string): string | null | undefined {
  return plan.nodes.find((n) => n.id === id)?.parentId;
}

/** Waits until the app's plan satisfies `check` (edits land on the next frame). */
export async function expectPlan(page: Page, check: (plan: Plan) => boolean, message: string): Promise<Plan> {
  await expect.poll(async () => check(await planOnScreen(page)), { message }).toBe(true);
  return planOnScreen(page);
}
