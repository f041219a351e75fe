import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureTexts } from '../../shared/format/figureTexts';
import { loadDocument } from '../../shared/load/loadDocument';
import { loadPlan } from '../../shared/load/loadPlan';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { serializePlan } from '../../shared/load/serialize';
import { buildReport } from '../../shared/metrics/report';
import type { Plan } from '../../shared/model/plan';
import { hasPngSignature } from '../../shared/png/chunks';
import { planToCsv } from '../../shared/import/strataCsv';
import { openAnyPlan } from '../files/openAnyPlan';
import { parseExportArgs } from './exportArgs';
import { pdftotextAvailable, runCli } from './testIo';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.strata'));

const PDFTOTEXT = pdftotextAvailable();
if (!PDFTOTEXT)
  console.log(
    'exportCommand.test: PDF text not checked: pdftotext (poppler-utils) is not installed',
  );

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-export-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const run = runCli;

/** The example's first scenario (what the CLI draws) and the whole file in the current format. */
async function example(file: string): Promise<{ plan: Plan; whole: string }> {
  const loaded = loadDocument(await readFile(join(EXAMPLES, file), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { document } = loaded;
  const first = document.scenarios[0];
  if (!first) throw new Error('no scenario');
  return {
    plan: first.plan,
    whole: serializeDocument(document),
  };
}

describe.each(examples)('strata export %s', (file) => {
  it('writes every format, and each reads back as the plan', async () => {
    const { plan, whole } = await example(file);
    const source = join(EXAMPLES, file);
    for (const ext of ['strata', 'json', 'png', 'svg']) {
      const out = join(dir, `out.${ext}`);
      expect(await run('export', source, '-o', out), ext).toEqual({
        code: 0,
        stdout: '',
        stderr: '',
      });
      const reopened = await openAnyPlan(out);
      expect(reopened.ok, ext).toBe(true);
      if (!reopened.ok) continue;
      // A plan file is rewritten whole, as version 2; a picture shows its first scenario.
      if (ext === 'strata' || ext === 'json') expect(await readFile(out, 'utf8'), ext).toBe(whole);
      else expect(serializePlan(reopened.plan), ext).toBe(serializePlan(plan));
    }
    expect(hasPngSignature(await readFile(join(dir, 'out.png')))).toBe(true);
    // CSV: the scenario as Strata CSV, which strata import reads back.
    const csv = join(dir, 'out.csv');
    expect(await run('export', source, '-o', csv)).toMatchObject({ code: 0 });
    expect(await readFile(csv, 'utf8')).toBe(planToCsv(plan));
    const fromCsv = join(dir, 'from-csv.strata');
    expect(await run('import', csv, '-o', fromCsv)).toMatchObject({ code: 0 });
    const reimported = await openAnyPlan(fromCsv);
    expect(reimported.ok && reimported.plan.nodes.length).toBe(plan.nodes.length);
    const svg = await readFile(join(dir, 'out.svg'), 'utf8');
    // Names stay text in the SVG.
    for (const n of plan.nodes.slice(0, 10)) expect(svg).toContain(`>${n.name}</text>`);

    const pdf = join(dir, 'out.pdf');
    expect(await run('export', source, '-o', pdf, '--paper', 'letter')).toMatchObject({ code: 0 });
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!PDFTOTEXT) return;
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    // Chinese names print as themselves: the bundled CJK font is embedded when a plan needs it.
    expect(flat).toContain(plan.name.split(' ').slice(0, 3).join(' '));
    for (const heading of [
      'Figures',
      'High availability per cluster',
      'Disaster recovery',
      'The five worst single failures',
      'Issues',
    ])
      expect(flat).toContain(heading);
    const report = buildReport(plan);
    const names = new Map(plan.nodes.map((n) => [n.id, n.name]));
    for (const f of figureTexts(report, (id) => names.get(id) ?? id)) {
      expect(flat, f.id).toContain(f.label);
      // Values are words and numbers; the PDF may wrap a long one.
      for (const word of f.text.split(' ').filter((w) => w !== '·'))
        expect(flat, f.id).toContain(word);
    }
    for (const c of report.ha.clusters) expect(flat).toContain(c.name);
    // The diagram's names are text in the PDF too.
    for (const n of plan.nodes.filter((n) => n.parentId === null))
      expect(text).toContain(n.name.slice(0, 12));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
  });
});

describe('strata export', () => {
  it('extracts the plan from a PNG or SVG and rewrites it in the current format, filling defaults', async () => {
    const minimal = join(dir, 'old.strata');
    await writeFile(
      minimal,
      '{"format":"strata-plan","version":1,"nodes":[{"id":"s1","kind":"server"}]}',
    );
    expect(await run('export', minimal, '-o', join(dir, 'a.svg'), '--theme', 'dark')).toMatchObject(
      { code: 0 },
    );
    expect(
      await run('export', join(dir, 'a.svg'), '-o', join(dir, 'b.png'), '--scale', '1', '--bare'),
    ).toMatchObject({ code: 0 });
    expect(await run('export', join(dir, 'b.png'), '-o', join(dir, 'c.json'))).toMatchObject({
      code: 0,
    });
    const text = await readFile(join(dir, 'c.json'), 'utf8');
    const loaded = loadPlan(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // The current format: version 2, one scenario "As is".
    const document = loadDocument(text);
    expect(document.ok && serializeDocument(document.document)).toBe(text);
    expect(JSON.parse(text)).toMatchObject({ version: 2, scenarios: [{ name: 'As is' }] });
    expect(loaded.plan.nodes[0]).toMatchObject({
      id: 's1',
      name: expect.any(String),
      cpuCores: 32,
      ramGiB: 256,
    });
    // --format wins over the extension.
    expect(
      await run('export', minimal, '-o', join(dir, 'plan.out'), '--format', 'svg'),
    ).toMatchObject({ code: 0 });
    expect((await readFile(join(dir, 'plan.out'), 'utf8')).includes('<svg')).toBe(true);
  });

  it('refuses bad input with FILE: reason, exit 2, and writes nothing', async () => {
    const out = join(dir, 'out.png');
    await writeFile(out, 'the old file');
    const cases: [string, string, RegExp][] = [
      ['gone.strata', '', /^gone\.strata: .*does not exist/],
      [
        'bad.strata',
        '{"format":"strata-plan","version":1,"nodes":[{"id":"v","kind":"vm","ramGiB":-2}]}',
        /^bad\.strata: nodes\[0\]\.ramGiB: /,
      ],
      ['photo.png', '\x89PNG\r\n\x1a\nnot really', /^photo\.png: this PNG file is cut short/],
      [
        'drawing.svg',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
        /^drawing\.svg: this SVG was not exported by Strata/,
      ],
      ['text.svg', 'hello', /^text\.svg: not an SVG file/],
      [
        'newer.svg',
        '<svg><metadata data-type="application/vnd.strata.plan+json" data-version="9">{}</metadata></svg>',
        /newer version/,
      ],
      [
        'bidi.strata',
        '{"format":"strata-plan","version":1,"nodes":[{"id":"a\u202eb","kind":"nope"}]}',
        /^bidi\.strata: /,
      ],
    ];
    for (const [name, content, message] of cases) {
      if (content !== '') await writeFile(join(dir, name), content, 'latin1');
      const result = await run('export', join(dir, name), '-o', out);
      expect(result.code, name).toBe(2);
      expect(result.stdout, name).toBe('');
      expect(result.stderr.replace(`${dir}/`, ''), name).toMatch(message);
      expect(result.stderr, name).not.toContain('\u202e');
      expect(await readFile(out, 'utf8'), name).toBe('the old file');
    }
  });

  it('leaves no partial output when the target cannot be written', async () => {
    const source = join(EXAMPLES, examples[0] ?? '');
    const missing = join(dir, 'no-such-folder', 'out.pdf');
    const result = await run('export', source, '-o', missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^.*out\.pdf: /);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      await mkdir(locked);
      await chmod(locked, 0o555);
      const denied = await run('export', source, '-o', join(locked, 'out.svg'));
      expect(denied.code).toBe(2);
      expect(await readdir(locked)).toEqual([]);
    }
    await expect(stat(missing)).rejects.toThrow();
  });

  it('picks a scenario of the file (a version-1 file has one, "As is")', async () => {
    const source = join(EXAMPLES, examples[0] ?? '');
    expect(
      await run('export', source, '-o', join(dir, 'a.json'), '--scenario', 'As is'),
    ).toMatchObject({ code: 0 });
    expect(await run('export', source, '-o', join(dir, 'b.json'), '--scenario', '1')).toMatchObject(
      { code: 0 },
    );
    const wrong = await run('export', source, '-o', join(dir, 'c.json'), '--scenario', 'to-be');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--scenario: no scenario "to-be" \(the file has 1 "As is"\)/);
    // A file of several scenarios: --scenario picks one, written as a file holding it alone.
    const several = join(EXAMPLES, '05-consolidation-scenarios.strata');
    const out = join(dir, 'two.strata');
    expect(await run('export', several, '-o', out, '--scenario', '2')).toMatchObject({ code: 0 });
    const loaded = loadDocument(await readFile(several, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const second = loaded.document.scenarios[1];
    if (!second) throw new Error('example 05 has a second scenario');
    expect(await readFile(out, 'utf8')).toBe(
      serializeDocument({ ...loaded.document, scenarios: [second], activeScenario: second.id }),
    );
  });
});

describe('parseExportArgs', () => {
  it('reads the output, the format by extension or --format, and the options', () => {
    expect(parseExportArgs(['a.strata', '-o', 'b.PNG'])).toEqual({
      ok: true,
      command: {
        kind: 'export',
        file: 'a.strata',
        out: 'b.PNG',
        format: 'png',
        scale: 2,
        theme: 'light',
        paper: 'a4',
        bare: false,
        scenario: undefined,
        from: undefined,
        to: undefined,
        compare: true,
      },
    });
    expect(
      parseExportArgs([
        '--output=o',
        'a',
        '--format',
        'pdf',
        '--paper=letter',
        '--scale',
        '3',
        '--theme',
        'transparent',
        '--bare',
        '--scenario',
        '2',
      ]),
    ).toMatchObject({
      ok: true,
      command: {
        out: 'o',
        format: 'pdf',
        paper: 'letter',
        scale: 3,
        theme: 'transparent',
        bare: true,
        scenario: '2',
      },
    });
  });

  it('explains every wrong command line', () => {
    const wrong: [string[], RegExp][] = [
      [[], /needs FILE/],
      [['a.strata'], /needs -o OUT/],
      [['a', 'b', '-o', 'c.png'], /one FILE; unexpected "b"/],
      [['a', '-o', 'c.txt'], /cannot tell the format/],
      [['a', '-o', 'c.png', '--format', 'gif'], /--format must be one of/],
      [['a', '-o', 'c.png', '--scale', '0'], /--scale must be/],
      [['a', '-o', 'c.png', '--scale', '1e3'], /--scale must be/],
      [['a', '-o', 'c.png', '--scale', '9'], /--scale must be/],
      [['a', '-o', 'c.png', '--theme', 'neon'], /--theme must be/],
      [['a', '-o', 'c.pdf', '--paper', 'a3'], /--paper must be/],
      [['a', '-o', 'c.pdf', '--colour'], /unknown option --colour/],
      [['a', '-o'], /-o needs a value/],
      [['a', '-o', 'x.png', '-o', 'y.png'], /given twice/],
      [['a', '-o', 'x.svg', '--to', '2'], /--to applies to a PDF report only/],
      [['a', '-o', 'x.json', '--no-compare'], /--no-compare applies to a PDF report only/],
      [['a', '-o', 'x.pdf', '--from', '1', '--no-compare'], /cannot go together/],
    ];
    for (const [argv, message] of wrong) {
      const parsed = parseExportArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message, argv.join(' ')).toMatch(message);
    }
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    const result = await run('export', 'a.strata');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^strata: strata export needs -o OUT[\s\S]*Usage:/);
  });
});
