import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { validatePlan } from '../../validate/validatePlan';
import { buildXlsx } from '../test-support/xlsx';
import { byName, failure, file, ofKind, ok } from '../test-support/importHelpers';
import {
  rvtoolsCsv,
  vHostRows,
  VHOST_3X,
  VHOST_4X,
  vInfoRows,
  VINFO_3X,
  VINFO_4X,
  type HostFixture,
  type VmFixture,
} from '../test-support/rvtoolsFixtures';

const HOSTS: HostFixture[] = [
  {
    name: 'esx-01',
    datacenter: 'Frankfurt',
    cluster: 'prod',
    cores: 32,
    memoryMiB: 524288,
    esx: 'VMware ESXi 7.0.3 build-21930508',
  },
  {
    name: 'esx-02',
    datacenter: 'Frankfurt',
    cluster: 'prod',
    cores: 32,
    memoryMiB: 524288,
    esx: 'VMware ESXi 8.0.2 build-22380479',
  },
  { name: 'dr-01', datacenter: 'Berlin', cluster: 'dr', cores: 48, memoryMiB: 786432 },
];

const VMS: VmFixture[] = [
  {
    name: 'erp',
    host: 'esx-01',
    cpus: 8,
    memoryMiB: 32768,
    osConfig: 'Microsoft Windows Server 2019 (64-bit)',
    osTools: 'Microsoft Windows Server 2022 Datacenter',
  },
  {
    name: 'db',
    host: 'esx-02',
    cpus: 16,
    memoryMiB: 65536,
    osConfig: 'Red Hat Enterprise Linux 8 (64-bit)',
  },
  { name: 'old', host: 'esx-02', power: 'poweredOff', osConfig: 'Oracle Solaris 11 (64-bit)' },
  { name: 'gold-image', host: 'esx-01', template: true },
  { name: 'erp-placeholder', host: 'dr-01', srm: true },
  { name: 'lost', host: 'esx-99' },
  { name: 'odd', host: 'dr-01', osConfig: 'Plan 9 from Bell Labs' },
];

function workbook(
  vInfoHeader: readonly string[],
  vHostHeader: readonly string[],
  vms = VMS,
  hosts = HOSTS,
): Uint8Array {
  return buildXlsx([
    { name: 'vInfo', rows: vInfoRows(vInfoHeader, vms) },
    {
      name: 'vCPU',
      rows: [
        ['VM', 'CPUs'],
        ['erp', 8],
      ],
    },
    { name: 'vHost', rows: vHostRows(vHostHeader, hosts) },
    {
      name: 'vCluster',
      rows: [
        ['Name', 'HA enabled'],
        ['prod', true],
      ],
    },
  ]);
}

function upperHeader<T>(rows: T[][]): T[][] {
  return [
    rows[0]!.map((c) => (typeof c === 'string' ? (c.toUpperCase() as T) : c)),
    ...rows.slice(1),
  ];
}

