// The shape of a company name in running text, as regular-expression source shared by the
// context rules, and the clean-up and checks applied to a captured name.
import { BASED } from '../entities/places.ts';
import { COMMON_ACRONYMS } from '../entities/lexicon.ts';
import { foldKey, isNationality, NON_VENDOR_WORDS, NON_VENDOR_PHRASES, NON_VENDOR_NAMES, NON_NAME_WORDS, PLACES, TITLES } from './lexicon.ts';

/**
 * One word of a name: a capitalised word ("Lantum", "GigXR", "OX.DH", "C2-Ai", "Qure.ai")
 * or a brand that starts lower-case but has a capital inside ("accuRx", "myGP", "eConsult").
 * Word characters and inner punctuation alternate, so the parts cannot overlap.
 */
export const NAME_WORD = String.raw`(?:[A-Z][A-Za-z0-9]*|[a-z]{1,4}[A-Z][A-Za-z0-9]*)(?:[.&+-][A-Za-z0-9]+){0,3}`;

/** A name: up to six words separated by single spaces, "&" or "of" allowed inside. */
// ("Channel 3 Consulting": a number inside a name, where a name word follows it)
export const NAME = String.raw`${NAME_WORD}(?: (?:&|of) ${NAME_WORD}| ${NAME_WORD}| \d{1,3}(?= ${NAME_WORD})){0,5}`;

/**
 * A list of names ("Milton Keynes City Council, EXI, Apple and Loughborough University"):
 * up to eight names joined by commas and a final "and" ("&" stays inside names: "Norfolk &
 * Norwich").
 */
export const NAME_LIST = String.raw`${NAME}(?:,? and (?:the )?${NAME}|, (?:the )?${NAME}){0,7}`;

const SPLIT_LIST = /,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?/;

/** The names of a captured list, each with its offset inside the list. */
export function splitList(list: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  let rest = list;
  for (let guard = 0; guard < 16 && rest.length > 0; guard++) {
    const m = SPLIT_LIST.exec(rest);
    const piece = m ? rest.slice(0, m.index) : rest;
    if (piece) out.push({ text: piece, offset });
    if (!m) break;
    offset += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

const TRADEMARK_END = /([a-z])(?:TM|™|®|©)$/;
const POSSESSIVE = /'s$|s'$/;

/**
 * Trims a captured name to the company: a possessive ends it ("Lantum's Connected
 * Scheduling" → "Lantum"), trailing joiners and full stops go, leading "The" goes.
 * Returns the kept [start, end) relative to the capture, or null when nothing is left.
 */
export function trimName(raw: string): { start: number; end: number } | null {
  let start = 0;
  let end = raw.length;
  const poss = /'s\b|s'(?=\s|$)/.exec(raw);
  if (poss) end = poss.index + (poss[0] === "s'" ? 1 : 0);
  let text = raw.slice(start, end);
  for (;;) {
    const t = text.replace(/(?:\s+(?:&|of|for|and))+$/, '').replace(/[.,;:]+$/, '');
    if (t === text) break;
    text = t;
  }
  end = start + text.length;
  const lead = /^(?:The|the)\s+/.exec(text);
  if (lead) start += lead[0].length;
  if (end <= start) return null;
  return { start, end };
}

/** Drops a trade-mark sign glued to the end of a word ("SchedulingTM" → "Scheduling"). */
export function dropTrademarks(s: string): string {
  return s
    .split(' ')
    .map((w) => w.replace(TRADEMARK_END, '$1'))
    .join(' ')
    .replace(/[™®©]/g, '')
    .trim();
}

export function stripPossessive(s: string): string {
  return s.replace(POSSESSIVE, '');
}

/** Why a name cannot be a supplier's, or null when it can. */
export function nonVendorReason(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length === 0 || !words[0]) return 'empty';
  if (NON_NAME_WORDS.has(words[0]) && words.length === 1) return 'common-word';
  if (NON_NAME_WORDS.has(words[0]) && !/^[A-Z]{2,}$/.test(words[0])) return 'common-first-word';
  if (TITLES.has(words[0])) return 'person-title';
  // ("developed by GPs in Salford": a domain's initials, or their plural, name no supplier)
  if (words.length === 1 && COMMON_ACRONYMS.has(words[0])) return 'common-acronym';
  // "from the Exeter-based company of the same name": where a company is based is no name
  if (BASED.test(words[words.length - 1]!)) return 'where-based';
  // "South Korean company Lunit", "North American firms": a nationality, however it is qualified
  if (isNationality(words)) return 'nationality';
  if (name.length < 2 || !/[A-Za-z]/.test(name)) return 'not-a-name';
  const key = foldKey(name);
  if (NON_VENDOR_NAMES.has(key)) return 'named-non-vendor';
  if (PLACES.has(key) || PLACES.has(key.replace(/^(?:north|south|east|west|central|greater|mid|inner|outer) /, ''))) return 'place';
  for (const w of key.split(' ')) if (NON_VENDOR_WORDS.has(w)) return `non-vendor-word:${w}`;
  for (const p of NON_VENDOR_PHRASES) if (p.test(name)) return 'non-vendor-phrase';
  return null;
}
