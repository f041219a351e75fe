/**
 * Functions that run inside the page (through `page.evaluate`). Playwright sends each one as its
 * source text, so every one is self-contained: no imports, no helpers from this module.
 *
 * "Painted" is measured the same way everywhere: once the change is in the DOM, a
 * `requestAnimationFrame` callback runs in the frame that draws it, and a message posted from that
 * callback is handled in the first task after the frame's rendering work.
 */
import type {} from '../../renderer/app/testHook';
import type {} from './floor/FloorApp';

export interface OpenTiming {
  /** The load call itself (for Strata: load, validate, layout, report, canvas elements). */
  readonly callMs: number;
  /** From the call to the frame that paints the final node count. */
  readonly paintedMs: number;
  /** `.react-flow__node` elements in the DOM once stable. */
  readonly nodesInDom: number;
  readonly timedOut: boolean;
  /** The longest main-thread task while opening (Long Tasks API: tasks over 50 ms; 0 when none). */
  readonly longestTaskMs: number;
}

export interface ChangeTiming {
  /** From the event (keydown Enter, pointerup) to the watched attribute changing. */
  readonly changeMs: number;
  /** From the event to the frame that paints the change. */
  readonly paintedMs: number;
  /** The page's main-thread CPU time over the same span, from Chromium's trace (changeCpu.ts). */
  readonly cpuMs?: number | null;
}

export interface Rect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface BenchGlobals {
  text?: string;
  /** The stashed text as a file on disk would be (made before the open is timed). */
  file?: File;
  frames?: number[];
  framesOn?: boolean;
  change?: Promise<ChangeTiming | null>;
  longFrames?: LongFrame[];
  longFramesOff?: () => void;
}

/** A frame that took longer than two vsyncs, and where its time went (Long Animation Frames API). */
export interface LongFrame {
  readonly durationMs: number;
  /** From the frame's start to its rendering (rAF callbacks, style, layout, paint) starting. */
  readonly beforeRenderMs: number;
  readonly styleAndLayoutMs: number;
  /** All the frame's scripts (those over 5 ms are reported), and how many there were. */
  readonly scriptMs: number;
  readonly scriptCount: number;
  /** The scripts that ran in it, longest first: what invoked them, in which function. */
  readonly scripts: readonly { readonly invoker: string; readonly fn: string; readonly ms: number }[];
}

declare global {
  interface Window {
    __canvasBench?: BenchGlobals;
  }
}

/**
 * Puts the plan's text in the page, and with `asFile` also a File of it: a chosen file is already
 * on disk, so encoding a 20 MB string into a File (hundreds of milliseconds at 100k) is not part of
 * the open and must not land in its timing or its longest task.
 */
export function stashText(arg: { text: string; asFile: boolean }): void {
  const file = arg.asFile ? new File([arg.text], 'plan.strata', { type: 'application/json' }) : undefined;
  window.__canvasBench = { ...window.__canvasBench, text: arg.text, file };
}

export function isReady(hook: 'strata' | 'floor'): boolean {
  const ready = hook === 'strata' ? window.__strataTest !== undefined : window.__floorTest !== undefined;
  return ready && document.querySelector('.react-flow__viewport') !== null;
}

/**
 * Loads the stashed text (when `load` names a page's hook, or `file` puts it in the page's file
 * input as a person's chosen file would be) and resolves once the node count in the DOM has held
 * still for a while: with the time from the call to the frame that painted that count, and the
 * longest main-thread task meanwhile.
 */
