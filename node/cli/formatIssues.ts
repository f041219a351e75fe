/** Issues as an aligned table: severity, code, node, message. */
import type { Issue } from '../../shared/validate/issue';
import { alignColumns, cell } from './layout';
import { counted } from '../../shared/format/counted';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import type { Style } from './style';
import { PLAIN_STYLE } from './style';
import { visible } from './visible';

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

/** `2 errors, 1 warning`, `1 warning`, or `no issues`. */
export function issueSummary(issues: readonly Issue[], lang: Lang = ENGLISH): string {
  const { errors, warnings } = countIssues(issues);
  const parts: string[] = [];
  if (errors > 0) parts.push(counted(lang, 'error', errors));
  if (warnings > 0) parts.push(counted(lang, 'warning', warnings));
  return parts.length === 0 ? lang.t('cli.issues.none') : parts.join(lang.t('cli.list.separator'));
}

/** An issue's message in `lang`: English is the issue's own text; others come from its key and params. */
export function issueText(issue: Issue, lang: Lang = ENGLISH): string {
  return lang.locale === 'en' ? issue.message : formatMessage(lang, { key: issue.messageKey, params: issue.params });
}

export function issueTable(issues: readonly Issue[], style: Style = PLAIN_STYLE, lang: Lang = ENGLISH): string[] {
  return alignColumns(
    issues.map((issue) => [
      cell(lang.t(`severity.${issue.severity}`), issue.severity === 'error' ? style.bad : style.warn),
      cell(issue.code),
      cell(issue.nodeId, style.dim),
      cell(issueText(issue, lang)),
    ]),
  );
}

/** The whole output of `strata validate FILE`. */
export function formatValidation(
  file: string,
  issues: readonly Issue[],
  style: Style = PLAIN_STYLE,
  lang: Lang = ENGLISH,
): string {
  const { errors } = countIssues(issues);
  const summary = issueSummary(issues, lang);
  const painted =
    issues.length === 0
      ? style.good(summary)
      : errors > 0
        ? style.bad(summary)
        : style.warn(summary);
  return [`${visible(file)}: ${painted}`, ...issueTable(issues, style, lang)].join('\n') + '\n';
}
