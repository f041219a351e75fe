/**
 * An exact solver for the optimizer from a HiGHS instance (the `highs` package, HiGHS compiled to
 * WebAssembly). The caller loads the package — in Node, or in a Web Worker with its `locateFile` —
 * and passes a loader, so shared/ imports no package and no runtime.
 */
import type { MipAnswer, MipSolver } from './types';

/** The part of the `highs` module this needs: its one-shot LP-format `solve`. */
export interface HighsLike {
  solve(
    lp: string,
    options: Readonly<Record<string, string | number | boolean>>,
  ): {
    readonly Status: string;
    readonly Columns?: Readonly<Record<string, { readonly Primal?: number }>>;
  };
}

export function highsSolver(load: () => Promise<HighsLike>): MipSolver {
  let highs: Promise<HighsLike> | null = null;
  return async (lp, seconds) => {
    highs ??= load();
    let solution: ReturnType<HighsLike['solve']>;
    try {
      solution = (await highs).solve(lp, {
        time_limit: seconds,
        output_flag: false,
        mip_rel_gap: 0,
      });
    } catch (error) {
      // A WebAssembly instance that threw may be left broken: load a fresh one next time.
      highs = null;
      throw error;
    }
    return toAnswer(solution);
  };
}

export function toAnswer(solution: ReturnType<HighsLike['solve']>): MipAnswer {
  if (solution.Status === 'Infeasible') return { status: 'infeasible', values: new Map() };
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(solution.Columns ?? {}))
    if (typeof column.Primal === 'number') values.set(name, column.Primal);
  if (solution.Status === 'Optimal') return { status: 'optimal', values };
  return { status: values.size > 0 ? 'feasible' : 'none', values };
}
