/**
 * The command line's input: a file loaded whole (every scenario), then the scenario an option
 * names (`--scenario`, `--from`, `--to`). Failures are written as `FILE: place: reason` on stderr
 * and answered with null; the caller exits 2 with nothing on stdout.
 */
import { basename } from 'node:path';
import { pickScenario, type Scenario, type ScenarioSet } from '../../shared/model/scenarios';
import type { LoadError } from '../../shared/load/loadResult';
import { readDocumentFile } from '../files/readPlanFile';
import type { CliIo } from './main';
import { visible } from './visible';

export interface PickedScenario {
  readonly file: string;
  readonly document: ScenarioSet;
  readonly scenario: Scenario;
  /** 0-based. */
  readonly index: number;
}

/** Every scenario of FILE, or null after saying why it cannot be loaded. */
export async function loadFile(file: string, io: CliIo): Promise<ScenarioSet | null> {
  const result = await readDocumentFile(file);
  if (result.ok) return result.document;
  sayCannotLoad(file, result.error, io);
  return null;
}

/** `FILE: place: reason` on stderr; the reader names the file itself as the place of I/O errors: say it once. */
export function sayCannotLoad(file: string, error: LoadError, io: CliIo): void {
  const { place, reason, message } = error;
  const said = place === file || place === basename(file) ? reason : message;
  io.stderr(`${file}: ${visible(said)}\n`);
}

/** The scenario `selector` names (1-based number or name; absent: the first), or null after saying why. */
export function pickOrSay(
  file: string,
  document: ScenarioSet,
  selector: string | undefined,
  option: string,
  io: CliIo,
): PickedScenario | null {
  const picked = pickScenario(document, selector);
  if (picked.ok) return { file, document, scenario: picked.scenario, index: picked.index };
  io.stderr(`${file}: ${option}: ${visible(picked.reason)}\n`);
  return null;
}

/** How the readable output names a scenario: `"Virtualized" (2 of 3)`. */
export function scenarioTitle(picked: PickedScenario): string {
  return `"${picked.scenario.name}" (${picked.index + 1} of ${picked.document.scenarios.length})`;
}
