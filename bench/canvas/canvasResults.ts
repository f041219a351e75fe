/** The canvas benchmark's results: their shape, the checks against issue 5's targets, the markdown. */
import { median, type FrameStats } from './frameStats';
import type { ChangeTiming, OpenTiming } from './pageProbes';

/** Main-thread time spent during a phase, from CDP `Performance.getMetrics` (ms). */
export interface MainThread {
  readonly taskMs: number;
  readonly scriptMs: number;
  readonly styleMs: number;
  readonly layoutMs: number;
}

/** Open: the median of the samples (each on a freshly loaded page); the rest from the last one. */
export interface OpenResult extends OpenTiming {
  readonly samplesMs: readonly number[];
  /** `performance.memory.usedJSHeapSize` after opening and a full GC. */
  readonly heapMiB: number | null;
  readonly domElements: number;
  readonly mainThread: MainThread | null;
}

export interface GestureResult {
  readonly frames: FrameStats;
  readonly mainThread: MainThread | null;
  /** `.react-flow__node` elements at the end of the gesture. */
  readonly nodesInDom: number;
  readonly zoomBefore: number;
  readonly zoomAfter: number;
}

export interface DragResult extends GestureResult {
  readonly vmId: string;
  readonly fromHostId: string;
  readonly toHostId: string;
  /** Drop (pointerup) to the figure changing and to it painted; null when nothing changed. */
  readonly drop: ChangeTiming | null;
}

export interface EditResult {
  readonly nodeId: string;
  readonly samples: readonly (ChangeTiming | null)[];
  /** Median of the painted times of the samples that changed. */
  readonly medianPaintedMs: number | null;
}

/** The view fitted to the whole plan (Strata's fit: padding 0.12, zoom 0.05 to 1). */
export interface OverviewResult {
  readonly nodesInDom: number;
  readonly zoom: number;
  /** The page opened at this view already (Strata fits on open): its pan is the one measured there. */
  readonly sameAsOpened: boolean;
}

export interface TargetResult {
  readonly open: OpenResult | null;
  /** Panning at the view the page opened with: the figure the targets use. */
  readonly pan: GestureResult | null;
  readonly overview: OverviewResult | null;
  /** Panning with the whole plan in view (the same view on both pages). */
  readonly panOverview: GestureResult | null;
  /** Zooming in about ten times from the overview, and back out. */
  readonly zoom: GestureResult | null;
  readonly drag: DragResult | null;
  readonly edit: EditResult | null;
  readonly errors: readonly string[];
}

export interface SizeResult {
  readonly label: string;
  readonly nodes: number;
  readonly links: number;
  readonly strata: TargetResult;
  readonly floor: TargetResult;
}

export interface CanvasMachine {
  readonly nproc: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly chromium: string;
  readonly node: string;
  readonly date: string;
  /** 1-minute load average before and after the run. */
  readonly loadAverage: readonly [number, number];
}

export interface Check {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly pass: boolean;
}

export interface CanvasResults {
  readonly machine: CanvasMachine;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly app: string;
  readonly sizes: readonly SizeResult[];
  /** The 5,000-VM RVTools workbook through File ▸ Import… to a new plan painted (issue 10), when run. */
  readonly imported?: ImportedOpen | null;
  readonly checks: readonly Check[];
}

/** From bench/import/importApp.ts: ms from choosing the file, and from New plan from import. */
export interface ImportedOpen {
  readonly previewMs: number;
  readonly paintedMs: number;
  readonly adoptedMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The longest task's CPU time (the trace's thread time): on a busy machine, the page's own work. */
  readonly longestTaskCpuMs?: number | null;
}

const IMPORT_PAINTED_LIMIT_MS = 3000;
const IMPORT_TASK_LIMIT_MS = 100;

const OPEN_RATIO = 1.5;
const PAN_RATIO = 1.5;
/**
 * "33 ms" is two frames at 60 Hz: rAF timestamps come in whole vsyncs (16.67 ms, jittering by a
 * tenth of a millisecond), so one dropped frame measures 33.3–33.4 ms and passes; three do not.
 */
const FRAME_LIMIT_MS = 33;
const TWO_VSYNCS_MS = 33.5;
const EDIT_LIMIT_MS = 50;
/** Issue 13: the window answers input while a plan opens, and 100k nodes are on screen in 2 s. */
const TASK_LIMIT_MS = 200;
const OPEN_100K_LIMIT_MS = 2000;
const DROP_LIMIT_MS = 50;

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1);
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || !(b > 0) ? null : a / b;
const times = (r: number | null): string => (r === null ? '–' : `${r.toFixed(2)}×`);

function check(name: string, measured: number | null, shown: string, target: string, limit: (v: number) => boolean): Check {
  return { name, measured: shown, target, pass: measured !== null && !Number.isNaN(measured) && limit(measured) };
}

