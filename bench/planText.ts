/**
 * The file text of a generated plan: valid `.strata` JSON with one node or link per line, which
 * keeps 10,000-node files readable with grep and less while staying close to compact JSON in size.
 */
import type { Plan } from '../shared/model';

export function planText(plan: Plan): string {
  const lines = (items: readonly unknown[]): string =>
    items.map((item) => JSON.stringify(item)).join(',\n');
  const parts = [
    '{',
    `  "format": ${JSON.stringify(plan.format)},`,
    `  "version": ${JSON.stringify(plan.version)},`,
    `  "name": ${JSON.stringify(plan.name)},`,
    `  "settings": ${JSON.stringify(plan.settings)},`,
    `  "nodes": [\n${lines(plan.nodes)}\n  ],`,
    `  "links": [\n${lines(plan.links)}\n  ]${plan.view ? ',' : ''}`,
  ];
  if (plan.view) parts.push(`  "view": ${JSON.stringify(plan.view)}`);
  parts.push('}', '');
  return parts.join('\n');
}
