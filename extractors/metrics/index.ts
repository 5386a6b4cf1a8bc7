// Metrics: every quantity as a number with its unit, what it counts, its qualifier and its base.
// One global pass finds the numbers (and the words that stand for one: "tripled", "an hour"); for
// each number, the first rule whose sticky pattern matches right after it makes a candidate; the
// refiners then drop exclusions and fill in context.
import type { Extractor } from '../types.ts';
import type { Prepared, Token } from '../../pipeline/2-prepare.ts';
import { span, sentenceAt } from '../../pipeline/span.ts';
import type { MetricRecord } from './schema.ts';
import { NUMBER_RE, NUMBER_STARTS, readDigits } from './numbers.ts';
import { DURATIONS, QUALIFIERS } from './lexicon.ts';
import { RULES, readHit, type Candidate, type Next, type NumberHit } from './rules.ts';
import { REFINERS } from './refiners.ts';

const QUALIFIER_MAP = new Map(QUALIFIERS.map(([w, q]) => [w, q]));
// Longest phrases first so "just under" wins over "under".
const QUALIFIER_RE = new RegExp(
  // an article may stand between: "roughly a 15% reduction", "more than a third"
  `(?:^|[^a-z])(${[...QUALIFIER_MAP.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\.?\\s+(?:an?\\s+)?$`,
);
const JUST_RE = /(?:^|[^a-z])(just|only|a\s+total\s+of|a|an)\s+$/;
// Qualifiers written after the quantity ("65 or over", "20 minutes on average"); sticky, tried at its end.
const SUFFIX_AT_LEAST = /\s+or\s+(?:more|over|above|greater|longer)\b/iy;
const SUFFIX_ABOUT = /,?\s+on\s+average\b/iy;

const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const OVER_MEANS_MORE = /\b(?:for|with|of|than|after|in|has|have|had|is|are|was|were|spent|spend|spends|took|takes|take|taking|lasted|lasting|lasts|been|waited|waiting|wait|worked|working|served|serving)\s+$/;

const HYPHEN_AGE = /^(?:over|under)-\d/i;
const INNER_RANGE = /-(?=[£$€]?\d)/y;

/** Last words of the phrases before a number that qualify it or belong to it ("more than", "a total of"). */
const LEAD_LAST_WORDS = new Set([...QUALIFIER_MAP.keys(), 'just', 'only', 'a total of', 'a', 'an'].map((p) => p.split(' ').pop()!));

/** The lower-case word that ends just before `at` (white space and one full stop skipped), or ''. */
function wordBefore(norm: string, at: number): string {
  let e = at;
  while (e > 0 && (norm.charCodeAt(e - 1) === 32 || norm.charCodeAt(e - 1) === 10 || norm.charCodeAt(e - 1) === 9)) e--;
  if (e > 0 && norm.charCodeAt(e - 1) === 46) e--;
  let b = e;
  while (b > 0 && b > e - 16 && /[A-Za-z]/.test(norm[b - 1]!)) b--;
  return norm.slice(b, e).toLowerCase();
}

