/**
 * `strata diff A [B] [--from NAME|N] [--to NAME|N] [--json]`: with one file, two of its
 * scenarios (default 1 → 2); with two files, a scenario of each (default: their first).
 */
import { diffPlans } from '../../shared/diff/diffPlans';
import { toJsonText } from '../../shared/metrics/jsonOutput';
import { buildReport } from '../../shared/metrics/report';
import type { Command } from './args';
import { EXIT } from './exitCodes';
import { formatDiff } from './formatDiff';
import type { CliIo } from './main';
import { loadFile, pickOrSay, type PickedScenario } from './scenarioInput';
import { langFor } from './language';
import { styleFor } from './style';

type DiffCommand = Extract<Command, { kind: 'diff' }>;

async function pickBoth(
  command: DiffCommand,
  io: CliIo,
): Promise<readonly [PickedScenario, PickedScenario] | null> {
  const [fileA, fileB] = command.files;
  const a = await loadFile(fileA, io);
  if (a === null) return null;
  const b = fileB === undefined ? a : await loadFile(fileB, io);
  if (b === null) return null;
  const oneFile = fileB === undefined;
  const from = pickOrSay(fileA, a, command.from ?? (oneFile ? '1' : undefined), '--from', io);
  if (from === null) return null;
  const to = pickOrSay(fileB ?? fileA, b, command.to ?? (oneFile ? '2' : undefined), '--to', io);
  return to === null ? null : [from, to];
}

export async function runDiff(command: DiffCommand, io: CliIo): Promise<number> {
  const picked = await pickBoth(command, io);
  if (picked === null) return EXIT.failure;
  const [from, to] = picked;
  const reports = { from: buildReport(from.scenario.plan), to: buildReport(to.scenario.plan) };
  const diff = diffPlans(from.scenario.plan, to.scenario.plan, reports);
  if (command.json) {
    const side = (p: PickedScenario) => ({ file: p.file, scenario: p.scenario.name });
    io.stdout(toJsonText({ from: side(from), to: side(to), ...diff }));
  } else {
    io.stdout(formatDiff({ from, to, diff, reports }, styleFor(io.color), langFor(io)));
  }
  return EXIT.ok;
}
