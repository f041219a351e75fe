/**
 * A simple least-allocated scheduler, as kube-scheduler's default scoring does it: a pod goes to
 * the node of its OS with room for its requests that keeps the most free CPU and memory (as
 * shares of capacity); ties to the first node. DaemonSet pods go one per node before the rest.
 * Without a node list, nodes of a given size are added while a pod fits none.
 */
export interface PodDemand {
  readonly cpu: number;
  readonly ramGiB: number;
  readonly osFamily: 'linux' | 'windows';
}

export interface SchedNode {
  readonly cpu: number;
  readonly ramGiB: number;
  readonly osFamily: 'linux' | 'windows';
  cpuFree: number;
  ramFree: number;
  readonly pods: number[];
}

export interface Schedule {
  readonly nodes: SchedNode[];
  /** Pods that fit on no node, by index. */
  readonly unplaced: number[];
  /** The pod that needed a node past `GrowSpec.maxNodes` (scheduling stopped there), or null. */
  readonly full: number | null;
}

export interface GrowSpec {
  readonly cpu: number;
  readonly ramGiB: number;
  /** The most nodes there may be: each costs a pass over every pod still to place. */
  readonly maxNodes: number;
}

export function newNode(cpu: number, ramGiB: number, osFamily: 'linux' | 'windows'): SchedNode {
  return { cpu, ramGiB, osFamily, cpuFree: cpu, ramFree: ramGiB, pods: [] };
}

const EPS = 1e-9;

function fits(n: SchedNode, p: PodDemand): boolean {
  return n.osFamily === p.osFamily && p.cpu <= n.cpuFree + EPS && p.ramGiB <= n.ramFree + EPS;
}

function put(n: SchedNode, p: PodDemand, index: number): void {
  n.cpuFree -= p.cpu;
  n.ramFree -= p.ramGiB;
  n.pods.push(index);
}

/**
 * Places `pods` (indexes into it) on `nodes`; `daemons` are the DaemonSet pods, each repeated on
 * every node of its OS. With `grow`, nodes are added (each one first receiving the daemons).
 */
export function schedule(
  nodes: SchedNode[],
  pods: readonly PodDemand[],
  daemons: readonly number[],
  others: readonly number[],
  grow: GrowSpec | null,
  onDaemonPlaced: (pod: number, node: number) => void,
): Schedule {
  const unplaced: number[] = [];
  const seedDaemons = (ni: number): void => {
    const n = nodes[ni]!;
    for (const d of daemons) {
      const p = pods[d]!;
      if (p.osFamily !== n.osFamily) continue;
      if (fits(n, p)) {
        n.cpuFree -= p.cpu;
        n.ramFree -= p.ramGiB;
        onDaemonPlaced(d, ni);
      } else unplaced.push(d);
    }
  };
  for (let i = 0; i < nodes.length; i++) seedDaemons(i);
  // The smallest CPU and RAM of the pods from each one on: a node with less free than either can
  // take none of them and leaves the candidates for good, so a pod is tried against the nodes
  // with room, not every node made so far (50,000 pods on 12,500 nodes: quadratic, 16 s).
  const minCpu = new Float64Array(others.length + 1).fill(Infinity);
  const minRam = new Float64Array(others.length + 1).fill(Infinity);
  for (let k = others.length - 1; k >= 0; k--) {
    const p = pods[others[k]!]!;
    minCpu[k] = Math.min(minCpu[k + 1]!, p.cpu);
    minRam[k] = Math.min(minRam[k + 1]!, p.ramGiB);
  }
  // Node indexes in ascending order, so ties still go to the first node.
  const open = nodes.map((_, ni) => ni);
  for (let k = 0; k < others.length; k++) {
    const i = others[k]!;
    const p = pods[i]!;
    let best = -1;
    let bestScore = -Infinity;
    let kept = 0;
    for (const ni of open) {
      const n = nodes[ni]!;
      if (n.cpuFree + EPS < minCpu[k]! || n.ramFree + EPS < minRam[k]!) continue;
      open[kept++] = ni;
      if (!fits(n, p)) continue;
      const score = (n.cpuFree - p.cpu) / n.cpu + (n.ramFree - p.ramGiB) / n.ramGiB;
      if (score > bestScore + EPS) {
        best = ni;
        bestScore = score;
      }
    }
    open.length = kept;
    if (best < 0 && grow && p.cpu <= grow.cpu && p.ramGiB <= grow.ramGiB) {
      if (nodes.length >= grow.maxNodes) return { nodes, unplaced, full: i };
      nodes.push(newNode(grow.cpu, grow.ramGiB, p.osFamily));
      best = nodes.length - 1;
      open.push(best);
      seedDaemons(best);
      if (!fits(nodes[best]!, p)) best = -1;
    }
    if (best < 0) unplaced.push(i);
    else put(nodes[best]!, p, i);
  }
  return { nodes, unplaced, full: null };
}
