/**
 * TEST-ONLY hook, present in the built app so end-to-end tests can read the plan on screen and
 * load one, then compute the engine's report for the same plan in Node and compare figures.
 * It reads and replaces the document exactly as the editor does; it is not an API for anything else.
 */
import { loadDocument } from '../../shared/load/loadDocument';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { serializePlan } from '../../shared/load/serialize';
import { openPlan } from '../actions/fileActions';
import { getPlan } from '../store/planStore';

export interface StrataTestHook {
  getPlanJson(): string;
  loadPlanJson(text: string): void;
}

declare global {
  interface Window {
    __strataTest?: StrataTestHook;
  }
}

export function installTestHook(): void {
  window.__strataTest = {
    getPlanJson: () => serializePlan(getPlan()),
    loadPlanJson: (text) => {
      const result = loadDocument(text);
      if (!result.ok) throw new Error(result.error.message);
      openPlan(activeScenarioOf(result.document).plan, result.document);
    },
  };
}
