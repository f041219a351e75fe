/**
 * Chinese in the PNG draws as glyphs, not boxes — also on a machine without any font of its own.
 * Boxes (or nothing) look the same for every character, so two names made of the same characters
 * in another order give the same pixels; real glyphs give different ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/load/serialize';
import type { Plan } from '../../shared/model/plan';
import { twoHostPlan } from '../../shared/test-support/plans';
import { loadCanvas } from './nodeCanvas';
import { renderOutput } from './renderOutput';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'strata-cjk-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function named(name: string): Plan {
  const plan = twoHostPlan();
  return { ...plan, nodes: plan.nodes.map((n) => (n.id === 'v1' ? { ...n, name } : n)) };
}

/** The PNG's pixels (RGBA). */
async function pixels(png: Uint8Array): Promise<{ data: Uint8ClampedArray; ink: number }> {
  const { createCanvas, loadImage } = await loadCanvas();
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink += 1;
  return { data, ink };
}

const differ = (a: Uint8ClampedArray, b: Uint8ClampedArray): number => {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i]) count += 1;
  return count;
};

const png = async (plan: Plan): Promise<Uint8Array> =>
  (await renderOutput(plan, {
    format: 'png',
    scale: 1,
    theme: 'light',
    paper: 'a4',
    bare: true,
    date: '2026-12-07',
  })) as Uint8Array;

describe('Chinese in the PNG', () => {
  it('draws each character as its own glyph', async () => {
    const a = await pixels(await png(named('数据库服务器')));
    const b = await pixels(await png(named('服务器数据库')));
    expect(a.data.length).toBe(b.data.length);
    expect(differ(a.data, b.data)).toBeGreaterThan(100);
    const latin = await pixels(await png(named('')));
    // The name adds ink.
    expect(a.ink).toBeGreaterThan(latin.ink + 100);
  });

  // A machine with no font at all: a private mount namespace hides /usr/share/fonts (root only).
  const probe = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs tmpfs /usr/share/fonts'], {
    encoding: 'utf8',
  });
  const isolated = probe.status === 0;
  it.skipIf(!isolated)(
    `draws it with the bundled font from the built command line on a machine without fonts${isolated ? '' : ` — skipped: cannot hide the system fonts here (${(probe.stderr || String(probe.error)).trim()})`}`,
    async () => {
      // The command line laid out as built (dist/cli beside assets/), packages from the repository.
      await build({
        entryPoints: [join(root, 'node/cli/strata.ts')],
        outfile: join(dir, 'dist/cli/strata.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        logLevel: 'silent',
      });
      symlinkSync(join(root, 'assets'), join(dir, 'assets'));
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      mkdirSync(join(dir, 'out'));
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'a.strata'), serializePlan(named('数据库服务器')));
      writeFileSync(join(dir, 'b.strata'), serializePlan(named('服务器数据库')));
      const cli = join(dir, 'dist/cli/strata.mjs');
      const script = [
        'mount -t tmpfs tmpfs /usr/share/fonts',
        // Proof that the canvas finds no font of its own here.
        `node --input-type=module -e "const c = await import('@napi-rs/canvas'); console.log('fonts=' + c.GlobalFonts.families.length)"`,
        `node ${cli} export a.strata -o out/a.png --bare --lang zh-CN`,
        `node ${cli} export b.strata -o out/b.png --bare --lang zh-CN`,
      ].join(' && ');
      const run = spawnSync('unshare', ['-m', 'sh', '-c', script], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('fonts=0');
      const a = await pixels(readFileSync(join(dir, 'out/a.png')));
      const b = await pixels(readFileSync(join(dir, 'out/b.png')));
      expect(differ(a.data, b.data)).toBeGreaterThan(100);
    },
    60_000,
  );
});
