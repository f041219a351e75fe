/** ANSI colour for the human summary: used only when stdout is a terminal and NO_COLOR is unset. */

export interface Style {
  readonly heading: (text: string) => string;
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string): string => text;

export const PLAIN_STYLE: Style = {
  heading: plain,
  good: plain,
  bad: plain,
  warn: plain,
  dim: plain,
};

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;

export const ANSI_STYLE: Style = {
  heading: sgr(1, 22),
  good: sgr(32, 39),
  bad: sgr(31, 39),
  warn: sgr(33, 39),
  dim: sgr(2, 22),
};

export function styleFor(color: boolean): Style {
  return color ? ANSI_STYLE : PLAIN_STYLE;
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function shouldUseColor(
  stdoutIsTty: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const noColor = env['NO_COLOR'];
  return stdoutIsTty && (noColor === undefined || noColor === '');
}
