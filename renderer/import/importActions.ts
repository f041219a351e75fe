/** File ▸ Import…, and what a dropped file is: a plan to open, or an inventory to import. */
import { bindAction } from '../actions/bindAction';
import type { Action } from '../actions/types';
import type { FilesDocument } from '../files/filesDocument';

export function openImportDialog(
  doc: Pick<FilesDocument, 'files'>,
  files: readonly File[] = [],
): void {
  doc.files.store.setState({ importDialog: files });
}

export function importActions(doc: Pick<FilesDocument, 'files'>): Action[] {
  return [bindAction('file-import', () => openImportDialog(doc))];
}

const INVENTORY = /\.(xlsx|csv|tsv|txt|ya?ml)$/i;

/** True for an inventory; a `.json` is one unless it is a Strata plan. */
export async function isInventory(file: File): Promise<boolean> {
  if (INVENTORY.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = await file.slice(0, 4096).text();
  return !/"format"\s*:\s*"strata-plan"/.test(head);
}
