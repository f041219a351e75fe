import { describe, expect, it } from 'vitest';
import { MENU_ACTION_IDS } from '../../shared/bridge';
import { createFiles } from '../files/filesStore';
import { importActions, isInventory } from './importActions';

describe('importActions', () => {
  it('registers the menu item file-import, which opens the dialog', () => {
    const files = createFiles();
    const [action] = importActions({ files });
    expect(MENU_ACTION_IDS).toContain(action?.id);
    expect(action).toMatchObject({ id: 'file-import', label: 'Import…' });
    action?.perform({ source: 'menu', doc: {} as never });
    expect(files.store.getState().importDialog).toEqual([]);
  });

  it('tells an inventory from a plan when a file is dropped', async () => {
    const file = (name: string, text: string) => new File([text], name);
    expect(await isInventory(file('RVTools_export_all.xlsx', 'PK'))).toBe(true);
    expect(await isInventory(file('compose.yaml', 'services: {}'))).toBe(true);
    expect(await isInventory(file('resources.json', '[{"type":"node"}]'))).toBe(true);
    expect(await isInventory(file('plan.json', '{"format": "strata-plan", "version": 1}'))).toBe(
      false,
    );
    expect(await isInventory(file('plan.strata', '{}'))).toBe(false);
    expect(await isInventory(file('plan.png', ''))).toBe(false);
  });
});
