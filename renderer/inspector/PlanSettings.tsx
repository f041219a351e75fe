/** With nothing selected: the plan's name and settings (SPEC §5), checked by the model in place. */
import { OS_FAMILIES, OS_FAMILY_LABEL, type OsFamily } from '../../shared/model';
import type { Settings } from '../../shared/model/settings';
import { renamePlan, updateSettings } from '../../shared/edit';
import { run } from '../store/commands';
import { useEditor, usePlan } from '../store/editorContext';
import { getPlan, type EditorStores } from '../store/editorStores';
import { TextField, parseNumber } from './fields';

function commitSettings(doc: EditorStores, patch: unknown): string | null {
  const result = updateSettings(getPlan(doc), patch);
  if (!result.ok) return result.reason;
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
  unit: string;
  value: number;
}) {
  const doc = useEditor();
  const commit = (text: string): string | null => {
    let patch: unknown = parseNumber(text);
    for (const key of [...path].reverse()) patch = { [key]: patch };
    return commitSettings(doc, patch);
  };
  return (
    <TextField
      key={`${path.join('.')}:${value}`}
      label={label}
      unit={unit}
      numeric
      value={String(value)}
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
  return (
    <fieldset className="fieldset">
      <legend>{title}</legend>
      {OS_FAMILIES.map((family: OsFamily) => (
        <SettingNumber
          key={family}
          path={['patchHours', group, family]}
          label={OS_FAMILY_LABEL[family]}
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
  const commitName = (text: string): string | null => {
    const result = renamePlan(getPlan(doc), text);
    if (!result.ok) return result.reason;
    run(doc, result);
    return null;
  };
  const h = settings.patchHours;
  return (
    <div className="inspector__body" data-testid="inspector-plan">
      <TextField
        key={`plan-name:${name}`}
        label="Plan name"
        value={name}
        commit={commitName}
        testId="field-plan-name"
      />
      <fieldset className="fieldset">
        <legend>Capacity</legend>
        <SettingNumber
          path={['cpuOvercommitLimit']}
          label="CPU overcommit"
          unit="vCPU / core"
          value={settings.cpuOvercommitLimit}
        />
        <SettingNumber
          path={['ramOvercommitLimit']}
          label="RAM overcommit"
          unit="×"
          value={settings.ramOvercommitLimit}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Patching</legend>
        <SettingNumber
          path={['patchCyclesPerYear']}
          label="Cycles"
          unit="per year"
          value={settings.patchCyclesPerYear}
        />
        <SettingNumber
          path={['patchHours', 'hypervisor']}
          label="Hypervisor"
          unit="h"
          value={h.hypervisor}
        />
        <SettingNumber
          path={['patchHours', 'runtime']}
          label="Runtime"
          unit="h"
          value={h.runtime}
        />
        <SettingNumber path={['patchHours', 'image']} label="Image" unit="h" value={h.image} />
      </fieldset>
      <FamilyHours group="hostOs" title="Host OS patch hours" hours={h.hostOs} />
      <FamilyHours group="guestOs" title="Guest OS patch hours" hours={h.guestOs} />
    </div>
  );
}
