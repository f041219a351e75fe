/**
 * `strata optimize`: reads every scenario of FILE, consolidates the chosen one (shared/optimize,
 * with HiGHS for small groups) and writes OUT with every scenario of FILE plus the new one, last,
 * through the one writer. `--json` prints the run's figures; otherwise a short summary.
 */
import { serializeDocument } from '../../shared/load/serializeDocument';
import { HEADLINE_FIGURES } from '../../shared/diff/headline';
import { buildReport } from '../../shared/metrics/report';
import { toJsonText } from '../../shared/metrics/jsonOutput';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { optimize } from '../../shared/optimize/optimize';
import { newScenario } from '../../shared/optimize/scenarioName';
import type { OptimizeResult } from '../../shared/optimize/types';
import { highsMip } from '../solver/highsMip';
import { formatNumber } from '../../shared/format/numbers';
import type { Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { EXIT } from './exitCodes';
import { langFor } from './language';
import { displayWidth, padEndWidth } from './layout';
import type { CliIo } from './main';
import { parseOptimizeArgs } from './optimizeArgs';
import { loadFile, pickOrSay } from './scenarioInput';
import { sayUsageError } from './usageError';
import { visible } from './visible';
import { writeOutput } from './writeOutput';

export async function optimizeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptimizeArgs(argv);
  if (!parsed.ok) {
    sayUsageError(parsed.said, io);
    return EXIT.failure;
  }
  const { file, scenario, out, json, options } = parsed.args;
  const document = await loadFile(file, io);
  if (!document) return EXIT.failure;
  const picked = pickOrSay(file, document, scenario, '--scenario', io);
  if (!picked) return EXIT.failure;
  const outcome = await optimize(picked.scenario.plan, options, { solveMip: highsMip });
  if (!outcome.ok) {
    const where = outcome.about === 'options' ? 'strata optimize' : file;
    const reason = outcome.message ? formatMessage(langFor(io), outcome.message) : outcome.reason;
    io.stderr(`${where}: ${visible(reason)}\n`);
    return EXIT.failure;
  }
  const { result } = outcome;
  const added = newScenario(document.scenarios, options, result.plan);
  const set: ScenarioSet = { ...document, scenarios: [...document.scenarios, added] };
  if (!(await writeOutput(out, serializeDocument(set), io))) return EXIT.failure;
  if (json) io.stdout(toJsonText(optimizeJson(picked.scenario.plan, result)));
  else io.stdout(summary(out, added.name, result, langFor(io)));
  return EXIT.ok;
}

/** The headline figures of a plan's report, by key (null: the plan has no such figure). */
function figures(plan: Plan): Record<string, number | null> {
  const report = buildReport(plan);
  return Object.fromEntries(HEADLINE_FIGURES.map((f) => [f.key, f.value(report)]));
}

export function optimizeJson(before: Plan, result: OptimizeResult): unknown {
  return {
    hosts: result.hosts,
    lowerBound: result.lowerBound,
    gap: result.gap,
    proven: result.proven,
    p2v: result.p2v,
    moved: result.moved,
    figures: { from: figures(before), to: figures(result.plan) },
  };
}

function summary(out: string, name: string, result: OptimizeResult, lang: Lang): string {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const proof = result.proven
    ? t('cli.optimize.proven')
    : t('cli.optimize.bound', { bound: n(result.lowerBound), gap: (result.gap * 100).toFixed(1) });
  // Labels and cluster names padded to the column the English summary has always used.
  const row = (label: string, text: string): string =>
    `  ${padEndWidth(label, Math.max(22, displayWidth(label)))} ${text}`;
  const lines = [
    t('cli.optimize.added', { out: visible(out), name: visible(name) }),
    row(t('cli.optimize.hosts'), t('cli.optimize.hostsText', { hosts: n(result.hosts), proof })),
    row(
      t('cli.optimize.placed'),
      t('cli.optimize.placedText', {
        placed: n(result.moved + result.p2v),
        moved: n(result.moved),
        p2v: n(result.p2v),
      }),
    ),
    row(t('cli.optimize.retired'), n(result.retired)),
    ...result.groups.map((g) =>
      row(
        visible(g.cluster),
        t('cli.optimize.group', { count: g.tolerates, hosts: n(g.hosts), vms: n(g.vms), n: n(g.tolerates) }),
      ),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
