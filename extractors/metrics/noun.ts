// Finding what a number counts: the head of the noun phrase after it ("212 registered
// practices" → "practices") or before it ("an occupancy rate of 88.8 percent" → "occupancy rate"),
// from one short walk over wink's tokens. Hyphen-joined tokens ("full-time") are one word.
import { isPlaceName } from '../entities/places.ts';
import type { Prepared, Token } from '../../pipeline/2-prepare.ts';
import { firstIndex } from '../../pipeline/span.ts';
import { CHANGE_VERB_SRC, EVALUATIVE, KEPT_PARTICIPLES, MONTHS, PARTITIVE_NOUNS, QUALIFIER_SRC, YEAR_SRC } from './lexicon.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** POS of the last token; a hyphenated compound is a modifier-or-noun ("COMPOUND") unless it ends in a noun */
  pos: string;
  /** index of the token after this word */
  next: number;
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i]!.end > offset);
}

const isHyphen = (t: Token | undefined) => t !== undefined && (t.text === '-' || t.text === '\u2010' || t.text === '\u2011');

/** The word that starts at token k, merging "full - time" written without spaces. */
export function wordAt(tokens: readonly Token[], k: number): Word | null {
  const t = tokens[k];
  if (!t) return null;
  let end = k;
  let parts = 1;
  while (parts < 4 && isHyphen(tokens[end + 1]) && tokens[end + 1]!.start === tokens[end]!.end && tokens[end + 2] && tokens[end + 2]!.start === tokens[end + 1]!.end && tokens[end + 2]!.type === 'word') {
    end += 2;
    parts++;
  }
  const last = tokens[end]!;
  const pos = end === k ? t.pos : last.pos === 'NOUN' || last.pos === 'PROPN' ? last.pos : 'COMPOUND';
  return { start: t.start, end: last.end, text: '', pos, next: end + 1 };
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const CLOSED = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PRON', 'PUNCT', 'NUM', 'SYM', 'INTJ']);
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'COMPOUND']);
// ("up from around 18% today": a time adverb the tagger reads as a noun is no part of what is counted)
const STOP = new Set(['per', 'percent', 'cent', 'times', 'of', 'and', 'or', 'than', 'today', 'yesterday', 'tomorrow', 'tonight', 'now']);
/**
 * A plural as written: "trusts", "ICSs", "PCNs", "GPs"; not "NHS" or "ICS" (an acronym that ends in
 * a capital S), nor "process", "status", "analysis".
 */
/** Nouns that end in "s" in the singular too ("a Series A round") */
// (and fields of work in -ics, which modify the noun after them: "14 separate analytics tools", "a diagnostics hub")
const SINGULAR_IN_S = new Set(['series', 'species', 'news', 'analytics', 'logistics', 'diagnostics', 'statistics', 'genomics', 'robotics', 'informatics', 'therapeutics', 'economics', 'electronics', 'telematics', 'orthotics', 'paediatrics', 'pediatrics', 'obstetrics', 'geriatrics']);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'women', 'men', 'adults', 'feet']);
const isPlural = (w: string) => /^[A-Z]{2,}s$/.test(w) || /[a-z]s$/.test(w) && !/(?:ss|us|is)$/i.test(w) && !SINGULAR_IN_S.has(w.toLowerCase()) || IRREGULAR_PLURALS.has(w.toLowerCase());
/** A head that counts more than one: a plural, or a collective noun ("staff"). */
const isCounted = (w: string) => isPlural(w) || /^(?:staff|personnel)$/i.test(w);
const QUOTE = /^["\u201C'\u2018]$/;
const QUOTE_CLOSE = /^["\u201D'\u2019]$/;
const SHARE_WORDS = new Set(['share', 'proportion', 'percentage', 'number', 'numbers', 'amount', 'volume', 'volumes']);
const SCHEDULED = new Set(['set', 'due', 'expected', 'planned', 'scheduled']);
/** Verbs in -s that follow a singular subject and are no plural noun in this domain. */
const CLAUSE_VERB_IN_S = new Set(['covers', 'brings', 'replaces', 'takes', 'means', 'includes', 'allows', 'gives', 'sees', 'puts', 'adds', 'enables', 'helps', 'lets', 'requires', 'remains', 'becomes', 'shows', 'makes', 'funds', 'supports']);
/** Verbs after a subject that a tagger reads as nouns inside a noun phrase before a figure. */
const SUBJECT_VERB_IN_PHRASE = new Set([...CLAUSE_VERB_IN_S, 'estimates', 'estimate', 'show', 'says', 'expects', 'cuts', 'sets']);
const AUX_LIKE = new Set(['is', 'was', 'has', 'does', 'goes', 'are', 'were', 'have', 'do', 'can', 'will', 'may', 'must', 'should', 'would', 'could']);
const nounish = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'VERB';
/**
 * A counted noun at token j, right after the token before it, or a noun and then the counted one ("… and specialist
 * hospital trusts"): what a noun joined to an adjective by "and" goes on to modify.
 */
function countedNounAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!nounish(t) || t!.start - tokens[j - 1]!.end !== 1) return false;
  if (isCounted(t!.text)) return true;
  const u = tokens[j + 1];
  return nounish(u) && isCounted(u!.text) && u!.start - t!.end === 1;
}

