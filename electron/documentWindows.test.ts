import { describe, expect, it } from 'vitest';
import type { DocumentSession } from './documentSession';
import {
  DocumentWindows,
  recoverySlotIndex,
  recoverySlotName,
  type DocumentWindow,
} from './documentWindows';
import { createPlanRequests } from './planRequests';

function entry(name: string, slot: string, path: string | null = null): DocumentWindow<string> {
  const session = { snapshot: { path, dirty: false, title: name } } as unknown as DocumentSession;
  return {
    window: name,
    contents: { name },
    session,
    planRequests: createPlanRequests(() => undefined),
    slot,
    menuState: null,
  };
}

describe('DocumentWindows', () => {
  it('follows the focus, and falls back to the window focused before a closed one', () => {
    const windows = new DocumentWindows<string>();
    windows.add(entry('a', 'document'));
    windows.add(entry('b', 'document-2'));
    windows.add(entry('c', 'document-3'));
    expect(windows.focused?.window).toBe('c');
    expect(windows.focus('a')).toBe(true);
    expect(windows.focus('a')).toBe(false);
    windows.remove('a');
    expect(windows.focused?.window).toBe('c');
    windows.remove('c');
    windows.remove('b');
    expect(windows.focused).toBeNull();
    expect(windows.size).toBe(0);
  });

  it('finds a window by its web contents and by the file it shows', () => {
    const windows = new DocumentWindows<string>();
    const a = entry('a', 'document', '/plans/Rack.strata');
    windows.add(a);
    expect(windows.bySender(a.contents)).toBe(a);
    expect(windows.bySender({ name: 'a' })).toBeNull();
    expect(windows.bySender(undefined)).toBeNull();
    const insensitive = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
    expect(windows.showing('/plans/rack.strata', insensitive)).toBe(a);
    expect(windows.showing('/plans/rack.strata', (x, y) => x === y)).toBeNull();
  });

  it('gives each window a recovery slot of its own, reusing freed ones', () => {
    const windows = new DocumentWindows<string>();
    expect(windows.freeSlot()).toBe('document');
    windows.add(entry('a', 'document'));
    windows.add(entry('b', windows.freeSlot()));
    expect(windows.all().map((e) => e.slot)).toEqual(['document', 'document-2']);
    windows.remove('a');
    expect(windows.freeSlot()).toBe('document');
    expect(recoverySlotName(3)).toBe('document-3');
    expect(recoverySlotIndex('document')).toBe(1);
    expect(recoverySlotIndex('document-12')).toBe(12);
    expect(recoverySlotIndex('other')).toBeNull();
    expect(recoverySlotIndex('document-0')).toBeNull();
  });
});
