import { describe, expect, it } from 'vitest';
import { formatWindowTitle } from './windowTitle';

describe('formatWindowTitle', () => {
  it('shows the file name, and a marker while there are unsaved changes', () => {
    expect(formatWindowTitle({ fileName: 'rack-a.strata', planName: 'Rack A', dirty: false })).toBe(
      'rack-a.strata — Strata',
    );
    expect(formatWindowTitle({ fileName: 'rack-a.strata', planName: 'Rack A', dirty: true })).toBe(
      '• rack-a.strata — Strata',
    );
  });

  it("shows the plan's name before the first save", () => {
    expect(formatWindowTitle({ fileName: null, planName: 'Rack A', dirty: true })).toBe(
      '• Rack A — Strata',
    );
    expect(formatWindowTitle({ fileName: null, planName: '  \n ', dirty: false })).toBe(
      'Untitled plan — Strata',
    );
  });

  it('cleans names the renderer sends', () => {
    expect(formatWindowTitle({ fileName: null, planName: 'a\u0000b\tc', dirty: false })).toBe(
      'ab c — Strata',
    );
    const long = formatWindowTitle({ fileName: null, planName: 'x'.repeat(500), dirty: false });
    expect(long.length).toBeLessThan(140);
    expect(long).toContain('…');
  });
});
