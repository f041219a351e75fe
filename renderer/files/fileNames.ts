/** File names the file flows suggest: from the document's file when it has one, else the plan's name. */

/** What the suggested name is for; each has its own extension (the report gets a suffix too). */
export type FileRole = 'plan' | 'png' | 'svg' | 'pdf' | 'json' | 'report';

const SUFFIX: Readonly<Record<FileRole, string>> = {
  plan: '.strata',
  png: '.png',
  svg: '.svg',
  pdf: '-report.pdf',
  json: '.json',
  report: '-report.json',
};

const MAX_BASE_LENGTH = 100;

/** The name without its last extension (`rack-a.strata` → `rack-a`; a leading dot is not one). */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** A plan name made safe as a file name on every OS: no separators, reserved or control characters. */
export function safeBaseName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, MAX_BASE_LENGTH)
    .trim();
  return cleaned === '' ? 'plan' : cleaned;
}

/**
 * `rack-a.strata` for the plan, `rack-a.png` for its image…, from the file or else the plan name;
 * `part` names a part of the plan (`rack-a-selection.png`).
 */
export function suggestedName(
  role: FileRole,
  fileName: string | null,
  planName: string,
  part?: string,
): string {
  const base = fileName !== null ? safeBaseName(baseName(fileName)) : safeBaseName(planName);
  return `${base}${part ? `-${part}` : ''}${SUFFIX[role]}`;
}
