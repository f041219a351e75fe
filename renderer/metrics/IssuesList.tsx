/** The validator's issues; clicking one selects its node and brings it into view. */
import type { Issue } from '../../shared/validate/issue';
import { planTree } from '../../shared/edit/planTree';
import { useCanvasDocument, type CanvasDocument } from '../canvas/canvasDocument';
import { getPlan } from '../store/editorStores';
import { setSelection } from '../store/uiStore';
import { Section } from './Figure';

const SHOWN = 300;

function reveal(doc: CanvasDocument, issue: Issue): void {
  if (!planTree(getPlan(doc)).byId.has(issue.nodeId)) return;
  setSelection(doc, [issue.nodeId]);
  doc.viewport.revealNodes([issue.nodeId]);
}

export function IssuesList({
  issues,
  names,
}: {
  issues: readonly Issue[];
  names: (id: string) => string;
}) {
  const doc = useCanvasDocument();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <Section title={`Issues (${issues.length})`} testId="section-issues">
      <div className="issue-counts">
        <span className="badge badge--error" data-testid="metric-errors" data-value={errors}>
          {errors} {errors === 1 ? 'error' : 'errors'}
        </span>
        <span className="badge badge--warning" data-testid="metric-warnings" data-value={warnings}>
          {warnings} {warnings === 1 ? 'warning' : 'warnings'}
        </span>
      </div>
      {issues.length === 0 && <p className="muted">No issues: the plan follows every rule.</p>}
      <ul className="issues" data-testid="issues-list">
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.nodeId}-${issue.code}-${i}`}>
            <button
              type="button"
              className={`issue issue--${issue.severity}`}
              data-testid={`issue-${i}`}
              data-node-id={issue.nodeId}
              data-code={issue.code}
              data-severity={issue.severity}
              onClick={() => reveal(doc, issue)}
            >
              <span
                className={`issue__dot issue__dot--${issue.severity}`}
                aria-label={issue.severity}
              />
              <span className="issue__text">
                <span className="issue__where">
                  {names(issue.nodeId)} · {issue.code}
                </span>
                <span className="issue__message">{issue.message}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p className="muted">and {issues.length - SHOWN} more</p>}
    </Section>
  );
}
