import { z } from 'zod';

export const OS_FAMILIES = ['linux', 'windows', 'unix', 'bsd', 'other'] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export const osFamilySchema = z.enum(OS_FAMILIES, {
  error: `must be one of ${OS_FAMILIES.join(', ')}`,
});

/** Name used when a file gives an OS family but no name. */
export const OS_FAMILY_LABEL: Readonly<Record<OsFamily, string>> = {
  linux: 'Linux',
  windows: 'Windows',
  unix: 'Unix',
  bsd: 'BSD',
  other: 'Other',
};

export const osSchema = z.object(
  {
    family: osFamilySchema,
    name: z.string({ error: 'must be a string' }).optional(),
    version: z.string({ error: 'must be a string' }).default(''),
  },
  { error: 'must be an object { family, name, version }' },
);

export interface Os {
  readonly family: OsFamily;
  readonly name: string;
  readonly version: string;
}

export function osKey(os: Os): string {
  return `${os.family}/${os.name}/${os.version}`;
}
