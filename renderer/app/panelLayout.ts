/**
 * The widths of the palette and the sidebar and whether each is collapsed, pure, and remembered
 * between sessions (localStorage in the browser and the desktop window alike).
 */
export type PanelSide = 'palette' | 'sidebar';

export interface PanelState {
  readonly width: number;
  readonly collapsed: boolean;
}

export type PanelLayout = Readonly<Record<PanelSide, PanelState>>;

export const PANEL_LIMITS: Readonly<
  Record<PanelSide, { min: number; max: number; initial: number }>
> = {
  palette: { min: 180, max: 420, initial: 240 },
  sidebar: { min: 280, max: 640, initial: 360 },
};

/** One arrow key press on a resizer; Shift moves further. */
export const RESIZE_STEP = 16;

export const PANELS_KEY = 'strata.panels';

export function clampWidth(side: PanelSide, width: number): number {
  const { min, max } = PANEL_LIMITS[side];
  return Math.round(Math.min(max, Math.max(min, width)));
}

export const DEFAULT_PANELS: PanelLayout = {
  palette: { width: PANEL_LIMITS.palette.initial, collapsed: false },
  sidebar: { width: PANEL_LIMITS.sidebar.initial, collapsed: false },
};

function readSide(side: PanelSide, value: unknown): PanelState {
  const fallback = DEFAULT_PANELS[side];
  if (typeof value !== 'object' || value === null) return fallback;
  const { width, collapsed } = value as Record<string, unknown>;
  return {
    width:
      typeof width === 'number' && Number.isFinite(width)
        ? clampWidth(side, width)
        : fallback.width,
    collapsed: collapsed === true,
  };
}

/** The remembered layout; anything missing or malformed falls back to the defaults. */
export function readPanels(text: string | null): PanelLayout {
  if (!text) return DEFAULT_PANELS;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return {
      palette: readSide('palette', parsed.palette),
      sidebar: readSide('sidebar', parsed.sidebar),
    };
  } catch {
    return DEFAULT_PANELS;
  }
}

export function withPanel(
  layout: PanelLayout,
  side: PanelSide,
  change: Partial<PanelState>,
): PanelLayout {
  const next = { ...layout[side], ...change };
  return { ...layout, [side]: { width: clampWidth(side, next.width), collapsed: next.collapsed } };
}

/** How wide a collapsed panel's column stays: room for its handle. */
export const COLLAPSED_WIDTH = 12;

/**
 * The workspace's grid columns: palette, its resizer, the canvas, the sidebar's resizer, the
 * sidebar. The resizers' columns take no width (each handle lies over its panel's edge), so the
 * canvas keeps every pixel the panels leave it.
 */
export function workspaceColumns(layout: PanelLayout): string {
  const width = (side: PanelSide) =>
    layout[side].collapsed ? COLLAPSED_WIDTH : layout[side].width;
  return `${width('palette')}px 0px minmax(0, 1fr) 0px ${width('sidebar')}px`;
}
