// Property tests (fast-check) on each extractor: for arbitrary Unicode text it never throws,
// and every span it returns lies inside the article with `text` equal to the slice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, type Extracted } from '../../extractors/index.ts';
import { prepareText } from '../helpers.ts';

/** Finds every span-like object ({start, end} numbers) in a record, with the text it claims. */
function spans(value: unknown, where: string, out: { where: string; start: number; end: number; text: string | null }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ where, start: o.start, end: o.end, text: typeof o.text === 'string' ? o.text : null });
    if (o.span && typeof o.span === 'object' && typeof o.text === 'string') {
      const s = o.span as { start: number; end: number };
      out.push({ where: `${where}.span`, start: s.start, end: s.end, text: o.text });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span') spans(v, `${where}.${k}`, out);
  }
  return out;
}

function badSpans(text: string, records: unknown[]): string[] {
  return spans(records, 'records')
    .filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length && (s.text === null || text.slice(s.start, s.end) === s.text)))
    .map((s) => `${s.where} [${s.start}, ${s.end}) ${JSON.stringify(s.text)} vs ${JSON.stringify(text.slice(s.start, s.end))}`);
}

// Pieces of the text extractors look for, mixed with arbitrary Unicode so that rules fire on odd neighbours.
const DOMAIN = ['NHS', 'Trust', 'ICS', 'by', 'March', '2025', '£2.5m', '40%', '1,200', 'patients', 'Ltd', 'EMIS', 'Cerner', 'Dr', 'Jane', 'Smith', 'chief', 'officer', 'of', 'the', 'Q3', 'end', 'until', '’s', '—', '\n', '\n\n', '.', ',', '(', ')', '"', 'per', 'week', 'million', 'half'];
const unicode = fc.string({ unit: 'binary', maxLength: 40 });
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...DOMAIN), unicode), { maxLength: 60 }).map((parts) => parts.join(' ')),
);

describe.each(EXTRACTORS.map((e) => [e.kind, e] as const))('%s extractor on arbitrary text', (kind, extractor) => {
  const index = EXTRACTORS.indexOf(extractor);
  it('never throws, and every span matches the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = prepareText(t, { published: '2024-06-01' });
        const upstream: Partial<Extracted> = {};
        for (const e of EXTRACTORS.slice(0, index)) (upstream as Record<string, unknown>)[e.kind] = e.run(doc, Object.freeze({ ...upstream }));
        const records = extractor.run(doc, Object.freeze({ ...upstream }));
        expect(Array.isArray(records), `${kind} returns a list`).toBe(true);
        expect(badSpans(doc.text, records)).toEqual([]);
      }),
      { numRuns: 300, seed: 20241122 },
    );
  });
});

it('the span check itself catches a wrong span', () => {
  expect(badSpans('abc', [{ text: 'b', span: { start: 0, end: 1 } }])).toHaveLength(1);
  expect(badSpans('abc', [{ mentions: [{ start: 2, end: 4, text: 'c' }] }])).toHaveLength(1);
  expect(badSpans('abc', [{ text: 'b', span: { start: 1, end: 2 } }])).toEqual([]);
});
