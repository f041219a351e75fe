/** The human output of `strata fail FILE NODE_ID`. */
import type { FailureResult, NamedRef } from '../../shared/metrics/types';
import { describeNode, listNames } from './labels';
import type { NodeLabels } from './labels';
import { cell, renderSections } from './layout';
import type { Cell } from './layout';
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { PLAIN_STYLE } from './style';
import type { Style } from './style';

/** Lists longer than this are cut; `--json` has them whole. */
const LIST_LIMIT = 20;

function names(refs: readonly NamedRef[], lang: Lang): string {
  return listNames(
    refs.map((ref) =>
      ref.name === ref.id || ref.name === '' ? ref.id : lang.t('cli.fail.nameId', { name: ref.name, id: ref.id }),
    ),
    LIST_LIMIT,
    lang,
  );
}

export function formatFailure(
  result: FailureResult,
  labels?: NodeLabels,
  style: Style = PLAIN_STYLE,
  lang: Lang = ENGLISH,
): string {
  const { t } = lang;
  const counted = (count: number, list: string, paint?: (text: string) => string): Cell =>
    count === 0
      ? cell(t('format.none'))
      : cell(`${formatNumber(count, 2, lang.numberLocale)}${t('cli.fail.colon')}${list}`, paint);
  return renderSections(
    [
      {
        title: t('cli.fail.title'),
        summary: cell(describeNode(result.nodeId, labels, lang)),
        rows: [
          { label: t('cli.fail.down'), lines: [counted(result.down.length, names(result.down, lang))] },
          {
            label: t('cli.fail.lost'),
            lines: [counted(result.lostWorkloads.length, names(result.lostWorkloads, lang), style.bad)],
          },
          {
            label: t('cli.fail.recovered'),
            lines: [
              counted(
                result.recoveredWorkloads.length,
                names(result.recoveredWorkloads, lang),
                style.good,
              ),
            ],
          },
          {
            label: t('cli.fail.servicesDown'),
            lines: [
              counted(
                result.servicesDown.length,
                listNames(result.servicesDown, LIST_LIMIT, lang),
                style.bad,
              ),
            ],
          },
          {
            label: t('cli.fail.servicesDegraded'),
            lines: [
              counted(
                result.servicesDegraded.length,
                listNames(result.servicesDegraded, LIST_LIMIT, lang),
                style.warn,
              ),
            ],
          },
        ],
      },
    ],
    style,
  );
}
