// Never losing work: while the plan has unsaved changes, the latest copy the renderer handed
// over is written to the recovery store every few seconds (only when it changed). After a
// crash the copy is still there, and the next start offers it once.
import { basename } from 'node:path';
import type { RecoveryOffer } from '../shared/bridge';
import { loadPlan } from '../shared/load/loadPlan';
import type { WriteResult } from '../node/files/atomicWrite';
import type { RecoveryEntry } from '../node/files/recoveryStore';

export const RECOVERY_INTERVAL_MS = 5_000;

export interface RecoverySlot {
  read(): Promise<RecoveryEntry | null>;
  write(copy: { planJson: string; originalPath: string | null }): Promise<WriteResult>;
  clear(): Promise<void>;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const REAL_TIMERS: Timers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export class RecoveryKeeper {
  private latest: string | null = null;
  private written: string | null = null;
  /** The slot on disk holds this session's work (so it is ours to clear). */
  private ownsSlot = false;
  private timer: unknown = null;
  private offer: RecoveryEntry | null = null;
  private offerTaken = false;

  constructor(
    private readonly slot: RecoverySlot,
    private readonly originalPath: () => string | null,
    private readonly timers: Timers = REAL_TIMERS,
    private readonly intervalMs = RECOVERY_INTERVAL_MS,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** At start: keep a copy left by a session that ended without saving, if it is a valid plan. */
  async loadOffer(): Promise<void> {
    const entry = await this.slot.read();
    if (entry && loadPlan(entry.planJson).ok) this.offer = entry;
    else if (entry) await this.slot.clear();
  }

  /** The copy found at start, once. */
  takeOffer(): RecoveryOffer | null {
    if (!this.offer || this.offerTaken) return null;
    this.offerTaken = true;
    const { planJson, originalPath, savedAt } = this.offer;
    return { text: planJson, name: originalPath ? basename(originalPath) : null, savedAt };
  }

  /** The planner restored the offered copy: it is now this session's work. */
  adoptOffer(): string | null {
    if (!this.offer || !this.offerTaken) return null;
    this.ownsSlot = true;
    return this.offer.originalPath;
  }

  update(planJson: string): void {
    this.latest = planJson;
  }

  setDirty(dirty: boolean): void {
    if (dirty && this.timer === null) {
      this.timer = this.timers.setInterval(() => void this.flush(), this.intervalMs);
    } else if (!dirty) {
      this.stop();
    }
  }

  /**
   * Writes the latest copy if it changed since the last write and is a valid plan; true when the
   * latest copy is on disk.
   */
  async flush(): Promise<boolean> {
    const text = this.latest;
    if (text === null) return false;
    if (text === this.written) return true;
    const loaded = loadPlan(text);
    if (!loaded.ok) {
      this.onError(`Recovery copy not written: ${loaded.error.message}`);
      return false;
    }
    const result = await this.slot.write({ planJson: text, originalPath: this.originalPath() });
    if (result.ok) {
      this.written = text;
      this.ownsSlot = true;
    } else {
      this.onError(result.message);
    }
    return result.ok;
  }

  /** The work was saved or deliberately discarded: drop the copy. */
  async discard(): Promise<void> {
    this.stop();
    this.latest = null;
    this.written = null;
    if (this.ownsSlot) {
      this.ownsSlot = false;
      await this.slot.clear();
    }
  }

  /** The renderer declined the offer (or asked to forget the copy). */
  async clear(): Promise<void> {
    this.offer = null;
    this.ownsSlot = true;
    await this.discard();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearInterval(this.timer);
    this.timer = null;
  }
}
