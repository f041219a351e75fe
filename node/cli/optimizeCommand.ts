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
import { EXIT } from './exitCodes';
import type { CliIo } from './main';
import { parseOptimizeArgs } from './optimizeArgs';
import { loadFile, pickOrSay } from './scenarioInput';
import { USAGE } from './usage';
import { visible } from './visible';
import { writeOutput } from './writeOutput';

export async function optimizeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptimizeArgs(argv);
  if (!parsed.ok) {
    io.stderr(`strata: ${parsed.message}\n\n${USAGE}`);
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
    io.stderr(`${where}: ${visible(outcome.reason)}\n`);
    return EXIT.failure;
  }
  const { result } = outcome;
  const added = newScenario(document.scenarios, options, result.plan);
  const set: ScenarioSet = { ...document, scenarios: [...document.scenarios, added] };
  if (!(await writeOutput(out, serializeDocument(set), io))) return EXIT.failure;
  if (json) io.stdout(toJsonText(optimizeJson(picked.scenario.plan, result)));
  else io.stdout(summary(out, added.name, result));
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

function summary(out: string, name: string, result: OptimizeResult): string {
  const proof = result.proven
    ? 'proven optimal'
    : `lower bound ${result.lowerBound}, gap ${(result.gap * 100).toFixed(1)} %`;
  const lines = [
    `${visible(out)}: added scenario "${visible(name)}"`,
    `  Hosts                  ${result.hosts}  (${proof})`,
    `  VMs placed             ${result.moved + result.p2v}  (${result.moved} moved, ${result.p2v} from P2V)`,
    `  Servers retired        ${result.retired}`,
    ...result.groups.map(
      (g) =>
        `  ${g.cluster.padEnd(22)} ${g.hosts} hosts, ${g.vms} VMs: tolerates ${g.tolerates} host failure${g.tolerates === 1 ? '' : 's'}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
