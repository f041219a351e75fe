import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../load/loadPlan';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { planToCsv, STRATA_CSV_COLUMNS } from './strataCsv';
import { byName, failure, file, ok } from './test-support/importHelpers';

function example(name: string) {
  const loaded = loadPlan(readFileSync(`examples/${name}.strata`, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}

/** The plan as the CSV can carry it: no positions, sizes, view or settings. */
function content(plan: ReturnType<typeof example>) {
  return {
    nodes: plan.nodes.map(({ position: _p, size: _s, ...n }) => n),
    links: plan.links.map((l) => `${l.from} > ${l.to}`).sort(),
  };
}

describe('Strata CSV', () => {
  it('writes the documented header and one row per node', () => {
    const csv = planToCsv(example('04-mixed-dr-sites'));
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(STRATA_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(example('04-mixed-dr-sites').nodes.length);
  });

  it.each([
    '01-legacy-bare-metal',
    '02-esxi-ha-cluster',
    '03-kubernetes-containers',
    '04-mixed-dr-sites',
  ])('reads back what it wrote: %s', async (name) => {
    const plan = example(name);
    const r = await ok([file(`${name}.csv`, planToCsv(plan))]);
    expect(r.formats).toEqual(['csv']);
    expect(r.warnings).toMatchObject([]);
    expect(content(r.plan)).toEqual(content(plan));
  });

  it('round-trips any plan (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        const r = await ok([file('p.csv', planToCsv(plan))]);
        expect(content(r.plan)).toEqual(content(plan));
      }),
      { numRuns: 40 },
    );
  });

  it('guards cells against spreadsheet formulas and reads them back unchanged', async () => {
    const plan = { ...example('01-legacy-bare-metal') };
    const named = {
      ...plan,
      nodes: plan.nodes.map((n, i) => (i === 0 ? { ...n, name: '=HYPERLINK("x")' } : n)),
    };
    const csv = planToCsv(named);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const r = await ok([file('p.csv', csv)]);
    expect(r.plan.nodes[0]?.name).toBe('=HYPERLINK("x")');
  });

  it('fills defaults for empty cells, warns about bad rows and skips them with their children', async () => {
    const csv = [
      'id;kind;parent;name;cpu;ramGiB;os_family;os_name;os_version;dependsOn',
      's1;server;;host-1;16;;linux;Debian;12;',
      'h1;hypervisor;s1;;;;;;;',
      'v1;vm;h1;app;four;;;;;',
      'v2;vm;h1;db;2;8;windows;Windows Server;2022;v9',
      'v3;vm;gone;orphan;2;8;;;;',
      'r1;runtime;v1;;;;;;;',
      'x1;robot;;;;;;;;',
      's1;server;;dup;;;;;;',
    ].join('\r\n');
    const r = await ok([file('hand.csv', `\uFEFF${csv}`)]);
    expect(byName(r.plan, 'host-1')).toMatchObject({
      cpuCores: 16,
      ramGiB: 256,
      os: { family: 'linux', name: 'Debian', version: '12' },
    });
    expect(byName(r.plan, 'Hypervisor 1')).toMatchObject({
      product: 'VMware ESXi',
      hypervisorType: 1,
    });
    expect(r.plan.nodes.map((n) => n.id)).toEqual(['s1', 'h1', 'v2']);
    expect(r.warnings).toMatchObject([
      {
        file: 'hand.csv',
        row: 4,
        column: 'cpu',
        message: 'vm: "four" in cpu is not a number — skipped',
      },
      {
        file: 'hand.csv',
        row: 8,
        column: 'kind',
        message:
          '"robot" is not a kind (site, server, hypervisor, vm, runtime, container) — skipped',
      },
      {
        file: 'hand.csv',
        row: 9,
        column: 'id',
        message: 'id "s1" is used twice — the second row is skipped',
      },
      {
        file: 'hand.csv',
        row: 6,
        column: 'parent',
        message: 'vm "v3": its parent "gone" is not in the file (or was skipped) — skipped',
      },
      {
        file: 'hand.csv',
        row: 7,
        column: 'parent',
        message: 'runtime "r1": its parent "v1" is not in the file (or was skipped) — skipped',
      },
      {
        file: 'hand.csv',
        row: 5,
        column: 'dependsOn',
        message: 'v2 depends on "v9", which is not in the file — link left out',
      },
    ]);
  });

  it('names a missing required column', async () => {
    expect(await failure([file('x.csv', 'id,parent,name\ns1,,a\n')], { format: 'csv' })).toBe(
      'x.csv: column "kind" is missing',
    );
    expect(await failure([file('x.csv', 'id,kind,parent,name\n')])).toBe(
      'x.csv: the file has no rows',
    );
  });
});
