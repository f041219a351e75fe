/** With nothing selected: the plan's name and settings (SPEC §5), checked by the model in place. */
import { OS_FAMILIES, type OsFamily } from '../../shared/model';
import type { Settings } from '../../shared/model/settings';
import { renamePlan, updateSettings } from '../../shared/edit';
import { formatMessage } from '../../shared/i18n/message';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import { useLang } from '../i18n/useLang';
import { run } from '../store/commands';
import { useEditor, usePlan } from '../store/editorContext';
import { getPlan, type EditorStores } from '../store/editorStores';
import { TextField, commitNumber, numberText } from './fields';
import { unitText, type UnitId } from './units';

function commitSettings(doc: EditorStores, patch: unknown, lang: Lang): string | null {
  const result = updateSettings(getPlan(doc), patch);
  if (!result.ok) return formatMessage(lang, result.refusal);
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

/** One number setting: where it is in `settings`, its label and its unit. */
interface Setting {
  readonly path: readonly string[];
  readonly label: CatalogKey;
  readonly unit: UnitId;
}

const CAPACITY: readonly Setting[] = [
  { path: ['cpuOvercommitLimit'], label: 'settings.cpuOvercommit', unit: 'vcpuPerCore' },
  { path: ['ramOvercommitLimit'], label: 'settings.ramOvercommit', unit: 'times' },
];

const PATCHING: readonly Setting[] = [
  { path: ['patchCyclesPerYear'], label: 'settings.cycles', unit: 'perYear' },
  { path: ['patchHours', 'hypervisor'], label: 'settings.hypervisor', unit: 'h' },
  { path: ['patchHours', 'runtime'], label: 'settings.runtime', unit: 'h' },
  { path: ['patchHours', 'image'], label: 'settings.image', unit: 'h' },
];

/** The patch hours per OS family, of host OSes and of guest OSes. */
const FAMILY_HOURS: readonly { readonly group: 'hostOs' | 'guestOs'; readonly title: CatalogKey }[] = [
  { group: 'hostOs', title: 'settings.hostOsHours' },
  { group: 'guestOs', title: 'settings.guestOsHours' },
];

function familyHours(group: 'hostOs' | 'guestOs'): Setting[] {
  return OS_FAMILIES.map((family: OsFamily) => ({
    path: ['patchHours', group, family],
    label: `inspector.family.${family}` as CatalogKey,
    unit: 'h',
  }));
}

/** The value at `path` in the settings (every path above ends at a number). */
function valueAt(settings: Settings, path: readonly string[]): number {
  let value: unknown = settings;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value as number;
}

function SettingsGroup({
  title,
  settings,
  list,
}: {
  title: string;
  settings: Settings;
  list: readonly Setting[];
}) {
  const lang = useLang();
  return (
    <fieldset className="fieldset">
      <legend>{title}</legend>
      {list.map((setting) => (
        <SettingNumber
          key={setting.path.join('.')}
          path={setting.path}
          label={lang.t(setting.label)}
          unit={setting.unit}
          value={valueAt(settings, setting.path)}
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
    if (!result.ok) return formatMessage(lang, result.refusal);
    run(doc, result);
    return null;
  };
  return (
    <div className="inspector__body" data-testid="inspector-plan">
      <TextField
        key={`plan-name:${name}`}
        label={lang.t('settings.planName')}
        value={name}
        commit={commitName}
        testId="field-plan-name"
      />
      <SettingsGroup title={lang.t('settings.capacity')} settings={settings} list={CAPACITY} />
      <SettingsGroup title={lang.t('settings.patching')} settings={settings} list={PATCHING} />
      {FAMILY_HOURS.map(({ group, title }) => (
        <SettingsGroup
          key={group}
          title={lang.t(title)}
          settings={settings}
          list={familyHours(group)}
        />
      ))}
    </div>
  );
}
