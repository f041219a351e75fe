import { describe, expect, it } from 'vitest';
import { parseCellNumber, parseCpus, parseDockerBytes, parseK8sQuantity } from './numbers';

describe('parseCellNumber', () => {
  it.each([
    [16384, 16384],
    ['16384', 16384],
    ['16,384', 16384],
    ['16.384', 16384],
    ['16 384', 16384],
    ['1\u00a0048\u00a0576', 1048576],
    ["1'024", 1024],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    [' 8 ', 8],
    ['-2', -2],
  ])('%j → %d', (input, expected) => expect(parseCellNumber(input)).toBe(expected));

  it.each([[''], ['four'], ['1,2,3x'], [null], [undefined], [Number.NaN], [true]])(
    '%j → null',
    (input) => expect(parseCellNumber(input)).toBeNull(),
  );
});

describe('Kubernetes quantities', () => {
  it.each([
    ['250m', 0.25],
    ['0.5', 0.5],
    ['2', 2],
    [2, 2],
    ['512Mi', 512 * 1024 ** 2],
    ['1Gi', 1024 ** 3],
    ['1G', 1e9],
    ['128974848', 128974848],
    ['129e6', 129e6],
    ['32868872Ki', 32868872 * 1024],
  ])('%j → %d', (input, expected) => expect(parseK8sQuantity(input)).toBeCloseTo(expected, 6));

  it.each([['1 GB'], ['abc'], ['-1'], [''], [{}]])('%j → null', (input) =>
    expect(parseK8sQuantity(input)).toBeNull(),
  );
});

describe('Docker sizes and CPUs, binary as Docker reads them', () => {
  it.each([
    ['512m', 512 * 1024 ** 2],
    ['256M', 256 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['4G', 4 * 1024 ** 3],
    ['1gb', 1024 ** 3],
    ['300k', 300 * 1024],
    [1048576, 1048576],
  ])('%j → %d bytes', (input, expected) => expect(parseDockerBytes(input)).toBe(expected));

  it('refuses what Docker would refuse', () => {
    expect(parseDockerBytes('1 zb')).toBeNull();
    expect(parseDockerBytes('lots')).toBeNull();
    expect(parseCpus('0.5')).toBe(0.5);
    expect(parseCpus(1.5)).toBe(1.5);
    expect(parseCpus('half')).toBeNull();
  });
});
