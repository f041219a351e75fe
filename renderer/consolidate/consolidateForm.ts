/**
 * Plan ▸ Consolidate…'s settings as the planner types them, read into the optimizer's options
 * (shared/optimize/types.ts) with a clear message per field; and the scopes the active scenario
 * offers (its sites and clusters). Pure: the dialog renders it, the tests read it.
 */
import { parseNumberInput } from '../../shared/format/numberInput';
import type { CatalogKey } from '../../shared/i18n/keys';
import { ENGLISH, type Lang, type MessageParams } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { HYPERVISOR_PRODUCTS } from '../../shared/model/catalog';
import type { Plan } from '../../shared/model/plan';
import type { OptimizeOptions, ScopeItem } from '../../shared/optimize/types';

export interface HostPreset {
  readonly id: string;
  /** As the scenario's name says it. */
  readonly label: string;
  readonly cpuCores: number;
  readonly ramGiB: number;
}

export const HOST_PRESETS: readonly HostPreset[] = [
  { id: '2x16', label: '2 × 16 cores / 512 GiB', cpuCores: 32, ramGiB: 512 },
  { id: '2x32', label: '2 × 32 cores / 1 TiB', cpuCores: 64, ramGiB: 1024 },
];

/** Bare-metal (type 1) products: a consolidation's hosts run no host OS. */
export const HOST_PRODUCTS: readonly string[] = HYPERVISOR_PRODUCTS.filter(
  (p) => p.hypervisorType === 1,
).map((p) => p.product);

export interface ConsolidateForm {
  readonly scope: 'plan' | 'site' | 'clusters';
  /** The site's id, for `scope: 'site'`. */
  readonly site: string;
  /** Cluster names, for `scope: 'clusters'`. */
  readonly clusters: readonly string[];
  /** A preset's id, or `custom` (then `cores` and `ramGiB`). */
  readonly host: string;
  readonly cores: string;
  readonly ramGiB: string;
  readonly product: string;
  /** N+k: k. */
  readonly ha: string;
  /** Percent of a host's capacity to fill. */
  readonly headroom: string;
  readonly p2v: boolean;
  /** Percent of a server's cores and RAM its VM gets. */
  readonly p2vSize: string;
}

export type FormField =
  'site' | 'clusters' | 'cores' | 'ramGiB' | 'product' | 'ha' | 'headroom' | 'p2vSize';

export type FormErrors = Partial<Record<FormField, string>>;

export type ParsedForm =
  | { readonly ok: true; readonly options: OptimizeOptions; readonly hostLabel?: string }
  | { readonly ok: false; readonly errors: FormErrors };

export const CUSTOM_HOST = 'custom';

export const DEFAULT_FORM: ConsolidateForm = {
  scope: 'plan',
  site: '',
  clusters: [],
  host: '2x32',
  cores: '48',
  ramGiB: '768',
  product: 'VMware ESXi',
  ha: '1',
  headroom: '100',
  p2v: false,
  p2vSize: '100',
};

export interface ScopeChoices {
  readonly sites: readonly {
    readonly id: string;
    readonly name: string;
    readonly secondary: boolean;
  }[];
  readonly clusters: readonly { readonly name: string; readonly hosts: number }[];
}

/** The sites and clusters of a plan, as the scope's lists offer them (clusters by name). */
export function scopeChoices(plan: Plan): ScopeChoices {
  const sites: { id: string; name: string; secondary: boolean }[] = [];
  const hosts = new Map<string, number>();
  for (const node of plan.nodes) {
    if (node.kind === 'site')
      sites.push({ id: node.id, name: node.name, secondary: node.role === 'secondary' });
    else if (node.kind === 'hypervisor' && node.cluster)
      hosts.set(node.cluster, (hosts.get(node.cluster) ?? 0) + 1);
  }
  const clusters = [...hosts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, count]) => ({ name, hosts: count }));
  return { sites, clusters };
}

type Read = { ok: true; value: number } | { ok: false; reason: string };

/** The field's words for what is wrong: `consolidate.field.<field>` names it, then the reason. */
type FieldName = 'site' | 'clusters' | 'cores' | 'ram' | 'product' | 'ha' | 'headroom' | 'p2vSize';

/** How one form is read: the person's number locale and the language messages are said in. */
interface Reader {
  readonly locale: string;
  readonly lang: Lang;
}

function said(reader: Reader, field: FieldName, reason: string): string {
  return reader.lang.t('consolidate.error', {
    field: reader.lang.t(`consolidate.field.${field}` as CatalogKey),
    reason,
  });
}

