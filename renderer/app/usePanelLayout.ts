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
import { readRemembered, writeRemembered } from './rememberedSetting';

export function usePanelLayout(): [
  PanelLayout,
  (side: PanelSide, change: Partial<PanelState>) => void,
] {
  const [layout, setLayout] = useState<PanelLayout>(() => readPanels(readRemembered(PANELS_KEY)));
  const change = useCallback((side: PanelSide, part: Partial<PanelState>) => {
    setLayout((current) => {
      const next = withPanel(current, side, part);
      writeRemembered(PANELS_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [layout, change];
}
