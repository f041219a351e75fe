// Imported first by every entry (renderer, Electron main, CLI), before any schema is built: zod 4
// decides when a schema is created whether to compile a fast path with `new Function`, and probes
// for eval once to find out. Under the app's Content Security Policy that probe is reported as a
// violation on every start, so zod runs without eval everywhere (the same code path in all three).
import { z } from 'zod';

z.config({ jitless: true });
