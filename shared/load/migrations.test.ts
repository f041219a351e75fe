import { langOf } from '../i18n/lang';
import { formatMessage } from '../i18n/message';
import { describe, expect, it } from 'vitest';
import { loadPlanWithMigrations } from './loadPlan';
import { MIGRATIONS, runMigrations, type Migration, type PlanDocument } from './migrations';

// A made-up history for the mechanism: version -1 called the list "items", version 0 kept
// RAM in MiB; -1 → 0 → 1 reaches version 1, and the real 1 → 2 (MIGRATIONS) the current one.
const renameItems: Migration = {
  from: -1,
  to: 0,
  name: 'rename-items-to-nodes',
  migrate: ({ items, ...rest }: PlanDocument) => ({ ...rest, nodes: items }),
};
const ramInGiB: Migration = {
  from: 0,
  to: 1,
  name: 'ram-mib-to-gib',
  migrate: (doc: PlanDocument) => ({
    ...doc,
    nodes: (doc.nodes as Record<string, unknown>[]).map((n) =>
      typeof n.ramMiB === 'number' ? { ...n, ramGiB: n.ramMiB / 1024 } : n,
    ),
  }),
};
const HISTORY = [renameItems, ramInGiB];
const TO_CURRENT = [...HISTORY, ...MIGRATIONS];

describe('runMigrations', () => {
  it('carries version 1 to 2: the plan becomes the one scenario "As is"', () => {
    const view = { x: 1, y: 2, zoom: 1 };
    const v1 = { format: 'strata-plan', version: 1, name: 'Rack', settings: {}, nodes: [], view };
    expect(runMigrations({ ...v1, extra: true }, 1)).toEqual({
      ok: true,
      applied: ['plan-becomes-scenario-as-is'],
      doc: {
        format: 'strata-plan',
        version: 2,
        name: 'Rack',
        scenarios: [{ id: 'as-is', name: 'As is', settings: {}, nodes: [], view }],
        activeScenario: 'as-is',
      },
    });
  });

  it('moves only the keys a version-1 file has (a missing one is still missing)', () => {
    const result = runMigrations({ format: 'strata-plan', version: 1 }, 1);
    expect(result.ok && result.doc).toEqual({
      format: 'strata-plan',
      version: 2,
      scenarios: [{ id: 'as-is', name: 'As is' }],
      activeScenario: 'as-is',
    });
  });

  it("applies the steps in order and stamps each step's version", () => {
    const result = runMigrations(
      { format: 'strata-plan', version: -1, items: [{ id: 'v', kind: 'vm', ramMiB: 2048 }] },
      -1,
      HISTORY,
      1,
    );
    expect(result).toEqual({
      ok: true,
      applied: ['rename-items-to-nodes', 'ram-mib-to-gib'],
      doc: {
        format: 'strata-plan',
        version: 1,
        nodes: [{ id: 'v', kind: 'vm', ramMiB: 2048, ramGiB: 2 }],
      },
    });
  });

  it("starts from the file's own version", () => {
    const result = runMigrations({ version: 0, nodes: [] }, 0, HISTORY, 1);
    expect(result.ok && result.applied).toEqual(['ram-mib-to-gib']);
  });

  it('does nothing for a current document', () => {
    const doc = { version: 1, nodes: [] };
    expect(runMigrations(doc, 1, HISTORY, 1)).toEqual({ ok: true, doc, applied: [] });
  });

  it('refuses a version no migration starts from', () => {
    expect(runMigrations({}, -2, HISTORY, 1)).toMatchObject({
      ok: false,
      reason: 'no such version (file version -2, this program reads versions -1 to 1)',
    });
    expect(runMigrations({}, 0, [], 1)).toMatchObject({
      ok: false,
      reason: 'no such version (file version 0, this program reads version 1)',
    });
  });

  it('names a migration that fails', () => {
    const broken: Migration = {
      from: 0,
      to: 1,
      name: 'broken-step',
      migrate: () => {
        throw new Error('no nodes');
      },
    };
    expect(runMigrations({}, 0, [broken], 1)).toMatchObject({
      ok: false,
      reason: 'migration 0 → 1 "broken-step" failed (no nodes)',
    });
    const empty: Migration = {
      from: 0,
      to: 1,
      name: 'returns-null',
      migrate: () => null as unknown as PlanDocument,
    };
    expect(runMigrations({}, 0, [empty], 1)).toMatchObject({
      ok: false,
      reason: 'migration 0 → 1 "returns-null" did not return a document',
    });
  });

  it('gives each refusal as a catalog message for the reader’s language', () => {
    const zh = langOf('zh-CN');
    const none = runMigrations({}, -2, HISTORY, 1);
    expect(!none.ok && formatMessage(zh, none.said)).toBe(
      '没有这个版本（文件版本 -2，本程序读取版本 -1 至 1）',
    );
    const broken: Migration = {
      from: 0,
      to: 1,
      name: 'broken-step',
      migrate: () => {
        throw new Error('no nodes');
      },
    };
    const failed = runMigrations({}, 0, [broken], 1);
    expect(!failed.ok && formatMessage(zh, failed.said)).toBe(
      '迁移 0 → 1“broken-step”失败（no nodes）',
    );
  });
});

describe('loadPlan with migrations', () => {
  it('migrates an older file before checking its fields', () => {
    const result = loadPlanWithMigrations(
      JSON.stringify({
        format: 'strata-plan',
        version: -1,
        items: [{ id: 'v', kind: 'vm', ramMiB: 4096 }],
      }),
      TO_CURRENT,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.plan.nodes[0]).toMatchObject({ id: 'v', ramGiB: 4, name: 'VM 1' });
    expect(result.ok && result.plan.version).toBe(1);
  });

  it('checks the migrated document like any other', () => {
    const result = loadPlanWithMigrations(
      { format: 'strata-plan', version: 0, nodes: [{ id: 'v', kind: 'vm', ramMiB: -1 }] },
      TO_CURRENT,
    );
    expect(!result.ok && result.error.message).toBe('nodes[0].ramGiB: must be a positive number');
  });

  it('reports a failed migration at the version', () => {
    const result = loadPlanWithMigrations({ format: 'strata-plan', version: -1 }, TO_CURRENT);
    expect(!result.ok && result.error.message).toMatch(
      /^version: migration 0 → 1 "ram-mib-to-gib" failed \(/,
    );
  });
});
