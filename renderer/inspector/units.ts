/**
 * The units the inspector and the dialogs show after a number, in the reader's language. A field
 * accepts its unit typed after the number in the shown language and in English (`8 核`, `8 cores`).
 */
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';

export type UnitId = 'cores' | 'gib' | 'vcpu' | 'h' | 'perYear' | 'vcpuPerCore' | 'times' | 'percent';

const UNIT_KEY: Readonly<Record<UnitId, CatalogKey>> = {
  cores: 'field.unit.cores',
  gib: 'field.unit.gib',
  vcpu: 'field.unit.vcpu',
  h: 'field.unit.h',
  perYear: 'field.unit.perYear',
  vcpuPerCore: 'field.unit.vcpuPerCore',
  times: 'field.unit.times',
  percent: 'field.unit.percent',
};

/** The unit as the field shows it. */
export function unitText(unit: UnitId, lang: Lang): string {
  return lang.t(UNIT_KEY[unit]);
}

/** The unit's forms a person may type: the shown one first (messages name it), then English. */
export function unitForms(unit: UnitId, lang: Lang): readonly string[] {
  const shown = unitText(unit, lang);
  const english = unitText(unit, ENGLISH);
  return shown === english ? [shown] : [shown, english];
}
