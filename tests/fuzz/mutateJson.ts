/**
 * Mutations that know JSON and the plan format: huge and tiny numbers, deep nesting, long
 * strings, wrong types, removed keys, duplicate ids, parent cycles, unknown kinds, arrays past
 * the limits, `__proto__`, and plain byte damage to the text.
 */
import { mutateBytes } from './mutateBytes';
import type { Random } from '../../bench/random';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const NUMBERS = [
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  1e21,
  2 ** 53 + 2,
  -1,
  0,
  4097,
  65_537,
  769,
  0.0005,
];
const NUMBER_TEXTS = [
  '1e999',
  '-1e999',
  '1e-999',
  '-0',
  '0.0000001',
  '123456789012345678901234567890',
];
const KEYS = [
  'id',
  'kind',
  'parentId',
  'name',
  'cpuCores',
  'ramGiB',
  'vcpu',
  'cpu',
  'os',
  'from',
  'to',
  'nodes',
  'links',
  'settings',
  'view',
  'version',
  'format',
  'position',
  'size',
  'notes',
  'zoom',
  'patchHours',
];

function containers(value: Json, out: Container[] = []): Container[] {
  if (Array.isArray(value)) {
    out.push(value);
    for (const item of value) containers(item, out);
  } else if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

function deep(depth: number, rnd: Random): string {
  const [open, close] = rnd.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
  return open.repeat(depth) + '0' + close.repeat(depth);
}

function oddValue(rnd: Random): Json {
  switch (rnd.int(0, 6)) {
    case 0:
      return rnd.pick(NUMBERS);
    case 1:
      return 'x'.repeat(rnd.chance(0.2) ? 200_000 : rnd.int(0, 299)) + '\u202e\u0000名';
    case 2:
      return rnd.pick<Json>([null, true, false, '', [], {}, [1, 2], { family: 'linux' }]);
    case 3:
      return rnd.pick(KEYS);
    case 4:
      return { id: 'n', kind: rnd.pick(['vm', 'server', 'vmm', 'container']), parentId: 'n' };
    case 5:
      return -rnd.int(0, 9);
    default:
      return rnd.next() * 10 ** rnd.int(0, 11);
  }
}

/** One change to the parsed document (none when it finds nothing to change). */
function mutateTree(doc: Json, rnd: Random): void {
  const all = containers(doc);
  if (all.length === 0) return;
  const target = rnd.pick(all);
  const nodes = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.nodes : null;
  const nodeList = Array.isArray(nodes)
    ? (nodes.filter((n) => n !== null && typeof n === 'object' && !Array.isArray(n)) as {
        [key: string]: Json;
      }[])
    : [];
  switch (rnd.int(0, 5)) {
    case 0: {
      // Set or replace a key (or an item).
      if (Array.isArray(target)) {
        if (target.length > 0) target[rnd.int(0, target.length - 1)] = oddValue(rnd);
        else target.push(oddValue(rnd));
      } else target[rnd.pick(KEYS)] = oddValue(rnd);
      return;
    }
    case 1: {
      // Remove a key or an item.
      if (Array.isArray(target)) target.splice(rnd.int(0, target.length), 1);
      else {
        const keys = Object.keys(target);
        if (keys.length > 0) delete target[rnd.pick(keys)];
      }
      return;
    }
    case 2: {
      // Duplicate an id, or point a parent at a later node (a cycle when it points back).
      if (nodeList.length < 2) return;
      const a = rnd.pick(nodeList);
      const b = rnd.pick(nodeList);
      if (rnd.chance(0.5)) a.id = b.id ?? null;
      else {
        a.parentId = b.id ?? null;
        b.parentId = a.id ?? null;
      }
      return;
    }
    case 3: {
      // Reorder: children before parents, or reversed.
      if (nodeList.length > 1 && Array.isArray(nodes)) nodes.reverse();
      return;
    }
    case 4: {
      // Copy a node many times (duplicate ids), or grow a string.
      if (nodeList.length > 0 && Array.isArray(nodes)) {
        const copy = rnd.pick(nodeList);
        for (let k = rnd.int(0, 49); k > 0; k--) nodes.push({ ...copy });
      }
      return;
    }
    default: {
      // A number field set to a boundary.
      const node = nodeList.length > 0 ? rnd.pick(nodeList) : null;
      if (node)
        node[rnd.pick(['cpuCores', 'ramGiB', 'vcpu', 'cpu', 'reservedCpuCores'])] =
          rnd.pick(NUMBERS);
    }
  }
}

/** A mutation of the text as text: numbers JSON.stringify cannot write, nesting, keys. */
function mutateText(text: string, rnd: Random): string {
  switch (rnd.int(0, 5)) {
    case 0:
      return text.replace(/(?<=:\s*)-?\d+(\.\d+)?/, rnd.pick(NUMBER_TEXTS));
    case 1: {
      const at = text.indexOf('"nodes"');
      if (at < 0) return text;
      const depth = rnd.chance(0.1) ? 100_000 : 1 + rnd.int(0, 4999);
      return text.replace(
        /"notes"\s*:\s*"[^"]*"|"name"\s*:\s*"[^"]*"/,
        `"extra": ${deep(depth, rnd)}`,
      );
    }
    case 2:
      return text.replace(
        '{',
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}},',
      );
    case 3:
      return text.replace(/"nodes"\s*:\s*\[/, `"nodes": [${'{},'.repeat(100_001)}`);
    case 4:
      return `\ufeff${text}`;
    default: {
      const bytes = mutateBytes(new TextEncoder().encode(text), rnd);
      return new TextDecoder().decode(bytes);
    }
  }
}

/** A mutated plan text: structure-aware most of the time, byte damage otherwise. */
export function mutateJsonText(seed: string, rnd: Random): string {
  if (rnd.chance(0.35)) return mutateText(seed, rnd);
  let doc: Json;
  try {
    doc = JSON.parse(seed) as Json;
  } catch {
    return mutateText(seed, rnd);
  }
  for (let k = 1 + rnd.int(0, 2); k > 0; k--) mutateTree(doc, rnd);
  const text = JSON.stringify(doc, null, rnd.chance(0.5) ? 2 : undefined);
  return rnd.chance(0.2) ? mutateText(text, rnd) : text;
}
