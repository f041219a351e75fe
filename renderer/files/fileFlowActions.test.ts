import { describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { MENU_ACTION_IDS } from '../../shared/bridge';
import { shortcutFor } from '../actions/bindAction';
import type { Action, ActionDocument } from '../actions/types';
import { fileFlowActions } from './fileFlowActions';
import type { FileFlows } from './fileFlows';

/** The flows are fakes: the actions never touch the document themselves. */
const doc = {} as ActionDocument;

function fakeFlows(): FileFlows & { calls: string[] } {
  const calls: string[] = [];
  const call = (name: string) => () => {
    calls.push(name);
    return Promise.resolve();
  };
  return {
    calls,
    open: call('open'),
    openFile: call('openFile'),
    adopt: call('adopt'),
    replaceDocument: (run, action) => {
      calls.push(`replace: ${formatMessage(ENGLISH, action)}`);
      run();
      return Promise.resolve();
    },
    save: call('save'),
    saveAs: call('saveAs'),
    exportPng: call('exportPng'),
    exportPicture: call('exportPicture'),
    exportJson: call('exportJson'),
    exportReport: call('exportReport'),
    close: call('close'),
    offerRecovery: call('offerRecovery'),
    isBusy: () => false,
  };
}

const newPlan: Action = {
  id: 'file-new',
  label: 'New plan',
  enabled: () => true,
  perform: vi.fn(),
};
const about: Action = {
  id: 'help-about',
  label: 'About Strata',
  enabled: () => true,
  perform: vi.fn(),
};
const example: Action = {
  id: 'example-lab',
  label: 'Home lab',
  enabled: () => true,
  perform: vi.fn(),
};

describe('fileFlowActions', () => {
  it('registers every file item of the desktop menu, with the usual shortcuts', () => {
    const actions = fileFlowActions(fakeFlows(), () => undefined, []);
    const ids = actions.map((a) => a.id);
    for (const id of MENU_ACTION_IDS.filter(
      (i) => i.startsWith('file-') || i.startsWith('export-'),
    )) {
      // file-import is registered with the import dialog (renderer/import/importActions.ts).
      if (id !== 'file-new' && id !== 'file-import') expect(ids).toContain(id);
    }
    const shortcut = (id: string): string | undefined =>
      actions.some((a) => a.id === id) ? shortcutFor(id, 'other') : undefined;
    expect(shortcut('file-open')).toBe('Mod+O');
    expect(shortcut('file-save')).toBe('Mod+S');
    expect(shortcut('file-save-as')).toBe('Mod+Shift+S');
    expect(shortcut('export-png')).toBe('Mod+Shift+E');
  });

  it('dispatches each to its flow', () => {
    const flows = fakeFlows();
    const showDialog = vi.fn();
    const actions = fileFlowActions(flows, showDialog, []);
    for (const id of [
      'file-open',
      'file-save',
      'file-save-as',
      'export-png',
      'export-svg',
      'export-json',
      'export-report',
      'export-report-json',
      'file-close',
    ]) {
      actions.find((a) => a.id === id)?.perform({ source: 'menu', doc });
    }
    expect(flows.calls).toEqual(['open', 'save', 'saveAs', 'exportJson', 'exportReport', 'close']);
    // PNG, SVG and the PDF report ask for their options first.
    expect(showDialog.mock.calls).toEqual([['png'], ['svg'], ['pdf']]);
  });

  it('wraps New and the examples so that they settle unsaved changes first', () => {
    const flows = fakeFlows();
    const actions = fileFlowActions(flows, () => undefined, [newPlan, example, about]);
    const wrappedNew = actions.find((a) => a.id === 'file-new');
    expect(wrappedNew).toMatchObject({ label: 'New plan' });
    // About replaces nothing: it is passed through as it is, without a prompt.
    expect(actions.find((a) => a.id === 'help-about')).toBe(about);
    wrappedNew?.perform({ source: 'keyboard', doc });
    actions.find((a) => a.id === 'example-lab')?.perform({ source: 'toolbar', doc });
    expect(flows.calls).toEqual([
      'replace: starting a new plan',
      'replace: opening the example “Home lab”',
    ]);
    expect(newPlan.perform).toHaveBeenCalledWith({ source: 'keyboard', doc });
    expect(example.perform).toHaveBeenCalledOnce();
  });
});
