/** What the palette offers: every kind, with the presets a planner knows (SPEC §1). */
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { NodeKind } from '../../shared/model/nodes';
import type { NodeSpec } from '../../shared/edit';
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';

export interface PalettePreset extends NodeSpec {
  readonly id: string;
  readonly label: string;
  /** A second line: what distinguishes it. */
  readonly detail: string;
  /** The catalog keys of label and detail; a product name (ESXi, Docker) has no label key. */
  readonly labelKey?: CatalogKey;
  readonly detailKey?: CatalogKey;
}

export interface PaletteGroup {
  readonly kind: NodeKind;
  readonly title: string;
  readonly titleKey: CatalogKey;
  readonly presets: readonly PalettePreset[];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const PALETTE: readonly PaletteGroup[] = [
  {
    kind: 'site',
    title: 'Sites',
    titleKey: 'palette.group.site',
    presets: [
      { id: 'site-primary', kind: 'site', labelKey: 'palette.preset.site-primary', detailKey: 'palette.preset.site-primary.detail', label: 'Primary site', detail: 'Runs production', fields: { role: 'primary' } },
      { id: 'site-secondary', kind: 'site', labelKey: 'palette.preset.site-secondary', detailKey: 'palette.preset.site-secondary.detail', label: 'Secondary site', detail: 'Disaster recovery', fields: { role: 'secondary' } },
    ],
  },
  {
    kind: 'server',
    title: 'Servers',
    titleKey: 'palette.group.server',
    presets: [
      { id: 'server-bare', kind: 'server', labelKey: 'palette.preset.server-bare', detailKey: 'palette.preset.server-bare.detail', label: 'Bare server', detail: 'No host OS (type 1 hypervisor)', fields: { os: null } },
      {
        id: 'server-linux',
        kind: 'server',
        labelKey: 'palette.preset.server-linux', label: 'Linux server',
        detail: 'Red Hat Enterprise Linux 9',
        fields: { os: { family: 'linux', name: 'Red Hat Enterprise Linux', version: '9' } },
      },
      {
        id: 'server-windows',
        kind: 'server',
        labelKey: 'palette.preset.server-windows', label: 'Windows server',
        detail: 'Windows Server 2022',
        fields: { os: { family: 'windows', name: 'Windows Server', version: '2022' } },
      },
    ],
  },
  {
    kind: 'hypervisor',
    title: 'Hypervisors',
    titleKey: 'palette.group.hypervisor',
    presets: HYPERVISOR_PRODUCTS.map((p) => ({
      id: `hv-${slug(p.product)}`,
      kind: 'hypervisor' as const,
      label: p.product,
      detail: p.hypervisorType === 1 ? 'Type 1 · bare metal' : 'Type 2 · on a host OS',
      detailKey: p.hypervisorType === 1 ? ('palette.detail.type1' as const) : ('palette.detail.type2' as const),
      fields: { product: p.product, hypervisorType: p.hypervisorType },
    })),
  },
  {
    kind: 'vm',
    title: 'Virtual machines',
    titleKey: 'palette.group.vm',
    presets: [
      {
        id: 'vm-linux',
        kind: 'vm',
        labelKey: 'palette.preset.vm-linux', label: 'Linux VM',
        detail: 'Ubuntu 24.04 · 2 vCPU · 8 GiB',
        fields: { vcpu: 2, ramGiB: 8, os: { family: 'linux', name: 'Ubuntu', version: '24.04' } },
      },
      {
        id: 'vm-windows',
        kind: 'vm',
        labelKey: 'palette.preset.vm-windows', label: 'Windows VM',
        detail: 'Windows Server 2022 · 4 vCPU · 16 GiB',
        fields: { vcpu: 4, ramGiB: 16, os: { family: 'windows', name: 'Windows Server', version: '2022' } },
      },
    ],
  },
  {
    kind: 'runtime',
    title: 'Container runtimes',
    titleKey: 'palette.group.runtime',
    presets: RUNTIME_ENGINES.map((e) => ({
      id: `rt-${slug(e.engine)}`,
      kind: 'runtime' as const,
      label: e.engine,
      detail: e.isolation === 'vm' ? 'VM isolation' : 'Shared kernel',
      detailKey: e.isolation === 'vm' ? ('palette.detail.vmIsolation' as const) : ('palette.detail.sharedKernel' as const),
      fields: { engine: e.engine, isolation: e.isolation },
    })),
  },
  {
    kind: 'container',
    title: 'Containers',
    titleKey: 'palette.group.container',
    presets: [
      { id: 'ct-linux', kind: 'container', labelKey: 'palette.preset.ct-linux', label: 'Linux container', detail: '0.5 CPU · 0.5 GiB', fields: { osFamily: 'linux' } },
      { id: 'ct-windows', kind: 'container', labelKey: 'palette.preset.ct-windows', label: 'Windows container', detail: '1 CPU · 2 GiB', fields: { osFamily: 'windows', cpu: 1, ramGiB: 2 } },
    ],
  },
];

export function findPreset(id: string): PalettePreset | undefined {
  for (const group of PALETTE) {
    const preset = group.presets.find((p) => p.id === id);
    if (preset) return preset;
  }
  return undefined;
}

/** A preset's label and detail in `lang`. */
export function presetText(preset: PalettePreset, lang: Lang = ENGLISH): { label: string; detail: string } {
  return {
    label: preset.labelKey ? lang.t(preset.labelKey) : preset.label,
    detail: preset.detailKey ? lang.t(preset.detailKey) : preset.detail,
  };
}

/** The groups with only the presets matching every word of `query` (label, detail or kind, in English or `lang`). */
export function filterPalette(query: string, lang: Lang = ENGLISH): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...PALETTE];
  return PALETTE.map((group) => ({
    ...group,
    presets: group.presets.filter((p) => {
      const own = presetText(p, lang);
      const text = `${p.label} ${p.detail} ${group.title} ${p.kind} ${own.label} ${own.detail} ${lang.t(group.titleKey)}`.toLowerCase();
      return words.every((w) => text.includes(w));
    }),
  })).filter((group) => group.presets.length > 0);
}
