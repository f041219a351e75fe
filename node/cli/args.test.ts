import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads the three commands with their operands and --json anywhere', () => {
    expect(parseArgs(['report', 'a.strata'])).toEqual({
      ok: true,
      command: { kind: 'report', file: 'a.strata', json: false },
    });
    expect(parseArgs(['report', '--json', 'a.strata'])).toEqual({
      ok: true,
      command: { kind: 'report', file: 'a.strata', json: true },
    });
    expect(parseArgs(['validate', 'a.strata', '--json'])).toEqual({
      ok: true,
      command: { kind: 'validate', file: 'a.strata', json: true },
    });
    expect(parseArgs(['fail', 'a.strata', 'esx-01'])).toEqual({
      ok: true,
      command: { kind: 'fail', file: 'a.strata', nodeId: 'esx-01', json: false },
    });
  });

  it('answers help and version however they are asked', () => {
    for (const argv of [
      ['--help'],
      ['-h'],
      ['help'],
      ['help', 'report'],
      ['report', 'a.strata', '--help'],
    ]) {
      expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: 'help' } });
    }
    expect(parseArgs(['--version'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it('takes a node id that starts with a dash after --', () => {
    expect(parseArgs(['fail', 'a.strata', '--', '-odd'])).toEqual({
      ok: true,
      command: { kind: 'fail', file: 'a.strata', nodeId: '-odd', json: false },
    });
  });

  it('refuses what is not a command line of the spec, saying why', () => {
    expect(parseArgs([])).toMatchObject({ ok: false, message: 'a command is required' });
    expect(parseArgs(['explode', 'a'])).toMatchObject({
      ok: false,
      message: 'unknown command "explode"',
    });
    expect(parseArgs(['report'])).toMatchObject({ ok: false, message: 'strata report needs FILE' });
    expect(parseArgs(['fail', 'a.strata'])).toMatchObject({
      ok: false,
      message: 'strata fail needs NODE_ID',
    });
    expect(parseArgs(['fail'])).toMatchObject({
      ok: false,
      message: 'strata fail needs FILE and NODE_ID',
    });
    expect(parseArgs(['validate', 'a', 'b'])).toMatchObject({
      ok: false,
      message: 'strata validate takes FILE only; unexpected "b"',
    });
    expect(parseArgs(['report', 'a', '--yaml'])).toMatchObject({
      ok: false,
      message: 'unknown option --yaml',
    });
  });
});

describe('parseArgs: scenarios, diff and check', () => {
  it('reads --scenario as NAME or NAME=, on report, validate, fail and check', () => {
    expect(parseArgs(['report', 'a.strata', '--scenario', 'To be'])).toEqual({
      ok: true,
      command: { kind: 'report', file: 'a.strata', json: false, scenario: 'To be' },
    });
    expect(parseArgs(['fail', '--scenario=2', 'a.strata', 'v1'])).toEqual({
      ok: true,
      command: { kind: 'fail', file: 'a.strata', nodeId: 'v1', json: false, scenario: '2' },
    });
    expect(parseArgs(['check', 'a.strata', '--policy', 'p.json', '--json'])).toEqual({
      ok: true,
      command: { kind: 'check', file: 'a.strata', policy: 'p.json', json: true },
    });
  });

  it('reads diff with one or two files and --from / --to', () => {
    expect(parseArgs(['diff', 'a.strata'])).toEqual({
      ok: true,
      command: { kind: 'diff', files: ['a.strata'], json: false },
    });
    expect(parseArgs(['diff', 'a.strata', 'b.strata', '--from', '1', '--to=As is'])).toEqual({
      ok: true,
      command: {
        kind: 'diff',
        files: ['a.strata', 'b.strata'],
        from: '1',
        to: 'As is',
        json: false,
      },
    });
  });

  it('refuses a value option without its value, twice, or on a command that does not take it', () => {
    expect(parseArgs(['report', 'a.strata', '--scenario'])).toMatchObject({
      ok: false,
      message: '--scenario needs a value',
    });
    expect(parseArgs(['report', 'a', '--scenario', '1', '--scenario', '2'])).toMatchObject({
      ok: false,
      message: '--scenario is given twice',
    });
    expect(parseArgs(['report', 'a', '--from', '1'])).toMatchObject({
      ok: false,
      message: 'strata report does not take --from',
    });
    expect(parseArgs(['diff', 'a', '--scenario', '1'])).toMatchObject({
      ok: false,
      message: 'strata diff does not take --scenario',
    });
    expect(parseArgs(['check', 'a'])).toMatchObject({
      ok: false,
      message: 'strata check needs --policy POLICY.json',
    });
    expect(parseArgs(['diff', 'a', 'b', 'c'])).toMatchObject({
      ok: false,
      message: 'strata diff takes A [B] only; unexpected "c"',
    });
  });
});
