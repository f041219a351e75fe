import { describe, expect, it } from 'vitest';
import { fitZoom, READABLE_ZOOM, readableTarget } from './readableFit';

const pane = { width: 1000, height: 800 };

describe('readableTarget', () => {
  it('fits the whole plan when it is readable', () => {
    const all = { x: 0, y: 0, width: 900, height: 500 };
    expect(readableTarget(all, [all], pane, 0.12)).toBe(all);
  });

  it('fits the largest top-level card when the whole plan would be too small to read', () => {
    const site = { x: 0, y: 0, width: 1100, height: 600 };
    const server = { x: 1200, y: 0, width: 300, height: 200 };
    const all = { x: 0, y: 0, width: 1500, height: 600 };
    expect(fitZoom(all, pane, 0.12)).toBeLessThan(READABLE_ZOOM);
    expect(readableTarget(all, [server, site], pane, 0.12)).toBe(site);
  });
});
