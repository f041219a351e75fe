/**
 * SPEC §4 rows about where nodes sit: placement, one-hypervisor, one-runtime, bare-metal-conflict,
 * host-os-required, kernel-mismatch. The loops test kind codes; node objects are read only for the
 * few nodes a rule is about.
 */
import { NODE_KINDS, type PlanNode } from '../model/nodes';
import {
  CONTAINER,
  HYPERVISOR,
  KIND_CODE,
  RUNTIME,
  SERVER,
  VM,
  type PlanIndex,
} from '../model/planIndex';
import { ALLOWED_PARENTS } from '../rules/placement';
import { issue } from './describe';
import type { Issue } from './issue';

const TOP = NODE_KINDS.length;
/** allowed[kind * (TOP + 1) + parentKind], parentKind TOP meaning the canvas. */
const allowed = new Uint8Array((TOP + 1) * (TOP + 1));
for (const kind of NODE_KINDS) {
  for (const p of ALLOWED_PARENTS[kind])
    allowed[KIND_CODE[kind] * (TOP + 1) + (p === null ? TOP : KIND_CODE[p])] = 1;
}

export function structureIssues(ix: PlanIndex): Issue[] {
  const out: Issue[] = [];
  for (let i = 0; i < ix.nodes.length; i++) {
    const k = ix.kind[i] as number;
    const p = ix.parent[i] as number;
    const pk = p >= 0 ? (ix.kind[p] as number) : TOP;
    if (allowed[k * (TOP + 1) + pk] !== 1 || (p < 0 && ix.nodes[i]?.parentId !== null))
      placement(ix, i, out);
    if (k === SERVER || k === VM) oneOfEach(ix, i, out);
    if (pk === SERVER && (k === RUNTIME || k === HYPERVISOR)) hostOsRequired(ix, i, p, out);
    if (k === CONTAINER) kernelMismatch(ix, i, out);
  }
  return out;
}

function placement(ix: PlanIndex, i: number, out: Issue[]): void {
  const nd = ix.nodes[i] as PlanNode;
  const p = ix.parent[i] as number;
  const parent = p >= 0 ? (ix.nodes[p] as PlanNode) : undefined;
  const who = { kind: nd.kind, name: nd.name };
  if (nd.parentId !== null && !ix.indexOf.has(nd.parentId)) {
    out.push(issue('error', 'placement', nd.id, 'issue.placement.missingParent', { ...who, parentId: nd.parentId }));
  } else if (nd.parentId !== null && parent === undefined) {
    out.push(issue('error', 'placement', nd.id, 'issue.placement.loop', who));
  } else if (parent) {
    out.push(
      issue('error', 'placement', nd.id, 'issue.placement.inside', {
        ...who,
        parentKind: parent.kind,
        parentName: parent.name,
      }),
    );
  } else {
    out.push(issue('error', 'placement', nd.id, 'issue.placement.onCanvas', who));
  }
}

function hostOsRequired(ix: PlanIndex, i: number, p: number, out: Issue[]): void {
  const nd = ix.nodes[i] as PlanNode;
  const parent = ix.nodes[p] as PlanNode;
  if (parent.kind !== 'server' || parent.os !== null) return;
  if (nd.kind === 'runtime') {
    out.push(
      issue('error', 'host-os-required', nd.id, 'issue.host-os-required.runtime', {
        name: nd.name,
        serverName: parent.name,
      }),
    );
  } else if (nd.kind === 'hypervisor' && nd.hypervisorType === 2) {
    out.push(
      issue('error', 'host-os-required', nd.id, 'issue.host-os-required.type2', {
        name: nd.name,
        product: nd.product,
        serverName: parent.name,
      }),
    );
  }
}

/** one-hypervisor, one-runtime and bare-metal-conflict on the children of a server or VM. */
function oneOfEach(ix: PlanIndex, i: number, out: Issue[]): void {
  let hypervisors = 0;
  let runtimes = 0;
  for (let c = ix.childStart[i] as number; c < (ix.childStart[i + 1] as number); c++) {
    const k = ix.kind[ix.childList[c] as number];
    if (k === HYPERVISOR) hypervisors++;
    else if (k === RUNTIME) runtimes++;
  }
  const isServer = ix.kind[i] === SERVER;
  if (runtimes < 2 && (!isServer || (hypervisors < 2 && (hypervisors === 0 || runtimes === 0))))
    return;
  const host = ix.nodes[i] as PlanNode;
  const children = Array.from(
    ix.childList.subarray(ix.childStart[i] as number, ix.childStart[i + 1] as number),
    (c) => ix.nodes[c] as PlanNode,
  );
  const hvs = children.filter((c) => c.kind === 'hypervisor');
  const rts = children.filter((c) => c.kind === 'runtime');
  if (isServer) {
    for (const extra of hvs.slice(1)) {
      out.push(
        issue('error', 'one-hypervisor', extra.id, 'issue.one-hypervisor', {
          hostName: host.name,
          hypervisors: hvs.length,
          name: extra.name,
        }),
      );
    }
  }
  for (const extra of rts.slice(1)) {
    out.push(
      issue('error', 'one-runtime', extra.id, 'issue.one-runtime', {
        hostKind: host.kind,
        hostName: host.name,
        runtimes: rts.length,
        name: extra.name,
      }),
    );
  }
  // A type-1 hypervisor on a host OS may have a runtime beside it (LXC on Proxmox VE, Windows
  // containers on Hyper-V, Podman beside KVM): only a server without a host OS conflicts.
  if (!isServer || host.kind !== 'server' || host.os !== null) return;
  const bareMetal = hvs.find((h) => h.kind === 'hypervisor' && h.hypervisorType === 1);
  if (!bareMetal) return;
  for (const rt of rts) {
    out.push(
      issue('error', 'bare-metal-conflict', rt.id, 'issue.bare-metal-conflict', {
        name: rt.name,
        serverName: host.name,
        hypervisorName: bareMetal.name,
      }),
    );
  }
}

function kernelMismatch(ix: PlanIndex, i: number, out: Issue[]): void {
  const rt = ix.parent[i] as number;
  if (rt < 0 || ix.kind[rt] !== RUNTIME) return;
  const runtime = ix.nodes[rt] as PlanNode;
  const o = ix.kernelOwner[rt] as number;
  if (runtime.kind !== 'runtime' || runtime.isolation !== 'shared-kernel' || o < 0) return;
  const owner = ix.nodes[o] as PlanNode;
  // No kernel family (a server without OS) is host-os-required's business, not this rule's.
  if ((owner.kind !== 'server' && owner.kind !== 'vm') || owner.os === null) return;
  const nd = ix.nodes[i] as PlanNode;
  if (nd.kind !== 'container' || owner.os.family === nd.osFamily) return;
  out.push(
    issue('error', 'kernel-mismatch', nd.id, 'issue.kernel-mismatch', {
      name: nd.name,
      family: nd.osFamily,
      runtimeName: runtime.name,
      ownerFamily: owner.os.family,
      ownerKind: owner.kind,
      ownerName: owner.name,
    }),
  );
}
