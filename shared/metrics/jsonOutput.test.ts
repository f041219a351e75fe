import { describe, expect, it } from 'vitest';
import { rackPlan } from '../test-support/fixtures';
import { reportJson, reportJsonText } from './jsonOutput';
import { buildReport } from './report';

describe('reportJsonText', () => {
  it('is the engine’s report with the spec’s keys in order, 2-space JSON ending in a newline', () => {
    const plan = rackPlan;
    const text = reportJsonText(plan);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "consolidation": {\n    ');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'plan',
      'consolidation',
      'patching',
      'blastRadius',
      'security',
      'ha',
      'dr',
      'issues',
    ]);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(buildReport(plan))));
  });

  it('drops anything beyond the spec’s keys', () => {
    const report = { ...buildReport(rackPlan), extra: 1 };
    expect(Object.keys(reportJson(report))).not.toContain('extra');
  });
});
