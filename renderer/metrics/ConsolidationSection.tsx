/** Consolidation (SPEC §6.1): ratio, servers saved, density, CPU and RAM in use. */
import type { Consolidation } from '../../shared/metrics/types';
import { useLang } from '../i18n/useLang';
import { Figure, Section, Tile, UsageBar, figureText, type Figures } from './Figure';

export function ConsolidationSection({ c, figures }: { c: Consolidation; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  const l = (id: string): string => figures.get(id)?.label ?? '';
  const m = (id: string): string => figures.get(id)?.meaning ?? '';
  const lang = useLang();
  return (
    <Section title={lang.t('section.consolidation')} testId="section-consolidation">
      <div className="tiles">
        <Tile label={l('ratio')} text={t('ratio')} raw={c.ratio} testId="metric-ratio"
          hint={m('ratio')} />
        <Tile label={l('servers-saved')} text={t('servers-saved')} raw={c.serversSaved} testId="metric-servers-saved"
          hint={m('servers-saved')} />
        <Tile label={l('vms-per-host')} text={t('vms-per-host')} raw={c.vmsPerHost} testId="metric-vms-per-host" />
        <Tile label={l('containers-per-host')} text={t('containers-per-host')} raw={c.containersPerHost}
          testId="metric-containers-per-host" />
      </div>
      <UsageBar label={l('cpu-in-use')} demand={c.totals.cpuDemand} capacity={c.totals.cpuCores} text={t('cpu-in-use')} testId="metric-cpu-in-use" />
      <UsageBar label={l('ram-in-use')} demand={c.totals.ramDemand} capacity={c.totals.ramGiB} text={t('ram-in-use')} testId="metric-ram-in-use" />
      <div className="figures">
        <Figure label={l('servers')} text={t('servers')} raw={c.servers} testId="metric-servers" />
        <Figure label={l('workloads')} text={t('workloads')} raw={c.workloads} testId="metric-workloads" />
        <Figure label={l('vms')} text={t('vms')} raw={c.vms} testId="metric-vms" />
        <Figure label={l('vm-hosts')} text={t('vm-hosts')} raw={c.vmHosts} testId="metric-vm-hosts" />
        <Figure label={l('containers')} text={t('containers')} raw={c.containers} testId="metric-containers" />
        <Figure label={l('container-hosts')} text={t('container-hosts')} raw={c.containerHosts} testId="metric-container-hosts" />
      </div>
    </Section>
  );
}
