/** A setting of the window remembered between sessions in localStorage (browser and desktop alike). */

export function readRemembered(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeRemembered(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode): the setting still applies for this session.
  }
}
