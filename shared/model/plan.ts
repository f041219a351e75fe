import type { PlanNode } from './nodes';
import type { Settings } from './settings';

export const PLAN_FORMAT = 'strata-plan';
/**
 * The version a Plan object carries: the shape of one plan, which is a whole version-1 file and
 * one scenario of a version-2 file. Files are written as FILE_VERSION.
 */
export const CURRENT_VERSION = 1;
/** The newest file version this program reads and writes (SPEC §2.1: scenarios). */
export const FILE_VERSION = 2;

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
