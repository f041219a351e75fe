import { describe, expect, it } from 'vitest';
import { rvtoolsWorkbook } from '../../bench/import/generateInventory';
import { importFiles } from '../../shared/import/registry';
import { readXlsx } from '../../shared/import/test-support/importHelpers';
import type { ImportOptions, ImportResult } from '../../shared/import/types';
import { buildReport } from '../../shared/metrics/report';
import { transferablesOf } from '../store/documentSlices';
import { preparedFor } from '../store/prepared';
import { runImportJob } from './importJob';
import { receiveImport } from './runImport';
import type { WorkerReply } from './workerProtocol';

async function run(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<{ replies: WorkerReply[]; result: ImportResult; progress: number[] }> {
  const replies: WorkerReply[] = [];
  const buffer = bytes.slice().buffer;
  // Every reply crosses postMessage: it must survive the structured clone.
  await runImportJob({ files: [{ name, bytes: buffer }], options }, (r) =>
    replies.push(structuredClone(r, { transfer: r.type === 'plan' ? transferablesOf(r.part) : [] })),
    readXlsx,
  );
  let result: ImportResult | null = null;
  const progress: number[] = [];
  const receiver = receiveImport(
    (f) => progress.push(f),
    (r) => (result = r),
  );
  // The page takes them in one task each, as a worker's messages arrive.
  for (const reply of replies) {
    await new Promise((resolve) => setTimeout(resolve));
    receiver.receive(reply);
  }
  if (result === null) throw new Error('no result');
  return { replies, result, progress };
}

describe('the import worker and the page', () => {
  it('sends the imported plan in slices with its layout, worst failures and report, which New plan from import then takes', async () => {
    const { bytes } = rvtoolsWorkbook(300, 24);
    const direct = await importFiles([{ name: 'rv.xlsx', bytes }], {}, { readXlsx });
    if (!direct.ok) throw new Error(direct.message);
    const { replies, result, progress } = await run('rv.xlsx', bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan).toEqual(direct.plan);
    expect(result.warnings).toEqual(direct.warnings);
    expect(result.skipped).toEqual(direct.skipped);
    expect(progress.at(-1)).toBe(1);
    const kinds = replies.map((r) => (r.type === 'plan' ? r.part.type : r.type));
    expect(kinds.indexOf('imported')).toBeLessThan(kinds.indexOf('head'));
    expect(kinds).toContain('layout');
    // The worst failures cross packed as node indexes (shared/metrics/figuresTransfer.ts).
    expect(kinds.some((k) => k === 'failure' || k === 'packedFailure')).toBe(true);
    expect(kinds.at(-1)).toBe('report');
    const prepared = preparedFor(result.plan);
    expect(prepared?.layout?.boxes.size).toBe(result.plan.nodes.length);
    expect(await prepared?.report).toEqual(buildReport(result.plan));
    expect(prepared?.failures?.size).toBeGreaterThan(0);
  });

  it('ends with the failure, and no plan, when the import fails', async () => {
    const { replies, result } = await run('inventory.csv', new TextEncoder().encode('a,b\n1,2\n'));
    expect(result.ok).toBe(false);
    expect(replies.some((r) => r.type === 'plan')).toBe(false);
  });
});
