// overlapTest answers "does this span overlap any of those?" by binary search; it must agree
// with the obvious linear scan on any set of spans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex, overlapTest, sentenceAt } from '../pipeline/span.ts';

const spanArb = fc.tuple(fc.nat(200), fc.nat(30)).map(([s, len]) => [s, s + len + 1] as const);

describe('overlapTest', () => {
  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 40 }), fc.array(spanArb, { maxLength: 40 }), (taken, queries) => {
        const fast = overlapTest(taken);
        for (const [a, b] of queries) expect(fast(a, b), `[${a}, ${b})`).toBe(taken.some(([s, e]) => a < e && s < b));
      }),
    );
  });
  it('treats touching spans as apart and nested ones as overlapping', () => {
    const t = overlapTest([[10, 20], [15, 40], [50, 60]]);
    expect([t(0, 10), t(40, 50), t(60, 70), t(39, 41), t(55, 56), t(0, 100)]).toEqual([false, false, false, true, true, true]);
    expect(overlapTest([])(0, 10)).toBe(false);
  });
});

describe('firstIndex', () => {
  it('finds the first index where a monotone test turns true, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)).map((a) => a.sort((x, y) => x - y)), fc.nat(60), (sorted, x) => {
        const linear = sorted.findIndex((v) => v >= x);
        expect(firstIndex(sorted.length, (i) => sorted[i]! >= x)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
  it('places an offset in its sentence, the first one for offsets before any', () => {
    const sentences = [{ start: 5, end: 10 }, { start: 12, end: 20 }, { start: 20, end: 30 }];
    expect([0, 5, 11, 12, 19, 20, 99].map((o) => sentenceAt(sentences, o))).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(sentenceAt([], 3)).toBe(0);
  });
});
