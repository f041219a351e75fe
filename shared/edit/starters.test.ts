import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../model/defaults';
import { buildReport } from '../metrics/report';
import { addStarter, STARTERS } from './starters';

describe('addStarter', () => {
  it('builds each starter with the ordinary edits, valid and free of errors', () => {
    for (const starter of STARTERS) {
      const result = addStarter(emptyPlan('New plan'), starter.id);
      if (!result.ok) throw new Error(`${starter.id}: ${result.reason}`);
      const kinds = result.plan.nodes.map((n) => n.kind);
      expect(kinds.filter((k) => k === 'hypervisor')).toHaveLength(3);
      expect(kinds.filter((k) => k === 'container')).toHaveLength(
        starter.id === 'kubernetes-on-vms' ? 3 : 0,
      );
      expect(buildReport(result.plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });
});
