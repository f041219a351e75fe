/** `strata report|validate|fail`: the command line's logic, with its input and output injected. */
import { basename } from 'node:path';
import { buildReport } from '../../shared/metrics/report';
import { simulateFailure, toFailureResult } from '../../shared/metrics/failure';
import type { Plan } from '../../shared/model/plan';
import { validatePlan } from '../../shared/validate/validatePlan';
import { readPlanFile } from '../files/readPlanFile';
import { parseArgs } from './args';
import type { Command } from './args';
import { EXIT } from './exitCodes';
import { runExport } from './exportCommand';
import { formatFailure } from './formatFailure';
import { formatValidation } from './formatIssues';
import { formatReport } from './formatReport';
import {
  failureJson,
  reportJson,
  toJsonText,
  validationJson,
} from '../../shared/metrics/jsonOutput';
import { nodeLabels } from './labels';
import { reportDetails } from './reportDetails';
import { styleFor } from './style';
import { USAGE } from './usage';
import { VERSION } from './version';
import { visible } from './visible';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout may carry ANSI colour (a terminal, NO_COLOR unset). */
  readonly color: boolean;
}

/** Runs one command line (the words after `strata`) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`strata: ${parsed.message}\n\n${USAGE}`);
    return EXIT.failure;
  }
  try {
    return await run(parsed.command, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`strata: internal error (please report it): ${detail}\n`);
    return EXIT.internal;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT.ok;
    case 'version':
      io.stdout(`strata ${VERSION}\n`);
      return EXIT.ok;
    case 'export':
      return runExport(command, io);
    case 'report':
    case 'validate':
    case 'fail': {
      const plan = await load(command.file, io);
      if (plan === null) return EXIT.failure;
      if (command.kind === 'report') return report(plan, command.json, io);
      if (command.kind === 'validate') return validate(command.file, plan, command.json, io);
      return fail(command.file, plan, command.nodeId, command.json, io);
    }
  }
}

/** The plan, or null after writing `FILE: place: reason` to stderr (and nothing to stdout). */
async function load(file: string, io: CliIo): Promise<Plan | null> {
  const result = await readPlanFile(file);
  if (result.ok) return result.plan;
  const { place, reason, message } = result.error;
  // The reader names the file itself as the place of I/O errors: say it once.
  const said = place === file || place === basename(file) ? reason : message;
  io.stderr(`${file}: ${visible(said)}\n`);
  return null;
}

function report(plan: Plan, json: boolean, io: CliIo): number {
  const result = buildReport(plan);
  if (json) io.stdout(toJsonText(reportJson(result)));
  else
    io.stdout(
      formatReport(result, { details: reportDetails(plan, result), style: styleFor(io.color) }),
    );
  return EXIT.ok;
}

function validate(file: string, plan: Plan, json: boolean, io: CliIo): number {
  const issues = validatePlan(plan);
  if (json) io.stdout(toJsonText(validationJson(issues)));
  else io.stdout(formatValidation(file, issues, styleFor(io.color)));
  return issues.some((issue) => issue.severity === 'error') ? EXIT.errors : EXIT.ok;
}

function fail(file: string, plan: Plan, nodeId: string, json: boolean, io: CliIo): number {
  const outcome = simulateFailure(plan, nodeId);
  if (outcome === null) {
    io.stderr(
      `${file}: no node has the id "${visible(nodeId)}". \`strata report ${file}\` names the nodes with their ids (every id: \`strata report ${file} --json\`, blastRadius.nodes).\n`,
    );
    return EXIT.failure;
  }
  const result = toFailureResult(outcome);
  if (json) io.stdout(toJsonText(failureJson(result)));
  else io.stdout(formatFailure(result, nodeLabels(plan), styleFor(io.color)));
  return EXIT.ok;
}
