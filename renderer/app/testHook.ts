/**
 * TEST-ONLY hook, present in the built app so end-to-end tests can read the plan on screen and
 * load one, then compute the engine's report for the same plan in Node and compare figures.
 * It reads and replaces the document exactly as the editor does; it is not an API for anything else.
 */
import { loadPlan } from '../../shared/load/loadPlan';
import { serializePlan } from '../../shared/load/serialize';
import type { ActionDocument } from '../actions/types';
import { getPlan } from '../store/editorStores';

export interface StrataTestHook {
  getPlanJson(): string;
  loadPlanJson(text: string): void;
}

declare global {
  interface Window {
    __strataTest?: StrataTestHook;
  }
}

export function installTestHook(doc: ActionDocument): void {
  window.__strataTest = {
    getPlanJson: () => serializePlan(getPlan(doc)),
    loadPlanJson: (text) => {
      const result = loadPlan(text);
      if (!result.ok) throw new Error(result.error.message);
      doc.open(result.plan);
    },
  };
}
