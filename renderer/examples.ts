/** The example plans shipped in examples/, bundled as text. Strata opens on the ESXi cluster. */
import { loadPlan } from '../shared/load/loadPlan';
import type { Plan } from '../shared/model/plan';

const files = import.meta.glob('../examples/*.strata', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface ExamplePlan {
  /** The file name without extension, e.g. "02-esxi-ha-cluster". */
  readonly id: string;
  readonly title: string;
  readonly plan: Plan;
}

export const DEFAULT_EXAMPLE_ID = '02-esxi-ha-cluster';

function load(): ExamplePlan[] {
  const out: ExamplePlan[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = path.replace(/^.*\//, '').replace(/\.strata$/, '');
    const result = loadPlan(text);
    if (result.ok) out.push({ id, title: result.plan.name, plan: result.plan });
    else console.error(`Example ${id} does not load: ${result.error.message}`);
  }
  return out;
}

export const EXAMPLES: readonly ExamplePlan[] = load();

export function findExample(id: string): ExamplePlan | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