export function checkTargets(sizes: readonly SizeResult[], imported: ImportedOpen | null = null): Check[] {
  const checks: Check[] = [];
  if (imported) {
    checks.push(check('RVTools 5,000 VMs / 300 hosts: New plan from import → plan and figures painted', imported.adoptedMs,
      `${ms(imported.adoptedMs)} ms (file chosen → painted ${ms(imported.paintedMs)} ms)`, `≤ ${IMPORT_PAINTED_LIMIT_MS} ms`, (v) => v <= IMPORT_PAINTED_LIMIT_MS));
    checks.push(check('RVTools 5,000 VMs / 300 hosts: longest main-thread task, file chosen → painted', imported.longestTaskMs,
      `${ms(imported.longestTaskMs)} ms (${imported.longTasks} over 50 ms${imported.longestTaskCpuMs == null ? '' : `; longest in CPU time ${ms(imported.longestTaskCpuMs)} ms`})`, `≤ ${IMPORT_TASK_LIMIT_MS} ms`, (v) => v <= IMPORT_TASK_LIMIT_MS));
  }
  for (const size of sizes) {
    const { strata, floor } = size;
    if (size.label === '2k' || size.label === '10k') {
      const open = ratio(strata.open?.paintedMs, floor.open?.paintedMs);
      checks.push(check(`${size.label}: open, Strata / floor`, open, `${times(open)} (${ms(strata.open?.paintedMs)} vs ${ms(floor.open?.paintedMs)} ms)`,
        `≤ ${OPEN_RATIO}×`, (v) => v <= OPEN_RATIO));
      const pan = ratio(strata.pan?.frames.p95Ms, floor.pan?.frames.p95Ms);
      checks.push(check(`${size.label}: pan p95 frame, Strata / floor`, pan, `${times(pan)} (${ms(strata.pan?.frames.p95Ms)} vs ${ms(floor.pan?.frames.p95Ms)} ms)`,
        `≤ ${PAN_RATIO}×`, (v) => v <= PAN_RATIO));
    }
    const panP95 = strata.pan?.frames.p95Ms ?? null;
    checks.push(check(`${size.label}: pan p95 frame`, panP95, `${ms(panP95)} ms`, `≤ ${FRAME_LIMIT_MS} ms (2 frames)`, (v) => v <= TWO_VSYNCS_MS));
    if (size.label === '10k') {
      const drag = strata.drag?.frames.p95Ms ?? null;
      checks.push(check('10k: drag a VM to another host, p95 frame', drag, `${ms(drag)} ms`, `< ${FRAME_LIMIT_MS} ms (2 frames)`, (v) => v <= TWO_VSYNCS_MS));
      const edit = strata.edit?.medianPaintedMs ?? null;
      checks.push(check('10k: inspector edit → new figures painted (median)', edit, `${ms(edit)} ms`, `≤ ${EDIT_LIMIT_MS} ms`, (v) => v <= EDIT_LIMIT_MS));
      const drop = strata.drag?.drop?.paintedMs ?? null;
      checks.push(check('10k: drop a VM on another host → figures painted', drop, `${ms(drop)} ms`, `≤ ${DROP_LIMIT_MS} ms`, (v) => v <= DROP_LIMIT_MS));
    }
    if (size.label === '100k') {
      const open = strata.open?.paintedMs ?? null;
      const floorOpen = floor.open?.paintedMs;
      const vsFloor = floorOpen ? ` (${times(ratio(open ?? undefined, floorOpen))} the floor's ${ms(floorOpen)} ms)` : '';
      checks.push(check('100k: open → plan painted', open, `${ms(open)} ms${vsFloor}`, `≤ ${OPEN_100K_LIMIT_MS} ms`, (v) => v <= OPEN_100K_LIMIT_MS));
    }
    if (size.label === '10k' || size.label === '100k') {
      const task = strata.open?.longestTaskMs ?? null;
      checks.push(check(`${size.label}: longest main-thread task while opening`, task, `${ms(task)} ms`, `≤ ${TASK_LIMIT_MS} ms`, (v) => v <= TASK_LIMIT_MS));
    }
  }
  return checks;
}

type Pick = (t: TargetResult) => number | null | undefined;

const ROWS: readonly (readonly [string, Pick])[] = [
  ['open: load → nodes painted, median (ms)', (t) => t.open?.paintedMs],
  ['open: the load call alone, median (ms)', (t) => t.open?.callMs],
  ['open: longest main-thread task, worst sample (ms)', (t) => t.open?.longestTaskMs],
  ['pan as opened: median frame (ms)', (t) => t.pan?.frames.medianMs],
  ['pan as opened: p95 frame (ms)', (t) => t.pan?.frames.p95Ms],
  ['pan, whole plan in view: median frame (ms)', (t) => t.panOverview?.frames.medianMs],
  ['pan, whole plan in view: p95 frame (ms)', (t) => t.panOverview?.frames.p95Ms],
  ['zoom in ×10 and out: median frame (ms)', (t) => t.zoom?.frames.medianMs],
  ['zoom in ×10 and out: p95 frame (ms)', (t) => t.zoom?.frames.p95Ms],
  ['drag: median frame (ms)', (t) => t.drag?.frames.medianMs],
  ['drag: p95 frame (ms)', (t) => t.drag?.frames.p95Ms],
  ['drop → figures painted (ms)', (t) => t.drag?.drop?.paintedMs],
  ['drop → figures painted: main-thread CPU (ms)', (t) => t.drag?.drop?.cpuMs ?? undefined],
  ['edit → figures painted, median (ms)', (t) => t.edit?.medianPaintedMs],
  ['edit → figures painted: main-thread CPU, median (ms)', (t) => editCpuMs(t)],
  ['JS heap after open (MiB)', (t) => t.open?.heapMiB],
];

