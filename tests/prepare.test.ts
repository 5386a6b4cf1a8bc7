// The prepare stage's text helpers: wink reads a same-length copy of the article, so every
// offset it gives is an offset in the article.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongRuns, normaliseSameLength } from '../pipeline/2-prepare.ts';
import { prepareText } from './helpers.ts';

// The definition breakLongRuns implements: every 256th character of a run without white space becomes a space.
const byRegex = (text: string) => text.replace(/\S{256}/g, (run) => `${run.slice(0, -1)} `);

describe('breakLongRuns', () => {
  it('returns text without a 256-character run unchanged (the same string)', () => {
    const text = `${'a'.repeat(255)} ${'b'.repeat(255)}\n${'c'.repeat(255)}`;
    expect(breakLongRuns(text)).toBe(text);
  });

  it('puts a space at every 256th character of a long run, keeping the length', () => {
    const out = breakLongRuns(`x ${'a'.repeat(600)} y`);
    expect(out.length).toBe(604);
    expect([...out.matchAll(/ /g)].map((m) => m.index)).toEqual([1, 257, 513, 602]);
  });

  it('agrees with the regular-expression definition on any mix of letters and white space', () => {
    const chars = fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '’', '😀');
    fc.assert(
      fc.property(fc.array(fc.tuple(chars, fc.nat(700)), { maxLength: 12 }), (pieces) => {
        const text = pieces.map(([c, n]) => c.repeat(n % 3 === 0 ? n : 1 + (n % 5))).join('');
        expect(breakLongRuns(text)).toBe(byRegex(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('prepare', () => {
  it('anchors every token on the article text, also inside a broken long run', () => {
    const text = `Leeds ${'z'.repeat(700)} said “the ICS’s plan” — by 2025.\nNext line.`;
    const doc = prepareText(text);
    for (const t of doc.tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    expect(doc.norm.length).toBe(text.length);
    expect(normaliseSameLength(text)).toBe(doc.norm);
    expect(doc.sentences.at(-1)!.text).toBe('Next line.');
  });

  it('ends a sentence after an amount written "£3m." when a capitalised word follows, which wink runs on', () => {
    const sentences = (text: string) => prepareText(text).sentences.map((s) => s.text);
    expect(sentences('The deal is worth £3m. Royal Cornwall is next.')).toEqual(['The deal is worth £3m.', 'Royal Cornwall is next.']);
    expect(sentences('It cost £3.5bn. "We are pleased," she said.')).toEqual(['It cost £3.5bn.', '"We are pleased," she said.']);
    expect(sentences('It serves 40k. The trust said so.')).toEqual(['It serves 40k.', 'The trust said so.']);
    // not at a lower-case word, and not at an abbreviation that is no amount
    expect(sentences('It cost £3m. and more.')).toEqual(['It cost £3m. and more.']);
    expect(sentences('He met Dr. Jones today.')).toEqual(['He met Dr. Jones today.']);
  });

  it('keeps a web address, "et al." and a stray full stop before a lower-case word inside one sentence, but not across a line break', () => {
    const sentences = (text: string) => prepareText(text).sentences.map((s) => s.text);
    expect(sentences('Visit www.nhs.uk/apps for details. The trust said.')).toEqual(['Visit www.nhs.uk/apps for details.', 'The trust said.']);
    expect(sentences('Smith et al. found gains. Next.')).toEqual(['Smith et al. found gains.', 'Next.']);
    // a name written with a lower-case first letter starts a sentence
    expect(sentences('It ends. eConsult is next.')).toEqual(['It ends.', 'eConsult is next.']);
    expect(sentences('Title\n\nfirst line lower. Next')).toEqual(['Title', 'first line lower.', 'Next']);
  });
});
