/**
 * Entry of the `strata` command, bundled by scripts/build-node.mjs into dist/cli/strata.mjs and
 * started by bin/strata.mjs. Only I/O lives here; the logic is `main`.
 */
// First: zod must be configured before any schema is built (see shared/load/zodConfig.ts).
import '../../shared/load/zodConfig';
import { main } from './main';
import { nodeIo } from './nodeIo';

void main(process.argv.slice(2), nodeIo()).then((code) => {
  // exitCode rather than exit(): let a large report finish flushing to a pipe.
  process.exitCode = code;
});
