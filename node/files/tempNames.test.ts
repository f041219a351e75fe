import { describe, expect, it } from 'vitest';
import { isLegacyTempOf, parseTempName, tempNameFor } from './tempNames';

describe('temp file names', () => {
  it('are hidden, name the target and the process, and parse back', () => {
    const name = tempNameFor('rack.strata', 4242);
    expect(name).toMatch(/^\.rack\.strata\.strata-tmp-4242-[0-9a-f]{12}$/);
    expect(parseTempName(name)).toEqual({ target: 'rack.strata', truncated: false, pid: 4242 });
    expect(tempNameFor('rack.strata', 4242)).not.toBe(name);
  });

  it('fit a long name within 255 bytes, marked as shortened', () => {
    const long = `${'é'.repeat(120)}.strata`;
    const name = tempNameFor(long, 1);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    const parsed = parseTempName(name);
    expect(parsed?.truncated).toBe(true);
    expect(long.startsWith(parsed?.target ?? '?')).toBe(true);
  });

  it('recognise nothing else', () => {
    for (const other of [
      'rack.strata',
      '.rack.strata',
      '.rack.strata.strata-tmp-x-00',
      'a.strata-tmp-1-abcdef01',
    ]) {
      expect(parseTempName(other)).toBeNull();
    }
  });

  it("know write-file-atomic's NAME.DIGITS only for the given file", () => {
    expect(isLegacyTempOf('rack.strata.3735928559', 'rack.strata')).toBe(true);
    expect(isLegacyTempOf('rack.strata.12ab', 'rack.strata')).toBe(false);
    expect(isLegacyTempOf('rack.strata.3735928559', 'other.strata')).toBe(false);
  });
});
