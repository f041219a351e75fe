/**
 * `strata export FILE -o x.pdf` of a file of several scenarios: the report ends with a comparison
 * page per pair, whose changes are `strata diff --json`'s deltas (read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES } from '../../shared/diff/headline';
import { formatDelta } from '../../shared/format/figures';
import { pdftotextAvailable, runCli } from './testIo';

const EXAMPLE = join(__dirname, '..', '..', 'examples', '05-consolidation-scenarios.strata');

const PDFTOTEXT = pdftotextAvailable();
if (!PDFTOTEXT)
  console.log(
    'exportCompare.test: comparison pages not read: pdftotext (poppler-utils) is not installed',
  );

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-export-compare-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = runCli;

interface DiffJson {
  readonly from: { readonly scenario: string };
  readonly to: { readonly scenario: string };
  readonly figures: Record<string, { readonly delta: number | null }>;
  readonly moved: readonly { readonly name: string }[];
}

async function diffJson(from: string, to: string): Promise<DiffJson> {
  const result = await run('diff', EXAMPLE, '--from', from, '--to', to, '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as DiffJson;
}

/** The pages of a PDF as text, laid out (a table row on one line). */
function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

/** The comparison `from -> to`: its pages' text, from its title up to the next comparison. */
function comparisonText(pages: readonly string[], from: string, to: string): string {
  const title = `Comparison: ${from} -> ${to}`;
  const start = pages.findIndex((p) => p.includes(title));
  expect(start, title).toBeGreaterThanOrEqual(0);
  const next = pages.findIndex((p, i) => i > start && p.includes('Comparison: '));
  return pages.slice(start, next < 0 ? undefined : next).join('\n');
}

/** The Change cell of a figure's row: `-5, better`, `+6`, `no change` or `—`. */
function changeOf(text: string, label: string): string | undefined {
  for (const line of text.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    if (cells[0] === label && cells.length === 4) return cells[3];
  }
  return undefined;
}

/** The delta in `strata diff --json` as the report writes it (the shared formatter). */
function expectedChange(
  format: (typeof HEADLINE_FIGURES)[number]['format'],
  delta: number | null,
): string {
  if (delta === 0) return 'no change';
  return formatDelta(format, delta).replace('\u2212', '-');
}

describe('strata export FILE -o report.pdf, FILE of several scenarios', () => {
  it.skipIf(!PDFTOTEXT)(
    'ends with a comparison of the first scenario and each other one, deltas as strata diff --json',
    async () => {
      for (const paper of ['a4', 'letter']) {
        const pdf = join(dir, `report-${paper}.pdf`);
        expect(await run('export', EXAMPLE, '-o', pdf, '--paper', paper)).toEqual({
          code: 0,
          stdout: '',
          stderr: '',
        });
        const pages = pdfPages(pdf);
        for (const to of ['2', '3']) {
          const diff = await diffJson('1', to);
          const text = comparisonText(pages, diff.from.scenario, diff.to.scenario);
          let compared = 0;
          for (const fig of HEADLINE_FIGURES) {
            const entry = diff.figures[fig.key];
            if (!entry) continue;
            const change = changeOf(text, fig.label);
            expect(change, `${paper} ${to} ${fig.key}`).toBeDefined();
            const [delta] = (change ?? '').split(', ');
            expect(delta, `${paper} ${to} ${fig.key}`).toBe(
              expectedChange(fig.format, entry.delta),
            );
            compared += 1;
          }
          expect(compared).toBeGreaterThan(10);
          // Better and worse are words, not only colours.
          expect(changeOf(text, 'Servers')).toBe('-5, better');
          // The change list: every workload moved, from its host to its new one.
          for (const m of diff.moved) expect(text).toMatch(new RegExp(`Moved\\s+${m.name}\\s`));
        }
        const size = paper === 'a4' ? /595(\.\d+)? x 841(\.\d+)?/ : /612 x 792/;
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(size);
      }
    },
  );

  it.skipIf(!PDFTOTEXT)('compares the pair --from and --to give, or none', async () => {
    const pdf = join(dir, 'pair.pdf');
    expect(
      await run('export', EXAMPLE, '-o', pdf, '--from', 'Containerized', '--to', '2'),
    ).toMatchObject({ code: 0 });
    const flat = pdfPages(pdf).join('\n');
    expect(flat).toContain('Comparison: Containerized -> Virtualized');
    expect(flat.match(/Comparison: /g)).toHaveLength(1);
    const none = join(dir, 'none.pdf');
    expect(await run('export', EXAMPLE, '-o', none, '--no-compare')).toMatchObject({ code: 0 });
    expect(pdfPages(none).join('\n')).not.toContain('Comparison: ');
  });

  it('names the option and the scenarios when --from or --to names none', async () => {
    const result = await run('export', EXAMPLE, '-o', join(dir, 'x.pdf'), '--to', 'Cloud');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /05-consolidation-scenarios\.strata: --to: no scenario "Cloud" \(the file has 1 "As is", 2 "Virtualized", 3 "Containerized"\)/,
    );
    const png = await run('export', EXAMPLE, '-o', join(dir, 'x.png'), '--from', '1');
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(/--from applies to a PDF report only/);
  });
});
