import { describe, expect, it } from 'vitest';
import { BUILT_IN_PALETTES, mixColors, parseColor, readPalette } from './palette';

describe('export palette', () => {
  it('parses hex and rgb colours', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor(' #2563EB ')).toEqual([37, 99, 235]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3]);
    expect(parseColor('var(--x)')).toBeNull();
  });

  it('mixes like color-mix in srgb', () => {
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColors('#ff0000', '#0000ff', 0.25)).toBe('#4000bf');
    expect(mixColors('nonsense', '#123456', 0.5)).toBe('#123456');
  });

  it('reads the theme’s custom properties, falling back to the built-in colours', () => {
    const vars: Record<string, string> = {
      '--canvas': ' #101010',
      '--k-vm': '#00ff00',
      '--text': 'bogus',
    };
    const palette = readPalette('dark', (name) => vars[name] ?? '');
    expect(palette.background).toBe('#101010');
    expect(palette.kinds.vm).toBe('#00ff00');
    expect(palette.text).toBe(BUILT_IN_PALETTES.dark.text);
    expect(palette.card).toBe(BUILT_IN_PALETTES.dark.card);
  });
});
