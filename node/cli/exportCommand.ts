/**
 * `strata export FILE -o OUT`: reads any plan file (a `.strata` or `.json` of any version, a PNG
 * or SVG exported by Strata) and writes it again as the current plan format, a PNG or SVG picture
 * with the plan inside, or the PDF planning report — every output through the one writer
 * (`atomicWrite`), so a failed export leaves no partial file.
 */
import { openAnyPlan } from '../files/openAnyPlan';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { pickScenario } from '../../shared/model/scenarios';
import { renderOutput } from '../publish/renderOutput';
import type { ExportCommand } from './exportArgs';
import { EXIT } from './exitCodes';
import type { CliIo } from './main';
import { visible } from './visible';
import { writeOutput } from './writeOutput';

/** Today as `2026-12-07` (the date printed on pictures and reports). */
export function isoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function runExport(
  command: ExportCommand,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const opened = await openAnyPlan(command.file);
  if (!opened.ok) {
    io.stderr(`${visible(command.file)}: ${visible(opened.message)}\n`);
    return EXIT.failure;
  }
  // A version-1 file is one scenario ("As is"); --scenario picks among a file's scenarios.
  const picked = pickScenario(opened.document, command.scenario);
  if (!picked.ok) {
    io.stderr(`${visible(command.file)}: --scenario: ${visible(picked.reason)}\n`);
    return EXIT.failure;
  }
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
      });
  return (await writeOutput(command.out, output, io)) ? EXIT.ok : EXIT.failure;
}