/** Verbs of shaping before "around": "built around four missions" says where, not how many. */
const SHAPED_AROUND = /\b(?:built|based|centred|centered|organised|organized|structured|designed|focused|grouped|arranged|planned|framed|shaped|revolves?|revolving)\s*$/;
/** Widens a candidate over the approximation words before it and records the qualifier. */
function qualify(c: Candidate, doc: Prepared): Candidate {
  // the regular expressions run only where the word before can end a qualifier
  if (LEAD_LAST_WORDS.has(wordBefore(doc.norm, c.start))) {
    const from = Math.max(0, c.start - 24);
    const lead = doc.norm.slice(from, c.start).toLowerCase();
    const q = QUALIFIER_RE.exec(lead);
    // the words before the qualifier, which say what it means
    const beforeQ = q ? lead.slice(0, q.index + q[0].length - q[0].trimStart().length) : '';
    // "£3.5m over three years", "2,500 patients over 18 months": before a duration "over" is
    // usually "across"; it means "more than" after "for", "with", "of", "than" or a verb of lasting
    if (q && q[1] === 'over' && c.rule === 'duration' && DURATION_UNITS.has(c.unit) && !OVER_MEANS_MORE.test(beforeQ)) return c;
    // "over a 10-year period", "under a five-year contract": before an article and a duration these
    // mean across and within ("under a third of patients" stays "less than")
    const article = q !== null && (/\san?\s+$/.test(q[0]) || /^an?\s/i.test(doc.norm.slice(c.start, c.start + 3)));
    if (q && article && (q[1] === 'over' || q[1] === 'under') && DURATION_UNITS.has(c.unit) && !OVER_MEANS_MORE.test(beforeQ)) return c;
    // "built around four missions", "centred around 12 hubs": after a verb of shaping, "around" is where, not "about"
    if (q && q[1] === 'around' && SHAPED_AROUND.test(beforeQ)) return c;
    if (q) {
      // from the qualifier's first letter: the character matched before it may be a quote or a bracket
      const at = from + q.index + q[0].search(/[a-z]/);
      return { ...c, start: at, qualifier: c.qualifier ?? QUALIFIER_MAP.get(q[1]!.replace(/\s+/g, ' ')) ?? null };
    }
    const j = JUST_RE.exec(lead);
    if (j && !/^an?$/.test(j[1]!)) return { ...c, start: from + j.index + j[0].search(/[a-z]/) };
  }
  if (c.qualifier !== null) return c;
  SUFFIX_AT_LEAST.lastIndex = c.end;
  if (SUFFIX_AT_LEAST.test(doc.norm)) return { ...c, qualifier: 'at least' };
  SUFFIX_ABOUT.lastIndex = c.end;
  if (SUFFIX_ABOUT.test(doc.norm)) return { ...c, qualifier: 'about' };
  return c;
}

/** A range's first number with a currency symbol: "£5-" in "£5-10bn", "between $2m and 3m". */
const CURRENCY_RANGE_HEAD = /([£$€])(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|bn|mn|m|k|tn)?\s*(?:-|to|and)\s*$/i;
const SYMBOL_UNIT: Readonly<Record<string, string>> = { '£': 'GBP', $: 'USD', '€': 'EUR' };

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12 || c > 127 && /\s/.test(String.fromCharCode(c));
const isLetter = (c: number) => c >= 97 && c <= 122 || c >= 65 && c <= 90;

/** What follows the number at `end`; null after a long run of white space, where every rule is tried. */
function nextAfter(norm: string, end: number): Next | null {
  let i = end;
  while (i < norm.length && isSpace(norm.charCodeAt(i))) if (++i - end > 64) return null;
  let j = i;
  while (j < norm.length && j - i < 24 && isLetter(norm.charCodeAt(j))) j++;
  return { ch: norm[end] ?? '', nc: norm[i] ?? '', word: norm.slice(i, j).toLowerCase() };
}

/**
 * What is counted, without a clause's opening word, an article or a possessive a rule's walk took in front of it
 * ("while compliance", "the vacancy rate", "covering software licences", "where emergency admissions", "its
 * did-not-attend rate"), or the verb the tagger read into its end ("prescribing errors fall by 40%", "our over-65s
 * account for"): ANNOTATION.md writes the head of the noun phrase alone.
 */
const NOUN_LEAD = /^(?:(?:while|whilst|with|covering|show|shows|and|but|where|which|whose|when)\s+)?(?:(?:the|a|an|its|their|our|his|her|this|these|those)\s+)?(?=\S)/i;
const NOUN_VERB_TAIL = /(?<=s)\s+(?:fall|fell|rise|rose|drop|dropped|grow|grew|increase|increased|decrease|decreased|climb|climbed|account|accounted)$/i;
function nounWithoutLead(noun: string): string | null {
  const m = NOUN_LEAD.exec(noun);
  const lead = m && m[0].length > 0 && m[0].length < noun.length ? noun.slice(m[0].length) : noun;
  const head = lead.replace(NOUN_VERB_TAIL, '');
  return NO_NOUN.test(head) ? null : head;
}

