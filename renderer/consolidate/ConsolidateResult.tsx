/**
 * What a consolidation proposed: hosts against the lower bound, the gap and whether it is proven
 * optimal (and by what), each new cluster with the HA the engine found, and the headline figures
 * before and after (the Compare view's table).
 */
import { compareValues } from '../../shared/diff/comparison';
import { counted } from '../../shared/format/counted';
import { formatNumber } from '../../shared/format/numbers';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import { FigureTable } from '../compare/FigureTable';
import { useLang } from '../i18n/useLang';
import type { ConsolidateOutcome } from './workerProtocol';

/** Each figure's row: `consolidate-row-<figure key>`. */
const ROW_TEST_ID = 'consolidate-row';

export interface Done {
  readonly outcome: Extract<ConsolidateOutcome, { ok: true }>;
  readonly fromName: string;
  readonly toName: string;
}

function proof(outcome: Done['outcome']): CatalogKey {
  const { result, solver } = outcome;
  if (result.hosts === result.lowerBound) return 'consolidate.proof.bound';
  if (result.proven) return 'consolidate.proof.exact';
  if (solver === 'unavailable') return 'consolidate.proof.unavailable';
  return 'consolidate.proof.none';
}

function placed(result: Done['outcome']['result'], lang: Lang): string {
  const n = (value: number): string => formatNumber(value, 0, lang.numberLocale);
  return lang.t('consolidate.placedText', {
    all: n(result.moved + result.p2v),
    moved: n(result.moved),
    p2v: n(result.p2v),
    retired: counted(lang, 'server', result.retired),
  });
}

export function ConsolidateResult({ done }: { done: Done }) {
  const { outcome, fromName, toName } = done;
  const { result } = outcome;
  const lang = useLang();
  const n = (value: number, decimals = 2): string => formatNumber(value, decimals, lang.numberLocale);
  return (
    <div className="consolidate-result" data-testid="consolidate-result">
      <p className="consolidate-added" data-testid="consolidate-scenario">
        {lang.t('consolidate.added', { name: toName })}
      </p>
      <dl className="consolidate-summary">
        <dt>{lang.t('consolidate.hosts')}</dt>
        <dd data-testid="consolidate-hosts" data-value={result.hosts}>
          {n(result.hosts)}
        </dd>
        <dt>{lang.t('consolidate.bound')}</dt>
        <dd data-testid="consolidate-bound" data-value={result.lowerBound}>
          {n(result.lowerBound)}
        </dd>
        <dt>{lang.t('consolidate.gap')}</dt>
        <dd data-testid="consolidate-gap" data-value={result.gap}>
          {lang.t('consolidate.gapText', { gap: n(result.gap * 100) })}
        </dd>
        <dt>{lang.t('consolidate.optimal')}</dt>
        <dd
          data-testid="consolidate-proven"
          data-value={String(result.proven)}
          data-solver={outcome.solver}
          title={outcome.solverError}
        >
          {lang.t(proof(outcome))}
        </dd>
        <dt>{lang.t('consolidate.placed')}</dt>
        <dd data-testid="consolidate-placed">{placed(result, lang)}</dd>
      </dl>
      <ul className="consolidate-groups">
        {result.groups.map((g) => (
          <li key={g.cluster} data-testid={`consolidate-cluster-result-${g.cluster}`}>
            {lang.t('consolidate.group', {
              cluster: g.cluster,
              hosts: counted(lang, 'host', g.hosts),
              vms: counted(lang, 'vm', g.vms),
              failures: counted(lang, 'hostFailure', g.tolerates),
            })}
          </li>
        ))}
      </ul>
      <FigureTable
        fromName={fromName}
        toName={toName}
        figures={compareValues(outcome.figures.from, outcome.figures.to, lang)}
        rowTestId={ROW_TEST_ID}
      />
    </div>
  );
}
