/** Patching (SPEC §6.2): what there is to patch, the hours it takes, who needs downtime. */
import type { Patching } from '../../shared/metrics/types';
import { useLang } from '../i18n/useLang';
import { Figure, Section, Tile, figureText, type Figures } from './Figure';

export function PatchingSection({ p, names, figures }: { p: Patching; names: (id: string) => string; figures: Figures }) {
  const t = (id: string): string => figureText(figures, id);
  const l = (id: string): string => figures.get(id)?.label ?? '';
  const m = (id: string): string => figures.get(id)?.meaning ?? '';
  const lang = useLang();
  return (
    <Section title={lang.t('section.patching')} testId="section-patching">
      <div className="tiles">
        <Tile label={l('os-instances')} text={t('os-instances')} raw={p.osInstances} testId="metric-os-instances" />
        <Tile label={l('hours-cycle')} text={t('hours-cycle')} raw={p.hoursPerCycle} testId="metric-hours-cycle" />
        <Tile label={l('hours-year')} text={t('hours-year')} raw={p.hoursPerYear} testId="metric-hours-year" />
        <Tile label={l('downtime-hosts')} text={t('downtime-hosts')} raw={p.downtimeHosts} testId="metric-downtime-hosts"
          hint={m('downtime-hosts')} />
      </div>
      <div className="figures">
        <Figure label={l('host-os')} text={t('host-os')} raw={p.hostOs} testId="metric-host-os" />
        <Figure label={l('hypervisors')} text={t('hypervisors')} raw={p.hypervisors} testId="metric-hypervisors" />
        <Figure label={l('guest-os')} text={t('guest-os')} raw={p.guestOs} testId="metric-guest-os" />
        <Figure label={l('runtimes')} text={t('runtimes')} raw={p.runtimes} testId="metric-runtimes" />
        <Figure label={l('images')} text={t('images')} raw={p.images} testId="metric-images" />
        <Figure label={l('distinct-os')} text={t('distinct-os')} raw={p.distinctOsVersions} testId="metric-distinct-os" />
      </div>
      {p.downtimeHosts.length > 0 && (
        <p className="note tone-warn" data-testid="downtime-hosts-list">
          {lang.t('ui.figures.downtimeOn', { names: p.downtimeHosts.map(names).join(lang.t('cli.names.separator')) })}
        </p>
      )}
    </Section>
  );
}
