/** The shapes of every figure Strata computes (SPEC §6), with the spec's key names. */
import type { Issue } from '../validate/issue';

export interface HostUsage {
  readonly id: string;
  readonly cpuDemand: number;
  readonly cpuCores: number;
  /** cpuDemand / cpuCores: vCPU per physical core. */
  readonly cpuRatio: number;
  readonly ramDemand: number;
  readonly ramGiB: number;
  /** ramDemand / ramGiB. */
  readonly ramUtilization: number;
}

export interface Consolidation {
  readonly servers: number;
  readonly workloads: number;
  readonly ratio: number | null;
  readonly serversSaved: number;
  readonly vms: number;
  readonly vmHosts: number;
  readonly vmsPerHost: number | null;
  readonly containers: number;
  readonly containerHosts: number;
  readonly containersPerHost: number | null;
  readonly hosts: readonly HostUsage[];
  readonly totals: {
    readonly cpuDemand: number;
    readonly cpuCores: number;
    readonly ramDemand: number;
    readonly ramGiB: number;
  };
}

export interface Patching {
  readonly hostOs: number;
  readonly hypervisors: number;
  readonly guestOs: number;
  readonly osInstances: number;
  readonly runtimes: number;
  readonly images: number;
  readonly distinctOsVersions: number;
  readonly hoursPerCycle: number;
  readonly hoursPerYear: number;
  /** Hypervisor ids, sorted. */
  readonly downtimeHosts: readonly string[];
}

export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** SPEC §6.3: what `strata fail` prints. Lists sorted by id; services by name. */
export interface FailureResult {
  readonly nodeId: string;
  readonly down: readonly NamedRef[];
  readonly lostWorkloads: readonly NamedRef[];
  readonly recoveredWorkloads: readonly NamedRef[];
  /** Services are named by their service name (or the workload id for a service of one). */
  readonly servicesDown: readonly string[];
  readonly servicesDegraded: readonly string[];
}

export interface BlastEntry {
  readonly id: string;
  readonly lost: number;
  readonly recovered: number;
  readonly servicesDown: number;
}

export interface BlastRadius {
  readonly nodes: readonly BlastEntry[];
  readonly max: BlastEntry | null;
  readonly singleFailureDomainServices: readonly string[];
}

export interface ClusterHa {
  readonly name: string;
  readonly hosts: number;
  readonly vms: number;
  readonly toleratesHostFailures: number;
}

export interface Ha {
  readonly clusters: readonly ClusterHa[];
}

export interface Security {
  readonly maxExposure: number;
  readonly maxExposureWorkload: string | null;
  readonly largestSharedKernel: number;
}

export interface Dr {
  readonly demandCpu: number;
  readonly demandRamGiB: number;
  readonly freeCpu: number;
  readonly freeRamGiB: number;
  readonly coverage: number;
  readonly ready: boolean;
  /** Workload ids, sorted. */
  readonly unprotected: readonly string[];
}

export interface Report {
  readonly plan: { readonly name: string; readonly nodes: number; readonly links: number };
  readonly consolidation: Consolidation;
  readonly patching: Patching;
  readonly blastRadius: BlastRadius;
  readonly security: Security;
  readonly ha: Ha;
  readonly dr: Dr | null;
  readonly issues: readonly Issue[];
}
