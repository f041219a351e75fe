/**
 * What every importer takes and returns. An importer turns the bytes of one inventory (or a few
 * files that belong together) into a plan, the warnings about rows it could not use, and the
 * counts of rows it left out on purpose — or one named error, and then nothing is imported.
 */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type Lang, type MessageParams } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import type { Plan } from '../model/plan';

export const IMPORT_FORMATS = ['rvtools', 'proxmox', 'compose', 'kubernetes', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABEL: Readonly<Record<ImportFormat, string>> = {
  rvtools: 'RVTools',
  proxmox: 'Proxmox VE',
  compose: 'Compose',
  kubernetes: 'Kubernetes',
  csv: 'Strata CSV',
};

/** One input file: its name (for messages and as a hint to its format) and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A row that was skipped or read with a doubt; `row` and `column` are null when they do not apply. */
export interface ImportWarning {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  /** English, as --json and older clients read it. */
  readonly message: string;
  /** The same as a catalog message (`import.*`), for a reader of another language. */
  readonly said?: Message;
}

/** Why rows were left out, and how many: `templates`, `poweredOff`, `invalid`, … */
export type SkippedCounts = Readonly<Record<string, number>>;

export interface ImportOptions {
  /** Datacenters (RVTools) that become secondary sites. */
  readonly secondary?: readonly string[];
  readonly skipPoweredOff?: boolean;
  /** Compose profile whose services are imported too. */
  readonly profile?: string | null;
  /** Size of the nodes made for Kubernetes pods when no node list is given. */
  readonly nodeCores?: number;
  readonly nodeRamGiB?: number;
  /** Forces the format of every file (else it is detected). */
  readonly format?: ImportFormat | null;
}

/**
 * Reads the named sheets of an `.xlsx` workbook (read-excel-file's `readXlsxFile`, injected by the
 * caller: its input type is the DOM's Blob, which `shared/` does not know). Rejects with an error
 * named `SheetNotFoundError` when a sheet is missing.
 */
export type XlsxReader = (
  data: ArrayBuffer,
  options: { readonly sheets?: readonly string[] },
) => Promise<readonly { readonly sheet: string; readonly data: readonly (readonly unknown[])[] }[]>;

export interface ImportContext {
  readonly readXlsx?: XlsxReader;
  /** Called now and then with the share done (0…1) of a long import. */
  readonly onProgress?: (fraction: number) => void;
}

export interface ImportSuccess {
  readonly ok: true;
  readonly plan: Plan;
  readonly warnings: readonly ImportWarning[];
  readonly skipped: SkippedCounts;
  /** Rows kept but worth saying: `poweredOff` VMs included, … */
  readonly included: SkippedCounts;
  readonly formats: readonly ImportFormat[];
}

/** `FILE: place: reason`, as the command line prints it. */
export interface ImportFailure {
  readonly ok: false;
  readonly file: string;
  readonly place: string | null;
  readonly reason: string;
  readonly message: string;
  /** The reason as a catalog message (`import.*`, `load.*`); absent: only the English is known. */
  readonly said?: Message;
}

export type ImportResult = ImportSuccess | ImportFailure;

/** One importer's answer before the registry puts the pieces together. */
export interface FormatSuccess {
  readonly ok: true;
  readonly plan: Plan;
  readonly warnings: ImportWarning[];
  readonly skipped: Record<string, number>;
  readonly included: Record<string, number>;
}

export type FormatResult = FormatSuccess | ImportFailure;

/** A refusal below the importer: its English `reason` and the same as a catalog message. */
export interface Refusal {
  readonly reason: string;
  readonly said: Message;
}

export function refusal(key: CatalogKey, params: MessageParams = {}): Refusal {
  const said = message(key, params);
  return { reason: formatMessage(ENGLISH, said), said };
}

/** A reason given as English text only (a library's own words) is carried as `import.other`. */
export function importFailure(
  file: string,
  place: string | null,
  why: Message | string,
): ImportFailure {
  const said = typeof why === 'string' ? message('import.other', { detail: why }) : why;
  const reason = formatMessage(ENGLISH, said);
  return {
    ok: false,
    file,
    place,
    reason,
    message: place === null ? `${file}: ${reason}` : `${file}: ${place}: ${reason}`,
    said,
  };
}

/** `FILE: place: reason` in the reader's language. */
export function importFailureText(failure: ImportFailure, lang: Lang): string {
  if (failure.said === undefined) return failure.message;
  const reason = formatMessage(lang, failure.said);
  const inner = failure.place === null ? reason : lang.t('load.inside', { place: failure.place, reason });
  return lang.t('load.inside', { place: failure.file, reason: inner });
}

/** Import limits: the plan loader's 50 MiB, and a row count beyond any real estate. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
