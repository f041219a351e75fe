/**
 * What a consolidation proposed: hosts against the lower bound, the gap and whether it is proven
 * optimal (and by what), each new cluster with the HA the engine found, and the headline figures
 * before and after (the Compare view's table).
 */
import { compareValues } from '../../shared/diff/comparison';
import { formatNumber } from '../../shared/format/numbers';
import { FigureTable } from '../compare/FigureTable';
import type { ConsolidateOutcome } from './workerProtocol';

export interface Done {
  readonly outcome: Extract<ConsolidateOutcome, { ok: true }>;
  readonly fromName: string;
  readonly toName: string;
}

function proof(outcome: Done['outcome']): string {
  const { result, solver } = outcome;
  if (result.hosts === result.lowerBound) return 'proven optimal: the lower bound is met';
  if (result.proven) return 'proven optimal by the exact solver (HiGHS)';
  if (solver === 'unavailable')
    return 'not proven: the exact solver could not load here, so only the bound is known';
  return 'not proven optimal';
}

export function ConsolidateResult({ done }: { done: Done }) {
  const { outcome, fromName, toName } = done;
  const { result } = outcome;
  return (
    <div className="consolidate-result" data-testid="consolidate-result">
      <p className="consolidate-added" data-testid="consolidate-scenario">
        Added scenario “{toName}”.
      </p>
      <dl className="consolidate-summary">
        <dt>Hosts</dt>
        <dd data-testid="consolidate-hosts" data-value={result.hosts}>
          {formatNumber(result.hosts)}
        </dd>
        <dt>Lower bound</dt>
        <dd data-testid="consolidate-bound" data-value={result.lowerBound}>
          {formatNumber(result.lowerBound)}
        </dd>
        <dt>Gap</dt>
        <dd data-testid="consolidate-gap" data-value={result.gap}>
          {formatNumber(result.gap * 100)} %
        </dd>
        <dt>Optimal</dt>
        <dd
          data-testid="consolidate-proven"
          data-value={String(result.proven)}
          data-solver={outcome.solver}
          title={outcome.solverError}
        >
          {proof(outcome)}
        </dd>
        <dt>VMs placed</dt>
        <dd data-testid="consolidate-placed">
          {formatNumber(result.moved + result.p2v)} ({formatNumber(result.moved)} moved,{' '}
          {formatNumber(result.p2v)} from P2V); {formatNumber(result.retired)} servers retired
        </dd>
      </dl>
      <ul className="consolidate-groups">
        {result.groups.map((g) => (
          <li key={g.cluster} data-testid={`consolidate-cluster-result-${g.cluster}`}>
            {g.cluster}: {formatNumber(g.hosts)} hosts, {formatNumber(g.vms)} VMs, tolerates{' '}
            {formatNumber(g.tolerates)} host failure{g.tolerates === 1 ? '' : 's'}
          </li>
        ))}
      </ul>
      <FigureTable
        fromName={fromName}
        toName={toName}
        figures={compareValues(outcome.figures.from, outcome.figures.to)}
        rowTestId="consolidate-row"
      />
    </div>
  );
}
