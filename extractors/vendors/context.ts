// Where a mention sits: its clause (a sentence cut at semicolons, since news round-ups list
// unrelated items in one sentence) and its section (the text since the last heading).
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { firstIndex, sentenceAt } from '../../pipeline/span.ts';

export interface Bounds {
  start: number;
  end: number;
}

/**
 * Where clauses meet inside a sentence: semicolons, and a comma before a word that starts
 * a new clause ("…, while the trust selected X"). Found once per article, so clause
 * lookups stay logarithmic.
 */
const CLAUSE_BREAK = /;|,(?= (?:while|whereas|but|meanwhile|although|and how|and that|and the|and a|and an) )/g;

export function semicolons(norm: string): number[] {
  const out: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(norm); m !== null; m = CLAUSE_BREAK.exec(norm)) out.push(m.index);
  return out;
}

/** Index of the first value >= x in a sorted array. */
export function lowerBound(sorted: readonly number[], x: number): number {
  return firstIndex(sorted.length, (i) => sorted[i]! >= x);
}

/** The clause around `offset`: its sentence, cut at clause breaks (`semis` from semicolons()). */
export function clauseAt(doc: Prepared, semis: readonly number[], offset: number): Bounds & { sentence: number } {
  if (doc.sentences.length === 0) return { start: 0, end: doc.text.length, sentence: 0 };
  const sentence = sentenceAt(doc.sentences, offset);
  const s = doc.sentences[sentence]!;
  let start = s.start;
  let end = s.end;
  const k = lowerBound(semis, offset);
  const before = k > 0 ? semis[k - 1]! : -1;
  if (before >= s.start) start = before + 1;
  const after = k < semis.length ? semis[k]! : -1;
  if (after >= 0 && after < s.end) end = after;
  return { start, end, sentence };
}

/** Index of the first sentence of the section holding sentence `index` (its heading, if any). */
export function sectionStart(heads: readonly number[], index: number, maxBack = 40): number {
  const k = lowerBound(heads, index + 1) - 1;
  const h = k >= 0 ? heads[k]! : -1;
  return h >= index - maxBack ? h : Math.max(0, index - maxBack);
}

const BULLET = /^\s*(?:[•·*▪‣◦-]|\d{1,2}[.)])\s/;
const MAX_BULLETS = 12;

/**
 * The bullet items a sentence introduces ("Lantum's platform can help you build a pool
 * that:" followed by "• … with Rocketpay"): what they name belongs to that sentence's subject.
 */
export function bulletsAfter(doc: Prepared, sentence: number): number[] {
  const s = doc.sentences[sentence];
  if (!s || !/:\s*$/.test(doc.norm.slice(Math.max(s.start, s.end - 4), s.end))) return [];
  const out: number[] = [];
  for (let i = sentence + 1; i < doc.sentences.length && out.length < MAX_BULLETS; i++) {
    const t = doc.sentences[i]!;
    // wink may or may not keep the bullet in the sentence: look at the line it starts
    let lineStart = t.start;
    while (lineStart > 0 && t.start - lineStart < 8 && doc.norm.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (!BULLET.test(doc.norm.slice(lineStart, t.start + 4))) break;
    out.push(i);
  }
  return out;
}
