import { describe, expect, it } from 'vitest';
import { schedule, type PodDemand } from './scheduler';

describe('the least-allocated scheduler', () => {
  // Every pod was tried against every node made so far: 50,000 pods of 2 CPUs growing 12,500
  // nodes took 16 s. A full node leaves the candidates: 0.1 s on a machine at rest (the bound
  // leaves room for a loaded test machine and still tells the two apart).
  it('places 50,000 pods on the nodes it grows in a fraction of the time it took', () => {
    const pods: PodDemand[] = Array.from({ length: 50_000 }, () => ({
      cpu: 2,
      ramGiB: 1,
      osFamily: 'linux',
    }));
    const started = performance.now();
    const s = schedule(
      [],
      pods,
      [],
      [...pods.keys()],
      { cpu: 8, ramGiB: 32, maxNodes: 1e5 },
      () => {},
    );
    expect(performance.now() - started).toBeLessThan(4000);
    expect(s.nodes).toHaveLength(12_500);
    expect(s.nodes.every((n) => n.pods.length === 4)).toBe(true);
    expect(s.unplaced).toEqual([]);
    expect(s.full).toBeNull();
  });

  it('still puts a pod on the least allocated node with room, ties to the first', () => {
    const pods: PodDemand[] = [4, 4, 1, 1, 6].map((cpu) => ({ cpu, ramGiB: 1, osFamily: 'linux' }));
    const s = schedule(
      [],
      pods,
      [],
      [0, 1, 2, 3, 4],
      { cpu: 8, ramGiB: 32, maxNodes: 10 },
      () => {},
    );
    // 4 → a new node; 4 fills it; 1 → a second node; 1 beside it; 6 on the second (6 free).
    expect(s.nodes.map((n) => n.pods)).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('stops at the most nodes it may grow, naming the pod that needed one more', () => {
    const pods: PodDemand[] = [8, 8, 8].map((cpu) => ({ cpu, ramGiB: 1, osFamily: 'linux' }));
    const s = schedule([], pods, [], [0, 1, 2], { cpu: 8, ramGiB: 32, maxNodes: 2 }, () => {});
    expect(s.full).toBe(2);
    expect(s.nodes).toHaveLength(2);
  });
});
