/**
 * The colours of an exported drawing: in the app the theme's own (the CSS custom properties of
 * styles/theme.css, read at export time so the image follows the theme on screen), with the same
 * values built in for the command line and for when the stylesheet cannot be read.
 */
import type { NodeKind } from '../model/nodes';

export const EXPORT_THEMES = ['light', 'dark', 'transparent'] as const;
/** `transparent`: the light theme's colours with no background painted. */
export type ExportTheme = (typeof EXPORT_THEMES)[number];

export function isExportTheme(value: unknown): value is ExportTheme {
  return typeof value === 'string' && (EXPORT_THEMES as readonly string[]).includes(value);
}

/** The kinds' colours (the canvas's minimap draws them too). */
export const KIND_COLOUR: Readonly<Record<NodeKind, string>> = {
  site: '#4f46e5',
  server: '#2563eb',
  hypervisor: '#7c3aed',
  vm: '#059669',
  runtime: '#d97706',
  container: '#0891b2',
};

export interface ExportPalette {
  readonly background: string;
  readonly card: string;
  readonly cardBorder: string;
  readonly text: string;
  readonly muted: string;
  readonly link: string;
  /** Meter fills by level, the meter's track and its outline. */
  readonly ok: string;
  readonly warn: string;
  readonly bad: string;
  readonly track: string;
  readonly trackBorder: string;
  readonly kinds: Readonly<Record<NodeKind, string>>;
  /** Leave the background unpainted (the `transparent` theme). */
  readonly transparent?: boolean;
}

/** The kinds' colours, as the minimap draws them. */
const KINDS = KIND_COLOUR;

export const BUILT_IN_PALETTES: Readonly<Record<'light' | 'dark', ExportPalette>> = {
  light: {
    background: '#f4f6f9',
    card: '#ffffff',
    cardBorder: '#d6dbe3',
    text: '#1d2330',
    muted: '#687185',
    link: '#687185',
    ok: '#16a34a',
    warn: '#d97706',
    bad: '#dc2626',
    track: '#f5f6f8',
    trackBorder: '#dfe3e8',
    kinds: KINDS,
  },
  dark: {
    background: '#12151b',
    card: '#1d222a',
    cardBorder: '#343b48',
    text: '#e4e8ef',
    muted: '#939cad',
    link: '#939cad',
    ok: '#34d399',
    warn: '#fbbf24',
    bad: '#f87171',
    track: '#1f242d',
    trackBorder: '#2a303b',
    kinds: KINDS,
  },
};

type Rgb = readonly [number, number, number];

export function parseColor(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `color-mix(in srgb, a weight, b)`: `weight` of `a` (0–1) over `b`. */
export function mixColors(a: string, b: string, weight: number): string {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return b;
  const mix = (x: number, y: number): number => x * weight + y * (1 - weight);
  return toHex([mix(ca[0], cb[0]), mix(ca[1], cb[1]), mix(ca[2], cb[2])]);
}

/** The built-in colours of a theme (the command line's; the app reads its stylesheet). */
export function builtInPalette(theme: ExportTheme): ExportPalette {
  return theme === 'transparent'
    ? { ...BUILT_IN_PALETTES.light, transparent: true }
    : BUILT_IN_PALETTES[theme];
}

/** The theme's colours from CSS custom properties (`getPropertyValue('--canvas')` …); built-in ones where unset or unreadable. */
export function readPalette(theme: ExportTheme, read: (name: string) => string): ExportPalette {
  const fallback = builtInPalette(theme);
  const pick = (name: string, builtIn: string): string => {
    const value = read(name).trim();
    return parseColor(value) ? value : builtIn;
  };
  return {
    background: pick('--canvas', fallback.background),
    card: pick('--card', fallback.card),
    cardBorder: pick('--card-border', fallback.cardBorder),
    text: pick('--text', fallback.text),
    muted: pick('--muted', fallback.muted),
    link: pick('--muted', fallback.link),
    ok: pick('--ok', fallback.ok),
    warn: pick('--warn', fallback.warn),
    bad: pick('--bad', fallback.bad),
    track: pick('--panel-2', fallback.track),
    trackBorder: pick('--border', fallback.trackBorder),
    kinds: {
      site: pick('--k-site', fallback.kinds.site),
      server: pick('--k-server', fallback.kinds.server),
      hypervisor: pick('--k-hypervisor', fallback.kinds.hypervisor),
      vm: pick('--k-vm', fallback.kinds.vm),
      runtime: pick('--k-runtime', fallback.kinds.runtime),
      container: pick('--k-container', fallback.kinds.container),
    },
    ...(fallback.transparent ? { transparent: true } : {}),
  };
}
