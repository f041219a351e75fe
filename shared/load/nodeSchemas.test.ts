import { describe, expect, it } from 'vitest';
import { makeNode } from '../model/defaults';
import { DEFAULT_SETTINGS } from '../model/settings';
import { checkNodePatch, checkSettingsPatch } from './nodeSchemas';

const vm = makeNode('vm', {
  id: 'v1',
  parentId: 'h1',
  name: 'app-01',
  position: { x: 10, y: 20 },
  notes: 'old',
});
const hypervisor = makeNode('hypervisor', { id: 'h1', parentId: 's1', product: 'KVM' });
const runtime = makeNode('runtime', { id: 'r1', parentId: 's1' });

describe('checkNodePatch', () => {
  it('refuses numbers outside their bounds, saying the bound', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ vcpu: 769 }, 'vcpu', 'must be at most 768'],
      [{ vcpu: 0.0001 }, 'vcpu', 'must be at least 0.001'],
      [{ ramGiB: 1e308 }, 'ramGiB', 'must be at most 65,536'],
      [{ position: { x: 1e8, y: 0 } }, 'position.x', 'must be at most 10,000,000'],
    ];
    for (const [patch, field, reason] of cases) {
      expect(checkNodePatch(vm, patch)).toEqual({ ok: false, field, reason });
    }
    expect(checkNodePatch(vm, { vcpu: 768, ramGiB: 65_536 }).ok).toBe(true);
    expect(checkSettingsPatch(DEFAULT_SETTINGS, { patchCyclesPerYear: 366 })).toEqual({
      ok: false,
      field: 'patchCyclesPerYear',
      reason: 'must be at most 365',
    });
  });

  it('applies a valid patch and returns the whole node', () => {
    const result = checkNodePatch(vm, { ramGiB: 32, service: 'erp' });
    expect(result).toEqual({ ok: true, node: { ...vm, ramGiB: 32, service: 'erp' } });
  });

  it('names the first failing field and the reason', () => {
    expect(checkNodePatch(vm, { ramGiB: -4 })).toEqual({
      ok: false,
      field: 'ramGiB',
      reason: 'must be a positive number',
    });
    expect(checkNodePatch(vm, { vcpu: '4' })).toEqual({
      ok: false,
      field: 'vcpu',
      reason: 'must be a positive number',
    });
    expect(checkNodePatch(vm, { workload: 3 })).toEqual({
      ok: false,
      field: 'workload',
      reason: 'must be a string or null',
    });
    expect(checkNodePatch(vm, { os: { family: 'amiga' } })).toEqual({
      ok: false,
      field: 'os.family',
      reason: 'must be one of linux, windows, unix, bsd, other',
    });
    expect(checkNodePatch(vm, { position: { x: 1, y: Number.NaN } })).toEqual({
      ok: false,
      field: 'position.y',
      reason: 'must be a finite number',
    });
    expect(checkNodePatch(hypervisor, { hypervisorType: 3 })).toEqual({
      ok: false,
      field: 'hypervisorType',
      reason: 'must be 1 or 2',
    });
    expect(checkNodePatch(vm, { name: 7 })).toEqual({
      ok: false,
      field: 'name',
      reason: 'must be a string',
    });
    expect(checkNodePatch(vm, { parentId: 7 })).toEqual({
      ok: false,
      field: 'parentId',
      reason: 'must be a string or null',
    });
  });

  it('refuses to change id or kind', () => {
    expect(checkNodePatch(vm, { id: 'v2' })).toEqual({
      ok: false,
      field: 'id',
      reason: 'cannot be changed',
    });
    expect(checkNodePatch(vm, { kind: 'container' })).toEqual({
      ok: false,
      field: 'kind',
      reason: 'cannot be changed',
    });
    expect(checkNodePatch(vm, { id: 'v1', kind: 'vm' }).ok).toBe(true);
  });

  it('fills an OS name from its family', () => {
    const result = checkNodePatch(vm, { os: { family: 'windows', version: '2022' } });
    expect(result.ok && result.node).toHaveProperty('os', {
      family: 'windows',
      name: 'Windows',
      version: '2022',
    });
  });

  it('re-derives the hypervisor type when the product changes, unless the patch sets it', () => {
    const toVirtualBox = checkNodePatch(hypervisor, { product: 'Oracle VirtualBox' });
    expect(toVirtualBox.ok && toVirtualBox.node).toHaveProperty('hypervisorType', 2);
    const explicit = checkNodePatch(hypervisor, {
      product: 'Oracle VirtualBox',
      hypervisorType: 1,
    });
    expect(explicit.ok && explicit.node).toHaveProperty('hypervisorType', 1);
    const custom = { ...hypervisor, hypervisorType: 2 as const };
    const sameProduct = checkNodePatch(custom, { product: 'KVM', cluster: 'prod' });
    expect(sameProduct.ok && sameProduct.node).toHaveProperty('hypervisorType', 2);
  });

  it('re-derives isolation when the engine changes, unless the patch sets it', () => {
    const kata = checkNodePatch(runtime, { engine: 'Kata Containers' });
    expect(kata.ok && kata.node).toHaveProperty('isolation', 'vm');
    const back = kata.ok ? checkNodePatch(kata.node, { engine: 'Docker' }) : kata;
    expect(back.ok && back.node).toHaveProperty('isolation', 'shared-kernel');
    const explicit = checkNodePatch(runtime, {
      engine: 'Kata Containers',
      isolation: 'shared-kernel',
    });
    expect(explicit.ok && explicit.node).toHaveProperty('isolation', 'shared-kernel');
  });

  it('removes optional fields and restores defaults for patch values of undefined', () => {
    const result = checkNodePatch(
      { ...vm, vcpu: 16 },
      { position: undefined, notes: undefined, vcpu: undefined },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.node).not.toHaveProperty('position');
    expect(result.node).not.toHaveProperty('notes');
    expect(result.node).toHaveProperty('vcpu', 2);
  });

  it('ignores keys the kind does not have', () => {
    const result = checkNodePatch(vm, { product: 'KVM' });
    expect(result).toEqual({ ok: true, node: vm });
  });
});