describe('RVTools workbook', () => {
  it.each([
    ['4.x', VINFO_4X, VHOST_4X],
    ['3.x', VINFO_3X, VHOST_3X],
  ])('maps datacenters, hosts, clusters and VMs (%s headers)', async (_v, info, host) => {
    const r = await ok([file('RVTools_export_all.xlsx', workbook(info, host))]);
    expect(ofKind(r.plan, 'site').map((s) => [s.name, s.role])).toEqual([
      ['Frankfurt', 'primary'],
      ['Berlin', 'primary'],
    ]);
    const esx = byName(r.plan, 'esx-01');
    expect(esx).toMatchObject({
      kind: 'server',
      cpuCores: 32,
      ramGiB: 512,
      os: null,
      parentId: 'dc:frankfurt',
    });
    const hv = ofKind(r.plan, 'hypervisor').find((h) => h.parentId === esx.id);
    expect(hv).toMatchObject({
      product: 'VMware ESXi',
      hypervisorType: 1,
      cluster: 'prod',
      name: 'ESXi 7.0.3',
    });
    expect(byName(r.plan, 'erp')).toMatchObject({
      kind: 'vm',
      parentId: hv?.id,
      vcpu: 8,
      ramGiB: 32,
      // VMware Tools first, the configuration file second.
      os: { family: 'windows', name: 'Windows Server', version: '2022' },
    });
    expect(byName(r.plan, 'db')).toMatchObject({
      os: { family: 'linux', name: 'Red Hat Enterprise Linux', version: '8' },
    });
    expect(byName(r.plan, 'old')).toMatchObject({
      os: { family: 'unix', name: 'Oracle Solaris', version: '11' },
    });
    expect(byName(r.plan, 'odd')).toMatchObject({
      os: { family: 'other', name: 'Plan 9 from Bell Labs', version: '' },
    });
    expect(r.included).toEqual({ poweredOff: 1 });
    if (info === VINFO_4X) {
      expect(ofKind(r.plan, 'vm').map((v) => v.name)).toEqual(['erp', 'db', 'old', 'odd']);
      expect(r.skipped).toEqual({ templates: 1, srmPlaceholders: 1, missingHost: 1 });
    } else {
      // 3.x has no SRM Placeholder column: a placeholder is then an ordinary VM row.
      expect(ofKind(r.plan, 'vm').map((v) => v.name)).toEqual([
        'erp',
        'db',
        'old',
        'erp-placeholder',
        'odd',
      ]);
      expect(r.skipped).toEqual({ templates: 1, missingHost: 1 });
    }
    expect(r.warnings).toContainEqual(expect.objectContaining({
      file: 'RVTools_export_all.xlsx',
      row: 7,
      column: 'Host',
      message: 'vInfo: VM "lost" runs on host "esx-99", which is not in vHost — skipped',
    }));
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('makes the datacenters named secondary into secondary sites, case-insensitively', async () => {
    const r = await ok([file('x.xlsx', workbook(VINFO_4X, VHOST_4X))], { secondary: ['berlin'] });
    expect(byName(r.plan, 'Berlin')).toMatchObject({ kind: 'site', role: 'secondary' });
    expect(byName(r.plan, 'Frankfurt')).toMatchObject({ role: 'primary' });
  });

  it('drops powered-off VMs when asked, and counts them', async () => {
    const r = await ok([file('x.xlsx', workbook(VINFO_4X, VHOST_4X))], { skipPoweredOff: true });
    expect(ofKind(r.plan, 'vm').map((v) => v.name)).not.toContain('old');
    expect(r.skipped.poweredOff).toBe(1);
    expect(r.included).toEqual({});
  });

  it('reads sheets named in another case and columns in another order', async () => {
    const header = [...VINFO_4X].reverse();
    const bytes = buildXlsx(
      [
        { name: 'VINFO', rows: vInfoRows(header, VMS.slice(0, 2)) },
        { name: 'vhost', rows: upperHeader(vHostRows(VHOST_4X, HOSTS)) },
      ],
      { inlineStrings: true },
    );
    const r = await ok([file('x.xlsx', bytes)]);
    expect(ofKind(r.plan, 'vm')).toHaveLength(2);
  });

  it('warns about a bad value, naming file, row and column, and skips the row', async () => {
    const r = await ok([
      file(
        'x.xlsx',
        workbook(
          VINFO_4X,
          VHOST_4X,
          [
            { name: 'a', host: 'esx-01', cpus: 'four' },
            { name: 'b', host: 'esx-01', memoryMiB: 0 },
          ],
          [...HOSTS, { name: 'bad', cores: -2 }],
        ),
      ),
    ]);
    expect(r.warnings).toMatchObject([
      {
        file: 'x.xlsx',
        row: 5,
        column: '# Cores',
        message: 'vHost: host "bad": "-2" is not a positive number of cores — skipped',
      },
      {
        file: 'x.xlsx',
        row: 2,
        column: 'CPUs',
        message: 'vInfo: VM "a": "four" is not a positive number of CPUs — skipped',
      },
      {
        file: 'x.xlsx',
        row: 3,
        column: 'Memory',
        message: 'vInfo: VM "b": "0" is not a positive memory size in MiB — skipped',
      },
    ]);
    expect(r.skipped).toEqual({ invalid: 3 });
  });

  it('refuses a workbook without a vHost sheet, or a column, naming file, sheet and column', async () => {
    const noHost = buildXlsx([{ name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) }]);
    expect(await failure([file('a.xlsx', noHost)])).toBe(
      'a.xlsx: sheet vHost: the sheet is missing (export every tab from RVTools)',
    );
    const noCores = buildXlsx([
      { name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) },
      {
        name: 'vHost',
        rows: vHostRows(
          VHOST_4X.filter((c) => c !== '# Cores'),
          HOSTS,
        ),
      },
    ]);
    expect(await failure([file('b.xlsx', noCores)])).toBe(
      'b.xlsx: sheet vHost: column "# Cores" is missing',
    );
  });

  it('refuses a workbook whose sheet the reader cannot reach as damaged, naming the sheet', async () => {
    // Found by the fuzzer (seed 20306004): a relationship's type misspelt leaves read-excel-file
    // with a sheet of no rows at all.
    const parts = unzipSync(
      buildXlsx([
        { name: 'vInfo', rows: vInfoRows(VINFO_4X, VMS) },
        { name: 'vHost', rows: vHostRows(VHOST_4X, HOSTS) },
      ]),
    );
    const rels = 'xl/_rels/workbook.xml.rels';
    parts[rels] = strToU8(
      strFromU8(parts[rels] as Uint8Array).replace('relationships/worksheet"', 'relationships/workseet"'),
    );
    expect(await failure([file('typo.xlsx', zipSync(parts))])).toBe(
      'typo.xlsx: sheet vInfo: is not a readable .xlsx workbook (its XML is damaged or incomplete)',
    );
  });

  it('refuses a zip bomb before inflating, and a file that is no workbook', async () => {
    const huge = new Uint8Array(40 * 1024 * 1024); // 40 MiB of zeros deflate to a few KiB
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': huge }, { level: 1 });
    expect(await failure([file('bomb.xlsx', bomb)])).toMatch(
      /^bomb\.xlsx: the workbook says it unpacks to 40\.0 MiB from 0\.\d MiB, out of proportion/,
    );
    const notXlsx = zipSync({ 'readme.txt': strToU8('hello') });
    expect(await failure([file('c.xlsx', notXlsx)])).toMatch(
      /^c\.xlsx: is not a readable \.xlsx workbook/,
    );
  });

  it('refuses a workbook over 50 MiB', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await failure([file('big.xlsx', big)])).toBe(
      'big.xlsx: the file is 50.0 MiB; Strata imports files up to 50.0 MiB',
    );
  });
});

