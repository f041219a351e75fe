/** One figure: a label, the engine's value formatted, and the raw value in `data-value` (JSON) so
 * tests read exactly what the engine computed. */
import type { ReactNode } from 'react';
import type { FigureText } from '../../shared/format/figureTexts';

export type Figures = ReadonlyMap<string, FigureText>;

/** The text of figure `id` (as the catalogue words it for the screen and the command line). */
export function figureText(figures: Figures, id: string): string {
  return figures.get(id)?.text ?? '';
}

interface FigureProps {
  readonly label: string;
  readonly text: string;
  readonly raw: unknown;
  readonly testId: string;
  readonly hint?: string;
  readonly tone?: 'good' | 'warn' | 'bad' | undefined;
}

export function Figure({ label, text, raw, testId, hint, tone }: FigureProps) {
  return (
    <div className="figure" title={hint}>
      <span className="figure__label">{label}</span>
      <span className={`figure__value${tone ? ` tone-${tone}` : ''}`} data-testid={testId} data-value={JSON.stringify(raw)}>
        {text}
      </span>
    </div>
  );
}

export function Tile({ label, text, raw, testId, hint }: FigureProps) {
  return (
    <div className="tile" title={hint}>
      <span className="tile__value" data-testid={testId} data-value={JSON.stringify(raw)}>
        {text}
      </span>
      <span className="tile__label">{label}</span>
    </div>
  );
}

/** Demand against capacity as a bar (the fill is presentation; both numbers are the engine's). */
export function UsageBar({ label, demand, capacity, text, testId }: { label: string; demand: number; capacity: number; text: string; testId: string }) {
  const fill = capacity > 0 ? demand / capacity : 0;
  const level = fill > 1 ? 'over' : fill > 0.8 ? 'high' : 'ok';
  return (
    <div className="usage" data-level={level}>
      <div className="usage__row">
        <span className="figure__label">{label}</span>
        <span className="usage__text" data-testid={testId} data-value={JSON.stringify({ demand, capacity })}>
          {text}
        </span>
      </div>
      <div className="meter__track">
        <span className="meter__fill" style={{ width: `${Math.min(100, fill * 100)}%` }} />
      </div>
    </div>
  );
}

export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <details className="section" open data-testid={testId}>
      <summary>{title}</summary>
      <div className="section__body">{children}</div>
    </details>
  );
}
