/** The panel layout as React state, remembered in localStorage (renderer/app/panelLayout.ts). */
import { useCallback, useState } from 'react';
import {
  PANELS_KEY,
  readPanels,
  withPanel,
  type PanelLayout,
  type PanelSide,
  type PanelState,
} from './panelLayout';

function stored(): string | null {
  try {
    return window.localStorage.getItem(PANELS_KEY);
  } catch {
    return null;
  }
}

export function usePanelLayout(): [
  PanelLayout,
  (side: PanelSide, change: Partial<PanelState>) => void,
] {
  const [layout, setLayout] = useState<PanelLayout>(() => readPanels(stored()));
  const change = useCallback((side: PanelSide, part: Partial<PanelState>) => {
    setLayout((current) => {
      const next = withPanel(current, side, part);
      try {
        window.localStorage.setItem(PANELS_KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private mode): the layout still applies for this session.
      }
      return next;
    });
  }, []);
  return [layout, change];
}