function editCpuMs(t: TargetResult): number | undefined {
  const cpu = (t.edit?.samples ?? []).flatMap((s) => (typeof s?.cpuMs === 'number' ? [s.cpuMs] : []));
  return cpu.length > 0 ? median(cpu) : undefined;
}

function mainThreadCell(t: TargetResult, phase: 'open' | 'pan' | 'panOverview' | 'zoom' | 'drag'): string {
  const m = t[phase]?.mainThread;
  if (!m) return '–';
  return `${ms(m.taskMs)} (script ${ms(m.scriptMs)}, style ${ms(m.styleMs)}, layout ${ms(m.layoutMs)})`;
}

export function resultsMarkdown(results: CanvasResults): string {
  const { machine } = results;
  const lines = [
    '# Canvas benchmark',
    '',
    `${machine.date.slice(0, 10)} · nproc ${machine.nproc} (${machine.cpuModel}) · ${machine.memoryGiB} GiB · ${machine.chromium} (headless, --disable-gpu) · node ${machine.node}`,
    `Viewport ${results.viewport.width}×${results.viewport.height}; Strata: ${results.app}; floor: bare React Flow (bench/canvas/floor).`,
    `Load average (1 min) before / after: ${machine.loadAverage.map((l) => l.toFixed(2)).join(' / ')}` +
      (Math.max(...machine.loadAverage) > machine.nproc ? ' — the machine was busy with other work: figures are noisy and inflated.' : '.'),
    '',
    '| plan | measurement | Strata | floor | Strata / floor |',
    '|---|---|---:|---:|---:|',
  ];
  for (const size of results.sizes) {
    for (const [label, pick] of ROWS) {
      const a = pick(size.strata);
      const b = pick(size.floor);
      lines.push(`| ${size.label} | ${label} | ${ms(a)} | ${ms(b)} | ${times(ratio(a, b))} |`);
    }
  }
  const imported = results.imported;
  if (imported) {
    lines.push(
      '',
      'The RVTools workbook of 5,000 VMs on 300 hosts (bench/import/generateInventory.ts) through File ▸ Import… → New plan from import, in the same build (ms):',
      '',
      '| file chosen → preview | New plan from import → plan and figures painted | file chosen → painted | longest main-thread task | its CPU time (longest by CPU) | tasks over 50 ms |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${ms(imported.previewMs)} | ${ms(imported.adoptedMs)} | ${ms(imported.paintedMs)} | ${ms(imported.longestTaskMs)} | ${ms(imported.longestTaskCpuMs)} | ${imported.longTasks} |`,
    );
  }
  lines.push('', '| | target | measured | limit |', '|---|---|---|---|');
  for (const c of results.checks) lines.push(`| ${c.pass ? 'PASS' : 'FAIL'} | ${c.name} | ${c.measured} | ${c.target} |`);
  lines.push(
    '',
    'What each page had in the DOM, and where its main thread went (ms of task time: JavaScript, style, layout; CDP `Performance.getMetrics`):',
    '',
    '| plan | page | zoom as opened / overview | nodes in DOM as opened / overview | DOM elements as opened | open | pan as opened | pan, whole plan | zoom | drag |',
    '|---|---|---|---|---:|---|---|---|---|---|',
  );
  for (const size of results.sizes) {
    for (const [name, t] of [['Strata', size.strata], ['floor', size.floor]] as const) {
      const zooms = `${t.pan?.zoomBefore.toFixed(3) ?? '–'} / ${t.overview?.zoom.toFixed(3) ?? '–'}`;
      const counts = `${t.open?.nodesInDom ?? '–'} / ${t.overview?.nodesInDom ?? '–'}`;
      const cells = (['open', 'pan', 'panOverview', 'zoom', 'drag'] as const).map((phase) => mainThreadCell(t, phase));
      lines.push(`| ${size.label} | ${name} | ${zooms} | ${counts} | ${t.open?.domElements ?? '–'} | ${cells.join(' | ')} |`);
    }
  }
  const errors: string[] = [];
  for (const size of results.sizes) {
    for (const [name, t] of [['Strata', size.strata], ['floor', size.floor]] as const) {
      for (const error of t.errors) errors.push(`- ${size.label} ${name}: ${error}`);
    }
  }
  if (errors.length > 0) lines.push('', 'Measurements that did not complete:', '', ...errors);
  lines.push('');
  return lines.join('\n');
}

export function checksText(checks: readonly Check[]): string {
  return checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.measured} (target ${c.target})`).join('\n');
}
