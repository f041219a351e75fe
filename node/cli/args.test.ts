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
    expect(parseArgs([])).toEqual({ ok: false, message: 'a command is required' });
    expect(parseArgs(['explode', 'a'])).toEqual({
      ok: false,
      message: 'unknown command "explode"',
    });
    expect(parseArgs(['report'])).toEqual({ ok: false, message: 'strata report needs FILE' });
    expect(parseArgs(['fail', 'a.strata'])).toEqual({
      ok: false,
      message: 'strata fail needs NODE_ID',
    });
    expect(parseArgs(['fail'])).toEqual({
      ok: false,
      message: 'strata fail needs FILE and NODE_ID',
    });
    expect(parseArgs(['validate', 'a', 'b'])).toEqual({
      ok: false,
      message: 'strata validate takes FILE only; unexpected "b"',
    });
    expect(parseArgs(['report', 'a', '--yaml'])).toEqual({
      ok: false,
      message: 'unknown option --yaml',
    });
  });
});
