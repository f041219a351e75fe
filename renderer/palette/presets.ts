/** What the palette offers: every kind, with the presets a planner knows (SPEC §1). */
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { NodeKind } from '../../shared/model/nodes';
import type { NodeSpec } from '../../shared/edit';

export interface PalettePreset extends NodeSpec {
  readonly id: string;
  readonly label: string;
  /** A second line: what distinguishes it. */
  readonly detail: string;
}

export interface PaletteGroup {
  readonly kind: NodeKind;
  readonly title: string;
  readonly presets: readonly PalettePreset[];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const PALETTE: readonly PaletteGroup[] = [
  {
    kind: 'site',
    title: 'Sites',
    presets: [
      { id: 'site-primary', kind: 'site', label: 'Primary site', detail: 'Runs production', fields: { role: 'primary' } },
      { id: 'site-secondary', kind: 'site', label: 'Secondary site', detail: 'Disaster recovery', fields: { role: 'secondary' } },
    ],
  },
  {
    kind: 'server',
    title: 'Servers',
    presets: [
      { id: 'server-bare', kind: 'server', label: 'Bare server', detail: 'No host OS (type 1 hypervisor)', fields: { os: null } },
      {
        id: 'server-linux',
        kind: 'server',
        label: 'Linux server',
        detail: 'Red Hat Enterprise Linux 9',
        fields: { os: { family: 'linux', name: 'Red Hat Enterprise Linux', version: '9' } },
      },
      {
        id: 'server-windows',
        kind: 'server',
        label: 'Windows server',
        detail: 'Windows Server 2022',
        fields: { os: { family: 'windows', name: 'Windows Server', version: '2022' } },
      },
    ],
  },
  {
    kind: 'hypervisor',
    title: 'Hypervisors',
    presets: HYPERVISOR_PRODUCTS.map((p) => ({
      id: `hv-${slug(p.product)}`,
      kind: 'hypervisor' as const,
      label: p.product,
      detail: p.hypervisorType === 1 ? 'Type 1 · bare metal' : 'Type 2 · on a host OS',
      fields: { product: p.product, hypervisorType: p.hypervisorType },
    })),
  },
  {
    kind: 'vm',
    title: 'Virtual machines',
    presets: [
      {
        id: 'vm-linux',
        kind: 'vm',
        label: 'Linux VM',
        detail: 'Ubuntu 24.04 · 2 vCPU · 8 GiB',
        fields: { vcpu: 2, ramGiB: 8, os: { family: 'linux', name: 'Ubuntu', version: '24.04' } },
      },
      {
        id: 'vm-windows',
        kind: 'vm',
        label: 'Windows VM',
        detail: 'Windows Server 2022 · 4 vCPU · 16 GiB',
        fields: { vcpu: 4, ramGiB: 16, os: { family: 'windows', name: 'Windows Server', version: '2022' } },
      },
    ],
  },
  {
    kind: 'runtime',
    title: 'Container runtimes',
    presets: RUNTIME_ENGINES.map((e) => ({
      id: `rt-${slug(e.engine)}`,
      kind: 'runtime' as const,
      label: e.engine,
      detail: e.isolation === 'vm' ? 'VM isolation' : 'Shared kernel',
      fields: { engine: e.engine, isolation: e.isolation },
    })),
  },
  {
    kind: 'container',
    title: 'Containers',
    presets: [
      { id: 'ct-linux', kind: 'container', label: 'Linux container', detail: '0.5 CPU · 0.5 GiB', fields: { osFamily: 'linux' } },
      { id: 'ct-windows', kind: 'container', label: 'Windows container', detail: '1 CPU · 2 GiB', fields: { osFamily: 'windows', cpu: 1, ramGiB: 2 } },
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

/** The groups with only the presets matching every word of `query` (label, detail or kind). */
export function filterPalette(query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...PALETTE];
  return PALETTE.map((group) => ({
    ...group,
    presets: group.presets.filter((p) => {
      const text = `${p.label} ${p.detail} ${group.title} ${p.kind}`.toLowerCase();
      return words.every((w) => text.includes(w));
    }),
  })).filter((group) => group.presets.length > 0);
}
