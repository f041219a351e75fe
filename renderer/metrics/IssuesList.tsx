/** The validator's issues; clicking one selects its node and brings it into view. */
import type { Issue } from '../../shared/validate/issue';
import { planTree } from '../../shared/edit/planTree';
import { useId } from 'react';
import { useCanvasDocument, type CanvasDocument } from '../canvas/canvasDocument';
import { getPlan } from '../store/editorStores';
import { setSelection } from '../store/uiStore';
import { Section } from './Figure';
import { useLang } from '../i18n/useLang';
import { counted } from '../../shared/format/counted';
import { formatMessage } from '../../shared/i18n/message';
import { ShowMoreButton, useRowBound } from '../ui/ShowMore';

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
  const lang = useLang();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const bound = useRowBound(issues.length, SHOWN);
  const listId = useId();
  return (
    <Section title={lang.t('ui.issues.title', { n: issues.length })} testId="section-issues">
      <div className="issue-counts">
        <span className="badge badge--error" data-testid="metric-errors" data-value={errors}>
          {counted(lang, 'error', errors)}
        </span>
        <span className="badge badge--warning" data-testid="metric-warnings" data-value={warnings}>
          {counted(lang, 'warning', warnings)}
        </span>
      </div>
      {issues.length === 0 && <p className="muted">{lang.t('ui.issues.none')}</p>}
      <ul className="issues" id={listId} data-testid="issues-list">
        {issues.slice(0, bound.shown).map((issue, i) => (
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
                aria-label={lang.t(`severity.${issue.severity}`)}
              />
              <span className="issue__text">
                <span className="issue__where">
                  {names(issue.nodeId)} · {issue.code}
                </span>
                <span className="issue__message">
                  {lang.locale === 'en' ? issue.message : formatMessage(lang, { key: issue.messageKey, params: issue.params })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {bound.shown === SHOWN && issues.length > SHOWN && (
        <p className="muted">{lang.t('ui.issues.more', { n: issues.length - SHOWN })}</p>
      )}
      <ShowMoreButton bound={bound} controls={listId} testId="issues-show-more" />
    </Section>
  );
}
