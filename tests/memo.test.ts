import { describe, expect, it } from 'vitest';
import { forLastText, perKey } from '../extractors/memo.ts';

describe('perKey', () => {
  it('computes once per key object and apart for each key', () => {
    const calls: object[] = [];
    const sizeOf = perKey((k: { items: number[] }) => (calls.push(k), k.items.length));
    const a = { items: [1, 2] };
    const b = { items: [1, 2, 3] };
    expect([sizeOf(a), sizeOf(a), sizeOf(b), sizeOf(a)]).toEqual([2, 2, 3, 2]);
    expect(calls).toEqual([a, b]);
  });
  it('keeps a computed undefined or null without computing it again', () => {
    let calls = 0;
    const nothing = perKey((_: object) => (calls++, undefined));
    const k = {};
    nothing(k);
    nothing(k);
    expect(calls).toBe(1);
  });
});

describe('forLastText', () => {
  it('computes again only when the text changes', () => {
    const seen: string[] = [];
    const upper = forLastText((t) => (seen.push(t), t.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b', 'a']);
  });
});
