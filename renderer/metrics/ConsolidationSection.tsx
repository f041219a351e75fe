/** Consolidation (SPEC §6.1): ratio, servers saved, density, CPU and RAM in use. */
import type { Consolidation } from '../../shared/metrics/types';
import { Figure, Section, Tile, UsageBar, figureText, type Figures } from './Figure';

export function ConsolidationSection({ c, figures }: { c: Consolidation; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  return (
    <Section title="Consolidation" testId="section-consolidation">
      <div className="tiles">
        <Tile label="Consolidation ratio" text={t('ratio')} raw={c.ratio} testId="metric-ratio"
          hint="Workloads per physical server" />
        <Tile label="Servers saved" text={t('servers-saved')} raw={c.serversSaved} testId="metric-servers-saved"
          hint="Against one dedicated server per workload" />
        <Tile label="VMs per host" text={t('vms-per-host')} raw={c.vmsPerHost} testId="metric-vms-per-host" />
        <Tile label="Containers per host" text={t('containers-per-host')} raw={c.containersPerHost}
          testId="metric-containers-per-host" />
      </div>
      <UsageBar label="CPU in use" demand={c.totals.cpuDemand} capacity={c.totals.cpuCores} text={t('cpu-in-use')} testId="metric-cpu-in-use" />
      <UsageBar label="RAM in use" demand={c.totals.ramDemand} capacity={c.totals.ramGiB} text={t('ram-in-use')} testId="metric-ram-in-use" />
      <div className="figures">
        <Figure label="Servers" text={t('servers')} raw={c.servers} testId="metric-servers" />
        <Figure label="Workloads" text={t('workloads')} raw={c.workloads} testId="metric-workloads" />
        <Figure label="VMs" text={t('vms')} raw={c.vms} testId="metric-vms" />
        <Figure label="VM hosts" text={t('vm-hosts')} raw={c.vmHosts} testId="metric-vm-hosts" />
        <Figure label="Containers" text={t('containers')} raw={c.containers} testId="metric-containers" />
        <Figure label="Container hosts" text={t('container-hosts')} raw={c.containerHosts} testId="metric-container-hosts" />
      </div>
    </Section>
  );
}
