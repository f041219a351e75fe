import { describe, expect, it } from 'vitest';
import { contextMenuGroups } from './contextMenu';

describe('contextMenuGroups', () => {
  it('offers a card the editing actions, Find and Tidy', () => {
    expect(contextMenuGroups('card')).toEqual([
      ['edit-cut', 'edit-copy', 'edit-paste', 'edit-duplicate', 'edit-delete', 'edit-find'],
      ['view-tidy'],
    ]);
  });

  it('offers the canvas Paste, Select All, Find, the zooms and Tidy', () => {
    expect(contextMenuGroups('canvas')).toEqual([
      ['edit-paste', 'edit-select-all', 'edit-find'],
      ['view-zoom-fit', 'view-zoom-reset', 'view-tidy'],
    ]);
  });
});
