/** Patching (SPEC §6.2): what there is to patch, the hours it takes, who needs downtime. */
import type { Patching } from '../../shared/metrics/types';
import { Figure, Section, Tile } from './Figure';
import { formatHours, formatNumber } from './format';

export function PatchingSection({ p, names }: { p: Patching; names: (id: string) => string }) {
  return (
    <Section title="Patching" testId="section-patching">
      <div className="tiles">
        <Tile label="OS instances" text={formatNumber(p.osInstances, 0)} raw={p.osInstances} testId="metric-os-instances" />
        <Tile label="Hours per cycle" text={formatHours(p.hoursPerCycle)} raw={p.hoursPerCycle} testId="metric-hours-cycle" />
        <Tile label="Hours per year" text={formatHours(p.hoursPerYear)} raw={p.hoursPerYear} testId="metric-hours-year" />
        <Tile label="Downtime hosts" text={formatNumber(p.downtimeHosts.length, 0)} raw={p.downtimeHosts} testId="metric-downtime-hosts"
          hint="Hypervisors whose VMs cannot be evacuated for patching" />
      </div>
      <div className="figures">
        <Figure label="Host OS" text={formatNumber(p.hostOs, 0)} raw={p.hostOs} testId="metric-host-os" />
        <Figure label="Hypervisors" text={formatNumber(p.hypervisors, 0)} raw={p.hypervisors} testId="metric-hypervisors" />
        <Figure label="Guest OS" text={formatNumber(p.guestOs, 0)} raw={p.guestOs} testId="metric-guest-os" />
        <Figure label="Runtimes" text={formatNumber(p.runtimes, 0)} raw={p.runtimes} testId="metric-runtimes" />
        <Figure label="Images" text={formatNumber(p.images, 0)} raw={p.images} testId="metric-images" />
        <Figure label="OS versions" text={formatNumber(p.distinctOsVersions, 0)} raw={p.distinctOsVersions} testId="metric-distinct-os" />
      </div>
      {p.downtimeHosts.length > 0 && (
        <p className="note tone-warn" data-testid="downtime-hosts-list">
          Patching needs downtime on {p.downtimeHosts.map(names).join(', ')}: no cluster can take their VMs.
        </p>
      )}
    </Section>
  );
}
