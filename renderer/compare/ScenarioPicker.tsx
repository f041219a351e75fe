/**
 * One side of the Compare view: a scenario of this document, of the other file read for the
 * comparison, or "Another file…", which reads a plan file through the document's host (the file
 * chooser in a browser, the Open dialog on the desktop) without opening it as the document.
 */
import { useStore } from 'zustand';
import { singleScenarioSet, type ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { useStrataDocument } from '../document/DocumentProvider';
import type { StrataDocument } from '../document/createDocument';
import { showToast } from '../store/uiStore';
import { useLang } from '../i18n/useLang';
import { sideFromValue, sideValue, type CompareSide } from '../store/comparePair';

const ANOTHER_FILE = 'another-file';
const otherValue = (scenario: string): string => sideValue({ source: 'other', scenario });

/** Reads a plan file and makes its scenario (the one it opens on) this side; a bad file is said by name. */
async function pickAnotherFile(
  doc: StrataDocument,
  onPick: (side: CompareSide) => void,
): Promise<void> {
  const outcome = await doc.files.readPlanFile();
  if (outcome.status === 'canceled') return;
  if (outcome.status === 'failed') {
    doc.compare.setState({ error: outcome.message });
    showToast(doc, 'refused', outcome.message);
    return;
  }
  const set = outcome.document ?? singleScenarioSet(outcome.plan);
  doc.compare.setState({ other: { name: outcome.name, set }, error: null });
  onPick({ source: 'other', scenario: activeScenarioOf(set).id });
}

export function ScenarioPicker(props: {
  readonly testId: string;
  readonly label: string;
  readonly document: ScenarioSet;
  readonly value: string;
  readonly onPick: (side: CompareSide) => void;
}) {
  const doc = useStrataDocument();
  const other = useStore(doc.compare, (s) => s.other);
  const { t } = useLang();
  return (
    <select
      data-testid={props.testId}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => {
        const value = e.target.value;
        if (value === ANOTHER_FILE) void pickAnotherFile(doc, props.onPick);
        else props.onPick(sideFromValue(value));
      }}
    >
      <optgroup label={t('ui.compare.thisPlan')}>
        {props.document.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </optgroup>
      {other ? (
        <optgroup label={other.name}>
          {other.set.scenarios.map((s) => (
            <option key={s.id} value={otherValue(s.id)}>
              {s.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      <option value={ANOTHER_FILE} data-testid={`${props.testId}-another-file`}>
        {t('ui.compare.anotherFile')}
      </option>
    </select>
  );
}
