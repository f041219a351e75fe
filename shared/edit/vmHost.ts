/**
 * A VM added to a plan that has no hypervisor anywhere gets somewhere to run: a new server with
 * a hypervisor, the VM on it — made with the ordinary edits (so the placement rules and field
 * checks hold), as one edit, so one undo step takes all three away.
 */
import type { NodeKind, Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { addNode, type NodeSpec } from './addNode';
import { done, type EditResult } from './result';
import { ESXI, SERVER } from './starters';

/** The host made for the VM: the starters' server and ESXi, standalone (no HA cluster of one). */
const HOST_HYPERVISOR: NodeSpec = { kind: 'hypervisor', fields: { ...ESXI.fields, cluster: null } };

/** Whether adding a node of `kind` should offer a host: a VM, and no hypervisor in the plan. */
export function needsHost(plan: Plan, kind: NodeKind): boolean {
  return kind === 'vm' && !plan.nodes.some((n) => n.kind === 'hypervisor');
}

/**
 * Adds a server under `parentId` (a site, or null for the canvas at `at`), a hypervisor on it and
 * the VM `vm` on that. The ids are the VM's, the hypervisor's and the server's, in that order.
 */
export function addVmWithHost(
  plan: Plan,
  vm: NodeSpec,
  parentId: string | null,
  at?: Point,
): EditResult {
  const server = addNode(plan, SERVER, parentId, at);
  if (!server.ok) return server;
  const serverId = server.ids[0] ?? '';
  const hypervisor = addNode(server.plan, HOST_HYPERVISOR, serverId);
  if (!hypervisor.ok) return hypervisor;
  const hypervisorId = hypervisor.ids[0] ?? '';
  const added = addNode(hypervisor.plan, vm, hypervisorId);
  if (!added.ok) return added;
  return done(added.plan, [added.ids[0] ?? '', hypervisorId, serverId]);
}
