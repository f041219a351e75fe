/**
 * `strata import FILE... -o OUT.strata`: inventories in, a plan file out (new, or `--into` an
 * existing plan under `--parent`). A summary and the warnings on stdout (`--json`: one object);
 * `FILE: place: reason` on stderr and exit 2 when a file cannot be used — and then OUT is not
 * touched. OUT is written whole or not at all (atomicWrite).
 */
import { importFiles } from '../../shared/import/registry';
import { addToPlan } from '../../shared/import/merge';
import { describeCounts, importJson, summarizeImport } from '../../shared/import/summary';
import { FORMAT_LABEL, importFailureText, type ImportSuccess } from '../../shared/import/types';
import { counted } from '../../shared/format/counted';
import { formatNumber } from '../../shared/format/numbers';
import type { Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { warningText } from '../../shared/import/messages';
import { displayWidth, padEndWidth } from './layout';
import { langFor } from './language';
import { toJsonText } from '../../shared/metrics/jsonOutput';
import { serializePlan } from '../../shared/load/serialize';
import { NODE_KINDS } from '../../shared/model/nodes';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { readDocumentFile } from '../files/readPlanFile';
import { readImportFiles } from '../import/readImportFiles';
import { readXlsx } from '../import/xlsxReader';
import { EXIT } from './exitCodes';
import { parseImportArgs, type ImportArgs } from './importArgs';
import type { CliIo } from './main';
import { sayUsageError } from './usageError';
import { visible } from './visible';
import { writeOutput } from './writeOutput';
import { sayCannotLoad } from './scenarioInput';

export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    sayUsageError(parsed.said, io);
    return EXIT.failure;
  }
  const args = parsed.args;
  const read = await readImportFiles(args.files);
  if (!read.ok) {
    io.stderr(`${visible(read.file)}: ${visible(read.reason)}\n`);
    return EXIT.failure;
  }
  let into: ScenarioSet | null = null;
  if (args.into !== null) {
    const loaded = await readDocumentFile(args.into);
    if (!loaded.ok) {
      sayCannotLoad(args.into, loaded.error, io);
      return EXIT.failure;
    }
    into = loaded.document;
  }
  const result = await importFiles(
    read.files,
    {
      format: args.format,
      secondary: args.secondary,
      skipPoweredOff: args.skipPoweredOff,
      profile: args.profile,
      ...(args.nodeCores !== null ? { nodeCores: args.nodeCores } : {}),
      ...(args.nodeRamGiB !== null ? { nodeRamGiB: args.nodeRamGiB } : {}),
    },
    { readXlsx },
  );
  if (!result.ok) {
    io.stderr(`${visible(importFailureText(result, langFor(io)))}\n`);
    return EXIT.failure;
  }
  let text = serializePlan(result.plan);
  if (into !== null) {
    // The import goes into the scenario the file opens on; the other scenarios are kept as they are.
    const active = activeScenarioOf(into);
    const merged = addToPlan(active.plan, result.plan, args.parent);
    if (!merged.ok) {
      const reason = visible(formatMessage(langFor(io), merged.said));
      const said =
        args.parent === null
          ? reason
          : langFor(io).t('cli.import.parent', { id: visible(args.parent), reason });
      io.stderr(`${visible(args.into ?? '')}: ${said}\n`);
      return EXIT.failure;
    }
    text =
      into.scenarios.length > 1
        ? serializeDocument(withScenarioPlan(into, active.id, merged.plan))
        : serializePlan(merged.plan);
  }
  if (!(await writeOutput(args.out, text, io))) return EXIT.failure;
  if (args.json) io.stdout(toJsonText(importJson(result)));
  else io.stdout(formatImport(result, args, langFor(io)));
  return EXIT.ok;
}

/** A summary row: the label padded to the column the English summary has always used. */
function labelled(label: string, text: string): string {
  return `  ${padEndWidth(label, Math.max(12, displayWidth(label) + 2))}${text}`;
}

function formatImport(result: ImportSuccess, args: ImportArgs, lang: Lang): string {
  const { t } = lang;
  const sep = t('cli.list.separator');
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const s = summarizeImport(result.plan);
  const lines: string[] = [];
  const formats = result.formats.map((f) => FORMAT_LABEL[f]).join(sep);
  lines.push(t('cli.import.imported', { formats, files: args.files.join(sep) }));
  const kinds = NODE_KINDS.filter((k) => s.nodes[k] > 0).map((k) =>
    t(`kindCount.${k}`, { count: s.nodes[k], n: n(s.nodes[k]) }),
  );
  lines.push(labelled(t('cli.import.nodes'), kinds.length > 0 ? kinds.join(sep) : t('format.none')));
  for (const site of s.sites) {
    const parts = [counted(lang, 'server', site.servers), counted(lang, 'vm', site.vms)];
    if (site.containers > 0) parts.push(counted(lang, 'container', site.containers));
    lines.push(labelled(t('cli.import.site'), `${site.name}${t('cli.fail.colon')}${parts.join(sep)}`));
  }
  for (const c of s.clusters)
    lines.push(
      labelled(
        t('cli.import.cluster'),
        `${c.name}${t('cli.fail.colon')}${counted(lang, 'host', c.hosts)}${sep}${counted(lang, 'vm', c.vms)}`,
      ),
    );
  const included = describeCounts(result.included, lang);
  if (included.length > 0) lines.push(labelled(t('cli.import.included'), included.join(sep)));
  const skipped = describeCounts(result.skipped, lang);
  lines.push(
    labelled(t('cli.import.skipped'), skipped.length > 0 ? skipped.join(sep) : t('cli.import.nothing')),
  );
  if (result.warnings.length > 0) {
    lines.push(t('cli.import.warnings', { n: n(result.warnings.length) }));
    for (const w of result.warnings) {
      const place = [w.row === null ? null : t('cli.import.row', { row: w.row }), w.column]
        .filter((x) => x !== null)
        .join(sep);
      lines.push(
        `  ${visible(w.file)}${place === '' ? '' : ` ${visible(place)}`}${t('cli.fail.colon')}${visible(warningText(w, lang))}`,
      );
    }
  }
  lines.push(
    args.into === null
      ? t('cli.import.wrote', { out: args.out })
      : t('cli.import.wroteInto', { out: args.out, into: args.into }),
  );
  return `${lines.join('\n')}\n`;
}
