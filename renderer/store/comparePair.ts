/**
 * The pair the Compare view shows, per document: two scenarios of this document, or one of them
 * and a scenario of another plan file read for the comparison (never opened as the document).
 * What the pickers chose is kept here so that the report exported while the view is open compares
 * the same pair (./reportComparisons.ts).
 */
import { createStore, type StoreApi } from 'zustand';
import type { ComparedSide } from '../../shared/diff/comparison';
import type { Scenario, ScenarioSet } from '../../shared/model/scenarios';

export interface CompareSide {
  readonly source: 'this' | 'other';
  /** The scenario's id in its document. */
  readonly scenario: string;
}

/** A plan file read to compare with: its name and every scenario of it. */
export interface OtherFile {
  readonly name: string;
  readonly set: ScenarioSet;
}

export interface CompareState {
  /** null: the default (the first scenario → the one on the canvas, or the second). */
  readonly from: CompareSide | null;
  readonly to: CompareSide | null;
  readonly other: OtherFile | null;
  /** Why the last file chosen with "Another file…" cannot be compared with (it names the file). */
  readonly error: string | null;
}

export type CompareStore = StoreApi<CompareState>;

export function createCompareStore(): CompareStore {
  return createStore<CompareState>()(() => ({
    from: null,
    to: null,
    other: null,
    error: null,
  }));
}

export interface ResolvedSide extends ComparedSide {
  readonly side: CompareSide;
  readonly scenario: Scenario;
}

/** How a picker's `<option>` value names a side: `id` for this document, `other:id` for the other file. */
export function sideValue(side: CompareSide): string {
  return side.source === 'this' ? side.scenario : `other:${side.scenario}`;
}

export function sideFromValue(value: string): CompareSide {
  return value.startsWith('other:')
    ? { source: 'other', scenario: value.slice('other:'.length) }
    : { source: 'this', scenario: value };
}

/** `Virtualized (plan-b.strata)` for another file's scenario. */
export function otherSideName(scenario: Scenario, file: OtherFile): string {
  return `${scenario.name} (${file.name})`;
}

function resolve(
  document: ScenarioSet,
  other: OtherFile | null,
  side: CompareSide | null,
): ResolvedSide | null {
  if (side === null) return null;
  const set = side.source === 'this' ? document : other?.set;
  const scenario = set?.scenarios.find((s) => s.id === side.scenario);
  if (!scenario) return null;
  const name = side.source === 'other' && other ? otherSideName(scenario, other) : scenario.name;
  return { side, scenario, name, plan: scenario.plan };
}

/**
 * The two sides to compare, `document` being this document with the live plan in place: what the
 * pickers chose, else from the first scenario to the one on the canvas (or the second).
 */
export function resolvePair(
  document: ScenarioSet,
  state: CompareState,
): { readonly from: ResolvedSide; readonly to: ResolvedSide } | null {
  const ids = document.scenarios.map((s) => s.id);
  const first = ids[0];
  if (first === undefined) return null;
  const from =
    resolve(document, state.other, state.from) ??
    resolve(document, null, { source: 'this', scenario: first });
  if (!from) return null;
  const fallback =
    from.side.source === 'this' && document.activeScenario === from.side.scenario
      ? (ids[1] ?? first)
      : document.activeScenario;
  const to =
    resolve(document, state.other, state.to) ??
    resolve(document, null, { source: 'this', scenario: fallback });
  return to ? { from, to } : null;
}
