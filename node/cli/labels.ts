/** How nodes and lists of names read in the human summary. */
import type { NodeKind } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';

export interface NodeLabel {
  readonly name: string;
  readonly kind: NodeKind;
}

export type NodeLabels = ReadonlyMap<string, NodeLabel>;

export function nodeLabels(plan: Plan): NodeLabels {
  const labels = new Map<string, NodeLabel>();
  for (const node of plan.nodes) labels.set(node.id, { name: node.name, kind: node.kind });
  return labels;
}

/** `esx-01 (server esx-01-srv)`, or `esx-01 (server)` when the name is the id; the bare id without labels. */
export function describeNode(id: string, labels: NodeLabels | undefined, lang: Lang = ENGLISH): string {
  const label = labels?.get(id);
  if (label === undefined) return id;
  const kind = lang.t(`kindLower.${label.kind}`);
  return label.name === id || label.name === ''
    ? lang.t('cli.node.kindOnly', { id, kind })
    : lang.t('cli.node.named', { id, kind, name: label.name });
}

/** The name alone when known, else the id: for lists where the kind is obvious. */
export function nodeName(id: string, labels: NodeLabels | undefined): string {
  const name = labels?.get(id)?.name;
  return name === undefined || name === '' ? id : name;
}

/** `a, b, c`, cut after `max` names: `a, b, … and 7 more`. */
export function listNames(names: readonly string[], max = 8, lang: Lang = ENGLISH): string {
  if (names.length === 0) return lang.t('format.none');
  const separator = lang.t('cli.names.separator');
  if (names.length <= max) return names.join(separator);
  return lang.t('cli.list.more', {
    names: names.slice(0, max).join(separator),
    n: formatNumber(names.length - max, 2, lang.numberLocale),
  });
}

/** Names for a list of nodes, with the id added to every name that appears twice in the list. */
export function distinctNames(ids: readonly string[], labels: NodeLabels | undefined): string[] {
  const names = ids.map((id) => nodeName(id, labels));
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) (seen.has(name) ? repeated : seen).add(name);
  return names.map((name, i) =>
    repeated.has(name) && name !== ids[i] ? `${name} (${ids[i]})` : name,
  );
}
