/** Building an imported plan: nodes appended parent first, with fresh ids and a name from the file. */
import { emptyPlan, makeNode, type MakeNodeFields } from '../model/defaults';
import type { NodeKind, NodeOfKind, PlanNode } from '../model/nodes';
import type { Link, Plan } from '../model/plan';
import { IdMaker } from './ids';

export class PlanParts {
  readonly nodes: PlanNode[] = [];
  readonly links: Link[] = [];
  readonly ids = new IdMaker();

  add<K extends NodeKind>(
    kind: K,
    prefix: string,
    fields: Omit<MakeNodeFields<K>, 'id'> & { readonly name: string },
  ): NodeOfKind<K> {
    const node = makeNode(kind, {
      ...fields,
      id: this.ids.fresh(prefix, fields.name),
    } as MakeNodeFields<K>);
    this.nodes.push(node);
    return node;
  }

  link(from: string, to: string): void {
    this.links.push({ id: this.ids.fresh('link', `${from}>${to}`), from, to });
  }

  toPlan(name: string): Plan {
    return { ...emptyPlan(name), nodes: this.nodes, links: this.links };
  }
}

/** "RVTools_export_all_2024-05-01.xlsx" → "RVTools_export_all_2024-05-01". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
