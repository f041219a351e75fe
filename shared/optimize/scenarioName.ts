/** The name and id of the scenario an optimizer run adds: its settings, readably, never taken. */
import { formatNumber } from '../format/numbers';
import type { Scenario } from '../model/scenarios';
import type { OptimizeOptions } from './types';

/**
 * For example `Consolidated: 64 cores / 1024 GiB VMware ESXi, N+1, P2V 50 %`; `hostLabel` names
 * the host model as the planner chose it (the app's preset `2 × 32 cores / 1 TiB`) instead.
 */
export function describeRun(options: OptimizeOptions, hostLabel?: string): string {
  const { host } = options;
  const model = hostLabel ?? `${formatNumber(host.cpuCores)} cores / ${formatNumber(host.ramGiB)} GiB`;
  const parts = [
    `${model} ${host.product}`,
    `N+${options.ha}`,
  ];
  const headroom = options.headroom ?? 1;
  if (headroom !== 1) parts.push(`headroom ${formatNumber(headroom * 100)} %`);
  if (options.p2v) parts.push(`P2V ${formatNumber((options.p2vSize ?? 1) * 100)} %`);
  if (options.scope.length > 0)
    parts.push(
      options.scope
        .map((s) => (s.kind === 'site' ? `site:${s.id}` : `cluster:${s.name}`))
        .join(' '),
    );
  return `Consolidated: ${parts.join(', ')}`;
}

/** The run's scenario, after the document's others: a name and id none of them has. */
export function newScenario(
  existing: readonly Scenario[],
  options: OptimizeOptions,
  plan: Scenario['plan'],
  hostLabel?: string,
): Scenario {
  const base = describeRun(options, hostLabel);
  const names = new Set(existing.map((s) => s.name));
  const ids = new Set(existing.map((s) => s.id));
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base} (${n})`;
  let id = 'consolidated';
  for (let n = 2; ids.has(id); n++) id = `consolidated-${n}`;
  return { id, name, plan };
}