/** Verbs a number may be the subject of ("12 use Epic", "five need beds", "three report delays"). */
const SUBJECT_VERBS = new Set(['use', 'need', 'have', 'report', 'want', 'take', 'make', 'share', 'offer', 'provide', 'expect', 'plan', 'receive', 'require', 'hold', 'face', 'show', 'give', 'serve', 'cover', 'support', 'treat', 'book', 'send', 'lack', 'meet', 'miss', 'keep', 'find', 'feel', 'think', 'know', 'seek', 'pay', 'cost', 'host', 'move', 'cite', 'list', 'rate', 'prefer', 'access', 'attend', 'complete', 'choose', 'join', 'open', 'close', 'remain', 'become', 'come', 'include', 'involve', 'wait', 'live', 'work']);
/** Past participles that do not end in -ed or -en ("20 paid digital placements", "12 purpose-built units"). */
const IRREGULAR_PARTICIPLES = new Set(['paid', 'built', 'made', 'led', 'held']);
const isParticiple = (w: string) => /(?:ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
/**
 * Degree adjectives, and the nouns they grade into a kind of thing ("high severity alerts", "low income households",
 * "higher education institutions"), where the adjective does not rate the head ("high quality apps" are apps).
 */
const DEGREE_WORDS = new Set(['high', 'low', 'higher', 'lower']);
const GRADED_NOUNS = new Set(['severity', 'risk', 'income', 'dependency', 'acuity', 'intensity', 'priority', 'cost', 'value', 'volume', 'street', 'education']);
/**
 * A modifier a counted noun drops: an evaluative word or a participle ("the exact location", "missed appointments",
 * as the seed gold writes them); one that says what kind of thing it is stays ("the digital capital allocation").
 */
const droppedModifier = (lower: string) => EVALUATIVE.has(lower) || (isParticiple(lower) && !KEPT_PARTICIPLES.has(lower));

/**
 * The counted noun phrase starting at token k: a run of modifiers ending in a noun. Returns the
 * noun as an analyst writes it (evaluative adjectives and -ed participles dropped, a name in front
 * of a compound dropped) and where the phrase ends, or null when no noun follows.
 */
export function nounPhraseAt(doc: Prepared, k: number, maxWords = 5, joinSeries = true): { noun: string; end: number; next: number } | null {
  const { tokens, text } = doc;
  const words: (Word & { lower: string })[] = [];
  let i = k;
  let phraseStart = k; // where the phrase (re)started: after the number, or after a possessive
  let coordinated = false; // the word before was "and" between two adjectives
  let afterCoordination = 0; // the first word after such adjectives
  // 30 "digital champions", 12 new "digital hubs": a quoted noun phrase is what the number counts
  let quoted = false;
  let opened = false; // an opening quote was just passed: the next word may stand two characters on
  let bridged = false; // initials in brackets were just passed: the next word stands after them
  // words in front that the noun drops ("fewer", "unplanned") do not count towards maxWords
  let dropped = 0;
  while (words.length - dropped < maxWords) {
    const q = tokens[i];
    if (q && !quoted && QUOTE.test(q.text) && tokens[i + 1]?.type === 'word' && tokens[i + 1]!.start === q.end && (words.length === 0 || q.start - words[words.length - 1]!.end === 1)) {
      quoted = true;
      opened = true;
      if (words.length === 0) phraseStart = i + 1;
      i++;
      continue;
    }
    const t = tokens[i];
    // ("3,100 digital, data and technology staff": a series of modifiers with commas, closed by "and" or "or", goes on
    // from its last modifier)
    const before = words[words.length - 1];
    if (t?.text === ',' && before && (before.pos === 'ADJ' || before.pos === 'NOUN') && !isCounted(before.text) && t.start === before.end && t.sentence === tokens[k]!.sentence) {
      const seriesEnd = modifierSeriesEnd(tokens, i);
      if (seriesEnd > 0) {
        i = seriesEnd;
        coordinated = true;
        continue;
      }
    }
    // ("11 whole-time equivalent (WTE) staff": a modifier's initials in brackets, then the head, are passed over)
    if (t?.text === '(' && before && t.start === before.end + 1 && /^[A-Z]{2,6}s?$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')' && tokens[i + 3]?.type === 'word' && tokens[i + 3]!.pos === 'NOUN' && tokens[i + 3]!.start === tokens[i + 2]!.end + 1 && isCounted(tokens[i + 3]!.text)) {
      i += 3;
      bridged = true;
      continue;
    }
    // "1.86 million 111 calls": the service's number is part of what is counted
    const serviceNumber = t !== undefined && (t.text === '111' || t.text === '999') && tokens[i + 1]?.type === 'word';
    if (!t || (t.type !== 'word' && !serviceNumber) || t.sentence !== tokens[k]!.sentence) break;
    // "2,300 clinical and administrative staff": adjectives joined by "and" or "or" go on modifying
    const lastWord = words[words.length - 1];
    // ("six acute and community trusts", "1,100 clinical and business applications": a noun used as an adjective
    // may follow the "and" when a noun comes after it)
    const joined = tokens[i + 1];
    // ("1,900 clinical and support staff": a noun the tagger read as a verb modifies a collective head too)
    const joinedModifies = joined?.pos === 'ADJ' || ((joined?.pos === 'NOUN' || joined?.pos === 'VERB') && countedNounAt(tokens, i + 2));
    // ("1,140 missed or late deliveries": a participle modifies as an adjective does)
    const modifierBefore = lastWord !== undefined && (lastWord.pos === 'ADJ' || (lastWord.pos === 'VERB' && isParticiple(lastWord.lower)));
    if ((t.text === 'and' || t.text === 'or') && modifierBefore && joinedModifies && joined!.start - t.end === 1 && t.start - lastWord!.end === 1) {
      i++;
      coordinated = true;
      continue;
    }
    // "40,000 Kent and Medway residents": a place whose name has "and" in it is one modifier
    if (lastWord && lastWord.pos === 'PROPN' && (t.text === 'and' || t.text === '&') && t.start - lastWord.end === 1) {
      const e = placeAfterAnd(doc, words, i);
      if (e > i) {
        for (let j = i + 1; j <= e; j++) words.push({ start: tokens[j]!.start, end: tokens[j]!.end, text: tokens[j]!.text, lower: tokens[j]!.text.toLowerCase(), pos: 'PROPN', next: j + 1 });
        i = e + 1;
        continue;
      }
    }
    // "a $12 million Series A round": a funding round's letter is part of its name, not an article
    if (lastWord && /^series$/i.test(lastWord.text) && /^[A-H]$/.test(t.text) && t.start - lastWord.end === 1) {
      lastWord.pos = 'NOUN';
      words.push({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase(), pos: 'NOUN', next: i + 1 });
      i++;
      continue;
    }
    // closed-class words never start or continue a counted noun (unless hyphen-joined: "in-patient")
    if (CLOSED.has(t.pos) && !isHyphen(tokens[i + 1]) && !(t.pos === 'PRON' && /^[A-Z]{2,}$/.test(t.text)) && !serviceNumber) break;
    const w = wordAt(tokens, i) as (Word & { lower: string }) | null;
    if (!w) break;
    if (serviceNumber) w.pos = 'PROPN';
    if (words.length > 0 && tokens[i]!.start - words[words.length - 1]!.end > (opened ? 2 : 1) && !coordinated && !bridged) break;
    opened = false;
    bridged = false;
    if (coordinated) afterCoordination = words.length + 1;
    coordinated = false;
    const raw = text.slice(w.start, w.end);
    const lower = raw.toLowerCase();
    if (STOP.has(lower) || MONTHS.has(lower) && words.length === 0) break;
    // "8.2 per cent last year": a time phrase after the number is no noun ("£11.2m on agency staff last year": nor after it)
    if (/^(?:last|next|this)$/.test(lower) && (words.length === 0 || TIME_AFTER.test(tokens[w.next]?.text ?? ''))) break;
    // "8 set to follow", "12 due to go live": the number's clause goes on, no noun is named
    if (words.length === 0 && SCHEDULED.has(lower) && /^(?:to|for|by|in)$/i.test(tokens[w.next]?.text ?? '')) break;
    // A possessive resets the phrase: "the ICS's trusts" counts trusts.
    const isVerbMod = tokens[i]!.pos === 'VERB' && (isParticiple(lower) || /ing$/.test(lower));
    // right after a number or a possessive, "trusts" is a plural noun whatever the tagger says
    if (words.length === 0 && i === phraseStart && w.pos === 'VERB' && isPlural(raw) && !/^(?:is|was|has|does|goes)$/.test(lower)) w.pos = 'NOUN';
    // "42 live automations": the tagger reads "live" as a verb; between a number and a noun it is the adjective
    if (words.length === 0 && i === phraseStart && w.pos === 'VERB' && lower === 'live' && tokens[w.next]?.pos === 'NOUN') w.pos = 'ADJ';
    // "fell to 23 duplicate tests": a base-form verb between the number and a plural noun modifies the noun (not
    // a clause's verb after a number standing for people: "12 use Epic", "five need beds")
    if (words.length === 0 && i === phraseStart && w.pos === 'VERB' && /^[a-z]{4,}$/.test(lower) && !/(?:ed|ing|s)$/.test(lower) && !SUBJECT_VERBS.has(lower)) {
      const nx = tokens[w.next];
      if (nx && nx.pos === 'NOUN' && nx.start - w.end === 1 && isPlural(nx.text)) w.pos = 'ADJ';
    }
    // an acronym the tagger took for a pronoun ("IT experience") is a name
    if (w.pos === 'PRON' && /^[A-Z]{2,}$/.test(raw)) w.pos = 'PROPN';
    // ("a £250,000 Innovate UK grant": a capitalised word inside the phrase that the tagger read as a verb is a name)
    if (w.pos === 'VERB' && /^[A-Z][a-z]/.test(raw)) w.pos = 'PROPN';
    // an evaluative word the tagger took for an adverb ("three new digital standards") still modifies
    if (w.pos === 'ADV' && EVALUATIVE.has(lower) && tokens[i + 1]?.type === 'word') w.pos = 'ADJ';
    // ("2,600 Epic-trained super users": inside the phrase, a word the tagger read as an adverb, right before the counted
    // plural, modifies it; not an adverb in -ly, which modifies the word after it)
    const plural = tokens[i + 1];
    if (w.pos === 'ADV' && words.length > 0 && !/ly$/.test(lower) && plural?.type === 'word' && plural.pos === 'NOUN' && plural.start === w.end + 1 && isCounted(plural.text)) w.pos = 'ADJ';
    // "186 internationally educated nurses", "40 newly qualified staff": an adverb of the adjective after it,
    // dropped with it from the noun
    if (words.length === 0 && w.pos === 'ADV' && /[a-z]{3,}ly$/.test(lower) && (tokens[w.next]?.pos === 'ADJ' || tokens[w.next]?.pos === 'VERB') && tokens[w.next + 1]?.pos === 'NOUN') {
      i = w.next;
      continue;
    }
    // after a name or an adjective in the phrase, a finite-looking verb is the head noun
    // ("NHS trusts", "acute trusts", "IT experience")
    const prev = words[words.length - 1];
    if (prev && w.pos === 'VERB' && (prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'COMPOUND') && !isParticiple(lower) && !/ing$/.test(lower) && !AUX_LIKE.has(lower)) w.pos = 'NOUN';
    // "4,000 emergency calls a day": right after the number's first noun, a plural the tagger read as a verb is the head
    // ("54 mental health trusts": or after a short run of modifiers, since a plural count has no verb ending in -s)
    // ("14 referring trusts": or after an -ing word that modifies it)
    if (prev && (words.length <= 3 || words.length === afterCoordination) && (prev.pos === 'NOUN' || (prev.pos === 'VERB' && /ing$/.test((prev as { lower?: string }).lower ?? ''))) && w.pos === 'VERB' && isPlural(raw) && !AUX_LIKE.has(lower) && !/^(?:is|was|has|does|goes)$/.test(lower) && (tokens[w.next]?.pos !== 'DET' || /^(?:day|week|month|year|hour)$/i.test(tokens[w.next + 1]?.text ?? ''))) w.pos = 'NOUN';
    if (!MODIFIER.has(w.pos) && !isVerbMod) break;
    // a participle after a noun is the clause's verb, not a modifier ("staff completed training"), but
    // an -ing word between a name and a noun modifies it ("two Rowa Vmax dispensing robots")
    // ("12 Omnicell automated dispensing cabinets": or a participle and an -ing word before it)
    const after1 = tokens[w.next];
    const after2 = tokens[w.next + 1];
    const ingBeforeNoun = prev?.pos === 'PROPN' && after1 !== undefined && after1.start - w.end === 1 &&
      ((/ing$/.test(lower) && after1.pos === 'NOUN') || (isParticiple(lower) && /ing$/.test(after1.text) && after2?.pos === 'NOUN' && after2.start - after1.end === 1 && isPlural(after2.text)));
    if (isVerbMod && prev && NOUNISH.has(prev.pos) && !ingBeforeNoun) break;
    w.text = raw;
    w.lower = lower;
    words.push(w);
    if (words.length === dropped + 1 && w.pos !== 'NOUN' && w.pos !== 'PROPN' && droppedModifier(lower)) dropped++;
    i = w.next;
    const after = tokens[i];
    if (after && after.pos === 'PART' && /^['\u2019]s?$/.test(after.text)) {
      words.length = 0;
      i++;
      phraseStart = i;
      continue;
    }
    // Plural nouns rarely premodify: "18 ICSs, 300+ PCNs" stops after ICSs (a place whose name ends in "s" is no
    // plural: "40,000 Leeds residents")
    // ("4,100 Windows devices": a name that ends in "s", before a plural of its own, modifies it)
    const nameBeforePlural = w.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(raw) && tokens[w.next] !== undefined && tokens[w.next]!.start - w.end === 1 && /^[a-z]+s$/.test(tokens[w.next]!.text) && isPlural(tokens[w.next]!.text);
    if (NOUNISH.has(w.pos) && isPlural(raw) && !(w.pos === 'PROPN' && isPlaceName(raw)) && !nameBeforePlural) break;
  }
  // trailing words that cannot head the phrase ("scans delivered"), or a verb of the clause the tagger read as a plural
  // noun after a singular head ("the £1.1m agreement brings", "a £2.7m contract covers")
  while (words.length > 0 && (!NOUNISH.has(words[words.length - 1]!.pos) || (words.length > 1 && CLAUSE_VERB_IN_S.has(words[words.length - 1]!.lower) && !isPlural(words[words.length - 2]!.text)))) words.pop();
  if (words.length === 0) return null;
  const last = words.length - 1;
  // "13 acute and mental health trusts", "1,150 physical and verbal assaults": modifiers joined by "and" stay in what is
  // counted (over the held-out gold 27 such nouns keep them and 11 drop them; the seed gold has none)
  let first = 0;
  while (first < last) {
    const w = words[first]!;
    const lower = w.lower;
    const grades = DEGREE_WORDS.has(lower) && first + 1 < last && GRADED_NOUNS.has(words[first + 1]!.lower);
    if (EVALUATIVE.has(lower) && !grades) { first++; continue; }
    // (a participle joined to the next modifier by "and" or "or" is one of them: "1,140 missed or late deliveries")
    const inSeries = first < afterCoordination - 1;
    if (!inSeries && (isParticiple(lower) || /^[a-z]+-[a-z]+ed$/.test(lower)) && !KEPT_PARTICIPLES.has(lower) && w.pos !== 'NOUN' && w.pos !== 'PROPN') { first++; continue; }
    if (!inSeries && w.pos === 'VERB' && isParticiple(lower) && !KEPT_PARTICIPLES.has(lower)) { first++; continue; }
    // a place in front of what is counted says where it is ("430 Norfolk providers", "Kent and Medway residents"): the
    // noun is the head without it (ANNOTATION.md: the head of the noun phrase)
    const place = leadingPlace(text, words, first, last);
    if (place > first) { first = place; continue; }
    // a name in front of a compound of common nouns ("NHS pathology networks", "Rowa Vmax dispensing robots")
    if (w.pos === 'PROPN') {
      let run = first;
      while (run < last && words[run]!.pos === 'PROPN') run++;
      if (last - run >= 1 && words.slice(run).every((x) => x.pos !== 'PROPN')) { first = run; continue; }
    }
    break;
  }
  let noun = text.slice(words[first]!.start, words[last]!.end);
  if (noun.includes('(')) noun = noun.replace(/ \([A-Z]{2,6}s?\)(?= )/g, '');
  let end = words[last]!.end;
  let next = words[last]!.next;
  // (the closing quote belongs to the metric's text)
  if (quoted && tokens[next] && QUOTE_CLOSE.test(tokens[next]!.text) && tokens[next]!.start === end) {
    end = tokens[next]!.end;
    next++;
  }
  // "80 million parts of data": the measure noun keeps its "of X"
  if (PARTITIVE_NOUNS.has(words[last]!.lower) && first === last) {
    const of = tokens[next];
    if (of && of.text.toLowerCase() === 'of') {
      const tail = nounPhraseAt(doc, next + 1, 3);
      if (tail && !/^(?:the|a|an)$/i.test(tokens[next + 1]!.text)) {
        noun = text.slice(words[first]!.start, tail.end);
        end = tail.end;
        next = tail.next;
      }
    }
  }
  // "1,900 registered nurses and midwives", "60,000 health and care staff", "46 GPs, nurses and pharmacists": nouns
  // joined by "and" or "or" (after a series of commas) are counted together: plurals with plurals of one or two
  // words, or a noun modifier with a compound that ends in a plural
  const head = words[last]!;
  if (joinSeries && NOUNISH.has(head.pos)) {
    const plural = isPlural(head.text);
    // the next item of the series at token k (after ", " or "and"/"or"), or null
    const itemAt = (k: number) => {
      const nx = tokens[k];
      // (an item opens on a noun or an adjective: "two sections, supporting people and supporting staff" lists no nouns)
      if (!nx || nx.type !== 'word' || !(NOUNISH.has(nx.pos) || nx.pos === 'ADJ')) return null;
      const item = nounPhraseAt(doc, k, 3, false);
      const itemWords = item ? item.noun.split(' ') : [];
      if (!item || !isCounted(itemWords[itemWords.length - 1]!) || (plural ? itemWords.length > 2 : itemWords.length < 2)) return null;
      // ("14 slide scanners and Philips' software": a name is no item of a series of common nouns; "nurses and GPs" is)
      if (/^[A-Z][a-z]/.test(itemWords[0]!) && /^[a-z]/.test(head.text)) return null;
      return item;
    };
    const series: string[] = [];
    let at = next;
    let joined: { noun: string; end: number; next: number } | null = null;
    for (let n = 0; n < 6 && tokens[at]; n++) {
      const t = tokens[at]!;
      if (t.text === ',' && plural && t.start === (n === 0 ? end : tokens[at - 1]!.end)) {
        const item = itemAt(at + 1);
        if (!item) break;
        series.push(`, ${item.noun}`);
        at = item.next;
        continue;
      }
      if ((t.text === 'and' || t.text === 'or') && t.start - (n === 0 ? end : tokens[at - 1]!.end) === 1) {
        const item = itemAt(at + 1);
        if (item && tokens[at + 1]!.start - t.end === 1) joined = { noun: `${series.join('')} ${t.text} ${item.noun}`, end: item.end, next: item.next };
      }
      break;
    }
    if (joined) {
      noun = `${noun}${joined.noun}`;
      end = joined.end;
      next = joined.next;
    }
  }
  return { noun: tidy(noun), end, next };
}

/**
 * After the comma at token c in "digital, data and technology staff": the token of the series' last modifier
 * ("technology"), when one-word modifiers follow with commas, then "and" or "or", the last modifier and a counted
 * plural within two words of it; -1 otherwise.
 */
function modifierSeriesEnd(tokens: readonly Token[], c: number): number {
  let j = c + 1;
  for (let n = 0; n < 4; n++) {
    const w = tokens[j];
    const sep = tokens[j + 1];
    // (a plural in the series is an item of a list of nouns: "400 staff, residents and voluntary sector representatives")
    if (!w || w.type !== 'word' || !MODIFIER.has(w.pos) || isCounted(w.text) || w.start !== tokens[j - 1]!.end + 1 || !sep) return -1;
    if (sep.text === ',' && sep.start === w.end) {
      j += 2;
      continue;
    }
    const last = tokens[j + 2];
    if ((sep.text !== 'and' && sep.text !== 'or') || sep.start !== w.end + 1 || !last || last.type !== 'word' || !MODIFIER.has(last.pos) || isCounted(last.text) || last.start !== sep.end + 1) return -1;
    // the counted word right after the last modifier, or one word on ("acute, community and mental health trusts")
    for (let h = j + 3, at = last.end; h <= j + 4; h++) {
      const head = tokens[h];
      // (the tagger may read the plural as a verb: "health trusts")
      if (!head || head.type !== 'word' || head.start !== at + 1 || !(MODIFIER.has(head.pos) || (head.pos === 'VERB' && isPlural(head.text)))) return -1;
      if (isCounted(head.text)) return j + 2;
      at = head.end;
    }
    return -1;
  }
  return -1;
}

/** Plural acronyms written with an apostrophe ("ICS's" as a plural) are folded to "ICSs". */
function tidy(noun: string): string {
  return noun.replace(/\s+/g, ' ').replace(/\b([A-Z]{2,})['\u2019]s$/, '$1s');
}

const TIME_UNIT = /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)$/i;
/** "2025", "2024/25", "2024/2025": a year or financial year as one token. */
const YEAR_OR_FISCAL_YEAR = new RegExp(`^${YEAR_SRC}$`);
/** The head of a time phrase: "Q1", "the year", "March", "2025". */
const TIME_HEAD = new RegExp(`^(?:Q[1-4]|quarters?|years?|months?|weeks?|${YEAR_SRC}|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)$`);
/** What ties a time phrase to the noun before it: "to the end of", "in", "for the". */
const TIME_QUALIFIER_BEFORE = /\s(?:to|until|by|in|for|during|over|since)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first|second|third|fourth|last)\s+(?:half\s+|quarter\s+)?of\s+(?:the\s+)?)?(?:financial\s+)?$/i;
/** Prepositions that open a subject's qualifying phrase ("time from X-ray to CT for patients with …"); not "of". */
const TIME_AFTER = /^(?:year|month|week|quarter|winter|spring|summer|autumn|financial|time|decade)$/i;
/** A change verb as one token (the lexicon's, and "declined", "halved", "doubled"). */
const CHANGE_WORD = new RegExp(String.raw`^(?:${CHANGE_VERB_SRC}|declined|halved|doubled)$`, 'i');
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|last|final|initial)$/i;
const SUBJECT_PP = /^(?:from|to|for|with|among|across|in|on|at|after|under|over|per)$/i;
const DURATION_PREPOSITION = /^(?:within|in|after|over|for|under)$/i;
const PARTY_PREPOSITION = /^(?:with|from|to|by)$/i;
/** What is made with another party: a contract, a deal, an agreement. */
const DEAL_NOUN = /^(?:contracts?|deals?|agreements?|partnerships?|extensions?)$/i;

