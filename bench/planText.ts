/**
 * The file text of a generated plan: what Strata saves (`serializePlan`: one node or link per
 * line), so the benchmarks open the files the app writes.
 */
import { serializePlan } from '../shared/load/serialize';
import type { Plan } from '../shared/model';

export function planText(plan: Plan): string {
  return serializePlan(plan);
}