function candidatesOf(hit: NumberHit, doc: Prepared): Candidate | null {
  if (!hit.currency && !hit.words) {
    const head = CURRENCY_RANGE_HEAD.exec(doc.norm.slice(Math.max(0, hit.start - 24), hit.start));
    // ("£350,000 to 28 voluntary sector organisations": a second end below the first is another quantity)
    if (head && hit.value >= readDigits(head[2]!, head[3])) hit = { ...hit, currency: SYMBOL_UNIT[head[1]!]! };
  }
  // "20 or so medicines", "1,200 or so practices": the rules read on after "or so", which makes the figure approximate
  OR_SO.lastIndex = hit.end;
  const orSo = !hit.words && OR_SO.test(doc.norm);
  if (orSo) hit = { ...hit, end: OR_SO.lastIndex };
  const next = nextAfter(doc.norm, hit.end);
  for (const rule of RULES) {
    // a bare "half" quantifies as "half of X", "half the X", "by half", an approximate share ("around half were …") or half of one unit
    if (hit.bareFraction && rule.id !== 'fraction-of' && rule.id !== 'fraction-half-the' && rule.id !== 'fraction-by' && rule.id !== 'count-bare' && rule.id !== 'duration-half') continue;
    if (rule.takes && !rule.takes(hit, doc)) continue;
    if (next && rule.when && !rule.when(next)) continue;
    rule.pattern.lastIndex = hit.end;
    const m = rule.pattern.exec(doc.norm);
    if (!m) continue;
    const got = rule.extract(hit, m, doc);
    if (!got) continue;
    return qualify({ qualifier: null, per: null, ...got, ...(orSo && !got.qualifier ? { qualifier: 'about' as const } : {}), rule: rule.id, numStart: hit.start, numEnd: hit.end, words: hit.words }, doc);
  }
  return null;
}
const OR_SO = /\s+or\s+so\b/y;

/**
 * What a rule can find next to a figure that is never what it counts: a pronoun ("has set aside
 * £300,000 for it"), a conjunction or a particle the tagger read as a noun ("but down from …",
 * "pushed back by five months"), or the "part" of "the best part of 18 months", which says how
 * long, not what. The record keeps no noun rather than a wrong one.
 */
const NO_NOUN = /^(?:it|they|them|this|that|these|those|which|who|but|and|or|yet|so|down|up|out|back|off|(?:the\s+)?(?:best|better|greater)\s+part|part)$/i;

/**
 * Words that multiply without a number: "doubled", "more than tripled", "nearly double". The -ed and
 * -ing forms always say how an amount changed; the bare form only after an approximation ("almost
 * double") or as a verb after "to" or a modal ("plans to double", "will triple"), never in a
 * compound ("double-check", "double figures").
 */
