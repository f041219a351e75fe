/**
 * `strata check FILE [--scenario NAME|N] --policy POLICY.json [--json]`: each rule the policy
 * names, PASS or FAIL with the figure it read. Exit 0 when all pass, 1 on any FAIL, 2 when the
 * plan or the policy cannot be used.
 */
import { buildReport } from '../../shared/metrics/report';
import { toJsonText } from '../../shared/metrics/jsonOutput';
import { checkPolicy, policyPassed, type RuleResult } from '../../shared/policy/checkPolicy';
import { parsePolicyText } from '../../shared/policy/parsePolicy';
import type { Policy } from '../../shared/policy/rules';
import { readPlanText } from '../files/readPlanFile';
import type { Command } from './args';
import { EXIT } from './exitCodes';
import { alignColumns, cell } from './layout';
import type { CliIo } from './main';
import {
  loadFile,
  pickOrSay,
  sayCannotLoad,
  scenarioTitle,
  type PickedScenario,
} from './scenarioInput';
import { styleFor, type Style } from './style';
import { visible } from './visible';

type CheckCommand = Extract<Command, { kind: 'check' }>;

async function readPolicy(file: string, io: CliIo): Promise<Policy | null> {
  const text = await readPlanText(file);
  const result = text.ok ? parsePolicyText(text.value) : text;
  if (result.ok) return result.policy;
  sayCannotLoad(file, result.error, io);
  return null;
}

export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const document = await loadFile(command.file, io);
  if (document === null) return EXIT.failure;
  const picked = pickOrSay(command.file, document, command.scenario, '--scenario', io);
  if (picked === null) return EXIT.failure;
  const policy = await readPolicy(command.policy, io);
  if (policy === null) return EXIT.failure;
  const plan = picked.scenario.plan;
  const results = checkPolicy(policy, plan, buildReport(plan));
  const passed = policyPassed(results);
  if (command.json) {
    io.stdout(
      toJsonText({
        file: command.file,
        scenario: picked.scenario.name,
        policy: command.policy,
        passed,
        rules: results.map(({ rule, limit, pass, figure, detail }) => ({
          rule,
          limit,
          pass,
          figure,
          detail,
        })),
      }),
    );
  } else {
    io.stdout(formatCheck(picked, command.policy, results, styleFor(io.color)));
  }
  return passed ? EXIT.ok : EXIT.errors;
}

export function formatCheck(
  picked: PickedScenario,
  policyFile: string,
  results: readonly RuleResult[],
  style: Style,
): string {
  const scenario = picked.document.scenarios.length > 1 ? ` ${scenarioTitle(picked)}` : '';
  const failed = results.filter((r) => !r.pass).length;
  const lines = alignColumns(
    results.map((r) => [
      r.pass ? cell('PASS', style.good) : cell('FAIL', style.bad),
      cell(r.rule),
      cell(r.detail),
    ]),
    '',
  );
  const verdict =
    failed === 0
      ? style.good(
          `${results.length === 1 ? 'The rule passes' : `All ${results.length} rules pass`}`,
        )
      : style.bad(
          `${failed} of ${results.length} ${results.length === 1 ? 'rule fails' : 'rules fail'}`,
        );
  return `${visible(picked.file)}${visible(scenario)} against ${visible(policyFile)}\n${lines.join('\n')}\n${verdict}\n`;
}
