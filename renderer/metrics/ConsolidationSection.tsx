/** Consolidation (SPEC §6.1): ratio, servers saved, density, CPU and RAM in use. */
import type { Consolidation } from '../../shared/metrics/types';
import { Figure, Section, Tile, UsageBar } from './Figure';
import { formatNumber, formatOptional, formatRatio } from './format';

export function ConsolidationSection({ c }: { c: Consolidation }) {
  return (
    <Section title="Consolidation" testId="section-consolidation">
      <div className="tiles">
        <Tile label="Consolidation ratio" text={formatRatio(c.ratio)} raw={c.ratio} testId="metric-ratio"
          hint="Workloads per physical server" />
        <Tile label="Servers saved" text={formatNumber(c.serversSaved, 0)} raw={c.serversSaved} testId="metric-servers-saved"
          hint="Against one dedicated server per workload" />
        <Tile label="VMs per host" text={formatOptional(c.vmsPerHost)} raw={c.vmsPerHost} testId="metric-vms-per-host" />
        <Tile label="Containers per host" text={formatOptional(c.containersPerHost)} raw={c.containersPerHost}
          testId="metric-containers-per-host" />
      </div>
      <UsageBar label="CPU in use" demand={c.totals.cpuDemand} capacity={c.totals.cpuCores} unit="cores" testId="metric-cpu-in-use" />
      <UsageBar label="RAM in use" demand={c.totals.ramDemand} capacity={c.totals.ramGiB} unit="GiB" testId="metric-ram-in-use" />
      <div className="figures">
        <Figure label="Servers" text={formatNumber(c.servers, 0)} raw={c.servers} testId="metric-servers" />
        <Figure label="Workloads" text={formatNumber(c.workloads, 0)} raw={c.workloads} testId="metric-workloads" />
        <Figure label="VMs" text={formatNumber(c.vms, 0)} raw={c.vms} testId="metric-vms" />
        <Figure label="VM hosts" text={formatNumber(c.vmHosts, 0)} raw={c.vmHosts} testId="metric-vm-hosts" />
        <Figure label="Containers" text={formatNumber(c.containers, 0)} raw={c.containers} testId="metric-containers" />
        <Figure label="Container hosts" text={formatNumber(c.containerHosts, 0)} raw={c.containerHosts} testId="metric-container-hosts" />
      </div>
    </Section>
  );
}
