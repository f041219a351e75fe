/**
 * V8 lets the hidden class of a class die with its last instance: after a full garbage collection
 * with no report alive, every optimized function that relied on the engine's shapes is thrown
 * away and the next report runs cold (three to six times slower). Holding one tiny instance of
 * each engine class for the life of the module keeps those shapes, and the optimized code, alive.
 */
const kept: unknown[] = [];

export function keepShape(instance: unknown): void {
  kept.push(instance);
}
