/** The frame every node card shares: handles, icon, name, issue badges, failure/heat decoration. */
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import type { NodeKind } from '../../shared/model/nodes';
import { summaryText, type SubtreeSummary } from '../canvas/levelOfDetail';
import { KIND_ICON } from './icons';
import { issuesText, useCardDecor, useCardIssues } from './nodeHooks';
import { useUiLang } from '../store/uiLang';

interface NodeFrameProps {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly subtitle: string;
  readonly selected: boolean;
  /** Holds children below its header. */
  readonly container: boolean;
  /** Can be an end of a dependency link. */
  readonly workload: boolean;
  /** Drawn as a summary card: these counts, and `children` (its key figures) at every zoom. */
  readonly summary?: SubtreeSummary | null;
  readonly children?: ReactNode;
}

/** The counts on a summary card, large enough to read when zoomed far out. */
function Summary({ id, summary }: { id: string; summary: SubtreeSummary }) {
  const lang = useUiLang();
  return (
    <div
      className="card__summary"
      data-testid={`summary-${id}`}
      data-servers={summary.servers}
      data-hypervisors={summary.hypervisors}
      data-vms={summary.vms}
      data-runtimes={summary.runtimes}
      data-containers={summary.containers}
      title={lang.t('ui.card.expand')}
    >
      {summaryText(summary, lang)}
    </div>
  );
}

function Badges({ id }: { id: string }) {
  const issues = useCardIssues(id);
  const lang = useUiLang();
  const text = useMemo(() => issuesText(issues.list, lang), [issues.list, lang]);
  if (issues.errors === 0 && issues.warnings === 0) return null;
  return (
    <span className="badges" title={text} data-testid={`badges-${id}`}>
      {issues.errors > 0 && (
        <span className="badge badge--error" data-testid={`badge-error-${id}`} data-count={issues.errors}>
          {issues.errors}
        </span>
      )}
      {issues.warnings > 0 && (
        <span className="badge badge--warning" data-testid={`badge-warning-${id}`} data-count={issues.warnings}>
          {issues.warnings}
        </span>
      )}
    </span>
  );
}

function Note({ id, note }: { id: string; note: string }) {
  return (
    <span className="card__note" data-testid={`note-${id}`} title={note}>
      {note}
    </span>
  );
}

/** Below this zoom cards drop their details: nobody reads them, and thousands would be drawn. */
export const DETAIL_ZOOM = 0.45;

const detailedSelector = (s: ReactFlowState): boolean => s.transform[2] >= DETAIL_ZOOM;

export function NodeFrame({ id, kind, name, subtitle, selected, container, workload, summary, children }: NodeFrameProps) {
  const decor = useCardDecor(id);
  const detailed = useStore(detailedSelector);
  // A container's note (the heat view's loss, a failure's status) sits on the line under its
  // name, before the subtitle: laid over the header's corner it covered the name.
  const inlineNote = container && !summary ? decor.note : undefined;
  const className = [
    'card',
    `card--${kind}`,
    summary ? 'card--collapsed' : container ? 'card--parent' : 'card--leaf',
    selected ? 'is-selected' : '',
    workload ? 'is-workload' : '',
    detailed ? '' : 'card--compact',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      data-testid={`node-${id}`}
      data-kind={kind}
      data-status={decor.status}
      data-heat={decor.heat}
      data-drop={decor.drop}
    >
      <Handle type="target" position={Position.Left} id="in" isConnectable={workload} className="handle handle--in" />
      <div className="card__head">
        <img className="card__icon" src={KIND_ICON[kind]} alt="" width={22} height={22} draggable={false} />
        <div className="card__titles">
          <span className="card__name" title={name}>
            {name}
          </span>
          {inlineNote ? (
            <span className="card__subrow">
              <Note id={id} note={inlineNote} />
              {detailed && (
                <span className="card__sub" title={subtitle}>
                  {subtitle}
                </span>
              )}
            </span>
          ) : (
            detailed && (
              <span className="card__sub" title={subtitle}>
                {subtitle}
              </span>
            )
          )}
        </div>
        <Badges id={id} />
      </div>
      {summary && <Summary id={id} summary={summary} />}
      {(detailed || summary) && children}
      {decor.note && !inlineNote && <Note id={id} note={decor.note} />}
      <Handle type="source" position={Position.Right} id="out" isConnectable={workload} className="handle handle--out" />
    </div>
  );
}
