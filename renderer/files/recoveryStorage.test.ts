import { describe, expect, it } from 'vitest';
import {
  RECOVERY_KEY,
  clearRecoveryCopy,
  readRecoveryCopy,
  writeRecoveryCopy,
  type KeyValueStorage,
} from './recoveryStorage';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('recovery storage', () => {
  it('keeps the latest copy with its file name and time', () => {
    const storage = memoryStorage();
    expect(readRecoveryCopy(storage)).toBeNull();
    expect(writeRecoveryCopy(storage, '{"a":1}', null, new Date('2025-01-02T03:04:05Z'))).toBe(
      true,
    );
    expect(
      writeRecoveryCopy(storage, '{"a":2}', 'rack.strata', new Date('2025-01-02T03:04:10Z')),
    ).toBe(true);
    expect(readRecoveryCopy(storage)).toEqual({
      text: '{"a":2}',
      name: 'rack.strata',
      savedAt: '2025-01-02T03:04:10.000Z',
    });
    clearRecoveryCopy(storage);
    expect(readRecoveryCopy(storage)).toBeNull();
  });

  it('drops what is not a copy', () => {
    for (const raw of [
      'nope',
      '[]',
      '{"text":1,"savedAt":"2025-01-01T00:00:00Z","name":null}',
      '{"text":"x","savedAt":"never","name":null}',
      '{"text":"x","savedAt":"2025-01-01T00:00:00Z","name":3}',
    ]) {
      const storage = memoryStorage();
      storage.map.set(RECOVERY_KEY, raw);
      expect(readRecoveryCopy(storage)).toBeNull();
      expect(storage.map.has(RECOVERY_KEY)).toBe(false);
    }
  });

  it('survives storage that refuses (full or disabled)', () => {
    const full: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(writeRecoveryCopy(full, 'x', null)).toBe(false);
    expect(readRecoveryCopy(full)).toBeNull();
    expect(() => clearRecoveryCopy(full)).not.toThrow();
    expect(writeRecoveryCopy(null, 'x', null)).toBe(false);
  });
});