export function settleNodes(arg: {
  load: 'strata' | 'floor' | 'file' | null;
  stableMs: number;
  stableFrames: number;
  timeoutMs: number;
}): Promise<OpenTiming> {
  const nodes = document.getElementsByClassName('react-flow__node');
  let longestTaskMs = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  longTasks.observe({ type: 'longtask' });
  const t0 = performance.now();
  if (arg.load !== null) {
    const bench = window.__canvasBench ?? {};
    const text = bench.text ?? '';
    const file = bench.file;
    delete bench.text;
    delete bench.file;
    if (arg.load === 'file') {
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]');
      if (!input) throw new Error('no file input');
      if (!file) throw new Error('no stashed file');
      const chosen = new DataTransfer();
      chosen.items.add(file);
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      const hook = arg.load === 'strata' ? window.__strataTest : window.__floorTest;
      if (!hook) throw new Error(`no ${arg.load} test hook`);
      hook.loadPlanJson(text);
    }
  }
  const callMs = performance.now() - t0;
  return new Promise((resolve) => {
    let count = -1;
    let changedAt = 0;
    let changedFrame = 0;
    let paintedAt = 0;
    let frame = 0;
    const channel = new MessageChannel();
    // A chosen file opens in a worker while the page still shows the plan it had, whose cards
    // would look settled: count only once the progress indicator has come and gone (it goes two
    // frames after the new plan replaced the old, when its cards are drawn).
    let opening: 'before' | 'during' | 'after' = arg.load === 'file' ? 'before' : 'after';
    const tick = (): void => {
      frame += 1;
      const now = performance.now();
      if (opening !== 'after') {
        const shown = document.querySelector('[data-testid="opening-progress"]') !== null;
        if (opening === 'before' && shown) opening = 'during';
        else if (opening === 'during' && !shown) opening = 'after';
        if (opening !== 'after') {
          if (now - t0 > arg.timeoutMs) {
            longTasks.disconnect();
            resolve({ callMs, paintedMs: now - t0, nodesInDom: nodes.length, timedOut: true, longestTaskMs });
            return;
          }
          requestAnimationFrame(tick);
          return;
        }
      }
      if (nodes.length !== count) {
        count = nodes.length;
        changedAt = now;
        changedFrame = frame;
        paintedAt = 0;
        const seen = count;
        // Runs after this frame's rendering: the moment these nodes are on screen.
        channel.port1.onmessage = () => {
          if (seen === count && paintedAt === 0) paintedAt = performance.now();
        };
        channel.port2.postMessage(0);
      }
      const stable = count > 0 && frame - changedFrame >= arg.stableFrames && now - changedAt >= arg.stableMs && paintedAt > 0;
      const timedOut = now - t0 > arg.timeoutMs;
      if (stable || timedOut) {
        for (const entry of longTasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
        longTasks.disconnect();
        resolve({ callMs, paintedMs: (paintedAt || now) - t0, nodesInDom: count, timedOut: !stable, longestTaskMs });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function startFrames(): void {
  const bench = (window.__canvasBench ??= {});
  const frames: number[] = [];
  bench.frames = frames;
  bench.framesOn = true;
  const tick = (t: number): void => {
    if (!bench.framesOn) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The rAF timestamps since `startFrames`. */
/** Starts recording long animation frames (profiling runs only). */
export function startLongFrames(): void {
  const bench = (window.__canvasBench ??= {});
  const frames: LongFrame[] = [];
  bench.longFrames = frames;
  interface Loaf extends PerformanceEntry {
    renderStart: number;
    styleAndLayoutStart: number;
    scripts: { invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; duration: number }[];
  }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Loaf[]) {
      if (entry.duration < 34) continue;
      const end = entry.startTime + entry.duration;
      frames.push({
        durationMs: entry.duration,
        beforeRenderMs: (entry.renderStart || end) - entry.startTime,
        styleAndLayoutMs: entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0,
        scriptMs: entry.scripts.reduce((sum, s) => sum + s.duration, 0),
        scriptCount: entry.scripts.length,
        scripts: [...entry.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((s) => ({ invoker: s.invoker, fn: `${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.split('/').pop() ?? ''}:${s.sourceCharPosition}`, ms: s.duration })),
      });
    }
  });
  observer.observe({ type: 'long-animation-frame', buffered: false });
  bench.longFramesOff = () => observer.disconnect();
}

export function stopLongFrames(): LongFrame[] {
  const bench = window.__canvasBench ?? {};
  bench.longFramesOff?.();
  return bench.longFrames ?? [];
}

export function stopFrames(): number[] {
  const bench = window.__canvasBench ?? {};
  bench.framesOn = false;
  return bench.frames ?? [];
}

/**
 * Arms a timer: from the next `event` (keydown Enter, or pointerup: React Flow's drag stops the
 * mouseup) to the first change of the element `selector` (its `attribute` or its text, at any
 * depth), and to the frame that paints it. `waitChange` returns it.
 */
export function armChange(arg: { event: 'keydown' | 'pointerup'; selector: string; attribute: string; timeoutMs: number }): void {
  const bench = (window.__canvasBench ??= {});
  bench.change = new Promise((resolve) => {
    const target = document.querySelector(arg.selector);
    if (!target) {
      resolve(null);
      return;
    }
    let t0 = -1;
    const onEvent = (event: Event): void => {
      if (arg.event === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
      t0 = performance.now();
      // For the trace (changeCpu.ts): where the page's work for the change starts and ends.
      performance.mark('bench:change-start');
      window.removeEventListener(arg.event, onEvent, true);
    };
    window.addEventListener(arg.event, onEvent, true);
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, arg.timeoutMs);
    const observer = new MutationObserver(() => {
      if (t0 < 0) return;
      const changedAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        // The task of the frame that paints the change (its rAF callbacks run before its paint).
        performance.mark('bench:change-frame');
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark('bench:change-painted');
          resolve({ changeMs: changedAt - t0, paintedMs: performance.now() - t0 });
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(target, { attributes: true, attributeFilter: [arg.attribute], characterData: true, childList: true, subtree: true });
  });
}

export function waitChange(): Promise<ChangeTiming | null> {
  return window.__canvasBench?.change ?? Promise.resolve(null);
}

/** Screen rectangles of the given nodes that are in the DOM (React Flow's `data-id`). */
export function nodeRects(ids: readonly string[]): Rect[] {
  const out: Rect[] = [];
  for (const id of ids) {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    out.push({ id, x: r.x, y: r.y, width: r.width, height: r.height });
  }
  return out;
}

/** The canvas pane on screen, and the viewport: `transform` as React Flow writes it, and its zoom. */
export function paneAndZoom(): { x: number; y: number; width: number; height: number; zoom: number; transform: string } {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const transform = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
  const zoom = Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? '1');
  return { x: pane?.x ?? 0, y: pane?.y ?? 0, width: pane?.width ?? 0, height: pane?.height ?? 0, zoom, transform };
}

/** The node on top at each point (the `data-id` of the React Flow node element hit), or null. */
export function topNodeIds(points: readonly { x: number; y: number }[]): (string | null)[] {
  return points.map((p) => document.elementFromPoint(p.x, p.y)?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
}

export function domCounts(): { nodes: number; edges: number; elements: number } {
  return {
    nodes: document.getElementsByClassName('react-flow__node').length,
    edges: document.getElementsByClassName('react-flow__edge').length,
    elements: document.getElementsByTagName('*').length,
  };
}

export function usedHeap(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}
