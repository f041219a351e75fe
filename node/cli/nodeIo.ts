/** The real terminal: process streams, colour only on a TTY without NO_COLOR. */
import type { CliIo } from './main';
import { envLocale } from './language';
import { shouldUseColor } from './style';

export function nodeIo(): CliIo {
  // A reader that stops early (`strata report f --json | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    color: shouldUseColor(process.stdout.isTTY === true, process.env),
    locale: envLocale(process.env),
  };
}
