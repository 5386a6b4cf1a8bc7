// One pass over the article's normalised text: the words every rule walks over, with the gap
// before each word, its sentence and paragraph. Rules compare words and gaps, never re-scan
// the text, so each rule is linear in the number of words it looks at.
import type { Prepared } from '../../pipeline/2-prepare.ts';

export const CAP = 1;
export const UPPER = 2;
export const POSSESSIVE = 4;
export const FIRST = 8;
/** in WordIndex.flags only: the gap before the word is plain spaces */
export const SPACED = 16;
/** in WordIndex.flags only: the gap before the word is ", " */
export const COMMA = 32;
/** in WordIndex.flags only: an upper-case letter after the first character ("ReStart", "iPhone") */
export const INNER = 64;
/** in WordIndex.flags only: the word is one of TRIGGER_WORDS */
export const TRIG = 128;
/** in WordIndex.flags only: a capitalised word ending in M, ™ or ® (a possible trademark) */
export const TMEND = 256;

/** Words some rule starts from ("app", "systems", "company", …): the rules add theirs at module load; indexWords marks them with TRIG. */
export const TRIGGER_WORDS = new Set<string>();
/** (first char code < 128, length < 32) pairs of TRIGGER_WORDS, so most words skip the set lookup (hashing a fresh string) */
const triggerShape = new Uint8Array(128 * 32);
let triggerShapeSize = -1;
function mayTrigger(t: string): boolean {
  if (triggerShapeSize !== TRIGGER_WORDS.size) {
    triggerShape.fill(0);
    for (const x of TRIGGER_WORDS) triggerShape[x.charCodeAt(0) < 128 && x.length < 32 ? x.charCodeAt(0) * 32 + x.length : 0] = 1;
    // index 0 stands for every word outside the table's range
    triggerShapeSize = TRIGGER_WORDS.size;
  }
  const c = t.charCodeAt(0);
  const k = c < 128 && t.length < 32 ? c * 32 + t.length : 0;
  return triggerShape[k] === 1 && TRIGGER_WORDS.has(t);
}
const NP_SET = 16;
const NP = 32;
const RW_SET = 64;
const RW = 128;

/**
 * A word of the article. The yes/no facts share one small integer (fewer fields per word:
 * an article has thousands of words and each is alive for the whole extraction).
 */
