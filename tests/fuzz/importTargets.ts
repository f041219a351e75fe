/**
 * The importers as fuzz targets: each mutates one file of a real inventory, imports the files
 * through `importFiles` (as `strata import` and the app's worker do), and classifies the answer.
 * A throw or a rejected promise is a crash, and so is a "clean" error that only wraps an engine
 * failure (a stack overflow, a TypeError); a refusal must be `FILE: place: reason`; a plan must
 * save, reopen and save the same, have well-formed warnings and counts, and no error-level rule
 * issue that the importer made (RAM overcommit is the inventory's own figure and allowed).
 */
import { readXlsx } from '../../node/import/xlsxReader';
import { serializePlan } from '../../shared/load/serialize';
import { loadDocument } from '../../shared/load/loadDocument';
import { importFiles } from '../../shared/import/registry';
import {
  IMPORT_FORMATS,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
} from '../../shared/import/types';
import type { IssueCode } from '../../shared/validate/issue';
import { validatePlan } from '../../shared/validate/validatePlan';
import {
  checkLoad,
  fail,
  type FuzzInput,
  type FuzzTarget,
  type ImportCase,
  type Outcome,
} from './fuzzTarget';
import {
  allImportSeeds,
  composeSeeds,
  kubernetesSeeds,
  proxmoxSeeds,
  rvtoolsCsvSeeds,
  rvtoolsXlsxSeeds,
  strataCsvSeeds,
} from './importSeeds';
import { mutateCsvBytes, mutateTreeText } from './mutateInventory';
import { mutateXlsx } from './mutateXlsx';
import type { Random } from '../../bench/random';

/** Texts of engine failures: an importer that catches one and calls it a clean error hides a bug. */
const ENGINE_FAILURE =
  /Maximum call stack|Invalid (string|array|typed array) length|Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|Array buffer allocation|out of memory|\[object /i;

/** Error-level issues an inventory may bring with it: its own figures (VMs bigger than their host). */
const INVENTORY_ISSUES: ReadonlySet<IssueCode> = new Set<IssueCode>(['ram-overcommit']);

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

export function checkImport(result: ImportResult, c: ImportCase): Outcome {
  const names = new Set(c.files.map((f) => f.name));
  if (!result.ok) {
    const { file, place, reason, message } = result;
    if (!names.has(file) && file !== 'import') fail(`the error names no given file: ${message}`);
    if (!reason || (place !== null && !place)) fail(`an error without place or reason: ${message}`);
    const expected = place === null ? `${file}: ${reason}` : `${file}: ${place}: ${reason}`;
    if (message !== expected) fail(`a malformed error: ${message}`);
    if (ENGINE_FAILURE.test(reason))
      fail(`an engine failure passed off as a clean error: ${message}`);
    return 'refused';
  }
  // The plan saves within the open limit, reopens, and saves to the same text.
  checkLoad(loadDocument(serializePlan(result.plan)));
  for (const w of result.warnings) {
    if (!names.has(w.file)) fail(`a warning names no given file: ${w.file}`);
    if (w.row !== null && !(Number.isSafeInteger(w.row) && w.row >= 1))
      fail(`a warning's row is ${w.row}`);
    if (!w.message || ENGINE_FAILURE.test(w.message)) fail(`a malformed warning: ${w.message}`);
  }
  for (const [why, n] of Object.entries({ ...result.skipped, ...result.included }))
    if (!isCount(n)) fail(`the count "${why}" is ${n}`);
  // A hand-written Strata CSV plan may break any rule (the editor shows it); the other importers may not.
  if (!result.formats.includes('csv')) {
    const bad = validatePlan(result.plan).filter(
      (i) => i.severity === 'error' && !INVENTORY_ISSUES.has(i.code),
    );
    if (bad.length > 0)
      fail(
        `the imported plan has error-level issues: ${bad
          .map((i) => `${i.code}: ${i.message}`)
          .slice(0, 3)
          .join(' | ')}`,
      );
  }
  return result.warnings.length > 0 ? 'warned' : 'accepted';
}

async function runImport(input: FuzzInput): Promise<Outcome> {
  if (typeof input === 'string' || input instanceof Uint8Array) fail('not an import input');
  return checkImport(await importFiles(input.files, input.options, { readXlsx }), input);
}

type FileMutation = (file: ImportFile, rnd: Random, large: boolean) => ImportFile;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function treeMutation(keys: readonly string[]): FileMutation {
  return (f, rnd, large) => ({
    name: f.name,
    bytes: encoder.encode(mutateTreeText(decoder.decode(f.bytes), keys, rnd, large)),
  });
}

const csvMutation: FileMutation = (f, rnd, large) => ({
  name: f.name,
  bytes: mutateCsvBytes(f.bytes, rnd, large),
});
const xlsxMutation: FileMutation = (f, rnd, large) => ({
  name: f.name,
  bytes: mutateXlsx(f.bytes, rnd, large),
});

const PROXMOX_KEYS = [
  'type',
  'node',
  'maxcpu',
  'maxmem',
  'name',
  'status',
  'template',
  'id',
  'vmid',
];
const COMPOSE_KEYS = [
  'services',
  'image',
  'deploy',
  'replicas',
  'resources',
  'limits',
  'reservations',
  'cpus',
  'memory',
  'mem_limit',
  'scale',
  'depends_on',
  'profiles',
  'build',
  'name',
  'mode',
];
const K8S_KEYS = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'spec',
  'replicas',
  'template',
  'containers',
  'resources',
  'requests',
  'cpu',
  'memory',
  'items',
  'status',
  'capacity',
  'allocatable',
  'nodeInfo',
  'osImage',
  'containerRuntimeVersion',
  'os',
  'nodeSelector',
  'ownerReferences',
  'phase',
  'uid',
  'image',
];

