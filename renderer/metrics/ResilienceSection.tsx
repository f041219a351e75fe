/** High availability per cluster (SPEC §6.4) and disaster recovery coverage (§6.6). */
import type { Dr, Ha } from '../../shared/metrics/types';
import { useId } from 'react';
import { clusterText } from '../../shared/format/figureTexts';
import { useLang } from '../i18n/useLang';
import { Figure, Section, figureText, type Figures } from './Figure';
import { ShowMoreButton, useRowBound } from '../ui/ShowMore';

export function ResilienceSection({ ha, dr, figures }: { ha: Ha; dr: Dr | null; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  const l = (id: string): string => figures.get(id)?.label ?? '';
  const m = (id: string): string => figures.get(id)?.meaning ?? '';
  const lang = useLang();
  const bound = useRowBound(ha.clusters.length);
  const tableId = useId();
  return (
    <Section title={lang.t('ui.figures.haDr')} testId="section-resilience">
      {ha.clusters.length === 0 ? (
        <p className="muted" data-testid="ha-none">{lang.t('ui.figures.noClusters')}</p>
      ) : (
        <table className="table" id={tableId} data-testid="ha-clusters">
          <thead>
            <tr>
              <th>{lang.t('ui.figures.cluster')}</th>
              <th>{lang.t('ui.figures.hosts')}</th>
              <th>{lang.t('ui.figures.vms')}</th>
              <th>{lang.t('ui.figures.tolerates')}</th>
            </tr>
          </thead>
          <tbody>
            {ha.clusters.slice(0, bound.shown).map((c) => (
              <tr key={c.name} data-testid={`ha-cluster-${c.name}`} data-value={JSON.stringify(c)}>
                <td>{c.name}</td>
                <td>{c.hosts}</td>
                <td>{c.vms}</td>
                <td className={c.toleratesHostFailures === 0 ? 'tone-bad' : 'tone-good'}>
                  {clusterText(c, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMoreButton bound={bound} controls={tableId} testId="ha-clusters-show-more" />
      {dr === null ? (
        <p className="muted" data-testid="metric-dr-none">{lang.t('ui.figures.noDr')}</p>
      ) : (
        <div className="figures">
          <Figure label={l('dr-coverage')} text={t('dr-coverage')} raw={dr.coverage} testId="metric-dr-coverage"
            tone={dr.ready ? 'good' : 'bad'} />
          <Figure label={l('dr-ready')} text={t('dr-ready')} raw={dr.ready} testId="metric-dr-ready" tone={dr.ready ? 'good' : 'bad'} />
          <Figure label={l('dr-demand')} text={t('dr-demand')}
            raw={{ cpu: dr.demandCpu, ramGiB: dr.demandRamGiB }} testId="metric-dr-demand" />
          <Figure label={l('dr-free')} text={t('dr-free')}
            raw={{ cpu: dr.freeCpu, ramGiB: dr.freeRamGiB }} testId="metric-dr-free" />
          <Figure label={l('dr-unprotected')} text={t('dr-unprotected')} raw={dr.unprotected} testId="metric-dr-unprotected"
            hint={m('dr-unprotected')} />
        </div>
      )}
    </Section>
  );
}
