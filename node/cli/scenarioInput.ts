/**
 * The command line's input: a file loaded whole (every scenario), then the scenario an option
 * names (`--scenario`, `--from`, `--to`). Failures are written as `FILE: place: reason` on stderr
 * and answered with null; the caller exits 2 with nothing on stdout.
 */
import { basename } from 'node:path';
import { pickScenario, type Scenario, type ScenarioSet } from '../../shared/model/scenarios';
import { loadErrorText, loadReasonText, type LoadError } from '../../shared/load/loadResult';
import { openAnyPlan, openFailureText } from '../files/openAnyPlan';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage, type Message } from '../../shared/i18n/message';
import { langFor } from './language';
import type { CliIo } from './main';
import { visible } from './visible';

export interface PickedScenario {
  readonly file: string;
  readonly document: ScenarioSet;
  readonly scenario: Scenario;
  /** 0-based. */
  readonly index: number;
}

/**
 * Every scenario of FILE — a `.strata`/`.json` file or a PNG exported by Strata — or null after
 * saying why it cannot be loaded.
 */
export async function loadFile(file: string, io: CliIo): Promise<ScenarioSet | null> {
  const result = await openAnyPlan(file);
  if (result.ok) return result.document;
  io.stderr(`${visible(file)}: ${visible(openFailureText(result, langFor(io)))}\n`);
  return null;
}

/** `FILE: place: reason` on stderr; the reader names the file itself as the place of I/O errors: say it once. */
export function sayCannotLoad(file: string, error: LoadError, io: CliIo): void {
  const lang = langFor(io);
  const { place } = error;
  const said =
    place === file || place === basename(file)
      ? loadReasonText(error, lang)
      : loadErrorText(error, lang);
  io.stderr(`${visible(file)}: ${visible(said)}\n`);
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
  sayOption(file, option, picked.said, io);
  return null;
}

/** How the readable output names a scenario: `"Virtualized" (2 of 3)`. */
export function scenarioTitle(picked: PickedScenario, lang: Lang = ENGLISH): string {
  return lang.t('cli.scenario.title', {
    name: picked.scenario.name,
    n: picked.index + 1,
    total: picked.document.scenarios.length,
  });
}

/** `FILE: --option: reason` on stderr, in the reader's language. */
export function sayOption(file: string, option: string, said: Message, io: CliIo): void {
  const lang = langFor(io);
  const reason = visible(formatMessage(lang, said));
  io.stderr(`${visible(file)}: ${lang.t('cli.error.option', { option, reason })}\n`);
}