describe('RVTools CSV tabs', () => {
  it.each([
    ['comma, UTF-8', { delimiter: ',' as const }],
    ['semicolon, BOM, CRLF', { delimiter: ';' as const, bom: true, crlf: true }],
    ['semicolon, LF', { delimiter: ';' as const, crlf: false }],
  ])('reads vInfo + vHost (%s)', async (_label, options) => {
    const r = await ok([
      file('RVTools_tabvInfo.csv', rvtoolsCsv(vInfoRows(VINFO_4X, VMS), options)),
      file('RVTools_tabvHost.csv', rvtoolsCsv(vHostRows(VHOST_4X, HOSTS), options)),
    ]);
    expect(r.formats).toEqual(['rvtools']);
    expect(ofKind(r.plan, 'server')).toHaveLength(3);
    expect(ofKind(r.plan, 'vm').map((v) => v.name)).toEqual(['erp', 'db', 'old', 'odd']);
    expect(r.plan.name).toBe('RVTools');
  });

  it('reads localized numbers (16.384, 1 024, 1,5)', async () => {
    const r = await ok([
      file(
        'RVTools_tabvInfo.csv',
        rvtoolsCsv(
          vInfoRows(VINFO_4X, [
            { name: 'a', host: 'h', cpus: '4', memoryMiB: '16.384' },
            { name: 'b', host: 'h', cpus: '2', memoryMiB: '1536,0' },
          ]),
          { delimiter: ';' },
        ),
      ),
      file(
        'RVTools_tabvHost.csv',
        rvtoolsCsv(vHostRows(VHOST_4X, [{ name: 'h', cores: '64', memoryMiB: '1 048 576' }]), {
          delimiter: ';',
        }),
      ),
    ]);
    expect(byName(r.plan, 'a')).toMatchObject({ ramGiB: 16 });
    expect(byName(r.plan, 'b')).toMatchObject({ ramGiB: 1.5 });
    expect(byName(r.plan, 'h')).toMatchObject({ ramGiB: 1024, cpuCores: 64 });
  });

  it('needs both tabs', async () => {
    expect(
      await failure([file('RVTools_tabvInfo.csv', rvtoolsCsv(vInfoRows(VINFO_4X, VMS)))]),
    ).toBe(
      'RVTools_tabvInfo.csv: an RVTools vInfo tab needs its vHost tab: give RVTools_tabvHost.csv as another FILE',
    );
  });

  it('names a missing column of a tab', async () => {
    const message = await failure([
      file(
        'RVTools_tabvInfo.csv',
        rvtoolsCsv(
          vInfoRows(
            VINFO_4X.filter((c) => c !== 'CPUs'),
            VMS,
          ),
        ),
      ),
      file('RVTools_tabvHost.csv', rvtoolsCsv(vHostRows(VHOST_4X, HOSTS))),
    ]);
    expect(message).toBe('RVTools_tabvInfo.csv: column "CPUs" is missing');
  });
});
