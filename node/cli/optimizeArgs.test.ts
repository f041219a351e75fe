import { describe, expect, it } from 'vitest';
import { parseOptimizeArgs } from './optimizeArgs';

const base = ['plan.strata', '--host-cores', '32', '--host-ram-gib', '512', '-o', 'out.strata'];

describe('parseOptimizeArgs', () => {
  it('reads every option, with the defaults of the issue', () => {
    expect(parseOptimizeArgs(base)).toEqual({
      ok: true,
      args: {
        file: 'plan.strata',
        scenario: undefined,
        out: 'out.strata',
        json: false,
        options: {
          scope: [],
          host: { cpuCores: 32, ramGiB: 512, product: 'VMware ESXi', hostOs: null },
          ha: 1,
          headroom: 1,
          p2v: false,
          p2vSize: 1,
        },
      },
    });
    const all = parseOptimizeArgs([
      ...base,
      '--scenario',
      '2',
      '--hypervisor',
      'KVM',
      '--ha',
      '2',
      '--headroom',
      '0.8',
      '--scope',
      'site:dc1',
      '--scope',
      'cluster:prod',
      '--p2v',
      '--p2v-size',
      '0.5',
      '--json',
    ]);
    expect(all.ok && all.args).toMatchObject({
      scenario: '2',
      json: true,
      options: {
        scope: [
          { kind: 'site', id: 'dc1' },
          { kind: 'cluster', name: 'prod' },
        ],
        host: { product: 'KVM' },
        ha: 2,
        headroom: 0.8,
        p2v: true,
        p2vSize: 0.5,
      },
    });
  });

  it('says what is wrong with a command line', () => {
    const message = (argv: string[]): string => {
      const parsed = parseOptimizeArgs(argv);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message(base.slice(1))).toBe('strata optimize needs FILE');
    expect(message([...base, 'more.strata'])).toBe(
      'strata optimize takes one FILE; unexpected "more.strata"',
    );
    expect(message(base.slice(0, 5))).toBe('strata optimize needs -o OUT.strata');
    expect(message(['plan.strata', '--host-ram-gib', '8', '-o', 'x'])).toBe(
      'strata optimize needs --host-cores N',
    );
    expect(message([...base, '--ha'])).toBe('--ha needs a value');
    expect(message([...base, '--ha', 'one'])).toBe('--ha: "one" is not a number');
    expect(message([...base, '--scope', 'rack:1'])).toBe(
      '--scope: "rack:1" is not site:ID or cluster:NAME',
    );
    expect(message([...base, '--p2v-size', '0.5'])).toBe('--p2v-size needs --p2v');
    expect(message([...base, '--frobnicate'])).toBe('unknown option --frobnicate');
    expect(message([...base, '--ha', '1', '--ha', '2'])).toBe('--ha is given twice');
    expect(message([...base, '--json=yes'])).toBe('unknown option --json=yes');
    const inline = parseOptimizeArgs([...base, '--ha=2', '--scope=site:a']);
    expect(inline.ok && inline.args.options).toMatchObject({
      ha: 2,
      scope: [{ kind: 'site', id: 'a' }],
    });
  });
});
