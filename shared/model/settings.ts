import type { OsFamily } from './os';

export interface PatchHours {
  readonly hostOs: Readonly<Record<OsFamily, number>>;
  readonly hypervisor: number;
  readonly guestOs: Readonly<Record<OsFamily, number>>;
  readonly runtime: number;
  readonly image: number;
}

/** Plan settings (SPEC §5). A file may set any of them; the rest keep these defaults. */
export interface Settings {
  /** vCPU per physical core. */
  readonly cpuOvercommitLimit: number;
  readonly ramOvercommitLimit: number;
  readonly patchCyclesPerYear: number;
  readonly patchHours: PatchHours;
}

export const DEFAULT_SETTINGS: Settings = {
  cpuOvercommitLimit: 4,
  ramOvercommitLimit: 1,
  patchCyclesPerYear: 12,
  patchHours: {
    hostOs: { linux: 1, windows: 1.5, unix: 1.5, bsd: 1, other: 1 },
    hypervisor: 2,
    guestOs: { linux: 0.5, windows: 1, unix: 1, bsd: 0.5, other: 0.5 },
    runtime: 0.25,
    image: 0.1,
  },
};