function refusal(reader: Reader, field: FieldName, key: CatalogKey, params: MessageParams = {}): Read {
  return { ok: false, reason: said(reader, field, reader.lang.t(key, params)) };
}

/** `unit` in the reader's language first, then in English (either may be typed). */
function read(reader: Reader, text: string, field: FieldName, unit?: CatalogKey): Read {
  const units = unit ? [...new Set([reader.lang.t(unit), ENGLISH.t(unit)])] : undefined;
  const parsed = parseNumberInput(text, reader.locale, units);
  return parsed.ok
    ? parsed
    : { ok: false, reason: said(reader, field, formatMessage(reader.lang, parsed.message)) };
}

/** A whole number ≥ min, or the field's message. */
function whole(reader: Reader, text: string, field: FieldName, min: number, unit?: CatalogKey): Read {
  const r = read(reader, text, field, unit);
  if (!r.ok) return r;
  if (!Number.isInteger(r.value) || r.value < min)
    return refusal(reader, field, 'consolidate.wholeNumber', { min });
  return r;
}

/** A percentage in (0, 100], as a share in (0, 1]. */
function percent(reader: Reader, text: string, field: FieldName): Read {
  const r = read(reader, text, field, 'field.unit.percent');
  if (!r.ok) return r;
  if (!(r.value > 0 && r.value <= 100)) return refusal(reader, field, 'consolidate.percentage');
  return { ok: true, value: r.value / 100 };
}

/**
 * The form as the optimizer's options, or a message for every field that cannot be used: numbers
 * read in `locale`, messages said in `lang`.
 */
export function parseForm(
  form: ConsolidateForm,
  choices: ScopeChoices,
  locale: string,
  lang: Lang = ENGLISH,
): ParsedForm {
  const reader: Reader = { locale, lang };
  const errors: FormErrors = {};
  let scope: ScopeItem[] = [];
  if (form.scope === 'site') {
    if (!choices.sites.some((s) => s.id === form.site))
      errors.site = said(
        reader,
        'site',
        lang.t(choices.sites.length === 0 ? 'consolidate.noSite' : 'consolidate.chooseSite'),
      );
    else scope = [{ kind: 'site', id: form.site }];
  } else if (form.scope === 'clusters') {
    const known = form.clusters.filter((c) => choices.clusters.some((k) => k.name === c));
    if (known.length === 0)
      errors.clusters = said(
        reader,
        'clusters',
        lang.t(choices.clusters.length === 0 ? 'consolidate.noCluster' : 'consolidate.chooseCluster'),
      );
    else scope = known.map((name) => ({ kind: 'cluster', name }));
  }
  const preset = HOST_PRESETS.find((p) => p.id === form.host);
  let cpuCores = preset?.cpuCores ?? 0;
  let ramGiB = preset?.ramGiB ?? 0;
  if (!preset) {
    const cores = whole(reader, form.cores, 'cores', 1, 'field.unit.cores');
    if (cores.ok) cpuCores = cores.value;
    else errors.cores = cores.reason;
    const ram = read(reader, form.ramGiB, 'ram', 'field.unit.gib');
    if (!ram.ok) errors.ramGiB = ram.reason;
    else if (!(ram.value > 0)) errors.ramGiB = said(reader, 'ram', lang.t('consolidate.ramAboveZero'));
    else ramGiB = ram.value;
  }
  if (!HOST_PRODUCTS.includes(form.product))
    errors.product = said(reader, 'product', lang.t('consolidate.chooseProduct'));
  const ha = whole(reader, form.ha, 'ha', 0);
  if (!ha.ok) errors.ha = ha.reason;
  const headroom = percent(reader, form.headroom, 'headroom');
  if (!headroom.ok) errors.headroom = headroom.reason;
  const p2vSize: Read = form.p2v
    ? percent(reader, form.p2vSize, 'p2vSize')
    : { ok: true, value: 1 };
  if (!p2vSize.ok) errors.p2vSize = p2vSize.reason;
  if (Object.keys(errors).length > 0 || !ha.ok || !headroom.ok || !p2vSize.ok)
    return { ok: false, errors };
  return {
    ok: true,
    options: {
      scope,
      host: { cpuCores, ramGiB, product: form.product, hostOs: null },
      ha: ha.value,
      headroom: headroom.value,
      p2v: form.p2v,
      p2vSize: p2vSize.value,
    },
    ...(preset ? { hostLabel: preset.label } : {}),
  };
}
