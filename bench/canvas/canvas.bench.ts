/**
 * The canvas benchmark (issue 5): Strata's production build and a bare React Flow page (the
 * floor) in headless Debian Chromium, driven by Playwright on the synthetic plans of about 500,
 * 2,000 and 10,000 nodes: open, pan, zoom, drag a VM to another host, an inspector edit, and the
 * JS heap; the ratio Strata / floor; the targets, PASS or FAIL.
 *
 * Run through `npm run bench -- canvas` (scripts/bench.mjs bundles this file and runs it from the
 * repository root). Options: --sizes=500,10k  --quick  --write  --no-build  --app=dist/renderer
 * --profile[=10k] (an unminified build, CPU profiles of every Strata phase, nothing written)
 * --import / --no-import (the RVTools import's open; on by default when no --sizes are given;
 * profiled with --profile) --import-only (no plan sizes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { BENCH_SIZES, generatePlan } from '../generatePlan';
import { planText } from '../planText';
import { appDir, buildApp, buildFloor, FLOOR_DIR } from './build';
import type { CanvasResults, ImportedOpen, SizeResult, TargetResult } from './canvasResults';
import { rvtoolsWorkbook } from '../import/generateInventory';
import { measureAppImport } from '../import/importApp';
import { importFiles } from '../../shared/import/registry';
import { readXlsx } from '../../node/import/xlsxReader';
import { checkTargets, checksText, ms, resultsMarkdown } from './canvasResults';
import type { MeasureOptions } from './measurePage';
import { measurePage } from './measurePage';
import { FLOOR, STRATA } from './pages';
import { hostFacts, parentMap } from './planFacts';
import { loadResolver } from './sourceMaps';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from '../../scripts/find-chromium.mjs';
import { serveStatic } from './staticServer';

const CANVAS_SIZES = ['500', '2k', '10k', '100k'];
const VIEWPORT = { width: 1600, height: 1000 };

const TIMEOUTS = { openTimeoutMs: 120_000, changeTimeoutMs: 20_000 };
const FULL: Omit<MeasureOptions, 'profileDir'> = { openSamples: 3, panMs: 3000, zoomMs: 3000, dragMs: 2000, editSamples: 3, ...TIMEOUTS };
const QUICK: Omit<MeasureOptions, 'profileDir'> = { openSamples: 1, panMs: 1500, zoomMs: 1500, dragMs: 1000, editSamples: 2, ...TIMEOUTS };

interface Args {
  readonly sizes: readonly string[];
  readonly quick: boolean;
  readonly write: boolean;
  readonly build: boolean;
  readonly app: string | null;
  readonly profile: boolean;
  /** Also New plan from import of the 5,000-VM RVTools workbook (issue 10's app target). */
  readonly importOpen: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const profileSizes = value('profile');
  const profile = profileSizes !== undefined || argv.includes('--profile');
  const sizes = (value('sizes') ?? profileSizes ?? (profile ? '10k' : CANVAS_SIZES.join(','))).split(',').map((s) => s.trim());
  const unknown = sizes.filter((label) => !BENCH_SIZES.some((size) => size.label === label));
  if (unknown.length > 0) throw new Error(`unknown size ${unknown.join(', ')}; sizes are ${BENCH_SIZES.map((s) => s.label).join(', ')}`);
  const quick = argv.includes('--quick');
  const app = value('app') ?? null;
  const partial = quick || profile || value('sizes') !== undefined || app !== null;
  const importOnly = argv.includes('--import-only');
  const importOpen = importOnly || argv.includes('--import') || (!profile && !argv.includes('--no-import') && value('sizes') === undefined);
  return { sizes: importOnly ? [] : sizes, quick, write: argv.includes('--write') || !partial, build: !argv.includes('--no-build'), app, profile, importOpen };
}

function summary(label: string, name: string, t: TargetResult): string {
  const cells = [
    `open ${ms(t.open?.paintedMs)} ms (${t.open?.nodesInDom ?? '–'} nodes, longest task ${ms(t.open?.longestTaskMs)} ms)`,
    `pan ${ms(t.pan?.frames.medianMs)}/${ms(t.pan?.frames.p95Ms)}`,
    `overview ${t.overview?.nodesInDom ?? '–'} nodes, pan ${ms(t.panOverview?.frames.medianMs)}/${ms(t.panOverview?.frames.p95Ms)}`,
    `zoom ${ms(t.zoom?.frames.medianMs)}/${ms(t.zoom?.frames.p95Ms)}`,
    `drag ${ms(t.drag?.frames.medianMs)}/${ms(t.drag?.frames.p95Ms)}, drop ${ms(t.drag?.drop?.paintedMs)} (main-thread CPU ${ms(t.drag?.drop?.cpuMs ?? undefined)})`,
    `edit ${ms(t.edit?.medianPaintedMs)}`,
    `heap ${ms(t.open?.heapMiB)} MiB`,
  ];
  const errors = t.errors.length > 0 ? `\n        ! ${t.errors.join('\n        ! ')}` : '';
  return `${label.padStart(5)} ${name.padEnd(6)} ${cells.join(', ')}${errors}`;
}

