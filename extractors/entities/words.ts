// One pass over the article's normalised text: the words every rule walks over, with the gap
// before each word, its sentence and paragraph. Rules compare words and gaps, never re-scan
// the text, so each rule is linear in the number of words it looks at.
import type { Prepared } from '../../pipeline/2-prepare.ts';

export interface Word {
  /** char offsets in doc.text (and doc.norm) */
  s: number;
  e: number;
  /** the word as written in the normalised text ("Guy's", "OX.DH", "Stoke-on-Trent") */
  t: string;
  /** the word without a trailing possessive ("Trust's" → "Trust") */
  bare: string;
  possessive: boolean;
  cap: boolean;
  /** two or more letters, all upper case ("UHCW", "IC24") */
  upper: boolean;
  /** the text between the previous word and this one: ' ' for plain spaces, 'NL' when it holds a line break, else the text itself (at most 8 chars, else 'LONG') */
  gap: string;
  sent: number;
  para: number;
  /** first word of its sentence or line */
  first: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['.&@+-](?=[\p{L}\p{N}]))*'?/gu;
const UPPER = /^[\p{Lu}][\p{Lu}\p{N}&+]+s?$/u;
const CAP = /^[\p{Lu}]/u;

export interface WordIndex {
  words: Word[];
  /** word index by its start offset */
  byStart: Map<number, number>;
}

export function indexWords(doc: Prepared): WordIndex {
  const norm = doc.norm;
  const sentences = doc.sentences;
  const words: Word[] = [];
  const byStart = new Map<number, number>();
  let si = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m !== null; m = WORD.exec(norm)) {
    let t = m[0];
    // a trailing apostrophe is a possessive only after s ("St Thomas'"); otherwise it closes a quote
    if (t.endsWith("'") && !t.endsWith("s'")) t = t.slice(0, -1);
    if (t.length === 0) continue;
    const s = m.index;
    const e = s + t.length;
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= s) si++;
    const sent = sentences.length ? si : 0;
    const gapLen = s - prevEnd;
    let gap: string;
    if (gapLen <= 8) {
      gap = norm.slice(prevEnd, s);
      if (/^[ \t]+$/.test(gap)) gap = ' ';
      else if (gap.includes('\n')) gap = 'NL';
    } else gap = norm.slice(prevEnd, s).includes('\n') ? 'NL' : 'LONG';
    const prev = words[words.length - 1];
    const first = !prev || prev.sent !== sent || gap === 'NL';
    let bare = t;
    let possessive = false;
    if (/'s$/.test(t) && t.length > 2) {
      bare = t.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(t)) {
      bare = t.slice(0, -1);
      possessive = true;
    }
    byStart.set(s, words.length);
    words.push({
      s,
      e,
      t,
      bare,
      possessive,
      cap: CAP.test(t),
      upper: t.length >= 2 && UPPER.test(bare),
      gap,
      sent,
      para: sentences[sent]?.paragraph ?? 0,
      first,
    });
    prevEnd = e;
  }
  return { words, byStart };
}

/** True when words a and a+1 are joined by plain spaces only. */
export const joined = (words: readonly Word[], a: number) => a + 1 < words.length && words[a + 1]!.gap === ' ';
