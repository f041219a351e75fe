import { describe, expect, it } from 'vitest';
import { builtInPalette } from '../shared/draw/palette';
import { planScene } from '../shared/draw/scene';
import { renderSvg } from '../shared/draw/svgPlan';
import { layoutPlan } from '../shared/layout/planLayout';
import { serializePlan } from '../shared/load/serialize';
import { buildReport } from '../shared/metrics/report';
import { twoHostPlan } from '../shared/test-support/plans';
import { checkExport, exportFile } from './exportFiles';

function svgOf(planText: string): string {
  const plan = twoHostPlan();
  const scene = planScene(plan, layoutPlan(plan), buildReport(plan), {
    palette: builtInPalette('light'),
  });
  return renderSvg(scene, planText);
}

describe('exports checked in main', () => {
  it('writes an SVG only when it carries a valid plan', () => {
    const good = svgOf(serializePlan(twoHostPlan()));
    expect(checkExport({ kind: 'svg', text: good, suggestedName: 'x' })).toEqual({
      ok: true,
      data: good,
    });
    expect(checkExport({ kind: 'svg', text: '<svg></svg>', suggestedName: 'x' })).toEqual({
      ok: false,
      reason: 'this SVG was not exported by Strata (it holds no plan)',
    });
    const bad = checkExport({ kind: 'svg', text: svgOf('{"format":"nope"}'), suggestedName: 'x' });
    expect(bad.ok).toBe(false);
  });

  it('writes a PDF only when it starts as one, under a .pdf name the planner chose', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n…');
    expect(checkExport({ kind: 'pdf', bytes: new Uint8Array([1, 2]), suggestedName: 'x' })).toEqual(
      { ok: false, reason: 'it is not a PDF document' },
    );
    const written: [string, string | Uint8Array][] = [];
    const result = await exportFile(
      { kind: 'pdf', bytes: pdf, suggestedName: 'Rack-report.pdf' },
      {
        folder: '/plans',
        chooseSavePath: (kind, path) => {
          expect(kind).toBe('pdf');
          expect(path).toBe('/plans/Rack-report.pdf');
          return Promise.resolve('/plans/board');
        },
        write: (path, data) => {
          written.push([path, data]);
          return Promise.resolve({ ok: true });
        },
      },
    );
    expect(result).toEqual({ status: 'exported', name: 'board.pdf', path: '/plans/board.pdf' });
    expect(written).toEqual([['/plans/board.pdf', pdf]]);
  });
});