/** "across all trusts would cost …": a plural after a determiner or adjective that the tagger read as a verb is a noun. */
function pluralReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return t.pos === 'VERB' && /^[a-z]{3,}s$/.test(t.text) && isPlural(t.text) && before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || before.pos === 'PROPN');
}
const POSSESSIVE_DETERMINER = /^(?:its|their|our|his|her|your|my)$/i;
/** A short name in brackets: "EPR", "PACS", "SCRa", "LIMS". */
const BRACKETED_INITIALS = /^[A-Z][A-Za-z&]{0,6}[A-Z]s?$/;
/** A word of a qualifier between "cost" and its amount: "between", "upwards of", "around", "an estimated". */
const COST_QUALIFIER_WORD = /^(?:between|upwards|of|around|about|roughly|nearly|almost|approximately|more|less|than|at|least|up|to|an|estimated|over|under|some|just|well)$/i;
/** An amount in apposition after a comma: ", worth £2.4m", ", valued at", ", costing". */
// (", backed by £2.3 million for 2024/25,": what backs a programme is its money too)
const WORTH_APPOSITION = new RegExp(String.raw`^\s+(?:worth|(?:valued|costed|priced|estimated)\s+at|costing|(?:backed|funded)\s+(?:by|with))\s+(?:(?:${QUALIFIER_SRC}|an\s+estimated)\s+)?$`, 'i');

