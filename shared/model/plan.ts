import type { PlanNode } from './nodes';
import type { Settings } from './settings';

export const PLAN_FORMAT = 'strata-plan';
/** The newest file version this program reads and writes. */
export const CURRENT_VERSION = 1;

/** `from` depends on `to`. */
export interface Link {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Plan {
  readonly format: typeof PLAN_FORMAT;
  readonly version: typeof CURRENT_VERSION;
  readonly name: string;
  readonly settings: Settings;
  readonly nodes: readonly PlanNode[];
  readonly links: readonly Link[];
  readonly view?: View;
}

export const MAX_NODES = 100_000;
export const MAX_LINKS = 200_000;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
