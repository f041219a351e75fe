import { describe, expect, it } from 'vitest';
import { buildReport } from '../metrics/report';
import type { Report } from '../metrics/types';
import { rackPlan } from '../test-support/fixtures';
import { figureMap, figureTexts } from './figureTexts';

describe('figureTexts', () => {
  it('words every figure once, with a label and a one-line meaning', () => {
    const figures = figureTexts(buildReport(rackPlan), (id) => `name of ${id}`);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) {
      expect(f.label, f.id).not.toBe('');
      expect(f.text, f.id).not.toBe('');
      expect(f.meaning, f.id).toMatch(/^\S.*\.$/);
      expect(f.meaning, f.id).not.toContain('\n');
    }
    // No secondary site: no DR figures.
    expect(figures.some((f) => f.section === 'dr')).toBe(false);
  });

  it('never reads a DR coverage just under 1 as 100%', () => {
    const report = buildReport(rackPlan);
    const dr = {
      demandCpu: 10,
      demandRamGiB: 100,
      freeCpu: 20,
      freeRamGiB: 99.7,
      coverage: 0.997,
      ready: false,
      unprotected: [],
    };
    const figures = figureMap({ ...report, dr } as Report, (id) => id);
    expect(figures.get('dr-coverage')?.text).toBe('99.7%');
    expect(figures.get('dr-ready')?.text).toBe('No');
    expect(figures.get('dr-free')?.text).toBe('20 vCPU · 99.7 GiB');
  });

  it('names the worst failure as the command line ranks it', () => {
    const figures = figureMap(buildReport(rackPlan), (id) => id.toUpperCase());
    expect(figures.get('blast-worst')?.text).toMatch(/^[A-Z0-9]+: \d+ workloads? lost$/);
  });
});
