/**
 * localStorage can throw (disabled storage, some private modes). Preferences are a comfort,
 * never a requirement, so failures read as "nothing saved" and writes are dropped.
 */
export function readSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // The preference simply does not survive a reload.
  }
}
