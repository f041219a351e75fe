/** Blast radius (SPEC §6.3): the worst single failure and the next four, with what each loses;
 * and the largest isolation exposure (§6.5). */
import { worstFailure } from '../../shared/format/figureTexts';
import { rankFailures } from '../../shared/metrics/failureRanking';
import type { BlastEntry, Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import { useLang } from '../i18n/useLang';
import { Figure, Section, figureText, type Figures } from './Figure';
import { counted } from '../../shared/format/counted';
import { useFailureAfterPaint } from './useFailureAfterPaint';

/**
 * The five entries losing the most workloads, ranked as `strata report` ranks them (ties: more
 * services down, then smallest id); the ranking is kept with the report (derived after an edit).
 */
export function worstFailures(report: Report, count = 5): BlastEntry[] {
  return rankFailures(report.blastRadius.nodes, count);
}

const SHOWN_NAMES = 6;

function Loses({ plan, id, testId }: { plan: Plan; id: string; testId: string }) {
  const outcome = useFailureAfterPaint(plan, id);
  const lang = useLang();
  // Simulated once the entry's figures have painted (a large plan, just edited).
  if (outcome === undefined) return <div className="blast__loses" data-testid={testId} aria-busy />;
  if (!outcome) return null;
  const names = outcome.lostWorkloads.map((w) => w.name);
  const more = names.length - SHOWN_NAMES;
  // A site's failure takes tens of thousands of services down: their names alone were a frame of
  // text shaping on a 100,000-node plan; the first few are named, the rest counted, as workloads are.
  const services = outcome.servicesDown;
  const moreServices = services.length - SHOWN_NAMES;
  return (
    <div
      className="blast__loses"
      data-testid={testId}
      data-value={JSON.stringify(outcome.lostWorkloads.map((w) => w.id))}
    >
      {lang.t('ui.figures.loses', { names: names.slice(0, SHOWN_NAMES).join(lang.t('cli.names.separator')) })}
      {more > 0 ? lang.t('ui.figures.andMore', { n: more }) : ''}
      {services.length > 0 && (
        <span className="tone-bad">
          {' · '}
          {lang.t('cli.report.servicesDown', { names: services.slice(0, SHOWN_NAMES).join(lang.t('cli.names.separator')) })}
          {moreServices > 0 ? lang.t('ui.figures.andMore', { n: moreServices }) : ''}
        </span>
      )}
    </div>
  );
}

export function BlastSection({
  plan,
  report,
  names,
  figures,
}: {
  plan: Plan;
  report: Report;
  names: (id: string) => string;
  figures: Figures;
}) {
  const t = (id: string): string => figureText(figures, id);
  const l = (id: string): string => figures.get(id)?.label ?? '';
  const m = (id: string): string => figures.get(id)?.meaning ?? '';
  const lang = useLang();
  const worst = worstFailures(report);
  const s = report.security;
  return (
    <Section title={lang.t('ui.figures.blast')} testId="section-blast">
      {worst.length === 0 && (
        <p className="muted" data-testid="blast-none">
          {lang.t('ui.figures.noBlast')}
        </p>
      )}
      <ol className="blast">
        {worst.map((entry, i) => (
          <li
            key={entry.id}
            className="blast__entry"
            data-testid={`blast-entry-${i}`}
            data-id={entry.id}
            data-value={JSON.stringify(entry)}
          >
            <div className="blast__head">
              <span className="blast__name">{names(entry.id)}</span>
              <span className="blast__lost tone-bad">{lang.t('cli.report.lost', { workloads: counted(lang, 'workload', entry.lost) })}</span>
            </div>
            <div className="muted">
              {entry.recovered > 0
                ? `${lang.t('ui.figures.restarted', { workloads: counted(lang, 'workload', entry.recovered) })} · `
                : ''}
              {lang.t('cli.report.down', { services: counted(lang, 'service', entry.servicesDown) })}
            </div>
            <Loses plan={plan} id={entry.id} testId={`blast-entry-${i}-loses`} />
          </li>
        ))}
      </ol>
      <div className="figures">
        <Figure
          label={l('blast-worst')}
          text={t('blast-worst')}
          raw={worstFailure(report)}
          testId="metric-blast-worst"
        />
        <Figure
          label={l('max-exposure')}
          text={t('max-exposure')}
          raw={s.maxExposure}
          testId="metric-max-exposure"
          hint={m('max-exposure')}
        />
        <Figure
          label={l('largest-shared-kernel')}
          text={t('largest-shared-kernel')}
          raw={s.largestSharedKernel}
          testId="metric-largest-shared-kernel"
        />
        <Figure
          label={l('single-failure-domains')}
          text={t('single-failure-domains')}
          raw={report.blastRadius.singleFailureDomainServices}
          testId="metric-single-failure-domains"
          hint={m('single-failure-domains')}
        />
      </div>
    </Section>
  );
}
