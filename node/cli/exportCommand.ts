/**
 * `strata export FILE -o OUT`: reads any plan file (a `.strata` or `.json` of any version, a PNG
 * or SVG exported by Strata) and writes it again as the current plan format, a PNG or SVG picture
 * with the plan inside, or the PDF planning report — every output through the one writer
 * (`atomicWrite`), so a failed export leaves no partial file.
 */
import { openAnyPlan, openFailureText } from '../files/openAnyPlan';
import { langFor } from './language';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { compareScenarios, type Comparison } from '../../shared/diff/comparison';
import { pickScenario, type Scenario, type ScenarioSet } from '../../shared/model/scenarios';
import { comparisonPairs } from '../../shared/publish/comparisonPage';
import { langOf } from '../../shared/i18n/lang';
import { renderOutput } from '../publish/renderOutput';
import type { ExportCommand } from './exportArgs';
import { EXIT } from './exitCodes';
import type { CliIo } from './main';
import { sayOption } from './scenarioInput';
import { visible } from './visible';
import { writeOutput } from './writeOutput';

/** Today as `2026-12-07` (the date printed on pictures and reports). */
export function isoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The comparisons a PDF report ends with: `--from` (default: the first scenario) to `--to`
 * (default: every other scenario), as `strata diff` picks them; none with `--no-compare`. Null
 * after saying why a selector names no scenario.
 */
function reportComparisons(
  command: ExportCommand,
  document: ScenarioSet,
  io: CliIo,
): Comparison[] | null {
  if (command.format !== 'pdf' || !command.compare) return [];
  const pick: { from?: Scenario; to?: Scenario } = {};
  for (const option of ['from', 'to'] as const) {
    const selector = command[option];
    if (selector === undefined) continue;
    const picked = pickScenario(document, selector);
    if (!picked.ok) {
      sayOption(command.file, `--${option}`, picked.said, io);
      return null;
    }
    pick[option] = picked.scenario;
  }
  return comparisonPairs(document, pick).map(([from, to]) =>
    compareScenarios(
      { name: from.name, plan: from.plan },
      { name: to.name, plan: to.plan },
      langOf(io.locale ?? 'en'),
    ),
  );
}

export async function runExport(
  command: ExportCommand,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const opened = await openAnyPlan(command.file);
  if (!opened.ok) {
    io.stderr(`${visible(command.file)}: ${visible(openFailureText(opened, langFor(io)))}\n`);
    return EXIT.failure;
  }
  // A version-1 file is one scenario ("As is"); --scenario picks among a file's scenarios.
  const picked = pickScenario(opened.document, command.scenario);
  if (!picked.ok) {
    sayOption(command.file, '--scenario', picked.said, io);
    return EXIT.failure;
  }
  const comparisons = reportComparisons(command, opened.document, io);
  if (comparisons === null) return EXIT.failure;
  // The plan formats are written as the current version (2): every scenario, or the one
  // --scenario picks.
  const asPlanFile = command.format === 'strata' || command.format === 'json';
  const document =
    command.scenario === undefined
      ? opened.document
      : { ...opened.document, scenarios: [picked.scenario], activeScenario: picked.scenario.id };
  const output = asPlanFile
    ? serializeDocument(document)
    : await renderOutput(picked.scenario.plan, {
        format: command.format,
        scale: command.scale,
        theme: command.theme,
        paper: command.paper,
        bare: command.bare,
        date: isoDate(now),
        comparisons,
        lang: langOf(io.locale ?? 'en'),
      });
  return (await writeOutput(command.out, output, io)) ? EXIT.ok : EXIT.failure;
}
