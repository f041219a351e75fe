import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClusterHa } from '../../shared/metrics/types';
import { ResilienceSection } from '../metrics/ResilienceSection';
import { FIRST_ROWS, shownRows } from './shownRows';

describe('shownRows', () => {
  it('renders the first rows folded and every row (up to the most) unfolded, never more than there are', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.integer({ min: 1, max: 1000 }), (total, most) => {
        const folded = shownRows(total, false, most);
        const unfolded = shownRows(total, true, most);
        expect(folded).toBe(Math.min(total, most, FIRST_ROWS));
        expect(unfolded).toBe(Math.min(total, most));
        expect(folded).toBeLessThanOrEqual(unfolded);
      }),
    );
  });
});

function clusters(n: number): ClusterHa[] {
  return Array.from({ length: n }, (_, i) => ({ name: `cluster-${i}`, hosts: 3, vms: 10, toleratesHostFailures: i % 2 }));
}

const rows = (html: string): number => html.match(/data-testid="ha-cluster-cluster-/g)?.length ?? 0;

describe('the HA clusters table', () => {
  it('renders the first clusters of a long list, in order, with a button for the rest', () => {
    const html = renderToStaticMarkup(<ResilienceSection ha={{ clusters: clusters(250) }} dr={null} figures={new Map()} />);
    expect(rows(html)).toBe(FIRST_ROWS);
    expect(html).toContain('data-testid="ha-cluster-cluster-0"');
    expect(html).toContain(`data-testid="ha-cluster-cluster-${FIRST_ROWS - 1}"`);
    expect(html).not.toContain(`data-testid="ha-cluster-cluster-${FIRST_ROWS}"`);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*data-testid="ha-clusters-show-more"[^>]*>Show 200 more<\/button>/);
  });

  it('renders a short list whole, without the button', () => {
    const html = renderToStaticMarkup(<ResilienceSection ha={{ clusters: clusters(FIRST_ROWS) }} dr={null} figures={new Map()} />);
    expect(rows(html)).toBe(FIRST_ROWS);
    expect(html).not.toContain('show-more');
  });
});
