// The open document windows: one document each. Which one the menu and the OS talk to (the one
// focused last), which one sent an IPC request (by its web contents), and which one already shows
// a file. Generic over the window type so that it is tested without Electron.
import type { MenuState } from '../shared/actions/rules';
import type { DocumentSession } from './documentSession';
import type { PlanRequests } from './planRequests';

export interface DocumentWindow<W> {
  readonly window: W;
  /** Its web contents: what IPC events name as their sender. */
  readonly contents: unknown;
  readonly session: DocumentSession;
  readonly planRequests: PlanRequests;
  /** Its recovery slot (`document`, `document-2`, …): windows never share a copy. */
  readonly slot: string;
  menuState: MenuState | null;
}

export const FIRST_RECOVERY_SLOT = 'document';

export function recoverySlotName(index: number): string {
  return index <= 1 ? FIRST_RECOVERY_SLOT : `${FIRST_RECOVERY_SLOT}-${index}`;
}

/** `document` → 1, `document-3` → 3; null for a slot that is not a window's. */
export function recoverySlotIndex(slot: string): number | null {
  if (slot === FIRST_RECOVERY_SLOT) return 1;
  const match = /^document-([1-9][0-9]{0,3})$/.exec(slot);
  return match ? Number(match[1]) : null;
}

export class DocumentWindows<W> {
  private readonly entries: DocumentWindow<W>[] = [];
  private focusedEntry: DocumentWindow<W> | null = null;

  add(entry: DocumentWindow<W>): void {
    this.entries.push(entry);
    this.focusedEntry = entry;
  }

  /** Forgets a closed window; the menu then follows the window focused before it. */
  remove(window: W): void {
    const index = this.entries.findIndex((e) => e.window === window);
    if (index < 0) return;
    const [removed] = this.entries.splice(index, 1);
    if (this.focusedEntry === removed) this.focusedEntry = this.entries.at(-1) ?? null;
  }

  /** Says whether the focus moved to another window. */
  focus(window: W): boolean {
    const entry = this.of(window);
    if (!entry || entry === this.focusedEntry) return false;
    this.focusedEntry = entry;
    // Most recently focused last: closing it returns to the one before.
    this.entries.splice(this.entries.indexOf(entry), 1);
    this.entries.push(entry);
    return true;
  }

  /** The window focused last (the menu's and the OS's window), or null when none is open. */
  get focused(): DocumentWindow<W> | null {
    return this.focusedEntry;
  }

  of(window: W): DocumentWindow<W> | null {
    return this.entries.find((e) => e.window === window) ?? null;
  }

  bySender(contents: unknown): DocumentWindow<W> | null {
    if (contents === undefined || contents === null) return null;
    return this.entries.find((e) => e.contents === contents) ?? null;
  }

  /** The window whose document is this file (saved or opened there). */
  showing(path: string, samePath: (a: string, b: string) => boolean): DocumentWindow<W> | null {
    return (
      this.entries.find((e) => {
        const open = e.session.snapshot.path;
        return open !== null && samePath(open, path);
      }) ?? null
    );
  }

  /** The lowest recovery slot no open window uses. */
  freeSlot(): string {
    const used = new Set(this.entries.map((e) => e.slot));
    let index = 1;
    while (used.has(recoverySlotName(index))) index += 1;
    return recoverySlotName(index);
  }

  get size(): number {
    return this.entries.length;
  }

  all(): readonly DocumentWindow<W>[] {
    return [...this.entries];
  }
}
