// The native dialogs behind the session's interface, against the fake `electron` module.
import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './test-support/fakeElectron';
import { electronDialogs, readOnlyPrompt, unsavedPrompt } from './electronAdapters';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./test-support/fakeElectron');
  return createFakeElectron({});
});

const fake = (await import('electron')) as unknown as FakeElectron;

describe('native prompts', () => {
  it('asks before replacing a read-only file: Replace or Cancel, Cancel by default', async () => {
    const dialogs = electronDialogs(() => null);
    fake.dialog.messageResponses.push(0, 1);
    expect(await dialogs.askOverwriteReadOnly('plan.strata')).toBe(true);
    expect(await dialogs.askOverwriteReadOnly('plan.strata')).toBe(false);
    // Closed with Escape: the cancel button's answer.
    expect(await dialogs.askOverwriteReadOnly('plan.strata')).toBe(false);
    expect(fake.dialog.messages).toEqual([
      '"plan.strata" is read-only. Do you want to replace it?',
      '"plan.strata" is read-only. Do you want to replace it?',
      '"plan.strata" is read-only. Do you want to replace it?',
    ]);
    expect(readOnlyPrompt('x')).toMatchObject({
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
  });

  it('keeps the unsaved-changes prompt as it was', () => {
    expect(unsavedPrompt('rack.strata')).toMatchObject({
      buttons: ['Save', "Don't Save", 'Cancel'],
      cancelId: 2,
    });
  });
});
