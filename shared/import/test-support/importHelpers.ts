/** Running the importers in tests: files from text or bytes, the Node-side xlsx reader, the plan's nodes by kind. */
import readXlsxFile from 'read-excel-file/universal';
import type { NodeKind, NodeOfKind } from '../../model/nodes';
import type { Plan } from '../../model/plan';
import { importFiles } from '../registry';
import type { ImportFile, ImportOptions, ImportResult, ImportSuccess, XlsxReader } from '../types';

export const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(data, { sheets: options.sheets ? [...options.sheets] : undefined } as never);

export function file(name: string, content: string | Uint8Array): ImportFile {
  return { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

export function run(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importFiles(files, options, { readXlsx });
}

export async function ok(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<ImportSuccess> {
  const result = await run(files, options);
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  return result;
}

export async function failure(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<string> {
  const result = await run(files, options);
  if (result.ok) throw new Error('import succeeded, a failure was expected');
  return result.message;
}

export function ofKind<K extends NodeKind>(plan: Plan, kind: K): NodeOfKind<K>[] {
  return plan.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
}

export function byName(plan: Plan, name: string) {
  const node = plan.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node named ${name}`);
  return node;
}