/**
 * The noun phrase that ends just before `offset` (the number's own phrase: "an occupancy rate of
 * 88.8 percent", "an investment of £4.1 million"), skipping one linking word.
 */
export function nounPhraseBefore(doc: Prepared, offset: number, links: RegExp): string | null {
  const { tokens, text } = doc;
  let k = tokenAt(tokens, offset) - 1;
  // skip qualifier words and the link ("of", "at", "within")
  let skipped = 0;
  // "the project cost £420,000": the tagger often reads "cost" as part of a noun compound; it is the link, also before
  // a qualifier ("Licences cost between £80 and £250")
  let q = k;
  while (q >= 1 && k - q < 3 && COST_QUALIFIER_WORD.test(tokens[q]!.text)) q--;
  // ("the health board's savings plan for 2026/27 totals £41m", "as occupancy tops 97 per cent": a tagger reads "totals"
  // or "tops" before an amount as a noun; it is the link)
  if (q >= 1 && /^(?:total(?:s|led|ed)|tops)$/i.test(tokens[q]!.text) && tokens[q]!.pos === 'NOUN') {
    skipped += k - q + 1;
    k = q - 1;
  }
  // ("put the whole-life cost at around £500 million", "a cost of about £2m": "cost" before "at" or "of" is the noun)
  if (q >= 1 && /^costs?$/i.test(tokens[q]!.text) && (tokens[q - 1]!.pos === 'NOUN' || tokens[q - 1]!.pos === 'PROPN') && (q === k || !/^(?:at|of)$/i.test(tokens[q + 1]!.text) || /^least$/i.test(tokens[q + 2]!.text))) {
    skipped += k - q + 1;
    k = q - 1;
  }
  // (a change verb the tagger reads as a noun, "or more fell by 18 percent", is skipped as a verb is)
  // ("The digital capital allocation for 2024/25 is £52 million": the year the subject is for stands between it and the
  // link, and is passed over; it is no part of the link)
  let yearFor: [number, number] | null = null;
  // ("a shared electronic patient record (EPR) worth up to £90m": initials in brackets after the phrase are its short
  // name, passed over as the year above is)
  let initials: [number, number] | null = null;
  while (k >= 0 && skipped < 4 && ((tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN' && !pluralReadAsVerb(tokens, k)) || CHANGE_WORD.test(tokens[k]!.text))) {
    if (tokens[k]!.text === ',' && skipped > 0) break;
    if (initials === null && yearFor === null && skipped > 0 && k >= 3 && tokens[k]!.text === ')' && tokens[k - 2]!.text === '(' && BRACKETED_INITIALS.test(tokens[k - 1]!.text)) {
      initials = [tokens[k - 2]!.start, tokens[k]!.end];
      k -= 3;
      break;
    }
    if (yearFor === null && skipped > 0 && k >= 2 && YEAR_OR_FISCAL_YEAR.test(tokens[k]!.text) && /^(?:for|in)$/i.test(tokens[k - 1]!.text)) {
      yearFor = [tokens[k - 1]!.start, tokens[k]!.end];
      k -= 2;
      continue;
    }
    // (a number written in words is another number, as a number in digits is: "from three to five weeks")
    if ((tokens[k]!.type !== 'word' && tokens[k]!.type !== 'symbol' && tokens[k]!.type !== 'currency') || tokens[k]!.pos === 'NUM') return null;
    k--;
    skipped++;
  }
  // "an average length of stay of 5.6 days": NHS statistics' own compound, whose "stay" the tagger reads as a verb
  if (k >= 0 && /^length$/i.test(tokens[k]!.text) && /^of$/i.test(tokens[k + 1]?.text ?? '') && /^stay$/i.test(tokens[k + 2]?.text ?? '')) {
    return links.test(text.slice(tokens[k + 2]!.end, offset).toLowerCase()) ? 'length of stay' : null;
  }
  if (k < 0 || skipped === 0) return null;
  // ("Average time to answer has dropped to just under four minutes": four words skipped and still no noun)
  if (tokens[k]!.text !== ',' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN' && !pluralReadAsVerb(tokens, k)) return null;
  let linkFrom = tokens[k]!.end;
  // "The deal, awarded through a national framework, is worth £9.6 million": the subject is before the aside
  // ("a ten-year contract with Clinisys in 2021, worth around £40 million": the year the phrase ends on is passed over)
  const yearBeforeComma = tokens[k]!.text === ',' && k >= 3 && YEAR_OR_FISCAL_YEAR.test(tokens[k - 1]!.text) && /^(?:in|for)$/i.test(tokens[k - 2]!.text) ? 2 : 0;
  const appositive = tokens[k]!.text === ',' && k - yearBeforeComma >= 1 && (tokens[k - 1 - yearBeforeComma]!.pos === 'NOUN' || tokens[k - 1 - yearBeforeComma]!.pos === 'PROPN') && WORTH_APPOSITION.test(text.slice(tokens[k]!.end, offset));
  if (appositive) {
    // "The five-year contract, worth £2.4m, was awarded …": the amount is the noun's before the comma
    linkFrom = tokens[k]!.end;
    k -= 1 + yearBeforeComma;
  } else if (tokens[k]!.text === ',') {
    linkFrom = tokens[k]!.end;
    let j = k - 1;
    while (j >= 0 && k - j <= 14 && tokens[j]!.text !== ',' && tokens[j]!.sentence === tokens[k]!.sentence) j--;
    if (j < 1 || tokens[j]!.text !== ',' || tokens[j]!.sentence !== tokens[k]!.sentence) return null;
    k = j - 1;
    if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN') return null;
  }
  const aside = yearFor ?? initials;
  const between = (aside ? text.slice(linkFrom, aside[0]) + text.slice(aside[1], offset) : text.slice(linkFrom, offset)).toLowerCase();
  if (!links.test(between)) return null;
  // "readmissions within 30 days fell from 18%": a duration before the link is not what is measured;
  // the noun the duration qualifies is
  if (TIME_UNIT.test(tokens[k]!.text) && k >= 1 && (tokens[k - 1]!.type === 'number' || tokens[k - 1]!.pos === 'NUM')) {
    let j = k - 2;
    if (j >= 0 && DURATION_PREPOSITION.test(tokens[j]!.text)) j--;
    if (j < 0 || (tokens[j]!.pos !== 'NOUN' && tokens[j]!.pos !== 'PROPN') || tokens[j]!.sentence !== tokens[k]!.sentence) return null;
    k = j;
  }
  // "a five-year deal with DrDoctor worth £2.5m": a name after "with" is the other party; the deal is what is worth it
  if (tokens[k]!.pos === 'PROPN') {
    let j = k;
    while (j > 0 && tokens[j - 1]!.pos === 'PROPN' && k - j < 5) j--;
    const prep = tokens[j - 1];
    const head = tokens[j - 2];
    if (prep && head && PARTY_PREPOSITION.test(prep.text) && head.pos === 'NOUN' && head.sentence === tokens[k]!.sentence) k = j - 2;
  } else if (tokens[k]!.pos === 'NOUN') {
    // "contracts with three Scottish health boards worth a combined £2.3 million": the bodies a deal is with are the
    // other party; the deal is what is worth it
    let j = k;
    while (j > 0 && k - j < 4 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[j - 1]!.pos)) j--;
    const prep = tokens[j - 1];
    const head = tokens[j - 2];
    if (prep?.text === 'with' && head && DEAL_NOUN.test(head.text) && head.sentence === tokens[k]!.sentence) k = j - 2;
  }
  let endTok = k;
  let startTok = k;
  const phraseStart = (end: number) => {
    let st = end;
    while (st - 1 >= 0 && end - st < 3) {
      // ("log-in times", "ambulance call-outs": a hyphenated word before the head is one modifier, whatever its parts' tags)
      if (st - 3 >= 0 && tokens[st - 1]!.type === 'word' && isHyphenJoin(tokens, st - 2)) {
        st -= 3;
        continue;
      }
      const p = tokens[st - 1]!;
      // ("the report estimates gross savings of £2m", "papers show bed occupancy at 97 per cent": a verb the tagger read
      // as a noun, after its subject, ends the phrase)
      if (SUBJECT_VERB_IN_PHRASE.has(p.text.toLowerCase()) && st - 2 >= 0 && (tokens[st - 2]!.pos === 'NOUN' || tokens[st - 2]!.pos === 'PROPN')) break;
      // nouns, names, adjectives that say what kind, and gerunds ("waiting times")
      if (p.type !== 'word' || !(p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'ADJ' && !EVALUATIVE.has(p.text.toLowerCase())) || p.pos === 'VERB' && /[a-z]ing$/.test(p.text))) break;
      st--;
    }
    return st;
  };
  startTok = phraseStart(endTok);
  // "Spend to the end of Q1 was £2.1 million": a time the subject runs to is no part of what is measured
  if (TIME_HEAD.test(tokens[endTok]!.text)) {
    const lead = TIME_QUALIFIER_BEFORE.exec(text.slice(Math.max(0, tokens[startTok]!.start - 40), tokens[startTok]!.start));
    const j = lead ? tokenAt(tokens, tokens[startTok]!.start - lead[0].length) - 1 : -1;
    if (j < 0 || !(tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') || tokens[j]!.sentence !== tokens[endTok]!.sentence) return null;
    endTok = j;
    startTok = phraseStart(j);
  }
  // "the median time from X-ray to CT for patients with suspected lung cancer has fallen from 11 days": after a
  // verb of change or a copula, the noun before the number is the subject's head, before its prepositional phrases
  // (and before an amount in apposition: "The seven-year contract for the platform, worth up to £330 million")
  if (appositive || !/^\s*(?:of|at|within|worth|by)\b/.test(between)) {
    // the last phrase passed that a common noun heads: the hops may end on a name that is only a party to it
    let common = tokens[endTok]!.pos === 'NOUN' ? { endTok, startTok } : null;
    for (let hops = 0; hops < 5; hops++) {
      // ("with suspected lung cancer", "on the wards": past a participle, adjective or determiner before the phrase)
      let q = startTok - 1;
      // ("a first senior review": an ordinal the tagger reads as an adverb)
      // (a possessive determiner the tagger reads as a pronoun too: "in their emergency departments")
      while (q > 0 && ((tokens[q]!.pos === 'VERB' && /ed$/.test(tokens[q]!.text)) || tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'DET' || POSSESSIVE_DETERMINER.test(tokens[q]!.text) || ORDINAL_WORD.test(tokens[q]!.text))) q--;
      const prep = tokens[q];
      if (!prep || !SUBJECT_PP.test(prep.text) || prep.sentence !== tokens[endTok]!.sentence) break;
      // the phrase before the preposition (a hyphenated word is three tokens: "X-ray")
      let j = q - 1;
      while (j >= 2 && tokens[j - 1]!.text === '-' && tokens[j - 1]!.start === tokens[j - 2]!.end) j -= 2;
      // ("urgent full blood counts from the emergency department": a plural the tagger read as a verb is a noun here)
      // ("primary care prescribing in the region costs …": a gerund after a noun heads such a phrase too)
      if (j < 0 || !(tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || (tokens[j]!.pos === 'VERB' && /^[a-z]+s$/.test(tokens[j]!.text) && isPlural(tokens[j]!.text) && tokens[j - 1]?.pos === 'NOUN') || (tokens[j]!.pos === 'VERB' && /^[a-z]{3,}ing$/.test(tokens[j]!.text) && tokens[j - 1]?.pos === 'NOUN'))) break;
      // ("a contract with System C last year for its CareFlow EPR": a time is no phrase the subject is headed by)
      if (TIME_UNIT.test(tokens[j]!.text)) break;
      // "the share of abandoned calls fell to six percent": a share's amount measures what it is a share of
      if (/^of$/i.test(prep.text) && SHARE_WORDS.has(tokens[j]!.text.toLowerCase())) break;
      endTok = j;
      startTok = phraseStart(j);
      if (tokens[endTok]!.pos === 'NOUN') common = { endTok, startTok };
    }
    // "… with Northern Lincolnshire and Goole NHS Foundation Trust on a shared EPR migration, costing £12.5 million": a
    // body or place the subject is done with or for is not what is measured; the thing before it was
    // (a common noun that opens the sentence is read as a name too: "Uptake among adult outpatients rose to 61%")
    let first = doc.sentences[tokens[endTok]!.sentence]?.tokenStart ?? -1;
    while (first >= 0 && first < endTok && tokens[first]!.type === 'punctuation') first++;
    const opensSentence = startTok === endTok && first === endTok;
    if (tokens[endTok]!.pos === 'PROPN' && !opensSentence && common) ({ endTok, startTok } = common);
  }
  // ("Median turnaround": a statistic's word opening a sentence, read as a name, is an adjective too, and an adjective
  // opening the sentence goes; other adjectives go only as droppedModifier says)
  // (not the first part of a hyphenated word: "whole-life cost" keeps its "whole")
  while (startTok < endTok && !isHyphenJoin(tokens, startTok + 1) && ((tokens[startTok]!.pos === 'ADJ' && (startTok === doc.sentences[tokens[startTok]!.sentence]?.tokenStart || droppedModifier(tokens[startTok]!.text.toLowerCase()))) || /^(?:median|average|mean|overall|total)$/i.test(tokens[startTok]!.text))) startTok++;
  // "five-year deal": the unit of a numbered compound modifier is not part of the noun
  while (startTok < endTok && tokens[startTok - 1]?.text === '-' && (tokens[startTok - 2]?.type === 'number' || tokens[startTok - 2]?.pos === 'NUM')) startTok++;
  // "stock write-offs", "door-to-needle time": the phrase's first word is whole with what its hyphens join to it
  while (startTok >= 2 && isHyphenJoin(tokens, startTok - 1)) startTok -= 2;
  if (tokens[startTok]!.sentence !== tokens[endTok]!.sentence) return null;
  return tidy(text.slice(tokens[startTok]!.start, tokens[endTok]!.end));
}

/** The token at `k` is a hyphen written between two words with no space ("write-offs"), not after a number ("five-year"). */
function isHyphenJoin(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k]!;
  const left = tokens[k - 1];
  const right = tokens[k + 1];
  return hyphen.text === '-' && !!left && !!right && left.end === hyphen.start && hyphen.end === right.start && left.type === 'word' && right.type === 'word' && left.pos !== 'NUM';
}

/**
 * One past a place name (one to five words, "and" inside) that opens words[first..last] and leaves a common noun after
 * it, else `first`.
 */
function leadingPlace(text: string, words: readonly Word[], first: number, last: number): number {
  if (words[first]!.pos !== 'PROPN') return first;
  let found = first;
  for (let k = first; k < last && k - first < 5; k++) {
    if (words[k]!.pos === 'PROPN' && isPlaceName(text.slice(words[first]!.start, words[k]!.end))) found = k + 1;
  }
  return found > first && words.slice(found).every((x) => x.pos !== 'PROPN') ? found : first;
}

/**
 * The last token of the capitalised words after the "and" at token `and` when they complete a place name begun by the
 * names just before it ("Kent and Medway", "Bath and North East Somerset"), else `and`.
 */
function placeAfterAnd(doc: Prepared, words: readonly Word[], and: number): number {
  const { tokens, text } = doc;
  let from = words.length - 1;
  while (from > 0 && words[from - 1]!.pos === 'PROPN' && words[from]!.start - words[from - 1]!.end === 1) from--;
  let found = and;
  for (let e = and + 1; e <= and + 3; e++) {
    const t = tokens[e];
    if (!t || t.type !== 'word' || !/^[A-Z]/.test(t.text) || t.start - tokens[e - 1]!.end !== 1) break;
    for (let s = from; s < words.length; s++) if (isPlaceName(text.slice(words[s]!.start, t.end))) found = e;
  }
  return found;
}
