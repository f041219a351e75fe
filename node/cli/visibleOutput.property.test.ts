// Whatever a plan's names, ids, services and clusters hold, the readable output of every command
// carries no control or bidirectional character from them (each is shown as `?`).
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';
import { captureIo } from './testIo';
import { arbitraryPlanDocument } from './testPlans';

const HIDDEN = [
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\r',
  '\n',
  '\t',
  '\u009b',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
/** Anything but the output's own line breaks. */
function hiddenIn(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.charCodeAt(0);
    if (char === '\n') return false;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      [0x061c, 0x200e, 0x200f].includes(code) ||
      (code >= 0x2028 && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'strata-visible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Doc = Record<string, unknown> & { nodes: Record<string, unknown>[] };

/** Every free-text field and id laced with hidden characters (ids consistently). */
function laced(doc: Doc, evil: string): Doc {
  const id = (value: unknown) => (typeof value === 'string' ? `${evil}${value}` : value);
  const text = (value: unknown) => (typeof value === 'string' ? `${value}${evil}x` : value);
  const nodes = doc.nodes.map((node) => {
    const os = node.os as Record<string, unknown> | null | undefined;
    return {
      ...node,
      id: id(node.id),
      parentId: id(node.parentId),
      name: text(node.name),
      ...(node.service != null ? { service: text(node.service) } : {}),
      ...(node.workload ? { workload: text(node.workload) } : {}),
      ...(node.cluster != null ? { cluster: text(node.cluster) } : {}),
      ...(node.image ? { image: text(node.image) } : {}),
      ...(os ? { os: { ...os, name: text(os.name), version: text(os.version) } } : {}),
    };
  });
  const links = (doc.links as Record<string, unknown>[]).map((link) => ({
    id: id(link.id),
    from: id(link.from),
    to: id(link.to),
  }));
  return { ...doc, name: text(doc.name), nodes, links };
}

describe('readable output', () => {
  it('never passes a control or bidi character from the plan to the terminal', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        arbitraryPlanDocument,
        fc.constantFrom(...HIDDEN),
        fc.nat(),
        async (doc, evil, pick) => {
          const plan = laced(doc as Doc, evil);
          const file = join(dir, `plan-${(n += 1)}.strata`);
          writeFileSync(file, JSON.stringify(plan));
          const nodes = plan.nodes;
          const target = nodes.length > 0 ? String(nodes[pick % nodes.length]?.id) : `${evil}x`;
          for (const argv of [
            ['report', file],
            ['validate', file],
            ['fail', file, target],
          ]) {
            const io = captureIo(false);
            await main(argv, io.io);
            expect(hiddenIn(io.stdout())).toEqual([]);
            expect(hiddenIn(io.stderr())).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
