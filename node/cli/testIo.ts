/** An in-memory terminal for tests of `main`, and what those tests share. */
import { execFileSync } from 'node:child_process';
import { main, type CliIo } from './main';

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

/** `strata ARGV…` in process: its exit code and what it printed. */
export async function runCli(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** Whether poppler's pdftotext is installed (the PDF tests read their text with it). */
export function pdftotextAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
