/** The Issues tab: the validator's issues for the current plan. */
import { useCallback } from 'react';
import { planTree } from '../../shared/edit/planTree';
import { useFigures } from '../store/editorContext';
import { IssuesList } from './IssuesList';

export function IssuesPanel() {
  const plan = useFigures((s) => s.plan);
  const issues = useFigures((s) => s.report.issues);
  const names = useCallback((id: string) => planTree(plan).byId.get(id)?.name ?? id, [plan]);
  return (
    <div className="metrics__scroll">
      <IssuesList issues={issues} names={names} />
    </div>
  );
}

/** How many issues the plan has, and whether any is an error (the Issues tab's badge). */
export function useIssueCount(): { readonly total: number; readonly errors: number } {
  const total = useFigures((s) => s.report.issues.length);
  const errors = useFigures((s) => s.report.issues.filter((i) => i.severity === 'error').length);
  return { total, errors };
}
