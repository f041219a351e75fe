/**
 * The two pages the benchmark drives the same way: Strata's production build and the bare React
 * Flow floor. Each says how to load a plan, fit the view, select a node, and which input and which
 * figure stand for an edit and for a drop.
 */
import type { Page } from '@playwright/test';
import type {} from './floor/FloorApp';
import type { HostFacts } from './planFacts';

export type PageName = 'strata' | 'floor';

export interface BenchPage {
  readonly name: PageName;
  /** Path under the static server. */
  readonly path: string;
  /** How a plan is opened: through the page's test hook, or as a file chosen in its file input. */
  readonly open: 'hook' | 'file';
  /** Fits the whole plan in view, without animation left running. */
  fit(page: Page): Promise<void>;
  /** Waits until clicking `nodeId` has selected it. */
  selected(page: Page, nodeId: string): Promise<void>;
  /** The text input an edit types into, and the value to type for sample `i`. */
  readonly editInput: string;
  editValue(i: number): string;
  /** The element that changes (its `figureAttribute`, or its text) when an edit reaches the figures. */
  readonly editFigure: string;
  /**
   * The element that changes when a VM moved from one host to another reaches the figures: the
   * panel's row of the cluster it joins, else (same cluster) the new host's CPU meter on its card.
   */
  dropFigure(from: HostFacts, to: HostFacts): string;
  /** Brings `selector` into the page when a long list holds it past its first rows (Show more). */
  revealFigure?(page: Page, selector: string): Promise<void>;
  readonly figureAttribute: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const STRATA: BenchPage = {
  name: 'strata',
  path: '/app/',
  // As a planner opens a file: read, parsed and loaded off the main thread, with progress.
  open: 'file',
  async fit(page) {
    await page.getByTestId('action-view-zoom-fit').click();
    // The fit is animated (250 ms).
    await sleep(500);
  },
  async selected(page, nodeId) {
    await page.locator(`[data-testid="inspector-node"][data-node-id="${nodeId}"]`).waitFor({ timeout: 20_000 });
  },
  editInput: '[data-testid="field-ramGiB"]',
  editValue: (i) => String(3 + 2 * i),
  editFigure: '[data-testid="metric-ram-in-use"]',
  dropFigure: (from, to) =>
    to.cluster !== null && to.cluster !== from.cluster ? `[data-testid="ha-cluster-${to.cluster}"]` : `[data-testid="cpu-${to.serverId}"]`,
  async revealFigure(page, selector) {
    if ((await page.locator(selector).count()) > 0) return;
    const more = page.locator('[data-testid="ha-clusters-show-more"][aria-expanded="false"]');
    if ((await more.count()) > 0) await more.click();
  },
  figureAttribute: 'data-value',
};

export const FLOOR: BenchPage = {
  name: 'floor',
  path: '/floor/',
  open: 'hook',
  async fit(page) {
    await page.evaluate(() => window.__floorTest?.fit());
    await sleep(300);
  },
  async selected(page, nodeId) {
    await page.locator(`.react-flow__node.selected[data-id="${nodeId}"]`).waitFor({ timeout: 20_000 });
  },
  editInput: '[data-testid="floor-edit"]',
  editValue: (i) => `edited ${i}`,
  editFigure: '[data-testid="floor-edits"]',
  dropFigure: () => '[data-testid="floor-drops"]',
  figureAttribute: 'data-value',
};
