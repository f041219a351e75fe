/**
 * The import benchmark (issue 10): bytes of a generated inventory → a checked plan, through
 * `importFiles` as `strata import` runs it. Targets: an RVTools workbook of 5,000 VMs on 300 hosts
 * ≤ 1.5 s; 20,000 Kubernetes pods ≤ 1 s. Options: --quick (fewer runs, nothing written), --write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, sep } from 'node:path';
import { importFiles } from '../../shared/import/registry';
import type { ImportFile } from '../../shared/import/types';
import { readXlsx } from '../../node/import/xlsxReader';
import { describeMachine, median } from '../measure';
import { kubernetesEstate, rvtoolsWorkbook } from './generateInventory';
import { measureAppImport, type AppImportResult } from './importApp';

interface Case {
  readonly name: string;
  readonly what: string;
  readonly files: readonly ImportFile[];
  /** null: measured for the record, no target. */
  readonly limitMs: number | null;
}

interface Result {
  readonly c: Case;
  readonly bytes: number;
  readonly nodes: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly cpuMs: number;
  readonly samples: number;
  readonly phases: string;
}

const encoder = new TextEncoder();
const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write') || !quick;
const gc = (globalThis as { gc?: () => void }).gc;
const withApp = !process.argv.includes('--no-app');
const buildFirst = !process.argv.includes('--no-build');

function cases(): Case[] {
  const rv = rvtoolsWorkbook(5000, 300);
  const k8s = kubernetesEstate(20000, 300);
  return [
    {
      name: 'rvtools-5000',
      what: 'RVTools .xlsx, 5,000 VMs on 300 hosts (vInfo, vHost, vDisk, vNetwork)',
      files: [{ name: 'RVTools_export_all.xlsx', bytes: rv.bytes }],
      limitMs: 1500,
    },
    {
      name: 'kubernetes-20000',
      what: `Kubernetes, ${k8s.pods.toLocaleString('en-US')} pods (\`kubectl get … -o json\` List + a node list of 300)`,
      files: [
        { name: 'workloads.json', bytes: encoder.encode(k8s.workloadsJson) },
        { name: 'nodes.json', bytes: encoder.encode(k8s.nodesJson) },
      ],
      limitMs: 1000,
    },
    {
      name: 'kubernetes-20000-yaml',
      what: `Kubernetes, the same ${k8s.pods.toLocaleString('en-US')} pods as multi-document YAML`,
      files: [
        { name: 'workloads.yaml', bytes: encoder.encode(k8s.workloadsYaml) },
        { name: 'nodes.json', bytes: encoder.encode(k8s.nodesJson) },
      ],
      limitMs: null,
    },
  ];
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function once(
  c: Case,
): Promise<{ ms: number; cpu: number; nodes: number; phases: number[] }> {
  gc?.();
  const marks: number[] = [];
  const cpuStart = cpuNow();
  const started = performance.now();
  const r = await importFiles(
    c.files,
    {},
    { readXlsx, onProgress: () => marks.push(performance.now() - started) },
  );
  const ms = performance.now() - started;
  const cpu = cpuNow() - cpuStart;
  if (!r.ok) throw new Error(`${c.name}: ${r.message}`);
  return { ms, cpu, nodes: r.plan.nodes.length, phases: marks };
}

async function measure(c: Case): Promise<Result> {
  const runs = quick ? 3 : 9;
  await once(c); // warm-up
  const times: number[] = [];
  const cpus: number[] = [];
  let nodes = 0;
  let phases: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(c);
    times.push(r.ms);
    cpus.push(r.cpu);
    nodes = r.nodes;
    phases = r.phases;
  }
  const bytes = c.files.reduce((s, f) => s + f.bytes.length, 0);
  return {
    c,
    bytes,
    nodes,
    medianMs: median(times),
    minMs: Math.min(...times),
    cpuMs: median(cpus),
    samples: runs,
    phases: phases.map((p) => p.toFixed(0)).join(' / '),
  };
}

function appLines(app: AppImportResult | null): string[] {
  if (app === null) return [];
  const painted = app.paintedMs <= 3000 ? 'PASS' : 'FAIL';
  const longest = app.longestTaskMs <= 100 ? 'PASS' : 'FAIL';
  return [
    '## In the app',
    '',
    'The production renderer in headless Chromium (1600 × 1000): the same 5,000-VM workbook chosen in File ▸ Import…, then New plan from import, until the figures show 5,000-odd VMs and two frames are drawn. Times from choosing the file, in the page; long tasks from PerformanceObserver (`longtask`: main-thread tasks over 50 ms) in that time.',
    '',
    '| measure | value | limit | result |',
    '| --- | ---: | ---: | --- |',
    `| file chosen → preview shown (import in the worker) | ${app.previewMs.toFixed(0)} ms | — | — |`,
    `| file chosen → new plan painted | ${app.paintedMs.toFixed(0)} ms | 3000 ms | ${painted} |`,
    `| longest main-thread task | ${app.longestTaskMs.toFixed(0)} ms (CPU ${app.longestTaskCpuMs.toFixed(0)} ms) | 100 ms | ${longest} |`,
    `| main-thread tasks over 50 ms | ${app.longTasks} | — | — |`,
    '',
  ];
}