const MULTIPLYING: ReadonlyMap<string, number> = new Map([
  ['double', 2], ['doubled', 2], ['doubling', 2], ['doubles', 2],
  ['triple', 3], ['tripled', 3], ['tripling', 3], ['triples', 3],
  ['treble', 3], ['trebled', 3], ['trebling', 3], ['trebles', 3],
  ['quadruple', 4], ['quadrupled', 4], ['quadrupling', 4], ['quadruples', 4],
  ['twice', 2],
]);
/** "twice the rate", "almost twice as many", "nearly twice that": a comparison after "twice" ("twice a day" is how often). */
const TWICE_COMPARED = /^\s+(?:as|the|that|what|its|their|our|his|her|this|those|more|less|[a-z]{2,}er)\b/i;
const BARE_MULTIPLYING = new Set(['double', 'triple', 'treble', 'quadruple']);
const MULTIPLYING_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|set\s+to|expected\s+to)\s+(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
const NOT_MULTIPLYING_AFTER = /^(?:-|\s+(?:up|down|back|check|checks|checked|checking|figures|digits|act|bed|beds|room|rooms|whammy|click|glazing|shift|shifts|lock|agent|standard|dose|doses|vaccinated|jabbed|the\s+work\s+of)\b)/i;
/** First letters of MULTIPLYING's words, lower case: the token walk looks up no other word. */
const MULTIPLYING_FIRST = new Set([...MULTIPLYING.keys()].map((w) => w.charCodeAt(0)));
function multiplyingWord(t: Token, lower: string, doc: Prepared): Candidate | null {
  const value = MULTIPLYING.get(lower)!;
  if (t.pos === 'PROPN') return null;
  if (lower === 'twice' && !TWICE_COMPARED.test(doc.norm.slice(t.end, t.end + 16))) return null;
  if (NOT_MULTIPLYING_AFTER.test(doc.norm.slice(t.end, t.end + 24))) return null;
  const c: Candidate = { start: t.start, end: t.end, value, unit: 'multiplier', noun: null, qualifier: null, per: null, rule: 'multiplying-word', numStart: t.start, numEnd: t.end, words: true };
  const q = qualify(c, doc);
  if (BARE_MULTIPLYING.has(lower) && q.qualifier === null && !MULTIPLYING_VERB_BEFORE.test(doc.norm.slice(Math.max(0, t.start - 32), t.start))) return null;
  return q;
}

/**
 * "within an hour", "it is an hour", "shave a week off", "over a year": one unit of time written with
 * "a" or "an" is a duration where a word of measuring or an approximation stands before it. Elsewhere "a year"
 * and "a day" are mostly rates ("£85,000 a year", "seven days a week"), which count nothing of their own.
 */
const ONE_UNIT_WORDS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year', 'minute']);
const MEASURING_BEFORE = /\b(?:within|over|under|about|around|nearly|almost|than|up\s+to|shave[sd]?|shaving|save[sd]?|saving|takes?|took|taking|taken|lasts?|lasted|lasting|spen[dt]s?|spending|is|was|waits?|waited|waiting)\s+(?:(?:even|just|only)\s+)?$/i;
const ONE_UNIT_NOT_AFTER = /^(?:[-'\u2019]|\s+(?:ago|earlier|or|and|per|a|an|on|from|to|into|too)\b)/i;
/** "a day or more", "an hour or longer": a floor, whatever comes before. */
const OR_MORE_AFTER = /^\s+or\s+(?:more|longer)\b/i;
/** "a year-long pilot", "a month-long trial": one unit of time made an adjective, before what it lasts. */
const LONG_AFTER = /^-long[ \t]+([a-z][a-z-]*)/;
function oneUnit(t: Token, next: Token | undefined, doc: Prepared): Candidate | null {
  if (!next || next.start !== t.end + 1 || !ONE_UNIT_WORDS.has(next.text.toLowerCase())) return null;
  const long = LONG_AFTER.exec(doc.norm.slice(next.end, next.end + 30));
  if (long) {
    const [unit, value] = DURATIONS.get(next.text.toLowerCase())!;
    const end = next.end + long[0].length;
    return { start: next.start, end, value, unit, noun: long[1]!, qualifier: null, per: null, rule: 'one-unit-long', numStart: next.start, numEnd: next.end + 5, words: true };
  }
  const floor = OR_MORE_AFTER.test(doc.norm.slice(next.end, next.end + 12));
  if (!floor && !MEASURING_BEFORE.test(doc.norm.slice(Math.max(0, t.start - 16), t.start))) return null;
  if (!floor && ONE_UNIT_NOT_AFTER.test(doc.norm.slice(next.end, next.end + 8))) return null;
  const [unit, value] = DURATIONS.get(next.text.toLowerCase())!;
  return qualify({ start: t.start, end: next.end, value, unit, noun: null, qualifier: null, per: null, rule: 'one-unit', numStart: t.start, numEnd: next.end, words: true }, doc);
}

const FOLD_WORD = /^[A-Za-z]+-fold$/;

/** The plural a product's name modifies: " appointments" after "3,100 Near Me". */
const PLURAL_AFTER_PRODUCT = /^[ \t]+([a-z][a-z-]*[a-z]s)\b/;

/**
 * "3,100 Near Me appointments", "450 Attend Anywhere calls": a product the entities extractor named, between a number
 * and a plural, is what the counted things are of. The number rules read no further than a capitalised name, which
 * after digits is usually an address or a name of its own ("10 Downing Street").
 */
function countOfProductUse(hit: NumberHit, doc: Prepared, productAt: ReadonlyMap<number, number>): Candidate | null {
  if (hit.currency) return null;
  const gap = /^[ \t]+/.exec(doc.norm.slice(hit.end, hit.end + 4));
  const end = gap ? productAt.get(hit.end + gap[0].length) : undefined;
  if (end === undefined) return null;
  const plural = PLURAL_AFTER_PRODUCT.exec(doc.norm.slice(end, end + 40));
  if (!plural) return null;
  const noun = doc.text.slice(hit.end + gap![0].length, end + plural[0].length);
  return qualify({ start: hit.start, end: end + plural[0].length, value: hit.value, unit: 'count', noun, qualifier: null, per: null, rule: 'count-of-product-use', numStart: hit.start, numEnd: hit.end, words: hit.words }, doc);
}

export const extractMetrics: Extractor<MetricRecord> = (doc, upstream) => {
  const { text, norm } = doc;
  if (!text) return [];
  let cands: Candidate[] = [];
  const productAt = new Map<number, number>();
  for (const e of upstream.entities ?? []) if (e.type === 'product') for (const m of e.mentions) productAt.set(m.start, m.end);
  // One walk over the tokens: the number pattern is tried only where a number can start.
  let covered = 0;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.start < covered) continue;
    if (t.text === 'a' || t.text === 'an') {
      const c = oneUnit(t, doc.tokens[k + 1], doc);
      if (c) {
        cands.push(c);
        continue;
      }
    }
    if (t.type === 'word' && t.text.length >= 5 && MULTIPLYING_FIRST.has(t.text.charCodeAt(0) | 32)) {
      const lower = t.text.toLowerCase();
      if (MULTIPLYING.has(lower)) {
        const c = multiplyingWord(t, lower, doc);
        if (c) cands.push(c);
        continue;
      }
    }
    let from = t.start;
    // wink reads "80s" as a decade; after "over" or "under" it is an age band ("over 80s")
    const ageDecade = t.type === 'decade' && /^\d/.test(t.text) && /(?:over|under)[ -]$/i.test(norm.slice(Math.max(0, t.start - 6), t.start));
    // ("eight-fold", "five-fold": wink keeps a number word and "-fold" as one token)
    const fold = t.type === 'word' && FOLD_WORD.test(t.text) && NUMBER_STARTS.has(t.text.slice(0, t.text.indexOf('-')));
    if (t.type !== 'number' && t.type !== 'currency' && !NUMBER_STARTS.has(t.text) && !ageDecade && !fold) {
      // an age band joined to its word is one token ("over-65s", "under-18s")
      const c0 = t.text.charCodeAt(0) | 32;
      if (c0 !== 111 && c0 !== 117 || !HYPHEN_AGE.test(t.text)) continue;
      from = t.start + t.text.indexOf('-') + 1;
    }
    // a range written without spaces ("10-15%", "£5-10bn") may be one token: read on after the dash
    for (let at = from; at >= 0; ) {
      NUMBER_RE.lastIndex = at;
      const m = NUMBER_RE.exec(norm);
      if (!m || m[0].length === 0) break;
      const hit = readHit(m);
      covered = hit ? hit.end : at + m[0].length;
      if (hit) {
        const c = candidatesOf(hit, doc) ?? countOfProductUse(hit, doc, productAt);
        if (c) cands.push(c);
      }
      // the walk skips tokens before `covered`, so nothing is read twice
      INNER_RANGE.lastIndex = covered;
      at = INNER_RANGE.test(norm) ? INNER_RANGE.lastIndex : -1;
    }
  }
  for (const refine of REFINERS) cands = refine(cands, doc, upstream);
  return cands.map((c) => {
    // spans never end on white space or start inside a word
    let { start, end } = c;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    const s = span(start, end);
    return {
      text: text.slice(s.start, s.end),
      value: c.value,
      unit: c.unit,
      noun: c.noun === null ? null : nounWithoutLead(c.noun),
      qualifier: c.qualifier,
      per: c.per,
      rule: c.rule,
      span: s,
      sentence: sentenceAt(doc.sentences, s.start),
    };
  });
};
