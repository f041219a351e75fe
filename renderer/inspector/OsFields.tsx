/** OS pickers: family, then name and version offered from the catalog's presets (any may be typed). */
import { useId } from 'react';
import { OS_PRESETS } from '../../shared/model/catalog';
import { OS_FAMILIES, OS_FAMILY_LABEL, type Os, type OsFamily } from '../../shared/model';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import { useLang } from '../i18n/useLang';
import { SelectField, TextField, type Commit } from './fields';

type PatchCommit = (patch: Record<string, unknown>) => string | null;

/** An OS family as the reader calls it (`Other` is a word; the rest are names). */
export function familyLabel(family: OsFamily, lang: Lang): string {
  return lang.t(`inspector.family.${family}` as CatalogKey);
}

function firstPreset(family: OsFamily): Os {
  return OS_PRESETS.find((p) => p.family === family) ?? { family, name: OS_FAMILY_LABEL[family], version: '' };
}

export function OsFields({ os, nullable, commit }: { os: Os | null; nullable: boolean; commit: PatchCommit }) {
  const namesId = useId();
  const versionsId = useId();
  const lang = useLang();
  const families = OS_FAMILIES.map((f) => ({ value: f, label: familyLabel(f, lang) }));
  const familyChoices = nullable ? [{ value: '', label: lang.t('inspector.noOs') }, ...families] : families;
  const onFamily: Commit = (value) => {
    if (value === '') return commit({ os: null });
    if (os && value === os.family) return null;
    return commit({ os: { ...firstPreset(value as OsFamily) } });
  };
  const names = os ? [...new Set(OS_PRESETS.filter((p) => p.family === os.family).map((p) => p.name))] : [];
  const versions = os ? OS_PRESETS.filter((p) => p.family === os.family && p.name === os.name).map((p) => p.version) : [];
  return (
    <>
      <SelectField label={lang.t(nullable ? 'inspector.hostOs' : 'inspector.guestOs')} value={os?.family ?? ''} choices={familyChoices} commit={onFamily} testId="field-os-family" />
      {os && (
        <>
          <TextField
            key={`os-name:${os.family}:${os.name}`}
            label={lang.t('inspector.osName')}
            value={os.name}
            list={namesId}
            commit={(text) => commit({ os: { ...os, name: text } })}
            testId="field-os-name"
          />
          <TextField
            key={`os-version:${os.family}:${os.name}:${os.version}`}
            label={lang.t('inspector.osVersion')}
            value={os.version}
            list={versionsId}
            commit={(text) => commit({ os: { ...os, version: text } })}
            testId="field-os-version"
          />
          <datalist id={namesId}>
            {names.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          <datalist id={versionsId}>
            {versions.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </>
      )}
    </>
  );
}
