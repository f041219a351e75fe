/** An in-memory terminal for tests of `main`. */
import type { CliIo } from './main';

export interface CapturedIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function captureIo(color = false): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), color },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
