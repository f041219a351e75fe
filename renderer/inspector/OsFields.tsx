/** OS pickers: family, then name and version offered from the catalog's presets (any may be typed). */
import { useId } from 'react';
import { OS_PRESETS } from '../../shared/model/catalog';
import { OS_FAMILIES, OS_FAMILY_LABEL, type Os, type OsFamily } from '../../shared/model';
import { SelectField, TextField, type Commit } from './fields';

type PatchCommit = (patch: Record<string, unknown>) => string | null;

const FAMILY_CHOICES = OS_FAMILIES.map((f) => ({ value: f, label: OS_FAMILY_LABEL[f] }));

function firstPreset(family: OsFamily): Os {
  return OS_PRESETS.find((p) => p.family === family) ?? { family, name: OS_FAMILY_LABEL[family], version: '' };
}

export function OsFields({ os, nullable, commit }: { os: Os | null; nullable: boolean; commit: PatchCommit }) {
  const namesId = useId();
  const versionsId = useId();
  const familyChoices = nullable ? [{ value: '', label: 'None (bare metal)' }, ...FAMILY_CHOICES] : FAMILY_CHOICES;
  const onFamily: Commit = (value) => {
    if (value === '') return commit({ os: null });
    if (os && value === os.family) return null;
    return commit({ os: { ...firstPreset(value as OsFamily) } });
  };
  const names = os ? [...new Set(OS_PRESETS.filter((p) => p.family === os.family).map((p) => p.name))] : [];
  const versions = os ? OS_PRESETS.filter((p) => p.family === os.family && p.name === os.name).map((p) => p.version) : [];
  return (
    <>
      <SelectField label={nullable ? 'Host OS' : 'Guest OS'} value={os?.family ?? ''} choices={familyChoices} commit={onFamily} testId="field-os-family" />
      {os && (
        <>
          <TextField
            key={`os-name:${os.family}:${os.name}`}
            label="OS name"
            value={os.name}
            list={namesId}
            commit={(text) => commit({ os: { ...os, name: text } })}
            testId="field-os-name"
          />
          <TextField
            key={`os-version:${os.family}:${os.name}:${os.version}`}
            label="OS version"
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
