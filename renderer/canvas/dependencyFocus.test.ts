import { describe, expect, it } from 'vitest';
import { dependencyFocus } from './dependencyFocus';

const links = [
  { id: 'a-b', from: 'a', to: 'b' },
  { id: 'b-c', from: 'b', to: 'c' },
  { id: 'x-a', from: 'x', to: 'a' },
  { id: 'y-z', from: 'y', to: 'z' },
  { id: 'c-a', from: 'c', to: 'a' },
];

describe('dependencyFocus', () => {
  it('follows what a node depends on and what depends on it, transitively, through cycles', () => {
    const focus = dependencyFocus(links, ['b']);
    expect([...focus.nodes].sort()).toEqual(['a', 'b', 'c', 'x']);
    expect([...focus.upstream].sort()).toEqual(['a-b', 'b-c', 'c-a']);
    expect(focus.downstream.has('x-a')).toBe(true);
    expect(focus.nodes.has('y')).toBe(false);
  });

  it('is empty for a selection without links', () => {
    expect(dependencyFocus(links, ['q']).nodes.size).toBe(0);
  });
});
