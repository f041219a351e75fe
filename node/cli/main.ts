/** `strata report|validate|fail|diff|check`: the command line's logic, with its input and output injected. */
import { buildReport } from '../../shared/metrics/report';
import { simulateFailure, toFailureResult } from '../../shared/metrics/failure';
import type { Plan } from '../../shared/model/plan';
import { validatePlan } from '../../shared/validate/validatePlan';
import { parseArgs } from './args';
import { runCheck } from './checkCommand';
import { runDiff } from './diffCommand';
import { optimizeCommand } from './optimizeCommand';
import { reportAllScenarios } from './reportAll';
import { loadFile, pickOrSay, scenarioTitle, type PickedScenario } from './scenarioInput';
import type { Command } from './args';
import { EXIT } from './exitCodes';
import { runExport } from './exportCommand';
import { formatFailure } from './formatFailure';
import { formatValidation } from './formatIssues';
import { formatReport } from './formatReport';
import { importCommand } from './importCommand';
import {
  failureJson,
  reportJson,
  toJsonText,
  validationJson,
} from '../../shared/metrics/jsonOutput';
import { nodeLabels } from './labels';
import { reportDetails } from './reportDetails';
import { styleFor } from './style';
import { usage } from './usage';
import { langFor, takeLangOption } from './language';
import { sayUsageError } from './usageError';
import type { Lang } from '../../shared/i18n/lang';
import type { Locale } from '../../shared/i18n/locales';
import { VERSION } from './version';
import { visible } from './visible';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout may carry ANSI colour (a terminal, NO_COLOR unset). */
  readonly color: boolean;
  /** The language of readable output (from the environment; `--lang` overrides); English if absent. */
  readonly locale?: Locale;
}

export { langFor };

/** Runs one command line (the words after `strata`) and returns the exit code. */
export async function main(argv: readonly string[], baseIo: CliIo): Promise<number> {
  const lang = takeLangOption(argv);
  if (!lang.ok) {
    sayUsageError(lang.said, baseIo);
    return EXIT.failure;
  }
  const io: CliIo = lang.locale === undefined ? baseIo : { ...baseIo, locale: lang.locale };
  const parsed = parseArgs(lang.argv);
  if (!parsed.ok) {
    sayUsageError(parsed.said, io);
    return EXIT.failure;
  }
  try {
    return await run(parsed.command, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`strata: ${langFor(io).t('cli.error.internal', { detail })}\n`);
    return EXIT.internal;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(usage(langFor(io)));
      return EXIT.ok;
    case 'version':
      io.stdout(`strata ${VERSION}\n`);
      return EXIT.ok;
    case 'export':
      return runExport(command, io);
    case 'import':
      return importCommand(command.argv, io);
    case 'optimize':
      return optimizeCommand(command.argv, io);
    case 'report':
    case 'validate':
    case 'fail': {
      const document = await loadFile(command.file, io);
      if (document === null) return EXIT.failure;
      if (command.kind === 'report' && command.scenario === 'all')
        return reportAllScenarios(document, command.json, io);
      const picked = pickOrSay(command.file, document, command.scenario, '--scenario', io);
      if (picked === null) return EXIT.failure;
      const plan = picked.scenario.plan;
      if (command.kind === 'report') return report(picked, command.json, io);
      if (command.kind === 'validate') return validate(picked, command.json, io);
      return fail(command.file, plan, command.nodeId, command.json, io);
    }
    case 'diff':
      return runDiff(command, io);
    case 'check':
      return runCheck(command, io);
  }
}

/** For a file of several scenarios, which one the readable output is about. */
function titleOf(picked: PickedScenario, lang: Lang): string | undefined {
  return picked.document.scenarios.length > 1 ? scenarioTitle(picked, lang) : undefined;
}

function report(picked: PickedScenario, json: boolean, io: CliIo): number {
  const plan = picked.scenario.plan;
  const result = buildReport(plan);
  if (json) io.stdout(toJsonText(reportJson(result)));
  else {
    const details = reportDetails(plan, result);
    const scenario = titleOf(picked, langFor(io));
    io.stdout(
      formatReport(result, {
        details,
        style: styleFor(io.color),
        lang: langFor(io),
        ...(scenario === undefined ? {} : { scenario }),
      }),
    );
  }
  return EXIT.ok;
}

function validate(picked: PickedScenario, json: boolean, io: CliIo): number {
  const issues = validatePlan(picked.scenario.plan);
  const scenario = titleOf(picked, langFor(io));
  const label = scenario === undefined ? picked.file : `${picked.file} ${scenario}`;
  if (json) io.stdout(toJsonText(validationJson(issues)));
  else io.stdout(formatValidation(label, issues, styleFor(io.color), langFor(io)));
  return issues.some((issue) => issue.severity === 'error') ? EXIT.errors : EXIT.ok;
}

function fail(file: string, plan: Plan, nodeId: string, json: boolean, io: CliIo): number {
  const outcome = simulateFailure(plan, nodeId);
  if (outcome === null) {
    const said = langFor(io).t('cli.error.noNode', { id: visible(nodeId), file: visible(file) });
    io.stderr(`${visible(file)}: ${said}\n`);
    return EXIT.failure;
  }
  const result = toFailureResult(outcome);
  if (json) io.stdout(toJsonText(failureJson(result)));
  else io.stdout(formatFailure(result, nodeLabels(plan), styleFor(io.color), langFor(io)));
  return EXIT.ok;
}
