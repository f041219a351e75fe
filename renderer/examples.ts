/** The example plans shipped in examples/, bundled as text. Strata opens on the ESXi cluster. */
import { loadDocument } from '../shared/load/loadDocument';
import type { Plan } from '../shared/model/plan';
import type { ScenarioSet } from '../shared/model/scenarios';
import { activeScenarioOf } from '../shared/model/scenarioSet';

const files = import.meta.glob('../examples/*.strata', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface ExamplePlan {
  /** The file name without extension, e.g. "02-esxi-ha-cluster". */
  readonly id: string;
  readonly title: string;
  /** The scenario it opens on. */
  readonly plan: Plan;
  readonly document: ScenarioSet;
}

export const DEFAULT_EXAMPLE_ID = '02-esxi-ha-cluster';

function load(): ExamplePlan[] {
  const out: ExamplePlan[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = path.replace(/^.*\//, '').replace(/\.strata$/, '');
    const result = loadDocument(text);
    if (result.ok) {
      const { document } = result;
      out.push({ id, title: document.name, plan: activeScenarioOf(document).plan, document });
    } else console.error(`Example ${id} does not load: ${result.error.message}`);
  }
  return out;
}

export const EXAMPLES: readonly ExamplePlan[] = load();

export function findExample(id: string): ExamplePlan | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
