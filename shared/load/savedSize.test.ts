import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan, makeNode } from '../model/defaults';
import type { PlanNode } from '../model/nodes';
import { MAX_FILE_BYTES, type Link, type Plan } from '../model/plan';
import type { ScenarioSet } from '../model/scenarios';
import { loadDocument } from './loadDocument';
import { utf8ByteLength } from './parseText';
import { savedSizeBound } from './savedSize';
import { serializePlan } from './serialize';
import { serializeDocument } from './serializeDocument';
import { validDocArb } from './testArbitraries';

/** Every number of a JSON text in its shortest form, exponent notation where shorter (`1e6`). */
function shortestNumbers(text: string): string {
  return text.replace(/(?<=[:,[])-?\d[\d.eE+-]*/g, (literal) => {
    const exponent = Number(literal).toExponential().replace('e+', 'e');
    return exponent.length < literal.length ? exponent : literal;
  });
}

describe('savedSizeBound', () => {
  it('bounds the saved size of any valid file, written as tersely as JSON allows', () => {
    fc.assert(
      fc.property(validDocArb({ maxNodes: 30, maxLinks: 20 }), (doc) => {
        // A version-1 file, saved as a version-2 document (one scenario around the plan).
        const text = shortestNumbers(JSON.stringify(doc));
        const loaded = loadDocument(text);
        if (!loaded.ok) throw new Error(loaded.error.message);
        const saved = utf8ByteLength(serializeDocument(loaded.document));
        const raw = JSON.parse(text) as { nodes: unknown[] };
        expect(saved).toBeLessThanOrEqual(
          savedSizeBound(loaded.document, utf8ByteLength(text), [raw]),
        );
      }),
      { numRuns: 300 },
    );
  });
});

const NODES = 100_000;
const LINKS = 200_000;

/** 25,000 servers, each with a hypervisor and two VMs; links from each VM to four others. */
function biggestPlanSkeleton(): Plan {
  const nodes: PlanNode[] = [];
  for (let i = 0; i < NODES / 4; i += 1) {
    nodes.push(makeNode('server', { id: `s${i}`, parentId: null, name: `esx-${i}` }));
    nodes.push(makeNode('hypervisor', { id: `h${i}`, parentId: `s${i}`, cluster: `c${i % 50}` }));
    for (const v of [0, 1]) {
      nodes.push(
        makeNode('vm', { id: `v${i}-${v}`, parentId: `h${i}`, service: `svc-${i % 997}` }),
      );
    }
  }
  const vms = nodes.filter((n) => n.kind === 'vm');
  const links: Link[] = [];
  for (let i = 0; i < LINKS; i += 1) {
    const from = vms[i % vms.length] as PlanNode;
    const to = vms[(i * 7 + 13) % vms.length] as PlanNode;
    links.push({ id: `l${i}`, from: from.id, to: to.id });
  }
  return { ...emptyPlan('The biggest plan that opens'), nodes, links };
}

/** A document of one scenario holding `plan`, as the app saves it. */
function documentOf(plan: Plan): ScenarioSet {
  return {
    name: plan.name,
    scenarios: [{ id: 'as-is', name: 'As is', plan }],
    activeScenario: 'as-is',
  };
}

/** The skeleton with notes that make its saved document exactly `bytes` long (ASCII and not). */
function planSavedAt(skeleton: Plan, bytes: number): Plan {
  // "é" is two bytes: one in every note; then each ASCII letter added to a note adds one byte.
  const nodes: PlanNode[] = skeleton.nodes.map((n) => ({ ...n, notes: 'é' }));
  const spare = bytes - utf8ByteLength(serializeDocument(documentOf({ ...skeleton, nodes })));
  const each = 'n'.repeat(Math.floor(spare / NODES));
  const rest = 'n'.repeat(spare % NODES);
  const notes = nodes.map((n, i) => ({ ...n, notes: `é${each}${i === NODES - 1 ? rest : ''}` }));
  return { ...skeleton, nodes: notes };
}

/** `plan` with one more letter in the last node's notes. */
function oneByteMore(plan: Plan): Plan {
  const nodes = [...plan.nodes];
  const last = nodes[nodes.length - 1] as PlanNode;
  nodes[nodes.length - 1] = { ...last, notes: `${last.notes ?? ''}n` };
  return { ...plan, nodes };
}

describe('limits that agree', () => {
  it('the biggest plan that opens saves within the open limit, reopens, and saves the same', () => {
    const plan = planSavedAt(biggestPlanSkeleton(), MAX_FILE_BYTES);
    const text = serializeDocument(documentOf(plan));
    expect(utf8ByteLength(text)).toBe(MAX_FILE_BYTES);

    const reopened = loadDocument(text);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const again = reopened.document.scenarios[0]?.plan;
    expect(again?.nodes).toHaveLength(NODES);
    expect(again?.links).toHaveLength(LINKS);
    expect(serializeDocument(reopened.document) === text).toBe(true);

    // The same plan written tersely as a version-1 file by another tool: it opens, and Strata
    // saves it the same.
    const terse = serializePlan(plan).replace(/\n\s*/g, '');
    expect(utf8ByteLength(terse)).toBeLessThan(MAX_FILE_BYTES);
    const fromTerse = loadDocument(terse);
    if (!fromTerse.ok) throw new Error(fromTerse.error.message);
    expect(serializeDocument(fromTerse.document) === text).toBe(true);

    // One byte more: the terse file is under the limit, but its plan would not reopen once
    // saved, so it is refused when opened, never when saved.
    const overTerse = serializePlan(oneByteMore(plan)).replace(/\n\s*/g, '');
    expect(utf8ByteLength(overTerse)).toBeLessThan(MAX_FILE_BYTES);
    const refused = loadDocument(overTerse);
    expect(!refused.ok && refused.error.message).toBe(
      'file: would be 50.0 MiB when saved with every field written, over the 50 MiB Strata opens',
    );
  }, 240_000);
});