function markdown(
  results: readonly Result[],
  loadBefore: number,
  loadAfter: number,
  app: AppImportResult | null,
): string {
  const m = describeMachine();
  const lines = [
    '# Import benchmark',
    '',
    `${new Date().toISOString().slice(0, 10)} · ${m.cpus} CPUs (${m.cpuModel}) · ${m.memoryGiB} GiB · node ${process.version} · ${process.platform} ${process.arch}`,
    '',
    `Load average (1 min) before / after the run: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}.`,
    '',
    'Bytes of the files → a plan checked by the loader, through `importFiles` as `strata import` calls it (format detection, zip guard, reading, mapping, scheduling, the loader). Wall time: median (min) over runs after one warm-up, garbage collected before each run. CPU: the median CPU time of the process per run (user + system, all threads), less sensitive to other work on the machine. Progress marks: ms at which the import reported detection done, each importer done, and the check done (last run). Targets are judged on the median wall time.',
    '',
    '| inventory | files | nodes out | median ms | min ms | CPU ms | runs | progress marks (ms) | limit | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.c.what} | ${(r.bytes / 1024 / 1024).toFixed(2)} MiB | ${r.nodes.toLocaleString('en-US')} | ${r.medianMs.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.samples} | ${r.phases} | ${r.c.limitMs ?? '—'} | ${verdict(r)} |`,
    ),
    '',
    ...appLines(app),
    'Run: `npm run bench -- import` (`--quick`: fewer runs, nothing written; `--no-app`: Node only; `--no-build`: reuse dist/bench-app).',
    '',
  ];
  return lines.join('\n');
}

function verdict(r: Result): string {
  if (r.c.limitMs === null) return 'no target';
  return r.medianMs <= r.c.limitMs ? 'PASS' : 'FAIL';
}

async function main(): Promise<number> {
  const before = loadavg()[0] ?? 0;
  const results: Result[] = [];
  for (const c of cases()) {
    const r = await measure(c);
    console.log(
      `${r.c.name}: median ${r.medianMs.toFixed(0)} ms, min ${r.minMs.toFixed(0)} ms, CPU ${r.cpuMs.toFixed(0)} ms, ${r.nodes} nodes (limit ${r.c.limitMs ?? '—'} ms) ${verdict(r)}`,
    );
    results.push(r);
  }
  let app: AppImportResult | null = null;
  if (withApp) {
    const rv = rvtoolsWorkbook(5000, 300);
    const check = await importFiles([{ name: 'w.xlsx', bytes: rv.bytes }], {}, { readXlsx });
    const vms = check.ok ? check.plan.nodes.filter((n) => n.kind === 'vm').length : 0;
    app = await measureAppImport(process.cwd(), rv.bytes, vms, buildFirst);
    console.log(
      `app: preview ${app.previewMs.toFixed(0)} ms, painted ${app.paintedMs.toFixed(0)} ms, longest task ${app.longestTaskMs.toFixed(0)} ms, CPU ${app.longestTaskCpuMs.toFixed(0)} ms (${app.longTasks} over 50 ms)`,
    );
  }
  const text = markdown(results, before, loadavg()[0] ?? 0, app);
  console.log(text);
  if (write) {
    const dir = join(process.cwd(), 'bench', 'results') + sep;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}import.md`, text);
    writeFileSync(
      `${dir}import.json`,
      `${JSON.stringify(
        {
          node: results.map((r) => ({
            name: r.c.name,
            bytes: r.bytes,
            nodes: r.nodes,
            medianMs: r.medianMs,
            minMs: r.minMs,
            cpuMs: r.cpuMs,
            limitMs: r.c.limitMs,
          })),
          app,
        },
        null,
        2,
      )}\n`,
    );
    console.log('wrote bench/results/import.md');
  }
  const appOk = app === null || (app.paintedMs <= 3000 && app.longestTaskMs <= 100);
  return results.every((r) => verdict(r) !== 'FAIL') && appOk ? 0 : 1;
}

process.exit(await main());
