/**
 * Inspector controls. Each keeps what is typed as a draft and commits on Enter or blur; the commit
 * returns the model's refusal (or null), shown in place under the field, and nothing is written.
 * Escape puts the stored value back.
 */
import { useId, useState, type ReactNode } from 'react';
import { numberInputText, parseNumberInput } from '../../shared/format/numberInput';
import { formatMessage } from '../../shared/i18n/message';
import type { Lang } from '../../shared/i18n/lang';
import { unitForms, type UnitId } from './units';

/** Returns why the value was refused, or null when it was written. */
export type Commit = (text: string) => string | null;

interface FieldFrameProps {
  readonly label: string;
  readonly htmlFor: string;
  readonly unit?: string | undefined;
  readonly error?: string | null | undefined;
  readonly testId: string;
  readonly children: ReactNode;
}

export function FieldFrame({ label, htmlFor, unit, error, testId, children }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={htmlFor}>
        {label}
      </label>
      <div className="field__control">
        {children}
        {unit && <span className="field__unit">{unit}</span>}
      </div>
      {error && (
        <div className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly commit: Commit;
  readonly testId: string;
  readonly unit?: string;
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly list?: string;
  readonly multiline?: boolean;
}

/** A text or number input. Mount it with a key holding the stored value so an undo resets it. */
export function TextField({
  label,
  value,
  commit,
  testId,
  unit,
  numeric,
  placeholder,
  list,
  multiline,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const save = (): void => {
    if (draft === value) {
      setError(null);
      return;
    }
    setError(commit(draft));
  };
  const revert = (): void => {
    setDraft(value);
    setError(null);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'data-testid': testId,
    'aria-invalid': error ? true : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: save,
  };
  return (
    <FieldFrame label={label} htmlFor={id} unit={unit} error={error} testId={testId}>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onKeyDown={(e) => {
            if (e.key === 'Escape') revert();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          list={list}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') revert();
          }}
        />
      )}
    </FieldFrame>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly commit: Commit;
  readonly testId: string;
}

export function SelectField({ label, value, choices, commit, testId }: SelectFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const shown = choices.some((c) => c.value === value)
    ? choices
    : [{ value, label: value }, ...choices];
  return (
    <FieldFrame label={label} htmlFor={id} error={error} testId={testId}>
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(e) => setError(commit(e.target.value))}
      >
        {shown.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The locale people type numbers in here: the browser's (the desktop's is the system's). */
export function inputLocale(): string {
  return typeof navigator === 'undefined' || !navigator.language ? 'en-US' : navigator.language;
}

/** How a number field shows `value`: what `commitNumber` reads back exactly. */
export function numberText(value: number): string {
  return numberInputText(value, inputLocale());
}

/**
 * Reads what was typed in the person's locale and writes it, or says in `lang` why it cannot be
 * read (the unit may be typed in `lang` or in English).
 */
export function commitNumber(
  text: string,
  unit: UnitId | undefined,
  write: (value: number) => string | null,
  lang: Lang,
): string | null {
  const parsed = parseNumberInput(text, inputLocale(), unit && unitForms(unit, lang));
  return parsed.ok ? write(parsed.value) : formatMessage(lang, parsed.message);
}

export function ReadOnly({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId: string;
}) {
  return (
    <div className="field field--readonly">
      <span className="field__label">{label}</span>
      <span className="field__value" data-testid={testId}>
        {value}
      </span>
    </div>
  );
}