async function measureSizes(browser: Browser, url: string, args: Args, app: string): Promise<SizeResult[]> {
  const options: MeasureOptions = {
    ...(args.quick ? QUICK : FULL),
    profileDir: args.profile ? resolve('node_modules/.cache/strata-bench/canvas-profiles') : null,
    resolvePlace: loadResolver(join(app, 'assets')),
  };
  const pages = args.profile ? [STRATA] : [STRATA, FLOOR];
  const results: SizeResult[] = [];
  for (const label of args.sizes) {
    const nodes = BENCH_SIZES.find((size) => size.label === label)?.nodes ?? 0;
    const plan = generatePlan({ nodes });
    const roots = plan.nodes.filter((n) => n.parentId === null).map((n) => n.id);
    const input = { label, text: planText(plan), hosts: hostFacts(plan), parentOf: parentMap(plan), roots };
    const measured: Partial<Record<'strata' | 'floor', TargetResult>> = {};
    for (const bench of pages) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        const result = await measurePage(context, url, bench, input, options);
        measured[bench.name] = result;
        console.log(summary(label, bench.name, result));
      } finally {
        await context.close();
      }
    }
    const none: TargetResult = { open: null, pan: null, overview: null, panOverview: null, zoom: null, drag: null, edit: null, errors: ['not measured'] };
    results.push({ label, nodes: plan.nodes.length, links: plan.links.length, strata: measured.strata ?? none, floor: measured.floor ?? none });
  }
  return results;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const root = process.cwd();
  const loadBefore = loadavg()[0] ?? 0;
  let app = args.app ?? appDir(args.profile);
  if (args.build) {
    const started = performance.now();
    if (args.app === null) app = await buildApp(root, args.profile);
    await buildFloor(root);
    console.log(`built ${args.app === null ? `${app} and ` : ''}${FLOOR_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic({ app: join(root, app), floor: join(root, FLOOR_DIR) });
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  // Precise memory figures for the heap after opening.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], headless: true });
  try {
    console.log(
      `Canvas benchmark${args.quick ? ' (quick)' : ''}${args.profile ? ' (profiling Strata)' : ''}: ${browser.version()}, ` +
        `viewport ${VIEWPORT.width}×${VIEWPORT.height}, load average ${loadBefore.toFixed(2)}`,
    );
    console.log('  frame times median/p95 in ms; open, drop and edit: ms to painted');
    const sizes = await measureSizes(browser, server.url, args, app);
    let imported: ImportedOpen | null = null;
    if (args.importOpen) {
      const workbook = rvtoolsWorkbook(5000, 300);
      const check = await importFiles([{ name: 'w.xlsx', bytes: workbook.bytes }], {}, { readXlsx });
      const vms = check.ok ? check.plan.nodes.filter((n) => n.kind === 'vm').length : 0;
      const profileDir = args.profile ? resolve('node_modules/.cache/strata-bench/canvas-profiles') : null;
      imported = await measureAppImport(root, workbook.bytes, vms, false, app, profileDir ? { dir: profileDir, resolvePlace: loadResolver(join(app, 'assets')) } : null);
      console.log(`  RVTools 5,000 VMs: preview ${ms(imported.previewMs)} ms, New plan from import → painted ${ms(imported.adoptedMs)} ms, longest task ${ms(imported.longestTaskMs)} ms (CPU ${ms(imported.longestTaskCpuMs)} ms)`);
    }
    const results: CanvasResults = {
      machine: {
        nproc: availableParallelism(),
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        chromium: `Chromium ${browser.version()}`,
        node: process.version,
        date: new Date().toISOString(),
        loadAverage: [loadBefore, loadavg()[0] ?? 0],
      },
      viewport: VIEWPORT,
      app,
      sizes,
      imported,
      checks: checkTargets(sizes, imported),
    };
    const markdown = resultsMarkdown(results);
    console.log(`\n${markdown}`);
    console.log(checksText(results.checks));
    if (args.write && !args.profile) {
      mkdirSync('bench/results', { recursive: true });
      writeFileSync('bench/results/canvas.md', markdown);
      writeFileSync('bench/results/canvas.json', `${JSON.stringify(results, null, 2)}\n`);
      console.log('\nwritten: bench/results/canvas.md, bench/results/canvas.json');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main(process.argv.slice(2));
