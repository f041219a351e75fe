/**
 * TEST-ONLY hook, compiled into the test and benchmark builds only (`vite build --mode test` /
 * `bench`; main.tsx installs it under `__STRATA_TEST_HOOK__`), so end-to-end tests can read the
 * plan on screen and load one, then compute the engine's report for the same plan in Node and
 * compare figures. It replaces the document without asking about unsaved changes: never in a
 * build that ships (tests/builtBundle.test.ts proves the production bundle has no trace of it).
 */
import { loadDocument } from '../../shared/load/loadDocument';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
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
      const result = loadDocument(text);
      if (!result.ok) throw new Error(result.error.message);
      doc.open(activeScenarioOf(result.document).plan, result.document);
    },
  };
}
