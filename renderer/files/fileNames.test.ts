import { describe, expect, it } from 'vitest';
import { planFileKind } from '../../shared/model/planFiles';
import { baseName, safeBaseName, suggestedName } from './fileNames';

describe('file names', () => {
  it('strips the last extension only', () => {
    expect(baseName('rack-a.strata')).toBe('rack-a');
    expect(baseName('rack.v2.png')).toBe('rack.v2');
    expect(baseName('.strata')).toBe('.strata');
    expect(baseName('plain')).toBe('plain');
  });

  it('makes plan names safe as file names', () => {
    expect(safeBaseName('Rack A / Row 3: "prod"')).toBe('Rack A Row 3 prod');
    expect(safeBaseName('  ..hidden. ')).toBe('hidden');
    expect(safeBaseName('a\u0000b\tc')).toBe('a b c');
    expect(safeBaseName('???')).toBe('plan');
    expect(safeBaseName('x'.repeat(300))).toHaveLength(100);
  });

  it('suggests names from the file when there is one, else from the plan name', () => {
    expect(suggestedName('plan', null, 'ESXi cluster')).toBe('ESXi cluster.strata');
    expect(suggestedName('plan', 'rack.png', 'ignored')).toBe('rack.strata');
    expect(suggestedName('png', 'rack.strata', 'ignored')).toBe('rack.png');
    expect(suggestedName('json', 'rack.strata', 'ignored')).toBe('rack.json');
    expect(suggestedName('report', null, 'Lab')).toBe('Lab-report.json');
  });

  it('reads the kind from the extension, case-insensitively', () => {
    expect(planFileKind('a.PNG')).toBe('png');
    expect(planFileKind('a.json')).toBe('json');
    expect(planFileKind('a.Svg')).toBe('svg');
    expect(planFileKind('a.strata')).toBe('strata');
    expect(planFileKind('noext')).toBe('strata');
  });
});
