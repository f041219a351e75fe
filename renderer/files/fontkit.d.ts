// fontkit 2 ships no types; Strata uses only `create` (see shared/publish/pdfFonts.ts, Fontkit2).
declare module 'fontkit' {
  export function create(data: Uint8Array, postscriptName?: string): unknown;
}