describe('checkSettingsPatch', () => {
  it('applies a nested patch and keeps the rest', () => {
    const result = checkSettingsPatch(DEFAULT_SETTINGS, { patchHours: { hostOs: { linux: 2 } } });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        patchHours: {
          ...DEFAULT_SETTINGS.patchHours,
          hostOs: { ...DEFAULT_SETTINGS.patchHours.hostOs, linux: 2 },
        },
      },
    });
  });

  it('names the failing field by its path', () => {
    expect(checkSettingsPatch(DEFAULT_SETTINGS, { cpuOvercommitLimit: 0 })).toEqual({
      ok: false,
      field: 'cpuOvercommitLimit',
      reason: 'must be a positive number',
    });
    expect(
      checkSettingsPatch(DEFAULT_SETTINGS, { patchHours: { guestOs: { windows: -1 } } }),
    ).toEqual({
      ok: false,
      field: 'patchHours.guestOs.windows',
      reason: 'must be a non-negative number',
    });
    expect(checkSettingsPatch(DEFAULT_SETTINGS, { patchHours: 3 })).toEqual({
      ok: false,
      field: 'patchHours',
      reason: 'must be an object',
    });
    expect(checkSettingsPatch(DEFAULT_SETTINGS, 'x')).toEqual({
      ok: false,
      field: 'settings',
      reason: 'must be an object',
    });
  });

  it('allows zero patch cycles and zero hours', () => {
    const result = checkSettingsPatch(DEFAULT_SETTINGS, {
      patchCyclesPerYear: 0,
      patchHours: { runtime: 0 },
    });
    expect(result.ok && result.settings.patchCyclesPerYear).toBe(0);
  });
});
