import { describe, expect, it } from 'vitest';
import { clampWidth, DEFAULT_PANELS, readPanels, withPanel, workspaceColumns } from './panelLayout';

describe('panel layout', () => {
  it('reads what it wrote, and falls back to the defaults on anything else', () => {
    const changed = withPanel(
      withPanel(DEFAULT_PANELS, 'palette', { collapsed: true }),
      'sidebar',
      { width: 500 },
    );
    expect(readPanels(JSON.stringify(changed))).toEqual(changed);
    expect(readPanels(null)).toEqual(DEFAULT_PANELS);
    expect(readPanels('{')).toEqual(DEFAULT_PANELS);
    expect(readPanels('{"palette":{"width":"wide"}}').palette.width).toBe(
      DEFAULT_PANELS.palette.width,
    );
  });

  it('keeps widths within limits and gives a collapsed panel no width', () => {
    expect(clampWidth('palette', 10)).toBe(180);
    expect(clampWidth('sidebar', 5000)).toBe(640);
    const collapsed = withPanel(DEFAULT_PANELS, 'palette', { collapsed: true });
    expect(workspaceColumns(collapsed)).toBe('12px 0px minmax(0, 1fr) 0px 360px');
  });
});
