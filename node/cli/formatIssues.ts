/** Issues as an aligned table: severity, code, node, message. */
import type { Issue } from '../../shared/validate/issue';
import { alignColumns, cell } from './layout';
import { plural } from '../../shared/format/numbers';
import type { Style } from './style';
import { PLAIN_STYLE } from './style';
import { visible } from './visible';

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

/** `2 errors, 1 warning`, `1 warning`, or `no issues`. */
export function issueSummary(issues: readonly Issue[]): string {
  const { errors, warnings } = countIssues(issues);
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.length === 0 ? 'no issues' : parts.join(', ');
}

export function issueTable(issues: readonly Issue[], style: Style = PLAIN_STYLE): string[] {
  return alignColumns(
    issues.map((issue) => [
      cell(issue.severity, issue.severity === 'error' ? style.bad : style.warn),
      cell(issue.code),
      cell(issue.nodeId, style.dim),
      cell(issue.message),
    ]),
  );
}

/** The whole output of `strata validate FILE`. */
export function formatValidation(
  file: string,
  issues: readonly Issue[],
  style: Style = PLAIN_STYLE,
): string {
  const { errors } = countIssues(issues);
  const summary = issueSummary(issues);
  const painted =
    issues.length === 0
      ? style.good(summary)
      : errors > 0
        ? style.bad(summary)
        : style.warn(summary);
  return [`${visible(file)}: ${painted}`, ...issueTable(issues, style)].join('\n') + '\n';
}
