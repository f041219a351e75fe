/**
 * The optimizer's exact solver in Node: HiGHS (the `highs` package, WebAssembly), loaded on first
 * use so that commands which never solve a MIP never load it.
 */
import { highsSolver, type HighsLike } from '../../shared/optimize/highsAnswer';
import type { MipSolver } from '../../shared/optimize/types';

export const highsMip: MipSolver = highsSolver(async () => {
  const { default: loadHighs } = await import('highs');
  return (await loadHighs()) as unknown as HighsLike;
});
