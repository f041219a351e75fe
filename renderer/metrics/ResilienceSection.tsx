/** High availability per cluster (SPEC §6.4) and disaster recovery coverage (§6.6). */
import type { Dr, Ha } from '../../shared/metrics/types';
import { clusterText } from '../../shared/format/figureTexts';
import { Figure, Section, figureText, type Figures } from './Figure';

export function ResilienceSection({ ha, dr, figures }: { ha: Ha; dr: Dr | null; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  return (
    <Section title="HA and DR" testId="section-resilience">
      {ha.clusters.length === 0 ? (
        <p className="muted" data-testid="ha-none">No clusters: a host failure loses its VMs.</p>
      ) : (
        <table className="table" data-testid="ha-clusters">
          <thead>
            <tr>
              <th>Cluster</th>
              <th>Hosts</th>
              <th>VMs</th>
              <th>Tolerates</th>
            </tr>
          </thead>
          <tbody>
            {ha.clusters.map((c) => (
              <tr key={c.name} data-testid={`ha-cluster-${c.name}`} data-value={JSON.stringify(c)}>
                <td>{c.name}</td>
                <td>{c.hosts}</td>
                <td>{c.vms}</td>
                <td className={c.toleratesHostFailures === 0 ? 'tone-bad' : 'tone-good'}>
                  {clusterText(c)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dr === null ? (
        <p className="muted" data-testid="metric-dr-none">No secondary site: disaster recovery is not planned.</p>
      ) : (
        <div className="figures">
          <Figure label="DR coverage" text={t('dr-coverage')} raw={dr.coverage} testId="metric-dr-coverage"
            tone={dr.ready ? 'good' : 'bad'} />
          <Figure label="DR ready" text={t('dr-ready')} raw={dr.ready} testId="metric-dr-ready" tone={dr.ready ? 'good' : 'bad'} />
          <Figure label="Demand" text={t('dr-demand')}
            raw={{ cpu: dr.demandCpu, ramGiB: dr.demandRamGiB }} testId="metric-dr-demand" />
          <Figure label="Free at secondary" text={t('dr-free')}
            raw={{ cpu: dr.freeCpu, ramGiB: dr.freeRamGiB }} testId="metric-dr-free" />
          <Figure label="Unprotected" text={t('dr-unprotected')} raw={dr.unprotected} testId="metric-dr-unprotected"
            hint="Workloads at primary sites that are not VMs or inside VMs" />
        </div>
      )}
    </Section>
  );
}
