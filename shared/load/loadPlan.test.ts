import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Plan } from '../model/plan';
import { loadPlan } from './loadPlan';

function plan(doc: Record<string, unknown>): Plan {
  const result = loadPlan({ format: 'strata-plan', version: 1, ...doc });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

function refusal(input: unknown): string {
  const result = loadPlan(input);
  if (result.ok) throw new Error('loaded; expected a refusal');
  return result.error.message;
}

describe('loadPlan: defaults', () => {
  it('fills every field of every kind from SPEC §2', () => {
    const p = plan({
      nodes: [
        { id: 'site', kind: 'site' },
        { id: 's', kind: 'server', parentId: 'site' },
        { id: 'h', kind: 'hypervisor', parentId: 's' },
        { id: 'v', kind: 'vm', parentId: 'h' },
        { id: 'r', kind: 'runtime', parentId: 'v' },
        { id: 'c', kind: 'container', parentId: 'r' },
      ],
    });
    expect(p.name).toBe('Untitled plan');
    expect(p.settings).toEqual(DEFAULT_SETTINGS);
    expect(p.links).toEqual([]);
    expect(p.view).toBeUndefined();
    expect(p.nodes).toStrictEqual([
      { id: 'site', kind: 'site', parentId: null, name: 'Site 1', role: 'primary' },
      {
        id: 's',
        kind: 'server',
        parentId: 'site',
        name: 'Server 1',
        cpuCores: 32,
        ramGiB: 256,
        os: null,
        workload: null,
        service: null,
      },
      {
        id: 'h',
        kind: 'hypervisor',
        parentId: 's',
        name: 'Hypervisor 1',
        product: 'VMware ESXi',
        hypervisorType: 1,
        cluster: null,
        reservedCpuCores: 0,
        reservedRamGiB: 0,
      },
      {
        id: 'v',
        kind: 'vm',
        parentId: 'h',
        name: 'VM 1',
        vcpu: 2,
        ramGiB: 8,
        os: { family: 'linux', name: 'Ubuntu', version: '24.04' },
        workload: null,
        service: null,
      },
      {
        id: 'r',
        kind: 'runtime',
        parentId: 'v',
        name: 'Runtime 1',
        engine: 'Docker',
        isolation: 'shared-kernel',
      },
      {
        id: 'c',
        kind: 'container',
        parentId: 'r',
        name: 'Container 1',
        image: '',
        cpu: 0.5,
        ramGiB: 0.5,
        osFamily: 'linux',
        workload: null,
        service: null,
      },
    ]);
  });

  it('names unnamed nodes by kind and their number among nodes of that kind, in file order', () => {
    const p = plan({
      nodes: [
        { id: 'a', kind: 'server' },
        { id: 'b', kind: 'server', name: 'esx-02' },
        { id: 'c', kind: 'site' },
        { id: 'd', kind: 'server' },
        { id: 'e', kind: 'server', name: '' },
      ],
    });
    expect(p.nodes.map((n) => n.name)).toEqual(['Server 1', 'esx-02', 'Site 1', 'Server 3', '']);
  });

  it('derives hypervisor type from the product and isolation from the engine', () => {
    const p = plan({
      nodes: [
        { id: 's', kind: 'server', os: { family: 'linux' } },
        { id: 'h1', kind: 'hypervisor', parentId: 's', product: 'Oracle VirtualBox' },
        {
          id: 'h2',
          kind: 'hypervisor',
          parentId: 's',
          product: 'Oracle VirtualBox',
          hypervisorType: 1,
        },
        { id: 'r1', kind: 'runtime', parentId: 's', engine: 'Kata Containers' },
        {
          id: 'r2',
          kind: 'runtime',
          parentId: 's',
          engine: 'Hyper-V Containers',
          isolation: 'shared-kernel',
        },
      ],
    });
    const field = (id: string, key: string) =>
      (p.nodes.find((n) => n.id === id) as unknown as Record<string, unknown>)[key];
    expect(field('h1', 'hypervisorType')).toBe(2);
    expect(field('h2', 'hypervisorType')).toBe(1);
    expect(field('r1', 'isolation')).toBe('vm');
    expect(field('r2', 'isolation')).toBe('shared-kernel');
    expect(field('s', 'os')).toEqual({ family: 'linux', name: 'Linux', version: '' });
  });

  it('merges partial settings, nested ones too, over the defaults', () => {
    const p = plan({
      nodes: [],
      settings: { cpuOvercommitLimit: 8, patchHours: { hostOs: { linux: 2 }, image: 0 } },
    });
    expect(p.settings).toEqual({
      ...DEFAULT_SETTINGS,
      cpuOvercommitLimit: 8,
      patchHours: {
        ...DEFAULT_SETTINGS.patchHours,
        hostOs: { ...DEFAULT_SETTINGS.patchHours.hostOs, linux: 2 },
        image: 0,
      },
    });
    expect(DEFAULT_SETTINGS.patchHours.hostOs.linux).toBe(1);
  });

  it('keeps position, size, notes and view when given; fills missing view keys', () => {
    const p = plan({
      nodes: [
        {
          id: 'a',
          kind: 'site',
          position: { x: -5, y: 2.5 },
          size: { width: 300, height: 200 },
          notes: 'DC1',
        },
      ],
      view: { zoom: 2 },
    });
    expect(p.nodes[0]).toMatchObject({
      position: { x: -5, y: 2.5 },
      size: { width: 300, height: 200 },
      notes: 'DC1',
    });
    expect(p.view).toEqual({ x: 0, y: 0, zoom: 2 });
  });
});

describe('loadPlan: what it ignores and tolerates', () => {
  it('ignores unknown keys everywhere', () => {
    const p = plan({
      generator: 'other tool',
      settings: { colour: 'red', patchHours: { hostOs: { solaris: 3 }, extra: 1 } },
      nodes: [
        {
          id: 'a',
          kind: 'vm',
          parentId: null,
          rack: 7,
          os: { family: 'bsd', name: 'FreeBSD', version: '14', arch: 'arm' },
        },
      ],
      links: [{ id: 'l', from: 'a', to: 'a', weight: 3 }],
      view: { x: 1, y: 2, zoom: 1, rotation: 4 },
    });
    expect(p).not.toHaveProperty('generator');
    expect(p.settings).toEqual(DEFAULT_SETTINGS);
    expect(p.nodes[0]).not.toHaveProperty('rack');
    expect(p.nodes[0]).toHaveProperty('os', { family: 'bsd', name: 'FreeBSD', version: '14' });
    expect(p.links).toStrictEqual([{ id: 'l', from: 'a', to: 'a' }]);
    expect(p.view).toStrictEqual({ x: 1, y: 2, zoom: 1 });
  });

  it('loads a plan that breaks the placement rules: those are issues, not load errors', () => {
    const p = plan({
      nodes: [
        { id: 'c', kind: 'container' },
        { id: 'v', kind: 'vm', parentId: 'c' },
        { id: 's', kind: 'server', parentId: 'v' },
        { id: 'h1', kind: 'hypervisor', parentId: 's' },
        { id: 'h2', kind: 'hypervisor', parentId: 's' },
      ],
      links: [{ id: 'self', from: 'v', to: 'v' }],
    });
    expect(p.nodes).toHaveLength(5);
  });

  it('accepts text with a byte-order mark, and a parsed value, alike', () => {
    const doc = {
      format: 'strata-plan',
      version: 1,
      name: 'P',
      nodes: [{ id: 'a', kind: 'site' }],
    };
    const fromText = loadPlan(`\uFEFF${JSON.stringify(doc)}`);
    expect(fromText).toEqual(loadPlan(doc));
    expect(fromText.ok).toBe(true);
  });

  it('does not share objects with its input', () => {
    const os = { family: 'linux', name: 'Debian', version: '12' };
    const input = {
      format: 'strata-plan',
      version: 1,
      nodes: [{ id: 'v', kind: 'vm', os, position: { x: 1, y: 1 } }],
    };
    const p = plan(input);
    os.name = 'changed';
    expect(p.nodes[0]).toHaveProperty('os.name', 'Debian');
  });

  it('turns -0 into 0 so that a reloaded plan is identical', () => {
    const p = loadPlan(
      '{"format":"strata-plan","version":1,"nodes":[{"id":"a","kind":"site","position":{"x":-0,"y":0}}]}',
    );
    expect(p.ok && Object.is(p.plan.nodes[0]?.position?.x, 0)).toBe(true);
  });
});

describe('loadPlan: refusals without a fixture', () => {
  it('refuses more than 100,000 nodes and more than 200,000 links', () => {
    const base = { format: 'strata-plan', version: 1 };
    expect(refusal({ ...base, nodes: new Array(100_001).fill(null) })).toBe(
      'nodes: holds 100,001 nodes; Strata opens at most 100,000',
    );
    expect(refusal({ ...base, nodes: [], links: new Array(200_001).fill(null) })).toBe(
      'links: holds 200,001 links; Strata opens at most 200,000',
    );
  });

  it('refuses text over 50 MiB counted in UTF-8 bytes', () => {
    const limit = 50 * 1024 * 1024;
    expect(refusal(' '.repeat(limit + 1))).toBe('file: is over 50 MiB, the most Strata opens');
    // 17.5 M characters, but 52.5 MB once encoded: over the limit.
    expect(refusal('é'.repeat(Math.ceil(limit / 2) + 1))).toBe(
      'file: is over 50 MiB, the most Strata opens',
    );
    // Exactly at the limit is fine as far as size goes (it is not JSON, though).
    expect(refusal(' '.repeat(limit - 1) + 'x')).toMatch(/^file: not valid JSON/);
  });

  it('names the failing field of a node, kind first', () => {
    const doc = (node: Record<string, unknown>) => ({
      format: 'strata-plan',
      version: 1,
      nodes: [node],
    });
    expect(refusal(doc({ id: 'a' }))).toBe(
      'nodes[0].kind: is missing; expected one of site, server, hypervisor, vm, runtime, container',
    );
    expect(refusal(doc({ id: 'a', kind: 3 }))).toBe(
      'nodes[0].kind: must be a string; expected one of site, server, hypervisor, vm, runtime, container',
    );
    expect(refusal(doc({ id: '', kind: 'site' }))).toBe('nodes[0].id: must be a non-empty string');
    expect(refusal(doc({ id: 'a', kind: 'site', role: 'tertiary' }))).toBe(
      'nodes[0].role: must be "primary" or "secondary"',
    );
    expect(refusal(doc({ id: 'a', kind: 'server', os: 'linux' }))).toBe(
      'nodes[0].os: must be an object { family, name, version } or null',
    );
    expect(refusal(doc({ id: 'a', kind: 'vm', os: null }))).toBe(
      'nodes[0].os: must be an object { family, name, version }',
    );
    expect(refusal(doc({ id: 'a', kind: 'hypervisor', reservedRamGiB: -1 }))).toBe(
      'nodes[0].reservedRamGiB: must be a non-negative number',
    );
    expect(refusal(doc({ id: 'a', kind: 'container', osFamily: 'bsd' }))).toBe(
      'nodes[0].osFamily: must be "linux" or "windows"',
    );
    expect(refusal(doc({ id: 'a', kind: 'runtime', isolation: 'none' }))).toBe(
      'nodes[0].isolation: must be "shared-kernel" or "vm"',
    );
    expect(refusal(doc({ id: 'a', kind: 'container', workload: 5 }))).toBe(
      'nodes[0].workload: must be a string or null',
    );
    expect(refusal(doc({ id: 'a', kind: 'site', size: { width: 0, height: 1 } }))).toBe(
      'nodes[0].size.width: must be a positive number',
    );
    expect(refusal(doc({ id: 'a', kind: 'site', notes: null }))).toBe(
      'nodes[0].notes: must be a string',
    );
  });

  it('names a parent cycle from its first member in the file, even a node that is its own parent', () => {
    const doc = (nodes: unknown[]) => ({ format: 'strata-plan', version: 1, nodes });
    expect(refusal(doc([{ id: 'x', kind: 'site', parentId: 'x' }]))).toBe(
      'nodes[0].parentId: parents form a cycle: x → x',
    );
    expect(
      refusal(
        doc([
          { id: 'top', kind: 'site' },
          { id: 'q', kind: 'vm', parentId: 'p' },
          { id: 'leaf', kind: 'vm', parentId: 'r' },
          { id: 'p', kind: 'vm', parentId: 'r' },
          { id: 'r', kind: 'vm', parentId: 'q' },
        ]),
      ),
    ).toBe('nodes[1].parentId: parents form a cycle: q → p → r → q');
  });

  it('shortens a long cycle', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => ({
      id: `n${i}`,
      kind: 'vm',
      parentId: `n${(i + 1) % 50}`,
    }));
    expect(refusal({ format: 'strata-plan', version: 1, nodes })).toBe(
      'nodes[0].parentId: parents form a cycle: n0 → n1 → n2 → n3 → n4 → n5 → n6 → n7 → n8 → … → n0 (50 nodes)',
    );
  });

  it('refuses links with a missing or non-string end', () => {
    const doc = (links: unknown[]) => ({
      format: 'strata-plan',
      version: 1,
      nodes: [{ id: 'a', kind: 'site' }],
      links,
    });
    expect(refusal(doc([{ id: 'l', to: 'a' }]))).toBe('links[0].from: is missing');
    expect(refusal(doc([{ id: 'l', from: 'a', to: 1 }]))).toBe(
      'links[0].to: must be a string (a node id)',
    );
    expect(refusal(doc([{ from: 'a', to: 'a' }]))).toBe('links[0].id: is missing');
    expect(refusal(doc(['l']))).toBe('links[0]: must be an object { id, from, to }');
  });

  it('never throws, even for input that throws when read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(refusal(hostile)).toBe('file: could not be read (boom)');
    expect(refusal(undefined)).toBe('file: must be a JSON object with "format": "strata-plan"');
    expect(refusal('')).toMatch(/^file: not valid JSON \(/);
  });
});
