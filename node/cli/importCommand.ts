/**
 * `strata import FILE... -o OUT.strata`: inventories in, a plan file out (new, or `--into` an
 * existing plan under `--parent`). A summary and the warnings on stdout (`--json`: one object);
 * `FILE: place: reason` on stderr and exit 2 when a file cannot be used — and then OUT is not
 * touched. OUT is written whole or not at all (atomicWrite).
 */
import { importFiles } from '../../shared/import/registry';
import { addToPlan } from '../../shared/import/merge';
import { describeCounts, importJson, summarizeImport } from '../../shared/import/summary';
import { FORMAT_LABEL, type ImportSuccess } from '../../shared/import/types';
import { plural } from '../../shared/format/numbers';
import { toJsonText } from '../../shared/metrics/jsonOutput';
import { serializePlan } from '../../shared/load/serialize';
import { KIND_LABEL, NODE_KINDS } from '../../shared/model/nodes';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { readDocumentFile } from '../files/readPlanFile';
import { readImportFiles } from '../import/readImportFiles';
import { readXlsx } from '../import/xlsxReader';
import { EXIT } from './exitCodes';
import { parseImportArgs, type ImportArgs } from './importArgs';
import type { CliIo } from './main';
import { USAGE } from './usage';
import { visible } from './visible';
import { writeOutput } from './writeOutput';

export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    io.stderr(`strata: ${parsed.message}\n\n${USAGE}`);
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
      io.stderr(`${visible(args.into)}: ${visible(loaded.error.message)}\n`);
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
    io.stderr(`${visible(result.message)}\n`);
    return EXIT.failure;
  }
  let text = serializePlan(result.plan);
  if (into !== null) {
    // The import goes into the scenario the file opens on; the other scenarios are kept as they are.
    const active = activeScenarioOf(into);
    const merged = addToPlan(active.plan, result.plan, args.parent);
    if (!merged.ok) {
      io.stderr(
        `${visible(args.into ?? '')}: ${args.parent === null ? '' : `--parent ${visible(args.parent)}: `}${visible(merged.reason)}\n`,
      );
      return EXIT.failure;
    }
    text =
      into.scenarios.length > 1
        ? serializeDocument(withScenarioPlan(into, active.id, merged.plan))
        : serializePlan(merged.plan);
  }
  if (!(await writeOutput(args.out, text, io))) return EXIT.failure;
  if (args.json) io.stdout(toJsonText(importJson(result)));
  else io.stdout(formatImport(result, args));
  return EXIT.ok;
}

function formatImport(result: ImportSuccess, args: ImportArgs): string {
  const s = summarizeImport(result.plan);
  const lines: string[] = [];
  const formats = result.formats.map((f) => FORMAT_LABEL[f]).join(', ');
  lines.push(`Imported ${formats}: ${args.files.join(', ')}`);
  const kinds = NODE_KINDS.filter((k) => s.nodes[k] > 0).map((k) =>
    plural(s.nodes[k], KIND_LABEL[k].toLowerCase().replace('vm', 'VM')),
  );
  lines.push(`  Nodes       ${kinds.length > 0 ? kinds.join(', ') : 'none'}`);
  for (const site of s.sites)
    lines.push(
      `  Site        ${site.name}: ${plural(site.servers, 'server')}, ${plural(site.vms, 'VM')}${site.containers > 0 ? `, ${plural(site.containers, 'container')}` : ''}`,
    );
  for (const c of s.clusters)
    lines.push(`  Cluster     ${c.name}: ${plural(c.hosts, 'host')}, ${plural(c.vms, 'VM')}`);
  const included = describeCounts(result.included);
  if (included.length > 0) lines.push(`  Included    ${included.join(', ')}`);
  const skipped = describeCounts(result.skipped);
  lines.push(`  Skipped     ${skipped.length > 0 ? skipped.join(', ') : 'nothing'}`);
  if (result.warnings.length > 0) {
    lines.push(`Warnings (${result.warnings.length})`);
    for (const w of result.warnings) {
      const place = [w.row === null ? null : `row ${w.row}`, w.column]
        .filter((x) => x !== null)
        .join(', ');
      lines.push(
        `  ${visible(w.file)}${place === '' ? '' : ` ${visible(place)}`}: ${visible(w.message)}`,
      );
    }
  }
  lines.push(
    `Wrote ${args.out}${args.into !== null ? ` (${args.into} with the import added)` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
