// The one place spans are built and checked. A span is 0-based UTF-16 offsets into
// article.text, end exclusive, so text.slice(start, end) === record.text.
import type { Span, Mention } from './schema.ts';

export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`bad span [${start}, ${end})`);
  }
  return { start, end };
}

/** True when the span lies inside `text` and its slice equals `expected`. */
export function spanMatches(text: string, s: Span, expected: string): boolean {
  return s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === expected;
}

/**
 * The first index in [0, length) at which `reached` holds, or `length` when it never does.
 * `reached` must be false up to some index and true from there on (a sorted list's
 * "start >= offset", say); every sorted-span lookup in the pipeline is this one search.
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first item that starts at or after `offset` (items sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  return firstIndex(items.length, (i) => items[i]!.start >= offset);
}

/** Index of the sentence that contains `offset` (binary search over sorted sentence starts). */
export function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): number {
  return Math.max(0, firstIndex(sentences.length, (i) => sentences[i]!.start > offset) - 1);
}

export function mention(text: string, sentences: readonly { start: number; end: number }[], start: number, end: number): Mention {
  const s = span(start, end);
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end), sentence: sentenceAt(sentences, s.start) };
}

/** Trim white space from both ends of [start, end) and return the tightened span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return span(start, end);
}

/**
 * A test for "does [start, end) overlap any of these spans?" in O(log n): the spans are
 * merged into a sorted list of disjoint runs once, then each query is a binary search.
 * Extractors ask this for every candidate, so a linear scan would make them quadratic.
 */
export function overlapTest(spans: Iterable<readonly [number, number]>): (start: number, end: number) => boolean {
  const sorted = [...spans].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of sorted) {
    if (starts.length > 0 && s < ends[ends.length - 1]!) ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, e);
    else (starts.push(s), ends.push(e));
  }
  return (start, end) => {
    // the first run that ends after `start`; runs are disjoint, so ends are increasing
    const k = firstIndex(ends.length, (i) => ends[i]! > start);
    return k < starts.length && starts[k]! < end;
  };
}
