/** The human output of `strata fail FILE NODE_ID`. */
import type { FailureResult, NamedRef } from '../../shared/metrics/types';
import { describeNode, listNames } from './labels';
import type { NodeLabels } from './labels';
import { cell, renderSections } from './layout';
import type { Cell } from './layout';
import { formatNumber } from '../../shared/format/numbers';
import { PLAIN_STYLE } from './style';
import type { Style } from './style';

/** Lists longer than this are cut; `--json` has them whole. */
const LIST_LIMIT = 20;

function names(refs: readonly NamedRef[]): string {
  return listNames(
    refs.map((ref) =>
      ref.name === ref.id || ref.name === '' ? ref.id : `${ref.name} (${ref.id})`,
    ),
    LIST_LIMIT,
  );
}

function counted(count: number, list: string, paint?: (text: string) => string): Cell {
  return count === 0 ? cell('none') : cell(`${formatNumber(count)}: ${list}`, paint);
}

export function formatFailure(
  result: FailureResult,
  labels?: NodeLabels,
  style: Style = PLAIN_STYLE,
): string {
  return renderSections(
    [
      {
        title: 'Failure of',
        summary: cell(describeNode(result.nodeId, labels)),
        rows: [
          { label: 'Down', lines: [counted(result.down.length, names(result.down))] },
          {
            label: 'Lost workloads',
            lines: [counted(result.lostWorkloads.length, names(result.lostWorkloads), style.bad)],
          },
          {
            label: 'Recovered by HA',
            lines: [
              counted(
                result.recoveredWorkloads.length,
                names(result.recoveredWorkloads),
                style.good,
              ),
            ],
          },
          {
            label: 'Services down',
            lines: [
              counted(
                result.servicesDown.length,
                listNames(result.servicesDown, LIST_LIMIT),
                style.bad,
              ),
            ],
          },
          {
            label: 'Services degraded',
            lines: [
              counted(
                result.servicesDegraded.length,
                listNames(result.servicesDegraded, LIST_LIMIT),
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
