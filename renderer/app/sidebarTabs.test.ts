import { describe, expect, it } from 'vitest';
import { DEFAULT_SIDEBAR_TAB, readSidebarTab, SIDEBAR_TABS, tabForKey } from './sidebarTabs';

describe('sidebar tabs', () => {
  it('puts Figures first and opens on it unless another tab was remembered', () => {
    expect(SIDEBAR_TABS[0]).toBe('figures');
    expect(DEFAULT_SIDEBAR_TAB).toBe('figures');
    expect(readSidebarTab(null)).toBe('figures');
    expect(readSidebarTab('issues')).toBe('issues');
    expect(readSidebarTab('settings')).toBe('settings');
    expect(readSidebarTab('inspector')).toBe('figures');
  });

  it('moves with the arrow keys, wrapping, and jumps with Home and End', () => {
    expect(tabForKey('figures', 'ArrowRight')).toBe('settings');
    expect(tabForKey('issues', 'ArrowRight')).toBe('figures');
    expect(tabForKey('figures', 'ArrowLeft')).toBe('issues');
    expect(tabForKey('settings', 'Home')).toBe('figures');
    expect(tabForKey('figures', 'End')).toBe('issues');
    expect(tabForKey('figures', 'Enter')).toBeNull();
  });
});
