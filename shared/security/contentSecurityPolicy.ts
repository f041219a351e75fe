// The one Content Security Policy of the app. The renderer build writes it into index.html as a
// <meta> tag (vite.config.ts) and the desktop main process sends it as a header with every page
// of the app:// protocol (electron/appProtocol.ts); tests read both back as shipped.

/**
 * No remote origin, no eval, no inline script. `'wasm-unsafe-eval'` lets the Consolidate
 * worker compile HiGHS's WebAssembly (the exact solver the CLI uses too); it allows compiling
 * WebAssembly only, never `eval` of JavaScript. `img-src data: blob:` for the PNG export's
 * drawing and previews; `style-src 'unsafe-inline'` for React Flow's inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
