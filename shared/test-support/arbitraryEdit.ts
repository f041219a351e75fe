/**
 * Random edits for property tests of what is derived from the previous plan (the index, the
 * report): mostly field edits of the kinds the inspector makes, some settings and link edits, and
 * a few moves, which change the tree.
 */
import fc from 'fast-check';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';

/** One edit of the kinds the inspector, the settings dialog and the link tools make. */
export type Edit =
  | { readonly what: 'field'; readonly at: number; readonly field: number; readonly value: number }
  | { readonly what: 'settings'; readonly value: number }
  | { readonly what: 'link'; readonly at: number; readonly value: number }
  | { readonly what: 'move'; readonly at: number; readonly value: number };

const NUMBERS = [0, 1, 2, 4, 8, 16, 64, 0.5, -0] as const;
const NAMES = [null, '', 'web', 'db', 'a', 'b', 'fresh'] as const;

export const arbitraryEdit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      what: fc.constant('field' as const),
      at: fc.nat(),
      field: fc.nat(5),
      value: fc.nat(20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ what: fc.constant('settings' as const), value: fc.nat(3) }) },
  {
    weight: 1,
    arbitrary: fc.record({ what: fc.constant('link' as const), at: fc.nat(), value: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ what: fc.constant('move' as const), at: fc.nat(), value: fc.nat() }),
  },
);

function pick<T>(list: readonly T[], at: number): T {
  return list[at % list.length] as T;
}

/** The node with one field changed: a figure, a service, cluster or workload name, or its name. */
function editNode(node: PlanNode, field: number, value: number): PlanNode {
  const num = pick(NUMBERS, value);
  const name = pick(NAMES, value);
  switch (node.kind) {
    case 'vm':
      return [
        { ...node, ramGiB: num },
        { ...node, vcpu: num },
        { ...node, service: name },
        { ...node, name: `n${value}` },
        // The same OS as a new object (as the inspector's checks make it), or another version.
        { ...node, ramGiB: num, os: { ...node.os } },
        { ...node, os: { ...node.os, version: `v${value % 3}` } },
      ][field % 6] as PlanNode;
    case 'container':
      return [
        { ...node, ramGiB: num },
        { ...node, cpu: num },
        { ...node, service: name },
      ][field % 3] as PlanNode;
    case 'server':
      return [
        { ...node, ramGiB: num },
        { ...node, cpuCores: num },
        { ...node, workload: name },
        { ...node, service: name },
        { ...node, cpuCores: num, os: node.os && { ...node.os } },
        { ...node, os: node.os && { ...node.os, version: `v${value % 3}` } },
      ][field % 6] as PlanNode;
    case 'hypervisor':
      return [
        { ...node, cluster: name },
        { ...node, reservedCpuCores: num },
        { ...node, reservedRamGiB: num },
      ][field % 3] as PlanNode;
    case 'site':
      return [
        { ...node, name: `n${value}` },
        { ...node, role: node.role === 'primary' ? 'secondary' : 'primary' },
      ][field % 2] as PlanNode;
    default:
      return { ...node, name: `n${value}` };
  }
}

export function applyEdit(plan: Plan, e: Edit): Plan {
  const n = plan.nodes.length;
  switch (e.what) {
    case 'field': {
      const nodes = plan.nodes.slice();
      nodes[e.at % n] = editNode(plan.nodes[e.at % n] as PlanNode, e.field, e.value);
      return { ...plan, nodes };
    }
    case 'settings':
      return {
        ...plan,
        settings: {
          ...plan.settings,
          cpuOvercommitLimit: 1 + e.value,
          ramOvercommitLimit: e.value === 0 ? 1.5 : 1,
        },
      };
    case 'link': {
      const ids = plan.nodes.map((x) => x.id);
      const links = plan.links.slice();
      if (links.length > 0 && e.value % 3 === 0) links.splice(e.at % links.length, 1);
      else links.push({ id: `x${links.length}`, from: pick(ids, e.at), to: pick(ids, e.value) });
      return { ...plan, links };
    }
    case 'move': {
      // A change of tree: the index must be built afresh.
      const nodes = plan.nodes.slice();
      const node = plan.nodes[e.at % n] as PlanNode;
      const parent = plan.nodes[e.value % n] as PlanNode;
      nodes[e.at % n] = { ...node, parentId: parent.id === node.id ? null : parent.id };
      return { ...plan, nodes };
    }
  }
}
