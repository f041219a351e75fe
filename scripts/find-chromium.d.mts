// Types of find-chromium.mjs, for the TypeScript that imports it (playwright.config.ts, the canvas bench).
export function playwrightChromium(): string | null;
export function findChromium(): string | null;
export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: readonly string[];
