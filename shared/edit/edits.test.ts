import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan';
import { plan, twoHostPlan } from '../test-support/plans';
import {
  addLink,
  addNode,
  copySubtrees,
  deleteLinks,
  deleteSubtrees,
  duplicateSubtrees,
  moveNode,
  moveNodes,
  pasteSubtrees,
  renamePlan,
  tidyTopLevel,
  updateNode,
  updateSettings,
  type EditResult,
} from './index';

function ok(result: EditResult): Plan {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.plan;
}

function reason(result: EditResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

const byId = (p: Plan, id: string) => p.nodes.find((n) => n.id === id);

describe('addNode', () => {
  it('adds a node with a fresh id, the next name and the preset fields', () => {
    const p = twoHostPlan();
    const result = addNode(
      p,
      {
        kind: 'vm',
        fields: { vcpu: 4, os: { family: 'windows', name: 'Windows Server', version: '2022' } },
      },
      'h2',
    );
    const next = ok(result);
    const added = byId(next, result.ok ? (result.ids[0] ?? '') : '');
    expect(added).toMatchObject({ kind: 'vm', parentId: 'h2', vcpu: 4, ramGiB: 8, name: 'VM 4' });
    expect(p.nodes).toHaveLength(11);
  });

  it('keeps a top-level position and drops it for children', () => {
    const next = ok(addNode(twoHostPlan(), { kind: 'site' }, null, { x: 10.4, y: 20.6 }));
    expect(next.nodes.at(-1)?.position).toEqual({ x: 10, y: 21 });
    expect(
      ok(addNode(twoHostPlan(), { kind: 'vm' }, 'h1', { x: 1, y: 1 })).nodes.at(-1)?.position,
    ).toBeUndefined();
  });

  it('refuses what the placement rules refuse, with the reason', () => {
    const p = twoHostPlan();
    expect(reason(addNode(p, { kind: 'vm' }, null))).toMatch(/must go inside a hypervisor/);
    expect(reason(addNode(p, { kind: 'vm' }, 's1'))).toMatch(/cannot go inside a server/);
    expect(reason(addNode(p, { kind: 'hypervisor' }, 's1'))).toMatch(/already has a hypervisor/);
    expect(reason(addNode(p, { kind: 'runtime' }, 'v1'))).toMatch(
      /already has a container runtime/,
    );
    expect(reason(addNode(p, { kind: 'container' }, 'h1'))).toMatch(/goes inside a runtime/);
  });

  it('refuses preset fields the schema refuses', () => {
    expect(reason(addNode(twoHostPlan(), { kind: 'vm', fields: { ramGiB: -1 } }, 'h1'))).toMatch(
      /ramGiB/,
    );
  });
});

describe('moveNode', () => {
  it('migrates a VM to another hypervisor with its whole subtree', () => {
    const next = ok(moveNode(twoHostPlan(), 'v1', 'h2'));
    expect(byId(next, 'v1')?.parentId).toBe('h2');
    expect(byId(next, 'r1')?.parentId).toBe('v1');
    expect(byId(next, 'c1')?.parentId).toBe('r1');
    // It goes last among its new siblings.
    expect(next.nodes.filter((n) => n.parentId === 'h2').map((n) => n.id)).toEqual(['v3', 'v1']);
  });

  it('refuses a move into the node itself or its descendants, and into the wrong kind', () => {
    const p = twoHostPlan();
    expect(reason(moveNode(p, 's1', 'h1'))).toMatch(/cannot go inside/);
    expect(reason(moveNode(p, 'v1', 'c1'))).toMatch(/inside itself|cannot go inside/);
    expect(reason(moveNode(p, 'v1', 's2'))).toMatch(/cannot go inside a server/);
  });

  it('moves a server out of its site onto the canvas at a position, and back', () => {
    const out = ok(moveNode(twoHostPlan(), 's2', null, { x: 500, y: 600 }));
    expect(byId(out, 's2')).toMatchObject({ parentId: null, position: { x: 500, y: 600 } });
    const back = ok(moveNode(out, 's2', 'site1'));
    expect(byId(back, 's2')?.parentId).toBe('site1');
    expect(byId(back, 's2')?.position).toBeUndefined();
  });

  it('is all or nothing, and returns the same plan when nothing changes', () => {
    const p = twoHostPlan();
    expect(
      reason(
        moveNodes(p, [
          { id: 'v2', parentId: 'h2' },
          { id: 'c1', parentId: 'h2' },
        ]),
      ),
    ).toMatch(/container/i);
    const same = moveNodes(p, [{ id: 'v1', parentId: 'h1' }]);
    expect(same.ok && same.plan).toBe(p);
  });
});

describe('updateNode', () => {
  it('writes a valid patch and refuses an invalid one with the field and the reason', () => {
    const p = twoHostPlan();
    expect(byId(ok(updateNode(p, 'v1', { ramGiB: 32 })), 'v1')).toMatchObject({ ramGiB: 32 });
    const refused = updateNode(p, 'v1', { ramGiB: 0 });
    expect(refused).toMatchObject({
      ok: false,
      field: 'ramGiB',
      reason: 'must be a positive number',
    });
    expect(reason(updateNode(p, 'v1', { parentId: 'h2' }))).toMatch(/move the node/);
  });

  it('re-derives the hypervisor type from a new product', () => {
    expect(
      byId(ok(updateNode(twoHostPlan(), 'h1', { product: 'Oracle VirtualBox' })), 'h1'),
    ).toMatchObject({ hypervisorType: 2 });
  });
});

describe('deleteSubtrees', () => {
  it('removes the nodes, their descendants and every link touching them', () => {
    const next = ok(deleteSubtrees(twoHostPlan(), ['s2']));
    expect(next.nodes.map((n) => n.id)).not.toContain('v3');
    expect(next.nodes.map((n) => n.id)).not.toContain('h2');
    expect(next.links).toEqual([]);
    expect(ok(deleteSubtrees(twoHostPlan(), ['v1'])).nodes.map((n) => n.id)).not.toContain('c1');
  });

  it('deletes links by id', () => {
    expect(ok(deleteLinks(twoHostPlan(), ['l1'])).links).toEqual([]);
    expect(reason(deleteLinks(twoHostPlan(), ['nope']))).toMatch(/Nothing/);
  });
});

describe('links', () => {
  it('joins two workloads, from depends on to', () => {
    const next = ok(addLink(twoHostPlan(), 'c1', 'v3'));
    expect(next.links.at(-1)).toMatchObject({ from: 'c1', to: 'v3' });
    expect(next.links.at(-1)?.id).not.toBe('l1');
  });

  it('refuses a link to something that is not a workload, to itself, or twice', () => {
    const p = twoHostPlan();
    expect(reason(addLink(p, 'v2', 'h1'))).toMatch(/Hypervisor "h1" is not a workload/);
    expect(reason(addLink(p, 'v1', 'v3'))).toMatch(/VM "v1" is not a workload/);
    expect(reason(addLink(p, 'v2', 'v2'))).toMatch(/itself/);
    expect(reason(addLink(p, 'v2', 'v3'))).toMatch(/already depends/);
  });
});

describe('copy and paste', () => {
  it('pastes subtrees with new ids and names, keeping inner and outgoing links', () => {
    const p = plan([...twoHostPlan().nodes], [{ id: 'l1', from: 'c1', to: 'v3' }]);
    const clip = copySubtrees(p, ['v1', 'c1']);
    expect(clip?.rootIds).toEqual(['v1']);
    const result = pasteSubtrees(p, clip ?? { rootIds: [], nodes: [], links: [] }, {
      parentId: 'h2',
    });
    const next = ok(result);
    expect(next.nodes).toHaveLength(p.nodes.length + 3);
    const ids = new Set(p.nodes.map((n) => n.id));
    const pasted = next.nodes.slice(p.nodes.length);
    for (const n of pasted) expect(ids.has(n.id)).toBe(false);
    expect(pasted.map((n) => n.name)).toEqual(['v4', 'r2', 'c2']);
    expect(pasted[0]).toMatchObject({ kind: 'vm', parentId: 'h2' });
    expect(pasted[1]?.parentId).toBe(pasted[0]?.id);
    expect(pasted[2]?.parentId).toBe(pasted[1]?.id);
    expect(next.links.at(-1)).toMatchObject({ from: pasted[2]?.id, to: 'v3' });
    expect(new Set(next.nodes.map((n) => n.name)).size).toBe(next.nodes.length);
  });

  it('refuses a paste where the copied kind cannot go', () => {
    const p = twoHostPlan();
    const clip = copySubtrees(p, ['v2']);
    expect(clip).not.toBeNull();
    if (clip)
      expect(reason(pasteSubtrees(p, clip, { parentId: 's1' }))).toMatch(
        /cannot go inside a server/,
      );
  });

  it('duplicates beside the original, offsetting top-level positions', () => {
    const next = ok(duplicateSubtrees(twoHostPlan(), ['s3']));
    const copy = next.nodes.at(-1);
    expect(copy).toMatchObject({ kind: 'server', parentId: null, position: { x: 2040, y: 40 } });
    expect(reason(duplicateSubtrees(twoHostPlan(), ['h1']))).toMatch(/already has a hypervisor/);
  });
});

describe('plan commands', () => {
  it('updates nested settings and refuses invalid ones', () => {
    const next = ok(updateSettings(twoHostPlan(), { patchHours: { hostOs: { linux: 2 } } }));
    expect(next.settings.patchHours.hostOs.linux).toBe(2);
    expect(next.settings.patchHours.hostOs.windows).toBe(1.5);
    expect(updateSettings(twoHostPlan(), { cpuOvercommitLimit: -1 })).toMatchObject({
      ok: false,
      field: 'cpuOvercommitLimit',
    });
  });

  it('tidies up by forgetting top-level positions only', () => {
    const p = twoHostPlan();
    const next = ok(tidyTopLevel(p));
    expect(
      next.nodes.filter((n) => n.parentId === null).every((n) => n.position === undefined),
    ).toBe(true);
    expect(ok(tidyTopLevel(next))).toBe(next);
  });

  it('renames the plan but never to nothing', () => {
    expect(ok(renamePlan(twoHostPlan(), 'Rack B')).name).toBe('Rack B');
    expect(reason(renamePlan(twoHostPlan(), '  '))).toMatch(/non-empty/);
  });
});
