// `strata report|validate|fail` read a PNG exported by Strata as they read the plan inside it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embedPlanInPng } from '../../shared/png/pngText';
import { textData, tinyPng } from '../../shared/png/test-support/tinyPng';
import { main } from './main';
import { captureIo } from './testIo';

const ESXI = 'examples/02-esxi-ha-cluster.strata';
const dir = mkdtempSync(join(tmpdir(), 'strata-cli-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('a Strata PNG wherever a plan is read', () => {
  const png = embedPlanInPng(tinyPng(), readFileSync(ESXI, 'utf8'));

  it('reports, validates and fails the plan inside, exactly as from the .strata file', async () => {
    const image = file('cluster.png', png);
    // A PNG is known by its first bytes too, whatever its name.
    const misnamed = file('cluster-export.strata', png);
    for (const argv of [
      ['report'],
      ['report', '--json'],
      ['validate'],
      ['validate', '--json'],
      ['fail', 'esx-01'],
      ['fail', 'esx-01', '--json'],
    ]) {
      const [command, ...rest] = argv as [string, ...string[]];
      const expected = await run([command, ESXI, ...rest]);
      expect(expected.code).toBe(0);
      for (const input of [image, misnamed]) {
        const got = await run([command, input, ...rest]);
        expect(got.code).toBe(expected.code);
        expect(got.stderr).toBe('');
        expect(got.stdout).toBe(
          command === 'validate' && !rest.includes('--json')
            ? expected.stdout.replace(ESXI, input)
            : expected.stdout,
        );
      }
    }
  });

  it('refuses a PNG that is not Strata’s, a cut one and a refused plan: exit 2, FILE: reason', async () => {
    const cases: [string, Uint8Array, string][] = [
      [
        'photo.png',
        tinyPng(2, 2, [{ type: 'tEXt', data: textData('Software', 'x') }]),
        'this PNG was not exported by Strata (it holds no plan)',
      ],
      ['cut.png', png.subarray(0, png.length - 30), 'this PNG file is cut short'],
      [
        'refused.png',
        embedPlanInPng(
          tinyPng(),
          '{"format":"strata-plan","version":1,"nodes":[{"id":"a","kind":"vm","ramGiB":-1}]}',
        ),
        'the plan inside this PNG is invalid: nodes[0].ramGiB: must be a positive number',
      ],
    ];
    for (const [name, bytes, reason] of cases) {
      const path = file(name, bytes);
      for (const argv of [
        ['report', path],
        ['validate', path, '--json'],
        ['fail', path, 'a'],
      ]) {
        const { code, stdout, stderr } = await run(argv);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.startsWith(`${path}: ${reason}`)).toBe(true);
        expect(stderr.endsWith('\n')).toBe(true);
      }
    }
  });

  it('shows a file name’s control and bidi characters as ?', async () => {
    const name = join(dir, 'evil\u202e\u001b[2Jgnp.strata');
    const { code, stderr } = await run(['report', name]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${join(dir, 'evil??[2Jgnp.strata')}: cannot be read: the file does not exist\n`,
    );
  });
});
