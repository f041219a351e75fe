/**
 * The browser build's recovery copy as the next start would find it: the newer of IndexedDB's
 * (made and stored by the recovery worker) and web storage's (written as the page was left).
 */
import type { Page } from '@playwright/test';

/** The copy's document text, or null when there is none; `'exists'`: only whether there is one. */
export async function recoveryText(page: Page): Promise<string | null>;
export async function recoveryText(page: Page, only: 'exists'): Promise<boolean>;
export async function recoveryText(page: Page, only?: 'exists'): Promise<string | null | boolean> {
  return page.evaluate(async (exists) => {
    interface Copy {
      readonly text: string;
      readonly savedAt: string;
    }
    const fromDatabase = await new Promise<Copy | null>((resolve) => {
      const opening = indexedDB.open('strata-recovery', 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('copies');
      opening.onerror = () => resolve(null);
      opening.onsuccess = () => {
        const db = opening.result;
        const get = db.transaction('copies', 'readonly').objectStore('copies').get('copy');
        get.onsuccess = () => {
          db.close();
          resolve((get.result as Copy | undefined) ?? null);
        };
        get.onerror = () => {
          db.close();
          resolve(null);
        };
      };
    });
    const raw = window.localStorage.getItem('strata.recovery.v1');
    const fromStorage = raw === null ? null : (JSON.parse(raw) as Copy);
    const newer =
      fromDatabase && fromStorage
        ? Date.parse(fromStorage.savedAt) > Date.parse(fromDatabase.savedAt)
          ? fromStorage
          : fromDatabase
        : (fromDatabase ?? fromStorage);
    // Not the text when only asked whether there is one: returning megabytes is itself work.
    return exists ? newer !== null : (newer?.text ?? null);
  }, only === 'exists');
}
