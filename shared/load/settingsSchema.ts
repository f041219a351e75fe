/**
 * Plan settings (SPEC §5): every key optional, nested ones too; what a file leaves out keeps its
 * default. The same schema checks the settings panel's edits in place.
 */
import type { Message } from '../i18n/message';
import { z } from 'zod';
import type { OsFamily } from '../model/os';
import type { PatchHours, Settings } from '../model/settings';
import { BOUNDS } from '../model/bounds';
import { boundedNumber, REASON } from './fieldSchemas';
import { firstIssue, formatField } from './issuePlace';

function hoursByFamily() {
  const hours = () => boundedNumber(BOUNDS.patchHours).optional();
  return z
    .object(
      { linux: hours(), windows: hours(), unix: hours(), bsd: hours(), other: hours() },
      { error: REASON.object },
    )
    .optional();
}

export const settingsSchema = z.object(
  {
    cpuOvercommitLimit: boundedNumber(BOUNDS.cpuOvercommitLimit).optional(),
    ramOvercommitLimit: boundedNumber(BOUNDS.ramOvercommitLimit).optional(),
    patchCyclesPerYear: boundedNumber(BOUNDS.patchCyclesPerYear).optional(),
    patchHours: z
      .object(
        {
          hostOs: hoursByFamily(),
          hypervisor: boundedNumber(BOUNDS.patchHours).optional(),
          guestOs: hoursByFamily(),
          runtime: boundedNumber(BOUNDS.patchHours).optional(),
          image: boundedNumber(BOUNDS.patchHours).optional(),
        },
        { error: REASON.object },
      )
      .optional(),
  },
  { error: REASON.object },
);

/** Settings as a file or a patch gives them: any key may be missing. */
export type PartialSettings = z.output<typeof settingsSchema>;

type FamilyHours = Readonly<Record<OsFamily, number>>;

function mergeFamilies(
  base: FamilyHours,
  given: Partial<Record<OsFamily, number | undefined>> | undefined,
): FamilyHours {
  return {
    linux: given?.linux ?? base.linux,
    windows: given?.windows ?? base.windows,
    unix: given?.unix ?? base.unix,
    bsd: given?.bsd ?? base.bsd,
    other: given?.other ?? base.other,
  };
}

/** `base` with every key that `given` sets replaced; always a fresh object, in SPEC key order. */
export function mergeSettings(base: Settings, given: PartialSettings): Settings {
  const hours = given.patchHours;
  const patchHours: PatchHours = {
    hostOs: mergeFamilies(base.patchHours.hostOs, hours?.hostOs),
    hypervisor: hours?.hypervisor ?? base.patchHours.hypervisor,
    guestOs: mergeFamilies(base.patchHours.guestOs, hours?.guestOs),
    runtime: hours?.runtime ?? base.patchHours.runtime,
    image: hours?.image ?? base.patchHours.image,
  };
  return {
    cpuOvercommitLimit: given.cpuOvercommitLimit ?? base.cpuOvercommitLimit,
    ramOvercommitLimit: given.ramOvercommitLimit ?? base.ramOvercommitLimit,
    patchCyclesPerYear: given.patchCyclesPerYear ?? base.patchCyclesPerYear,
    patchHours,
  };
}

export type SettingsParse =
  | { readonly ok: true; readonly settings: PartialSettings }
  | {
      readonly ok: false;
      readonly path: readonly PropertyKey[];
      readonly reason: string;
      readonly said: Message;
    };

export function parseSettings(value: unknown): SettingsParse {
  const result = settingsSchema.safeParse(value);
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, ...firstIssue(result.error) };
}

export type SettingsPatchResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly field: string; readonly reason: string };

/**
 * The settings panel's in-place check: `settings` with `patch` applied, where the patch may be
 * nested (`{ patchHours: { hostOs: { linux: 2 } } }`) and sets only what it names.
 */
export function checkSettingsPatch(settings: Settings, patch: unknown): SettingsPatchResult {
  const parsed = parseSettings(patch);
  if (!parsed.ok)
    return { ok: false, field: formatField(parsed.path) || 'settings', reason: parsed.reason };
  return { ok: true, settings: mergeSettings(settings, parsed.settings) };
}
