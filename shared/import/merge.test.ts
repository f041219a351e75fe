import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { langOf } from '../i18n/lang';
import { formatMessage } from '../i18n/message';
import { loadPlan } from '../load/loadPlan';
import { planToDocument } from '../load/serialize';
import type { Plan } from '../model/plan';
import { validatePlan } from '../validate/validatePlan';
import { addToPlan } from './merge';
import { planToCsv } from './strataCsv';
import { file, ok } from './test-support/importHelpers';

function example(name: string): Plan {
  const loaded = loadPlan(readFileSync(`examples/${name}.strata`, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}

const COMPOSE =
  'name: shop\nservices:\n  web: { image: nginx, scale: 2, depends_on: [db] }\n  db: { image: postgres }\n';

function merged(base: Plan, imported: Plan, parent: string | null): Plan {
  const r = addToPlan(base, imported, parent);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

describe('addToPlan', () => {
  it('gives the imported nodes and links fresh ids that collide with nothing', async () => {
    const base = example('02-esxi-ha-cluster');
    // The same plan imported again: every id collides.
    const again = (await ok([file('again.csv', planToCsv(base))])).plan;
    const plan = merged(base, again, null);
    expect(plan.nodes).toHaveLength(base.nodes.length * 2);
    expect(new Set(plan.nodes.map((n) => n.id)).size).toBe(plan.nodes.length);
    expect(new Set([...plan.nodes.map((n) => n.id), ...plan.links.map((l) => l.id)]).size).toBe(
      plan.nodes.length + plan.links.length,
    );
    expect(plan.nodes.slice(0, base.nodes.length)).toEqual(base.nodes);
    expect(loadPlan(planToDocument(plan)).ok).toBe(true);
  });

  it("puts a Compose import into a chosen runtime, or a chosen host's runtime", async () => {
    const base = example('04-mixed-dr-sites');
    const shop = (await ok([file('compose.yaml', COMPOSE)])).plan;
    const runtime = base.nodes.find((n) => n.kind === 'runtime');
    const into = merged(base, shop, runtime!.id);
    const added = into.nodes.slice(base.nodes.length);
    expect(added.map((n) => n.kind)).toEqual(['container', 'container', 'container']);
    expect(added.every((n) => n.parentId === runtime!.id)).toBe(true);
    expect(into.links.length).toBe(base.links.length + 1);
    // Into the server that holds that runtime: the same runtime (a host runs one).
    const viaHost = merged(base, shop, runtime!.parentId);
    expect(viaHost.nodes.slice(base.nodes.length).every((n) => n.parentId === runtime!.id)).toBe(
      true,
    );
    expect(validatePlan(viaHost).filter((i) => i.code === 'one-runtime')).toEqual([]);
  });

  it('opens datacenter sites into a chosen site, and refuses what cannot go there', async () => {
    const base = example('04-mixed-dr-sites');
    const site = base.nodes.find((n) => n.kind === 'site')!;
    const proxmox = (
      await ok([
        file(
          'r.json',
          JSON.stringify([{ id: 'node/a', type: 'node', node: 'a', maxcpu: 8, maxmem: 2 ** 34 }]),
        ),
      ])
    ).plan;
    const plan = merged(base, proxmox, site.id);
    expect(plan.nodes.slice(base.nodes.length)[0]).toMatchObject({
      kind: 'server',
      parentId: site.id,
    });
    const vm = base.nodes.find(
      (n) => n.kind === 'vm' && !base.nodes.some((c) => c.parentId === n.id),
    )!;
    const r = addToPlan(base, proxmox, vm.id);
    expect(r).toMatchObject({
      ok: false,
      reason: `vm "${vm.name}" cannot hold the imported hypervisor "Proxmox VE a"`,
    });
    const zh = langOf('zh-CN');
    expect(!r.ok && formatMessage(zh, r.said)).toBe(
      `虚拟机“${vm.name}”无法容纳导入的${zh.t('kind.hypervisor')}“Proxmox VE a”`,
    );
    const nowhere = addToPlan(base, proxmox, 'nope');
    expect(nowhere).toMatchObject({ ok: false, reason: 'there is no node "nope" to import into' });
    expect(!nowhere.ok && formatMessage(zh, nowhere.said)).toBe('没有可导入到的节点“nope”');
  });
});
