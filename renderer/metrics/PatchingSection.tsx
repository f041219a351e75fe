/** Patching (SPEC §6.2): what there is to patch, the hours it takes, who needs downtime. */
import type { Patching } from '../../shared/metrics/types';
import { Figure, Section, Tile, figureText, type Figures } from './Figure';

export function PatchingSection({ p, names, figures }: { p: Patching; names: (id: string) => string; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  return (
    <Section title="Patching" testId="section-patching">
      <div className="tiles">
        <Tile label="OS instances" text={t('os-instances')} raw={p.osInstances} testId="metric-os-instances" />
        <Tile label="Hours per cycle" text={t('hours-cycle')} raw={p.hoursPerCycle} testId="metric-hours-cycle" />
        <Tile label="Hours per year" text={t('hours-year')} raw={p.hoursPerYear} testId="metric-hours-year" />
        <Tile label="Downtime hosts" text={t('downtime-hosts')} raw={p.downtimeHosts} testId="metric-downtime-hosts"
          hint="Hypervisors whose VMs cannot be evacuated for patching" />
      </div>
      <div className="figures">
        <Figure label="Host OS" text={t('host-os')} raw={p.hostOs} testId="metric-host-os" />
        <Figure label="Hypervisors" text={t('hypervisors')} raw={p.hypervisors} testId="metric-hypervisors" />
        <Figure label="Guest OS" text={t('guest-os')} raw={p.guestOs} testId="metric-guest-os" />
        <Figure label="Runtimes" text={t('runtimes')} raw={p.runtimes} testId="metric-runtimes" />
        <Figure label="Images" text={t('images')} raw={p.images} testId="metric-images" />
        <Figure label="OS versions" text={t('distinct-os')} raw={p.distinctOsVersions} testId="metric-distinct-os" />
      </div>
      {p.downtimeHosts.length > 0 && (
        <p className="note tone-warn" data-testid="downtime-hosts-list">
          Patching needs downtime on {p.downtimeHosts.map(names).join(', ')}: no cluster can take their VMs.
        </p>
      )}
    </Section>
  );
}
