/** With nothing selected: the plan's name and settings (SPEC §5), checked by the model in place. */
import { OS_FAMILIES, type OsFamily } from '../../shared/model';
import type { Settings } from '../../shared/model/settings';
import { refusalText, renamePlan, updateSettings } from '../../shared/edit';
import type { Lang } from '../../shared/i18n/lang';
import { useLang } from '../i18n/useLang';
import { run } from '../store/commands';
import { useEditor, usePlan } from '../store/editorContext';
import { getPlan, type EditorStores } from '../store/editorStores';
import { TextField, commitNumber, numberText } from './fields';
import { familyLabel } from './OsFields';
import { unitText, type UnitId } from './units';

function commitSettings(doc: EditorStores, patch: unknown, lang: Lang): string | null {
  const result = updateSettings(getPlan(doc), patch);
  if (!result.ok) return refusalText(result, lang);
  run(doc, result);
  return null;
}

function SettingNumber({
  path,
  label,
  unit,
  value,
}: {
  path: readonly string[];
  label: string;
  unit: UnitId;
  value: number;
}) {
  const doc = useEditor();
  const lang = useLang();
  const commit = (text: string): string | null =>
    commitNumber(
      text,
      unit,
      (n) => {
        let patch: unknown = n;
        for (const key of [...path].reverse()) patch = { [key]: patch };
        return commitSettings(doc, patch, lang);
      },
      lang,
    );
  return (
    <TextField
      key={`${path.join('.')}:${value}`}
      label={label}
      unit={unitText(unit, lang)}
      numeric
      value={numberText(value)}
      commit={commit}
      testId={`field-settings-${path.join('-')}`}
    />
  );
}

function FamilyHours({
  group,
  title,
  hours,
}: {
  group: 'hostOs' | 'guestOs';
  title: string;
  hours: Settings['patchHours']['hostOs'];
}) {
  const lang = useLang();
  return (
    <fieldset className="fieldset">
      <legend>{title}</legend>
      {OS_FAMILIES.map((family: OsFamily) => (
        <SettingNumber
          key={family}
          path={['patchHours', group, family]}
          label={familyLabel(family, lang)}
          unit="h"
          value={hours[family]}
        />
      ))}
    </fieldset>
  );
}

export function PlanSettings() {
  const name = usePlan((s) => s.plan.name);
  const settings = usePlan((s) => s.plan.settings);
  const doc = useEditor();
  const lang = useLang();
  const commitName = (text: string): string | null => {
    const result = renamePlan(getPlan(doc), text);
    if (!result.ok) return refusalText(result, lang);
    run(doc, result);
    return null;
  };
  const h = settings.patchHours;
  return (
    <div className="inspector__body" data-testid="inspector-plan">
      <TextField
        key={`plan-name:${name}`}
        label={lang.t('settings.planName')}
        value={name}
        commit={commitName}
        testId="field-plan-name"
      />
      <fieldset className="fieldset">
        <legend>{lang.t('settings.capacity')}</legend>
        <SettingNumber
          path={['cpuOvercommitLimit']}
          label={lang.t('settings.cpuOvercommit')}
          unit="vcpuPerCore"
          value={settings.cpuOvercommitLimit}
        />
        <SettingNumber
          path={['ramOvercommitLimit']}
          label={lang.t('settings.ramOvercommit')}
          unit="times"
          value={settings.ramOvercommitLimit}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{lang.t('settings.patching')}</legend>
        <SettingNumber
          path={['patchCyclesPerYear']}
          label={lang.t('settings.cycles')}
          unit="perYear"
          value={settings.patchCyclesPerYear}
        />
        <SettingNumber
          path={['patchHours', 'hypervisor']}
          label={lang.t('settings.hypervisor')}
          unit="h"
          value={h.hypervisor}
        />
        <SettingNumber
          path={['patchHours', 'runtime']}
          label={lang.t('settings.runtime')}
          unit="h"
          value={h.runtime}
        />
        <SettingNumber path={['patchHours', 'image']} label={lang.t('settings.image')} unit="h" value={h.image} />
      </fieldset>
      <FamilyHours group="hostOs" title={lang.t('settings.hostOsHours')} hours={h.hostOs} />
      <FamilyHours group="guestOs" title={lang.t('settings.guestOsHours')} hours={h.guestOs} />
    </div>
  );
}
