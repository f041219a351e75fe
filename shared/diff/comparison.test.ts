import { describe, expect, it } from 'vitest';
import { hypervisor, plan, server, vm, withNode } from '../test-support/planBuilder';
import { langOf } from '../i18n/lang';
import { compareScenarios } from './comparison';
import { HEADLINE_FIGURES } from './headline';

const asIs = plan([
  server('s1', null, { name: 'esx-01' }),
  hypervisor('h1', 's1', { cluster: 'prod' }),
  vm('v1', 'h1'),
  server('s2', null, { name: 'esx-02' }),
  hypervisor('h2', 's2', { cluster: 'prod' }),
  vm('v2', 'h2', { name: 'db' }),
]);
// The to-be: db moves onto esx-01, esx-02 is retired, v1 grows.
let toBe = withNode(asIs, 'v2', (n) => ({ ...n, parentId: 'h1' }));
toBe = withNode(toBe, 'v1', (n) => ({ ...n, ramGiB: 32 }));
toBe = { ...toBe, nodes: toBe.nodes.filter((n) => n.id !== 's2' && n.id !== 'h2') };

describe('compareScenarios', () => {
  const c = compareScenarios({ name: 'As is', plan: asIs }, { name: 'To be', plan: toBe });

  it('gives every headline figure of both sides, in order, with the deltas of the diff', () => {
    expect(c.figures.map((f) => f.key)).toEqual(HEADLINE_FIGURES.map((f) => f.key));
    for (const f of c.figures) {
      const d = c.diff.figures[f.key];
      if (d) expect([f.key, f.delta]).toEqual([f.key, d.delta]);
    }
    const servers = c.figures.find((f) => f.key === 'consolidation.servers');
    expect(servers).toMatchObject({
      from: 2,
      to: 1,
      delta: -1,
      verdict: 'better',
      fromText: '2',
      toText: '1',
      deltaText: '-1',
      verdictText: 'better',
    });
    const ha = c.figures.find((f) => f.key === 'ha.toleratesHostFailures');
    expect(ha?.verdict).toBe('worse');
    expect(ha?.verdictText).toBe('worse');
    const workloads = c.figures.find((f) => f.key === 'consolidation.workloads');
    expect(workloads).toMatchObject({ delta: 0, verdict: 'same', deltaText: '', verdictText: '' });
  });

  it('lists the changes one node a line: moved from → to, resized, removed, hosts retired', () => {
    expect(c.fromName).toBe('As is');
    expect(c.toName).toBe('To be');
    expect(c.lines.map((l) => [l.what, l.name, l.detail])).toEqual([
      ['Moved', 'db', 'esx-02 → esx-01'],
      ['Resized', 'v1', 'ramGiB'],
      ['Removed', 'h2', 'Hypervisor'],
      ['Removed', 'esx-02', 'Server'],
      ['Host retired', 'esx-02', 'Server'],
    ]);
  });

  it('says the same in Chinese: the catalog words, the same figures', () => {
    const zh = compareScenarios({ name: 'As is', plan: asIs }, { name: 'To be', plan: toBe }, langOf('zh-CN'));
    expect(zh.figures.map((f) => [f.key, f.delta, f.fromText, f.toText])).toEqual(
      c.figures.map((f) => [f.key, f.delta, f.fromText, f.toText]),
    );
    expect(zh.figures.find((f) => f.key === 'consolidation.ratio')?.label).toBe('整合比');
    expect(zh.figures.find((f) => f.key === 'consolidation.servers')?.verdictText).toBe('更好');
    expect(zh.lines.map((l) => [l.what, l.detail])).toEqual([
      ['迁移', 'esx-02 → esx-01'],
      ['调整规格', 'ramGiB'],
      ['移除', 'Hypervisor'],
      ['移除', '服务器'],
      ['宿主机下线', '服务器'],
    ]);
  });

  it('has no change line and only "same" figures for a scenario against itself', () => {
    const same = compareScenarios({ name: 'a', plan: asIs }, { name: 'b', plan: asIs });
    expect(same.lines).toEqual([]);
    expect(same.figures.every((f) => f.verdict === 'same')).toBe(true);
  });
});
