// Article → Prepared: one wink-nlp pass per article gives tokens (with character offsets,
// part of speech and type) and sentences; sentences are also cut at line breaks, because
// headings and list items in scraped articles have no final full stop.
import type { Article } from './article.ts';
import { readDoc, its } from './nlp.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** universal POS tag from wink ("PROPN", "NOUN", "NUM", ...) */
  pos: string;
  /** wink token type ("word", "number", "punctuation", "tabCRLF", ...) */
  type: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** index of the first token and one past the last token in Prepared.tokens */
  tokenStart: number;
  tokenEnd: number;
  /** index of the paragraph (block of text between blank-or-line breaks) */
  paragraph: number;
}

export interface Prepared {
  article: Article;
  text: string;
  /**
   * A copy of text of the same length with typographic variants folded for matching:
   * curly quotes → straight, dashes → "-", non-breaking and other spaces → " ".
   * Offsets in `norm` are offsets in `text`.
   */
  norm: string;
  /** the date month-only and relative expressions resolve against: published header, else the run's --published, else null */
  referenceDate: string | null;
  sentences: Sentence[];
  tokens: Token[];
}

export function normaliseSameLength(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/**
 * A Prepared built without wink: one sentence and paragraph per line, no tokens. Extractors
 * run it at module load to warm up V8 on their own rules, before the first article.
 */
export function sketchPrepared(text: string): Prepared {
  const sentences: Sentence[] = [];
  let at = 0;
  text.split('\n').forEach((line, index) => {
    sentences.push({ index, start: at, end: at + line.length, text: line, tokenStart: 0, tokenEnd: 0, paragraph: index });
    at += line.length + 1;
  });
  return {
    article: { id: 'warm-up', source: 'warm-up', text, title: null, published: null, url: null, sha256: '' },
    text,
    norm: normaliseSameLength(text),
    referenceDate: null,
    sentences,
    tokens: [],
  };
}

/**
 * wink's tokeniser is quadratic in a token's length (50 000 letters without a space take
 * seconds). No word is 256 characters long, so wink reads a same-length copy in which every
 * 256th character of such a run is a space; offsets are unchanged. Text without such a run
 * (nearly all of it) is returned as it is, after one pass over its character codes.
 */
const LONG_RUN = 256;
/** A character JavaScript's \s matches, by code. */
export const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
export function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // printable ASCII other than the space is never white space: most characters stop here
    if (!(c > 32 && c < 127) && isSpaceCode(c)) {
      run = 0;
      continue;
    }
    if (++run < LONG_RUN) continue;
    (out ??= []).push(text.slice(copied, i), ' ');
    copied = i + 1;
    run = 0;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * wink reads the "m." of "worth £3m. The trust …" as an abbreviation and runs the two sentences
 * together. A sentence ends after a number's million/billion/thousand letter and its full stop
 * when a capitalised word (or an opening quote) follows after a space.
 */
const AMOUNT_ABBREVIATION = /^(?:m|bn|k|mn|b)\.$/i;
const SENTENCE_OPENING = /^["'\u201C\u2018(]?[A-Z]/;
function endsOnAmountAbbreviation(tokens: Token[], k: number, text: string): boolean {
  const t = tokens[k]!;
  if (t.text.length > 3 || !AMOUNT_ABBREVIATION.test(t.text)) return false;
  const number = tokens[k - 1];
  if (!number || number.type !== 'number' || number.end !== t.start) return false;
  const next = tokens[k + 1]!;
  return next.start > t.end && isSpaceCode(text.charCodeAt(t.end)) && SENTENCE_OPENING.test(text.slice(next.start, next.start + 2));
}

/** A word all in lower case ("found"), not a name written with one ("eConsult", "iPLATO"). */
const LOWER_CASE_WORD = /^[a-z]+(?![A-Za-z])/;

export function prepare(article: Article, runPublished: string | null = null): Prepared {
  const text = article.text;
  const winkText = breakLongRuns(text);
  const doc = readDoc(winkText);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Re-anchor wink tokens on the text it read: wink is lossless (spaces + values == text),
  // but we search forward rather than trust arithmetic so a library change cannot shift spans.
  // The token's text is then taken from the article (the two differ only in broken long runs).
  const same = winkText === text;
  const tokens: Token[] = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    let at = winkText.startsWith(value, cursor) ? cursor : winkText.indexOf(value, cursor);
    const found = at >= 0;
    if (!found) at = cursor;
    const end = at + value.length;
    // where wink's value was found in an unchanged text it is that text: no second copy
    tokens[i] = { start: at, end, text: same && found ? value : text.slice(at, end), pos: pos[i] ?? 'X', type: types[i] ?? 'word', sentence: 0 };
    cursor = end;
  }

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  const push = (t0: number, t1: number) => {
    // skip line-break and space tokens at the edges
    while (t0 < t1 && tokens[t0]!.type === 'tabCRLF') t0++;
    while (t1 > t0 && tokens[t1 - 1]!.type === 'tabCRLF') t1--;
    if (t0 >= t1) return;
    const start = tokens[t0]!.start;
    const end = tokens[t1 - 1]!.end;
    const newParagraph = /\n/.test(text.slice(lastEnd, start));
    const previous = sentences[sentences.length - 1];
    // wink also ends sentences inside "www.nhs.uk" and after "et al." or "pop.": a sentence that
    // starts with no space after the last, or with a lower-case word, continues it
    if (previous && !newParagraph && (start === lastEnd || LOWER_CASE_WORD.test(text.slice(start, start + 24)))) {
      for (let k = t0; k < t1; k++) tokens[k]!.sentence = previous.index;
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      previous.tokenEnd = t1;
      lastEnd = end;
      return;
    }
    if (newParagraph && previous) paragraph++;
    const index = sentences.length;
    for (let k = t0; k < t1; k++) tokens[k]!.sentence = index;
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart: t0, tokenEnd: t1, paragraph });
    lastEnd = end;
  };
  for (const [a, b] of sentSpans) {
    let from = a;
    for (let k = a; k <= b; k++) {
      if (tokens[k]!.type === 'tabCRLF' && tokens[k]!.text.includes('\n')) {
        push(from, k);
        from = k + 1;
      } else if (k < b && endsOnAmountAbbreviation(tokens, k, text)) {
        push(from, k + 1);
        from = k + 1;
      }
    }
    push(from, b + 1);
  }
  // Characters wink put in no sentence (leading line breaks) are covered by the nearest one.
  return {
    article,
    text,
    norm: normaliseSameLength(text),
    referenceDate: article.published ?? runPublished,
    sentences,
    tokens,
  };
}
