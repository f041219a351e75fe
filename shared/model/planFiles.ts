/**
 * Which files hold a plan, and how each is read: one registry for the desktop, the browser and
 * the command line. `.strata` and `.json` are the plan itself; a PNG or SVG exported by Strata
 * carries the plan inside it (shared/png, shared/draw/svgPlan.ts).
 */

export type PlanFileKind = 'strata' | 'json' | 'png' | 'svg';

export interface PlanFileType {
  readonly kind: PlanFileKind;
  readonly extension: string;
  readonly mime: string;
  /** What the open dialog calls it. */
  readonly description: string;
  /** True when the plan is embedded in a picture rather than being the file's whole text. */
  readonly embedded: boolean;
  /** The largest file of this kind Strata reads (checked before the bytes are read). */
  readonly maxBytes: number;
}

const MiB = 1024 * 1024;

/** An exported PNG holds the whole image besides the plan: allow more than a plan file's 50 MiB. */
export const MAX_PNG_BYTES = 512 * MiB;
/** An SVG is text that a reader decodes whole: a smaller cap than a PNG's. */
export const MAX_SVG_BYTES = 256 * MiB;

export const PLAN_FILE_TYPES: Readonly<Record<PlanFileKind, PlanFileType>> = {
  strata: {
    kind: 'strata',
    extension: 'strata',
    mime: 'application/vnd.strata.plan+json',
    description: 'Strata plan',
    embedded: false,
    maxBytes: 50 * MiB,
  },
  json: {
    kind: 'json',
    extension: 'json',
    mime: 'application/json',
    description: 'Strata plan (JSON)',
    embedded: false,
    maxBytes: 50 * MiB,
  },
  png: {
    kind: 'png',
    extension: 'png',
    mime: 'image/png',
    description: 'PNG exported by Strata',
    embedded: true,
    maxBytes: MAX_PNG_BYTES,
  },
  svg: {
    kind: 'svg',
    extension: 'svg',
    mime: 'image/svg+xml',
    description: 'SVG exported by Strata',
    embedded: true,
    maxBytes: MAX_SVG_BYTES,
  },
};

export const PLAN_FILE_EXTENSIONS: readonly string[] = Object.values(PLAN_FILE_TYPES).map(
  (t) => t.extension,
);

/** The largest file of any kind Strata opens. */
export const MAX_PLAN_FILE_BYTES = Math.max(
  ...Object.values(PLAN_FILE_TYPES).map((t) => t.maxBytes),
);

/** By the file name's extension: `.png`, `.svg`, `.json`, and anything else as `.strata`. */
export function planFileKind(fileName: string): PlanFileKind {
  const lower = fileName.toLowerCase();
  for (const type of Object.values(PLAN_FILE_TYPES))
    if (type.kind !== 'strata' && lower.endsWith(`.${type.extension}`)) return type.kind;
  return 'strata';
}