export class Word {
  constructor(
    /** char offsets in doc.text (and doc.norm) */
    public s: number,
    public e: number,
    /** the word as written in the normalised text ("Guy's", "OX.DH", "Stoke-on-Trent") */
    public t: string,
    /** the word without a trailing possessive ("Trust's" → "Trust") */
    public bare: string,
    /** the word in lower case (set when first asked for, unless the word has no capital) */
    public lc: string | undefined,
    /** the text between the previous word and this one: ' ' for plain spaces, 'NL' when it holds a line break, else the text itself (at most 8 chars, else 'LONG') */
    public gap: string,
    public sent: number,
    public para: number,
    private f: number,
  ) {}
  get cap(): boolean {
    return (this.f & CAP) !== 0;
  }
  /** two or more letters, all upper case ("UHCW", "IC24") */
  get upper(): boolean {
    return (this.f & UPPER) !== 0;
  }
  get possessive(): boolean {
    return (this.f & POSSESSIVE) !== 0;
  }
  /** first word of its sentence or line */
  get first(): boolean {
    return (this.f & FIRST) !== 0;
  }
  /** memoised by the rules: a possible part of a person's name */
  get np(): boolean | undefined {
    return this.f & NP_SET ? (this.f & NP) !== 0 : undefined;
  }
  set np(v: boolean | undefined) {
    this.f = (this.f & ~(NP_SET | NP)) | (v === undefined ? 0 : NP_SET | (v ? NP : 0));
  }
  /** memoised by the rules: a job-title word */
  get rw(): boolean | undefined {
    return this.f & RW_SET ? (this.f & RW) !== 0 : undefined;
  }
  set rw(v: boolean | undefined) {
    this.f = (this.f & ~(RW_SET | RW)) | (v === undefined ? 0 : RW_SET | (v ? RW : 0));
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;
/** A letter or digit: ASCII by code, anything else by Unicode class. */
/** ASCII classes: 1 letter or digit, 2 upper case, 8 digit */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1 | 8;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1 | 2;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
/** A character's class: 1 letter or digit, 2 upper case, 8 ASCII digit (non-ASCII: from Unicode, once per code) */
const charClass = (c: number): number => (c < 128 ? ASCII_CLASS[c]! : classOf(c));
function isAlnum(c: number): boolean {
  if (c < 128) return (ASCII_CLASS[c]! & 1) !== 0;
  return (classOf(c) & 1) !== 0;
}
const isUpperCode = (c: number) => (c < 128 ? c >= 65 && c <= 90 : (classOf(c) & 2) !== 0);
/** Non-ASCII character classes, worked out once per code: 1 letter or digit, 2 upper case, 4 known. */
const NON_ASCII = new Uint8Array(65536);
function classOf(c: number): number {
  let k = NON_ASCII[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const alnum = !(c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) && LETTER_OR_DIGIT.test(ch);
    k = 4 | (alnum ? 1 : 0) | (UPPER_CHAR.test(ch) ? 2 : 0);
    NON_ASCII[c] = k;
  }
  return k;
}
/** characters that join two letters into one word: apostrophe, full stop, &, @, +, hyphen */
const isJoiner = (c: number) => c === 39 || c === 46 || c === 38 || c === 64 || c === 43 || c === 45;

/** Two-character gaps, shared: ", " ". " ": " "; " ") " */
const GAP2: Record<number, string> = { 44: ', ', 46: '. ', 58: ': ', 59: '; ', 41: ') ', 34: '" ', 39: "' " };

export interface WordIndex {
  words: Word[];
  /** each word's CAP, UPPER, POSSESSIVE, FIRST, SPACED, COMMA, INNER, TRIG and TMEND bits by word index: loops that want one kind of word skip the rest without touching them */
  flags: Uint16Array;
  /** word index by its start offset */
  byStart: { get(start: number): number | undefined; has(start: number): boolean };
}

/** Finds a word by its start offset with a binary search (a Map of every word costs more than the lookups). */
function startIndex(words: readonly Word[]) {
  const get = (start: number): number | undefined => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = words[mid]!.s;
      if (v === start) return mid;
      if (v < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return { get, has: (start: number) => get(start) !== undefined };
}

const SPACE_RUN = / +/y;
const BLANK_RUN = /[ \t]*/y;
const LINE_BREAK = /[\n\r]/g;

/** ™ or ®, which the word pattern leaves out of a word and which a name written before it owns. */
const isMark = (c: number) => c === 0x2122 || c === 0xae;

export function indexWords(doc: Prepared): WordIndex {
  const norm = doc.norm;
  const n = norm.length;
  const sentences = doc.sentences;
  const words: Word[] = [];
  // at most one word per character: filled in place, no growing array of boxed numbers
  const flagList = new Uint16Array(n);
  // the previous word's sentence (-1 before the first word), the paragraph of sentence paraOf
  let prevSent = -1;
  let paraOf = -1;
  let para = 0;
  let si = 0;
  let prevEnd = 0;
  let nextBreak = -1;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    // a free-standing "&" is a word: "Norfolk & Norwich", "East & North Hertfordshire"
    const amp = c === 38 && i > 0 && norm.charCodeAt(i - 1) === 32 && norm.charCodeAt(i + 1) === 32;
    if (!amp && !isAlnum(c)) {
      // a run of spaces is skipped natively ("one million spaces" stays a few milliseconds)
      if (c === 32 && norm.charCodeAt(i + 1) === 32) {
        SPACE_RUN.lastIndex = i;
        SPACE_RUN.test(norm);
        i = SPACE_RUN.lastIndex;
      } else i++;
      continue;
    }
    const s = i;
    let e = i + 1;
    let upperCount = isUpperCode(c) ? 1 : 0;
    const firstUpper = upperCount;
    let lowerCount = 0;
    for (;;) {
      if (e >= n || amp) break;
      const d = norm.charCodeAt(e);
      const k = charClass(d);
      if (k & 1) {
        if (k & 2) upperCount++;
        else if (!(k & 8)) lowerCount++;
        e++;
        continue;
      }
      if (isJoiner(d) && e + 1 < n && isAlnum(norm.charCodeAt(e + 1))) {
        e++;
        continue;
      }
      break;
    }
    // a trailing apostrophe is a possessive only after s ("St Thomas'")
    if (e < n && norm.charCodeAt(e) === 39 && norm.charCodeAt(e - 1) === 115) e++;
    // a plus after a letter ends a brand ("PPM+", "CW+"; not a count's: "30,000+")
    else if (e < n && norm.charCodeAt(e) === 43 && (charClass(norm.charCodeAt(e - 1)) & 9) === 1 && !(e + 1 < n && isAlnum(norm.charCodeAt(e + 1)))) e++;
    const t = norm.slice(s, e);
    i = e;
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= s) si++;
    if (si !== paraOf) {
      paraOf = si;
      para = sentences[si]?.paragraph ?? 0;
    }
    const sent = sentences.length ? si : 0;
    const gapLen = s - prevEnd;
    let gap: string;
    let spaces = true;
    let nl = false;
    if (gapLen <= 16) {
      for (let k = prevEnd; k < s; k++) {
        const g = norm.charCodeAt(k);
        if (g === 10 || g === 13) {
          nl = true;
          break;
        }
        if (g !== 32 && g !== 9) spaces = false;
      }
    } else {
      // a long gap is read natively: the next line break is looked up once per break, not per gap
      if (nextBreak < prevEnd) {
        LINE_BREAK.lastIndex = prevEnd;
        nextBreak = LINE_BREAK.test(norm) ? LINE_BREAK.lastIndex - 1 : n;
      }
      nl = nextBreak < s;
      BLANK_RUN.lastIndex = prevEnd;
      BLANK_RUN.test(norm);
      spaces = BLANK_RUN.lastIndex === s;
    }
    if (nl) gap = 'NL';
    else if (spaces && gapLen > 0) gap = ' ';
    else if (gapLen === 2 && norm.charCodeAt(prevEnd + 1) === 32) gap = GAP2[norm.charCodeAt(prevEnd)] ?? norm.slice(prevEnd, s);
    else if (gapLen <= 8) gap = norm.slice(prevEnd, s);
    else gap = 'LONG';
    const first = prevSent !== sent || gap === 'NL';
    let bare = t;
    let possessive = false;
    const L = t.length;
    if (L > 2 && t.charCodeAt(L - 2) === 39 && t.charCodeAt(L - 1) === 115) {
      bare = t.slice(0, -2);
      possessive = true;
      upperCount -= 0;
    } else if (L > 1 && t.charCodeAt(L - 1) === 39) {
      bare = t.slice(0, -1);
      possessive = true;
    }
    const cap = isUpperCode(c);
    // all capitals, a plural s allowed ("UHCW", "IC24", "ICSs")
    const upper = L >= 2 && cap && (lowerCount === 0 || (lowerCount === 1 && (t.endsWith('s') || possessive))) && upperCount >= 2;
    const flags = (cap ? CAP : 0) | (upper ? UPPER : 0) | (possessive ? POSSESSIVE : 0) | (first ? FIRST : 0);
    words.push(new Word(s, e, t, bare, upperCount === 0 ? t : undefined, gap, sent, sentences.length ? para : 0, flags));
    prevSent = sent;
    const bl = bare.charCodeAt(bare.length - 1);
    flagList[words.length - 1] = (
      flags |
        (gap === ' ' ? SPACED : gap === ', ' ? COMMA : 0) |
        (upperCount > firstUpper ? INNER : 0) |
        (mayTrigger(t) ? TRIG : 0) |
        ((cap && bl === 77) || isMark(norm.charCodeAt(e)) ? TMEND : 0)
    );
    prevEnd = e;
  }
  return { words, flags: flagList.subarray(0, words.length), byStart: startIndex(words) };
}

/** True when words a and a+1 are joined by plain spaces only. */
export const joined = (words: readonly Word[], a: number) => a + 1 < words.length && words[a + 1]!.gap === ' ';