/** A mutation for whatever format a file is in (the registry target mixes them). */
const anyMutation: FileMutation = (f, rnd, large) => {
  if (f.bytes[0] === 0x50 && f.bytes[1] === 0x4b) return xlsxMutation(f, rnd, large);
  if (/\.csv$/i.test(f.name)) return csvMutation(f, rnd, large);
  return treeMutation([...PROXMOX_KEYS, ...COMPOSE_KEYS, ...K8S_KEYS])(f, rnd, large);
};

function randomOptions(rnd: Random): ImportOptions {
  return {
    ...(rnd.chance(0.3) ? { skipPoweredOff: true } : {}),
    ...(rnd.chance(0.3) ? { secondary: [rnd.pick(['Berlin', 'berlin ', 'nowhere', ''])] } : {}),
    ...(rnd.chance(0.3) ? { profile: rnd.pick(['debug', 'none', '']) } : {}),
    ...(rnd.chance(0.3)
      ? { nodeCores: rnd.pick([1, 2, 8, 96]), nodeRamGiB: rnd.pick([1, 4, 32, 1024]) }
      : {}),
  };
}

/**
 * A target whose input is a set of files: one of them (or, now and then, two) mutated, and
 * random options.
 */
function importTarget(
  name: string,
  seeds: () => readonly (readonly ImportFile[])[],
  mutate: FileMutation,
  quickN: number,
  extra?: (c: ImportCase, rnd: Random) => ImportCase,
): FuzzTarget {
  return {
    name,
    quickN,
    seeds: () => seeds().map((files): ImportCase => ({ files, options: {} })),
    mutate: (seed, rnd, large) => {
      if (typeof seed === 'string' || seed instanceof Uint8Array) fail('not an import seed');
      const files = [...seed.files];
      for (let k = rnd.chance(0.15) && files.length > 1 ? 2 : 1; k > 0; k--) {
        const at = rnd.int(0, files.length - 1);
        files[at] = mutate(files[at] as ImportFile, rnd, large);
      }
      const c: ImportCase = {
        files,
        options: randomOptions(rnd),
      };
      return extra ? extra(c, rnd) : c;
    },
    run: runImport,
  };
}

/** The registry: files under other names (no extension, the wrong one), mixed, a forced format. */
function detectionCase(c: ImportCase, rnd: Random): ImportCase {
  const renamed = c.files.map((f, i) => ({
    name: rnd.chance(0.5)
      ? f.name
      : `${i}-${rnd.pick(['inventory', 'x.txt', 'x.json', 'x.yaml', 'x.csv', 'x.xlsx', 'tabvInfo.csv', 'tabvHost.csv', '.yml'])}`,
    bytes: f.bytes,
  }));
  const format = rnd.chance(0.35) ? rnd.pick([...IMPORT_FORMATS]) : null;
  return { ...c, files: renamed, options: { ...c.options, format } };
}

function mixedSeeds(): ImportFile[][] {
  const all = allImportSeeds();
  // Files of different formats together, and a file given twice.
  const mixed: ImportFile[][] = [];
  for (let i = 0; i + 1 < all.length; i += 2)
    mixed.push([...(all[i] ?? []), ...(all[i + 1] ?? [])]);
  const first = all[0]?.[0];
  if (first) mixed.push([first, first]);
  return [...all, ...mixed];
}

export const IMPORT_TARGETS: readonly FuzzTarget[] = [
  importTarget('import-rvtools-xlsx', rvtoolsXlsxSeeds, xlsxMutation, 30),
  importTarget('import-rvtools-csv', rvtoolsCsvSeeds, csvMutation, 40),
  importTarget('import-proxmox', proxmoxSeeds, treeMutation(PROXMOX_KEYS), 40),
  importTarget('import-compose', composeSeeds, treeMutation(COMPOSE_KEYS), 40),
  importTarget('import-kubernetes', kubernetesSeeds, treeMutation(K8S_KEYS), 30),
  importTarget('import-strata-csv', strataCsvSeeds, csvMutation, 40),
  importTarget('import-detect', mixedSeeds, anyMutation, 40, detectionCase),
];
