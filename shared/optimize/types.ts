/**
 * The consolidation optimizer's input and output (issue 12): which part of a plan to pack, onto
 * what host model, with which HA and headroom; and the plan it proposes with its proof figures.
 */
import type { Message } from '../i18n/message';
import type { Os } from '../model/os';
import type { Plan } from '../model/plan';

/** A part of the plan to consolidate; none given means the whole plan. */
export type ScopeItem =
  | { readonly kind: 'site'; readonly id: string }
  | { readonly kind: 'cluster'; readonly name: string };

export interface HostModel {
  readonly cpuCores: number;
  readonly ramGiB: number;
  /** The hypervisor product of every new host (its type follows the catalogue). */
  readonly product: string;
  /** The host OS; required by a type-2 product, else null (bare metal). */
  readonly hostOs: Os | null;
  /** What the hypervisor keeps for itself on each host [0]. */
  readonly reservedCpuCores?: number;
  readonly reservedRamGiB?: number;
}

export interface OptimizeOptions {
  readonly scope: readonly ScopeItem[];
  readonly host: HostModel;
  /** HA N+k: the new clusters must tolerate this many host failures (SPEC §6.4). */
  readonly ha: number;
  /** Largest share of a host's capacity to fill, in (0, 1] [1]. */
  readonly headroom?: number;
  /** Turn bare-metal workload servers into VMs. */
  readonly p2v?: boolean;
  /** A P2V VM's share of its server's cores and RAM, in (0, 1] [1]. */
  readonly p2vSize?: number;
}

export type Phase = 'pack' | 'search' | 'ha' | 'exact' | 'plan';

export interface Progress {
  readonly phase: Phase;
  /** 0 to 1 over the whole run. */
  readonly done: number;
  /** Best host count so far (all groups), when known. */
  readonly hosts?: number;
}

/** The answer of a MIP solver to an LP-format model (see exactModel.ts). */
export interface MipAnswer {
  /** optimal: proved; infeasible: proved; feasible: a solution, not proved; none: nothing. */
  readonly status: 'optimal' | 'infeasible' | 'feasible' | 'none';
  /** Variable values by name (binaries), when a solution exists. */
  readonly values: ReadonlyMap<string, number>;
}

/** Solves an LP-format MIP within a time limit; injected so that shared/ stays pure. */
export type MipSolver = (lp: string, timeLimitSeconds: number) => Promise<MipAnswer>;

export interface OptimizeHooks {
  readonly onProgress?: (progress: Progress) => void;
  /** Cancels the run between steps (an AbortSignal fits). */
  readonly signal?: { readonly aborted: boolean };
  /** The exact solver for small groups; without it only the heuristic runs. */
  readonly solveMip?: MipSolver;
  /** Groups of up to this many VMs are also solved exactly [300]. */
  readonly exactLimit?: number;
  readonly exactSeconds?: number;
  /** Lets the caller's event loop run between steps (a Worker answering Cancel). */
  readonly pause?: () => Promise<void>;
}

/** One new cluster: the VMs of one site (or of no site) in the scope. */
export interface GroupResult {
  readonly cluster: string;
  /** The site the cluster sits in, or null. */
  readonly site: string | null;
  readonly vms: number;
  readonly hosts: number;
  readonly lowerBound: number;
  readonly proven: boolean;
  /** The engine's toleratesHostFailures of the new cluster. */
  readonly tolerates: number;
}

export interface OptimizeResult {
  readonly plan: Plan;
  readonly hosts: number;
  readonly lowerBound: number;
  /** (hosts − lowerBound) / lowerBound; 0 when equal. */
  readonly gap: number;
  /** No layout satisfying the constraints uses fewer hosts (see docs/optimize.md). */
  readonly proven: boolean;
  /** Bare-metal servers turned into VMs. */
  readonly p2v: number;
  /** Existing VMs placed on a new host. */
  readonly moved: number;
  /** Servers taken out of the plan. */
  readonly retired: number;
  readonly groups: readonly GroupResult[];
}

export type OptimizeOutcome =
  | { readonly ok: true; readonly result: OptimizeResult }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The reason for the reader's language (catalog key and parameters), where the app shows it. */
      readonly message?: Message;
      /** options: the options cannot be used; plan: this plan cannot be consolidated so. */
      readonly about: 'options' | 'plan';
      readonly cancelled?: boolean;
    };
