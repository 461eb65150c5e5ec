/**
 * What is read back from `lml.aside.<id>` keys: a well-formed entry, or, for
 * anything else, the raw text listed as unreadable (never dropped).
 */
import { describe, expect, it } from 'vitest';
import { isReadable, isStoredAside, parseAside } from '../../../src/store/kept-aside';

const entry = {
  v: 1,
  at: 1_764_000_000_000,
  reason: 'conflict',
  source: 'lml.editor',
  kind: 'code',
  item: 'gradient-descent/descent',
  name: 'Gradient descent, step by step',
  detail: '',
  text: 'const x = 1;',
};

describe('kept-aside entries', () => {
  it('reads a well-formed entry with its id', () => {
    const parsed = parseAside('abc', JSON.stringify(entry));
    expect(parsed).toEqual({ ...entry, id: 'abc' });
    expect(isReadable(parsed)).toBe(true);
  });

  it.each([
    ['a newer version', { v: 2 }],
    ['a time that is not a number', { at: '2026-12-01' }],
    ['an infinite time', { at: Number.POSITIVE_INFINITY }],
    ['an unknown reason', { reason: 'lost' }],
    ['an unknown kind', { kind: 'notebook' }],
    ['a source over 100 characters', { source: 'x'.repeat(101) }],
    ['an item over 300 characters', { item: 'x'.repeat(301) }],
    ['a name over 300 characters', { name: 'x'.repeat(301) }],
    ['a detail over 2,000 characters', { detail: 'x'.repeat(2001) }],
    ['text that is not a string', { text: 42 }],
  ])('lists %s as unreadable, keeping its raw text', (_what, change) => {
    const raw = JSON.stringify({ ...entry, ...change });
    expect(isStoredAside(JSON.parse(raw))).toBe(false);
    expect(parseAside('x', raw)).toEqual({ id: 'x', text: raw });
  });

  it('accepts the longest allowed strings and an empty item, and refuses non-objects and missing fields', () => {
    expect(isStoredAside({ ...entry, source: 'x'.repeat(100), item: '', name: 'x'.repeat(300), detail: 'x'.repeat(2000) })).toBe(true);
    for (const value of [null, 'text', 3, [entry]]) expect(isStoredAside(value)).toBe(false);
    const { name: _name, ...withoutName } = entry;
    expect(isStoredAside(withoutName)).toBe(false);
    expect(parseAside('y', 'not json')).toEqual({ id: 'y', text: 'not json' });
  });
});
