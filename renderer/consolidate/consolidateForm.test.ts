import { describe, expect, it } from 'vitest';
import { langOf } from '../../shared/i18n/lang';
import { newScenario } from '../../shared/optimize/scenarioName';
import { singleScenarioSet } from '../../shared/model/scenarios';
import { hypervisor, plan, server, site, vm } from '../../shared/test-support/planBuilder';
import { DEFAULT_FORM, parseForm, scopeChoices, type ConsolidateForm } from './consolidateForm';

const estate = plan([
  site('fra'),
  site('ber', { role: 'secondary', name: 'Berlin' }),
  server('s1', 'fra'),
  hypervisor('h1', 's1', { cluster: 'prod' }),
  server('s2', 'fra'),
  hypervisor('h2', 's2', { cluster: 'prod' }),
  server('s3', 'ber'),
  hypervisor('h3', 's3', { cluster: 'dr' }),
  vm('v1', 'h1'),
]);
const choices = scopeChoices(estate);
const form = (patch: Partial<ConsolidateForm>): ConsolidateForm => ({ ...DEFAULT_FORM, ...patch });

function options(patch: Partial<ConsolidateForm>, locale = 'en-US') {
  const parsed = parseForm(form(patch), choices, locale);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed;
}

function errors(patch: Partial<ConsolidateForm>, locale = 'en-US') {
  const parsed = parseForm(form(patch), choices, locale);
  if (parsed.ok) throw new Error('accepted');
  return parsed.errors;
}

describe('the Consolidate dialog’s settings', () => {
  it('offers the plan’s sites (DR marked) and clusters with their host counts', () => {
    expect(choices.sites).toEqual([
      { id: 'fra', name: 'fra', secondary: false },
      { id: 'ber', name: 'Berlin', secondary: true },
    ]);
    expect(choices.clusters).toEqual([
      { name: 'dr', hosts: 1 },
      { name: 'prod', hosts: 2 },
    ]);
  });

  it('reads the defaults as the 2 × 32 cores / 1 TiB preset, N+1, the whole plan', () => {
    const parsed = options({});
    expect(parsed.options).toEqual({
      scope: [],
      host: { cpuCores: 64, ramGiB: 1024, product: 'VMware ESXi', hostOs: null },
      ha: 1,
      headroom: 1,
      p2v: false,
      p2vSize: 1,
    });
    expect(parsed.hostLabel).toBe('2 × 32 cores / 1 TiB');
    expect(options({ host: '2x16' }).options.host).toMatchObject({ cpuCores: 32, ramGiB: 512 });
  });

  it('reads a custom host, percentages and P2V in the person’s locale', () => {
    const parsed = options(
      {
        host: 'custom',
        cores: '48',
        ramGiB: '1.536 GiB',
        headroom: '87,5 %',
        p2v: true,
        p2vSize: '50',
        ha: '2',
      },
      'de-DE',
    );
    expect(parsed.hostLabel).toBeUndefined();
    expect(parsed.options).toMatchObject({
      host: { cpuCores: 48, ramGiB: 1536 },
      ha: 2,
      headroom: 0.875,
      p2v: true,
      p2vSize: 0.5,
    });
  });

  it('turns a site or clusters into the optimizer’s scope', () => {
    expect(options({ scope: 'site', site: 'ber' }).options.scope).toEqual([
      { kind: 'site', id: 'ber' },
    ]);
    expect(options({ scope: 'clusters', clusters: ['prod', 'dr'] }).options.scope).toEqual([
      { kind: 'cluster', name: 'prod' },
      { kind: 'cluster', name: 'dr' },
    ]);
  });

  it('says what is wrong with each field, by name', () => {
    expect(errors({ scope: 'site', site: '' })).toEqual({ site: 'Site: choose one' });
    expect(errors({ scope: 'clusters', clusters: [] })).toEqual({
      clusters: 'Clusters: choose at least one',
    });
    expect(
      errors({
        host: 'custom',
        cores: '2.5',
        ramGiB: 'lots',
        ha: '-1',
        headroom: '120',
        p2v: true,
        p2vSize: '0',
      }),
    ).toEqual({
      cores: 'Cores: enter a whole number, 1 or more',
      ramGiB: 'RAM: lots: not a number',
      ha: 'HA N+k: enter a whole number, 0 or more',
      headroom: 'Headroom: enter a percentage above 0 and at most 100',
      p2vSize: 'P2V size: enter a percentage above 0 and at most 100',
    });
    expect(errors({ ha: '' })).toEqual({ ha: 'HA N+k: enter a number' });
    expect(errors({ host: 'custom', cores: '1,5' }, 'en-US').cores).toBe(
      'Cores: 1,5: use a point for decimals',
    );
    expect(errors({ product: 'Oracle VirtualBox' })).toEqual({
      product: 'Hypervisor: choose a bare-metal product',
    });
    // A P2V size is not read while P2V is off.
    expect(parseForm(form({ p2vSize: 'x' }), choices, 'en-US').ok).toBe(true);
  });

  it('says it in the editor’s language, and reads the unit typed in either language', () => {
    const zh = langOf('zh-CN');
    const parsed = parseForm(form({ host: 'custom', cores: '2.5', ha: '', headroom: '120' }), choices, 'en-US', zh);
    expect(parsed.ok ? null : parsed.errors).toEqual({
      cores: '核数：请输入不小于 1 的整数',
      ha: '高可用 N+k：请输入数字',
      headroom: '余量：请输入大于 0 且不超过 100 的百分比',
    });
    const units = parseForm(form({ host: 'custom', cores: '16 核', ramGiB: '64 GiB' }), choices, 'en-US', zh);
    expect(units.ok && units.options.host).toMatchObject({ cpuCores: 16, ramGiB: 64 });
    expect(parseForm(form({ host: 'custom', cores: '16 cores' }), choices, 'en-US', zh).ok).toBe(true);
  });

  it('names the new scenario after its settings, never as one that exists', () => {
    const parsed = options({ p2v: true, p2vSize: '50' });
    const first = newScenario(
      singleScenarioSet(estate).scenarios,
      parsed.options,
      estate,
      parsed.hostLabel,
    );
    expect(first).toMatchObject({
      id: 'consolidated',
      name: 'Consolidated: 2 × 32 cores / 1 TiB VMware ESXi, N+1, P2V 50 %',
    });
    const again = newScenario(
      [...singleScenarioSet(estate).scenarios, first],
      parsed.options,
      estate,
      parsed.hostLabel,
    );
    expect(again).toMatchObject({
      id: 'consolidated-2',
      name: 'Consolidated: 2 × 32 cores / 1 TiB VMware ESXi, N+1, P2V 50 % (2)',
    });
    const custom = options({
      host: 'custom',
      cores: '48',
      ramGiB: '768',
      ha: '0',
      headroom: '80',
      scope: 'site',
      site: 'fra',
    });
    expect(newScenario([], custom.options, estate, custom.hostLabel).name).toBe(
      'Consolidated: 48 cores / 768 GiB VMware ESXi, N+0, headroom 80 %, site:fra',
    );
  });
});
