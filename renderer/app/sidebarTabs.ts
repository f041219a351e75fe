/** The sidebar's tabs, pure: their order, the remembered choice, and arrow-key movement. */

export const SIDEBAR_TABS = ['figures', 'settings', 'issues'] as const;

export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export const SIDEBAR_TAB_KEY = 'strata.sidebarTab';

/** Figures is the first tab and the one shown until the planner picks another. */
export const DEFAULT_SIDEBAR_TAB: SidebarTab = 'figures';

export function readSidebarTab(text: string | null): SidebarTab {
  return SIDEBAR_TABS.find((tab) => tab === text) ?? DEFAULT_SIDEBAR_TAB;
}

/** The tab a key moves to from `current` (WAI-ARIA tabs: arrows wrap, Home and End), or null. */
export function tabForKey(current: SidebarTab, key: string): SidebarTab | null {
  const i = SIDEBAR_TABS.indexOf(current);
  const n = SIDEBAR_TABS.length;
  const at: Record<string, number> = {
    ArrowRight: (i + 1) % n,
    ArrowDown: (i + 1) % n,
    ArrowLeft: (i - 1 + n) % n,
    ArrowUp: (i - 1 + n) % n,
    Home: 0,
    End: n - 1,
  };
  const next = at[key];
  return next === undefined ? null : (SIDEBAR_TABS[next] ?? null);
}
