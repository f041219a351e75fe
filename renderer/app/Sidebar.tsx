/**
 * The right sidebar: the failure summary while failure mode is on, the selection's inspector
 * (when something is selected), then three tabs — Figures (first, the default), Plan settings and
 * Issues with its count. The chosen tab is remembered like the panel layout.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { FailureSummary } from '../failure/FailureSummary';
import { Inspector } from '../inspector/Inspector';
import { PlanSettings } from '../inspector/PlanSettings';
import { IssuesPanel, useIssueCount } from '../metrics/IssuesPanel';
import { MetricsPanel } from '../metrics/MetricsPanel';
import type { CatalogKey } from '../../shared/i18n/keys';
import { useLang } from '../i18n/useLang';
import { readRemembered, writeRemembered } from './rememberedSetting';
import {
  readSidebarTab,
  SIDEBAR_TAB_KEY,
  SIDEBAR_TABS,
  tabForKey,
  type SidebarTab,
} from './sidebarTabs';

const LABEL_KEYS: Readonly<Record<SidebarTab, CatalogKey>> = {
  figures: 'ui.figures.title',
  settings: 'ui.sidebar.settings',
  issues: 'ui.sidebar.issues',
};

function IssueCount() {
  const { total, errors } = useIssueCount();
  const lang = useLang();
  const tone = errors > 0 ? 'error' : total > 0 ? 'warning' : 'none';
  return (
    <span
      className={`sidebar-tabs__count sidebar-tabs__count--${tone}`}
      data-testid="sidebar-issues-count"
      data-value={total}
      aria-label={lang.t('ui.sidebar.issueCount', { count: total, n: total })}
    >
      {total}
    </span>
  );
}

function TabPanel({ tab }: { tab: SidebarTab }) {
  if (tab === 'figures') return <MetricsPanel />;
  if (tab === 'settings') return <PlanSettings />;
  return <IssuesPanel />;
}

export function Sidebar() {
  const lang = useLang();
  const [active, setActive] = useState<SidebarTab>(() =>
    readSidebarTab(readRemembered(SIDEBAR_TAB_KEY)),
  );
  const tabs = useRef(new Map<SidebarTab, HTMLButtonElement>());
  const choose = useCallback((tab: SidebarTab, focus = false) => {
    setActive(tab);
    writeRemembered(SIDEBAR_TAB_KEY, tab);
    if (focus) tabs.current.get(tab)?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(active, event.key);
    if (next === null) return;
    event.preventDefault();
    choose(next, true);
  };
  return (
    <div className="sidebar">
      <FailureSummary placement="sidebar" />
      <Inspector />
      <div className="sidebar-tabs">
        <div
          className="sidebar-tabs__list"
          role="tablist"
          aria-label={lang.t('ui.sidebar.label')}
          data-testid="sidebar-tabs"
          onKeyDown={onKeyDown}
        >
          {SIDEBAR_TABS.map((tab) => (
            <button
              key={tab}
              ref={(el) => {
                if (el) tabs.current.set(tab, el);
                else tabs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`sidebar-tab-${tab}`}
              className="sidebar-tabs__tab"
              data-testid={`sidebar-tab-${tab}`}
              aria-selected={tab === active}
              aria-controls={`sidebar-panel-${tab}`}
              tabIndex={tab === active ? 0 : -1}
              onClick={() => choose(tab)}
            >
              {lang.t(LABEL_KEYS[tab])}
              {tab === 'issues' && <IssueCount />}
            </button>
          ))}
        </div>
        {SIDEBAR_TABS.map((tab) => (
          // Every panel stays mounted (hidden when not chosen): switching tabs costs no render,
          // and a field being edited keeps its text.
          <div
            key={tab}
            role="tabpanel"
            id={`sidebar-panel-${tab}`}
            className="sidebar-tabs__panel"
            data-testid={`sidebar-panel-${tab}`}
            aria-labelledby={`sidebar-tab-${tab}`}
            hidden={tab !== active}
            tabIndex={0}
          >
            <TabPanel tab={tab} />
          </div>
        ))}
      </div>
    </div>
  );
}
