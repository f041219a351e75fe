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
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { langFor } from './language';
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
    io.stdout(formatCheck(picked, command.policy, results, styleFor(io.color), langFor(io)));
  }
  return passed ? EXIT.ok : EXIT.errors;
}

export function formatCheck(
  picked: PickedScenario,
  policyFile: string,
  results: readonly RuleResult[],
  style: Style,
  lang: Lang = ENGLISH,
): string {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const scenario =
    picked.document.scenarios.length > 1 ? ` ${scenarioTitle(picked, lang)}` : '';
  const failed = results.filter((r) => !r.pass).length;
  const lines = alignColumns(
    results.map((r) => [
      r.pass ? cell(t('cli.check.pass'), style.good) : cell(t('cli.check.fail'), style.bad),
      cell(r.rule),
      cell(formatMessage(lang, r.said)),
    ]),
    '',
  );
  const verdict =
    failed === 0
      ? style.good(
          results.length === 1
            ? t('cli.check.rulePasses')
            : t('cli.check.allPass', { n: n(results.length) }),
        )
      : style.bad(
          t('cli.check.someFail', { count: results.length, failed: n(failed), n: n(results.length) }),
        );
  const head = t('cli.check.against', {
    file: visible(picked.file),
    scenario: visible(scenario),
    policy: visible(policyFile),
  });
  return `${head}\n${lines.join('\n')}\n${verdict}\n`;
}
