// Refiners, chrono-style: (candidates, doc, upstream) => candidates. They drop what the guideline
// excludes (dates, codes, "one" as a pronoun, relative durations), resolve ranges and rate bases,
// give a bare number the noun of the metric it continues, and keep one record per text.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { overlapTest, sentenceAt } from '../../pipeline/span.ts';
import type { Extracted } from '../types.ts';
import { fold } from '../../pipeline/fold.ts';
import { CARDINAL_WORD_SRC, CHANGE_VERB_SRC, CURRENCY_SYMBOLS, CURRENCY_WORDS, LABEL_NOUNS, MONTHS, QUALIFIER_SRC, SCALES, RELATIVE_DATE_AFTER, RELATIVE_DATE_BEFORE, THOUSANDS, YEAR_PREPOSITIONS, YEAR_SRC } from './lexicon.ts';
import { FIRST_END_MEASURE, RANGE_END_QUALIFIER, RANGE_PENDING, figureAfterBody, isPluralHead, type Candidate } from './rules.ts';
import { nounPhraseAt, tokenAt } from './noun.ts';
import { tidyNumber } from './numbers.ts';
import { execAll } from '../exec-all.ts';
import { MONTHS as FULL_MONTHS } from '../dates/lexicon.ts';

export type Refiner = (cands: Candidate[], doc: Prepared, upstream: Readonly<Partial<Extracted>>) => Candidate[];

const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
/** The currencies the money rules write (GBP, USD, EUR). */
const MONEY_UNITS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS.values(), ...CURRENCY_WORDS.values()]);
const MONTH_RE = new RegExp(`^\\s+(?:of\\s+)?(?:${[...MONTHS].join('|')})\\b`, 'i');
// (a full stop only after a short form, "Feb. 4": after a full name it ends the sentence, "in February. Four suppliers …")
const MONTH_BEFORE_RE = new RegExp(`\\b(?:${FULL_MONTHS.join('|')}|(?:${[...MONTHS].filter((m) => !FULL_MONTHS.includes(m)).join('|')})\\.?)\\s+$`, 'i');
// ("category 3 and 4 calls": every number of a list after the label is a label too)
// ("and" and "or" are whole words: in "this year for 30 new ambulances" the "or" of "for" joins no list)
const LABEL_RE = new RegExp(`\\b(?:${[...LABEL_NOUNS].join('|')})\\.?\\s+(?:[0-9A-Za-z]{1,3}(?:\\s*[,&/]|\\s+(?:and|or))\\s*)*$`, 'i');
/** A label noun written before the number, unless the word is a verb there ("can't release 300 midwives"). */
const labelBefore = (doc: Prepared, at: number, lead: string): boolean => {
  const m = LABEL_RE.exec(lead);
  if (!m) return false;
  // ("last year 46 percent of reviews …": a time noun that a relative date opens is no label like "Year 7")
  if (RELATIVE_TIME_BEFORE.test(lead.slice(0, m.index)) && /^(?:year|month|week|quarter)\b/i.test(m[0])) return false;
  const t = doc.tokens[tokenAt(doc.tokens, at - lead.length + m.index)];
  // ("The next step is type 2 diabetes": a label noun no number follows as a verb's object, whatever its tag)
  return t?.pos !== 'VERB' || NEVER_VERB_LABELS.has(t.text.toLowerCase());
};
const RELATIVE_TIME_BEFORE = /\b(?:last|this|next|each|every|per|a|that|same|previous|past)\s+$/i;
const NEVER_VERB_LABELS = new Set(['type', 'phase', 'stage', 'tier', 'band', 'category', 'class', 'grade', 'wave', 'cohort', 'version', 'generation']);

const before = (doc: Prepared, at: number, n = 30) => doc.norm.slice(Math.max(0, at - n), at);
const afterText = (doc: Prepared, at: number, n = 30) => doc.norm.slice(at, at + n);

/** Spans the dates extractor claimed are dates, not metrics: one sweep over both lists in text order. */
const dropUpstreamDates: Refiner = (cands, _doc, upstream) => {
  const dates = upstream.dates ?? [];
  if (dates.length === 0) return cands;
  const inDate = overlapTest(dates.map((d) => [d.span.start, d.span.end] as const));
  // ("due to begin a six-month evaluation in the autumn": a deadline's text holds what is due, and a thing that lasts
  // in it, before the date itself, is measured, not part of the date)
  const deadlines = dates.filter((d) => d.kind === 'deadline');
  const inWhatIsDue = overlapTest(deadlines.map((d) => [d.span.start, d.span.end] as const));
  const deadlineEnds = deadlines.map((d) => d.span.end);
  return cands.filter((c) => !inDate(c.numStart, c.numEnd) || (c.noun !== null && inWhatIsDue(c.numStart, c.numEnd) && !deadlineEnds.some((e) => e >= c.start && e <= c.end + 1)));
};

/** Years, fiscal years and day numbers, whether or not the dates extractor saw them. */
const dropDateParts: Refiner = (cands, doc) =>
  cands.filter((c) => {
    const raw = doc.norm.slice(c.numStart, c.numEnd);
    const lead = before(doc, c.numStart);
    const tail = afterText(doc, c.numEnd);
    if (/^\s*[/-]\s*\d/.test(tail) && /^\d{4}$/.test(raw)) return false; // 2023/24, 2022-2025
    // the second part of a date or a year range ("14/05", "2022-2025"); "10-15%" is a range of numbers
    if (/\d\s*\/\s*$/.test(lead) || /(?<![\d.,])(?:1[89]|20)\d\d\s*-\s*$/.test(lead)) return false;
    if (MONTH_RE.test(tail) || MONTH_BEFORE_RE.test(lead)) return c.unit !== 'count' && c.unit !== RANGE_PENDING && !/^\d{1,2}$/.test(raw);
    if (/^\d{4}$/.test(raw) && c.value >= 1900 && c.value <= 2100) {
      // a year unless it plainly counts something ("2000 staff") or carries a unit; a singular noun
      // after it is what the year dates ("its 2021 report")
      if (c.unit !== 'count' || !c.noun || !isPluralHead(c.noun.slice(c.noun.lastIndexOf(' ') + 1))) return false;
      if (YEAR_PREPOSITIONS.test(lead.toLowerCase())) return false;
    }
    return true;
  });

/** The UK's urgent and emergency numbers, written alone as the services' names ("111 calls", "999 call handlers"). */
const SERVICE_NUMBER = /^(?:111|999)$/;
/** "for all 111 practices": after "all", 111 or 999 counts a plural that is no part of the service's ("its 999 emergency operations centres" still names it). */
const ALL_BEFORE = /\ball\s+$/i;
const SERVICE_NOUN = /\b(?:calls?|contacts?|services?|online|lines?|numbers?|call\s+handlers?)$/i;
function countOfService(c: Candidate, doc: Prepared): boolean {
  const noun = c.noun;
  if (!noun || !ALL_BEFORE.test(before(doc, c.numStart, 10))) return false;
  return isPluralHead(noun.slice(noun.lastIndexOf(' ') + 1)) && !SERVICE_NOUN.test(noun);
}
const QUALIFIED = new RegExp(String.raw`\b(?:${QUALIFIER_SRC}|exactly|just)\s+$`, 'i');

const CLOCK_TIME = /^\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])/i;
/** "at half past eight", "quarter to nine": a clock time told in words. */
const CLOCK_WORDS_BEFORE = /\b(?:half|quarter|twenty|ten|five)[ \t]+(?:past|to)[ \t]+$/i;
const O_CLOCK = /^[ \t]*o['\u2019][ \t]?clock\b/i;

/** "0-19 service" at a candidate's number: an age span from birth that names a service. */
const FROM_BIRTH = /^0-\d{1,2}\s+[a-z]/;
/** "0-" before the span's end ("19" in "0-19 service"). */
const FROM_BIRTH_END = /(?:^|[^\d.,])0-$/;
/** Numbers inside names and codes: "COVID-19", "IC24", "24/7", "Level 5", "NHS 111", "111 calls". */
const dropCodes: Refiner = (cands, doc) =>
  cands.filter((c) => {
    if (c.unit === 'count' && SERVICE_NUMBER.test(doc.norm.slice(c.numStart, c.numEnd)) && !QUALIFIED.test(before(doc, c.numStart, 14)) && !countOfService(c, doc)) return false;
    const prev = doc.norm[c.numStart - 1] ?? ' ';
    const next = doc.norm[c.numEnd] ?? ' ';
    if (/[A-Za-z0-9_-]/.test(prev) && !/^[£$€]/.test(doc.norm[c.numStart] ?? '') && !/(?:in-|(?<![A-Za-z][\w-]*)\d-)$/.test(before(doc, c.numStart, 12)) && c.rule !== 'age-band') return false;
    if (next === '/' && /\d/.test(doc.norm[c.numEnd + 1] ?? '')) return false;
    // "SH:24": a number joined to letters by a colon is part of a name (a time's hours are digits)
    if (prev === ':' && /[A-Za-z]/.test(doc.norm[c.numStart - 2] ?? '')) return false;
    if (/^[./]\d/.test(afterText(doc, c.numEnd, 2)) && c.rule === 'count-bare') return false;
    if (/^(?:st|nd|rd|th)\b/i.test(afterText(doc, c.numEnd, 3))) return false;
    // a clock time: "8 a.m. phone calls", "at 3am", "5.30pm"
    if (CLOCK_TIME.test(afterText(doc, c.numEnd, 6))) return false;
    // ("five to seven days of monitoring", "ten to 12 patients": a range, when the second number measures something)
    const clock = CLOCK_WORDS_BEFORE.exec(before(doc, c.numStart, 16));
    if ((clock && (/past/i.test(clock[0]) || (c.unit === 'count' && c.noun === null))) || O_CLOCK.test(afterText(doc, c.numEnd, 10))) return false;
    // "the 0-19 service", "0-25 SEND teams": an age span from birth names the service, it counts nothing
    if (FROM_BIRTH.test(doc.norm.slice(c.numStart, c.numStart + 8)) || (FROM_BIRTH_END.test(before(doc, c.numStart, 3)) && /^\s+[a-z]/.test(afterText(doc, c.numEnd, 2)))) return false;
    const lead = before(doc, c.numStart);
    // ("onto the platform 48 hours later": a duration's number is no label's, nor is an amount of money: "a
    // three-year £2.6m deal", where "year" ends a compound, not a label like "Year 7")
    if (!c.words && !DURATION_UNITS.has(c.unit) && !MONEY_UNITS.has(c.unit) && labelBefore(doc, c.numStart, lead)) return false;
    if (c.unit === 'count' && !c.words && c.rule !== 'rate-per') {
      // a number right after a capitalised word is part of a name ("Windows 11", "NHS 111"),
      // unless that word starts the sentence
      const k = tokenAt(doc.tokens, c.numStart) - 1;
      const t = doc.tokens[k];
      // (not a figure written with thousands separators, "Somerset 118,000; Dorset 142,000", nor one in millions, "viewed
      // the London Care Record 1.3 million times")
      if (t && t.type === 'word' && /^[A-Z]/.test(t.text) && t.end >= c.numStart - 1 && !THOUSANDS.test(doc.norm.slice(c.numStart, c.numEnd)) && !IN_MILLIONS.test(doc.norm.slice(c.numStart, c.numEnd)) && doc.tokens[k - 1]?.sentence === t.sentence && !/^(?:[A-Z][a-z]+ly|With|Of|Over|Under|Around|About|Some|Nearly|Almost|Just|Only|All|The|These|Those|Our|Its|Their|His|Her|My|Your|Approximately|Roughly)$/.test(t.text) && !figureAfterBody(lead, doc.norm.slice(c.numStart, c.numEnd))) return false;
    }
    return true;
  });

const TITLE_WORD = /^[A-Z][a-z]+$/;
const IN_MILLIONS = /\d\s?(?:million|billion|bn)$/i;

/** Idioms in which a number word names a goal or a policy, not a quantity: "net zero", "zero tolerance". */
const IDIOM_BEFORE = /\bnet[\s-]+$/i;
const IDIOM_AFTER = /^[\s-]+tolerance\b/i;

/**
 * Number words inside names and titles count nothing: "the NHS Net Zero Agenda", "One London",
 * "Level Two", "the Five Year Forward View". A capitalised number word is part of a name unless it
 * starts its sentence (or a list item); there it is a name only when two Title-case words follow.
 */
const OPENING_QUOTE = /^["\u201C\u2018']$/;
const dropNames: Refiner = (cands, doc) =>
  cands.filter((c) => {
    if (!c.words) return !inTitle(doc, c);
    const raw = doc.norm.slice(c.numStart, c.numEnd);
    if (IDIOM_BEFORE.test(before(doc, c.numStart, 8)) || IDIOM_AFTER.test(afterText(doc, c.numEnd, 14))) return false;
    if (!/^[A-Z]/.test(raw)) return true;
    const { tokens } = doc;
    const k = tokenAt(tokens, c.numStart);
    const t = tokens[k];
    if (!t) return true;
    const sentence = doc.sentences[t.sentence];
    let initial = true;
    for (let j = k - 1; sentence && j >= sentence.tokenStart; j--) {
      if (tokens[j]!.type === 'word' || tokens[j]!.type === 'number') { initial = false; break; }
    }
    if (!initial) {
      // after a colon or an opening quote a sentence may start again ("Highlights: Two new hubs",
      // 'said: "One in five adults …')
      const prev = tokens[k - 1];
      return prev !== undefined && (prev.text === ':' || OPENING_QUOTE.test(prev.text));
    }
    // sentence-initial: "Five Year Forward View sets out" is a name, "Five London boroughs" a count (and "Three South
    // Yorkshire trusts", whose counted noun is a common plural after the place)
    if (c.noun && /(?:^|\s)[a-z][a-z-]*s$/.test(c.noun)) return true;
    const e = tokenAt(tokens, c.numEnd);
    const w1 = tokens[e];
    const w2 = tokens[e + 1];
    return !(w1 && w2 && w1.sentence === t.sentence && w2.sentence === t.sentence && TITLE_WORD.test(w1.text) && TITLE_WORD.test(w2.text));
  });

/**
 * Digits inside a title: "the 10 Year Health Plan", "NHS 75 Years Celebration": after "the" or a
 * capitalised word, and followed by two Title-case words.
 */
function inTitle(doc: Prepared, c: Candidate): boolean {
  const { tokens } = doc;
  const k = tokenAt(tokens, c.numStart);
  const prev = tokens[k - 1];
  if (!prev) return false;
  // (or a possessive: "the government's 10 Year Health Plan")
  const possessive = /^['\u2019]s?$/.test(prev.text);
  if (!possessive && !(prev.type === 'word' && (/^the$/i.test(prev.text) || /^[A-Z]/.test(prev.text)))) return false;
  const e = tokenAt(tokens, c.numEnd);
  const w1 = tokens[e];
  const w2 = tokens[e + 1];
  if (!(w1 !== undefined && w2 !== undefined && w1.start > c.numStart && TITLE_WORD.test(w1.text) && TITLE_WORD.test(w2.text) && w2.sentence === w1.sentence)) return false;
  // "the 12 Frontline Digitisation trusts" counts trusts: the name only modifies a plural head
  let j = e + 2;
  while (j < e + 6 && tokens[j] && TITLE_WORD.test(tokens[j]!.text)) j++;
  const head = tokens[j];
  // (a -s word with an object after it is the verb: "the 10 Year Health Plan sets the direction")
  const object = tokens[j + 1];
  const isVerb = object !== undefined && (object.pos === 'DET' || object.pos === 'PRON');
  return !(head && head.type === 'word' && /^[a-z]+s$/.test(head.text) && !/(?:ss|us|is)$/.test(head.text) && !isVerb);
}

/** "several hundred patients", "a few thousand staff": a vague number names no quantity. */
const VAGUE_BEFORE = /\b(?:several|a\s+few|few|many|some|a\s+couple\s+of)\s+$/i;
const dropVague: Refiner = (cands, doc) =>
  cands.filter((c) => !(c.words && /^(?:hundreds?|thousands?|millions?)$/i.test(doc.norm.slice(c.numStart, c.numEnd)) && VAGUE_BEFORE.test(before(doc, c.numStart, 16))));

/** "one" as a pronoun or article ("one of these", "one tool") counts nothing, unless qualified ("at least one tool"). */
const ONE_ENDS_RANGE = /\bfrom\s+[^,;.]{1,40}\s+to\s+$/i;
const dropOne: Refiner = (cands, doc) =>
  cands.filter((c) => {
    if (!c.words || c.value !== 1) return true;
    const raw = doc.norm.slice(c.numStart, c.numEnd).toLowerCase();
    if (raw !== 'one' && raw !== 'a' && raw !== 'an') return true;
    // "at least one tool", "more than one supplier": a qualified one counts
    // (not "under one roof": only a floor makes "one" a count)
    if (raw === 'one' && (c.qualifier === 'at least' || c.qualifier === 'more than')) return true;
    // "fallen from four days to less than one": the second end of a range
    if (raw === 'one' && ONE_ENDS_RANGE.test(before(doc, c.start, 60))) return true;
    return c.unit !== 'count' && c.unit !== RANGE_PENDING;
  });

// ("six hours a week" saved or spent is a quantity, not a schedule; so is any number of hours a day above 24,
// "lost 310 hours a day to handover delays", or of days a week above 7)
/** "the next 12 months", "two years ago" are relative dates. */
const dropRelativeDurations: Refiner = (cands, doc) =>
  cands.filter((c) => {
    if (!DURATION_UNITS.has(c.unit)) return true;
    if (RELATIVE_DATE_BEFORE.test(before(doc, c.numStart, 20).toLowerCase())) return false;
    // ("open seven days a week", "12 hours a day" are durations: every held-out annotator who met one listed it)
    return !RELATIVE_DATE_AFTER.test(doc.norm.slice(c.end, c.end + 15).toLowerCase());
  });

/**
 * A number that a rule already read as part of another metric ("1-in-2") is not a metric of its
 * own. Candidates come in text order and their numbers never overlap, so one sweep keeping the
 * furthest end reached by an earlier metric suffices.
 */
const dropInside: Refiner = (cands) => {
  let unitEnd = -1; // furthest end of an earlier non-count metric
  let setEnd = -1; // furthest end of an earlier "N of the M" count
  const out: Candidate[] = [];
  for (const c of cands) {
    // ("38 percent of over-75s": an age band in what a share counts is a metric of its own)
    const inside = (c.numStart < unitEnd && c.rule !== 'age-band') || (c.noun === null && c.numStart < setEnd);
    if (!inside) out.push(c);
    if (c.unit !== 'count') unitEnd = Math.max(unitEnd, c.end);
    else if (c.rule === 'count-of-set') setEnd = Math.max(setEnd, c.end);
  }
  return out;
};

/** "10-15%", "between 20 and 30 patients": the first number takes the second one's unit and noun. */
const SCALE_END = /\d\s?(million|billion|thousand|bn|mn|m|k|tn)$/i;
/** The words between a range's two numbers when the second has a qualifier: " to about ". */
const QUALIFIED_JOIN = new RegExp(String.raw`^\s*(?:-|to|and)\s+${RANGE_END_QUALIFIER}\s+(?:£|\$|€)?$`, 'i');
const ranges: Refiner = (cands, doc) => {
  const out: Candidate[] = [];
  // index of the first later candidate whose unit is known, from one backward pass
  const nextResolved = new Array<number>(cands.length);
  for (let i = cands.length - 1, n = -1; i >= 0; i--) {
    nextResolved[i] = n;
    if (cands[i]!.unit !== RANGE_PENDING) n = i;
  }
  let dropNext: Candidate | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.unit !== RANGE_PENDING) {
      if (c !== dropNext) out.push(c);
      continue;
    }
    const next = nextResolved[i] === -1 ? undefined : cands[nextResolved[i]!];
    // a ratio's first end would need the base too ("from 62 to 71 out of 100"): left out
    // a count needs its noun, or a rate its base ("from 6.1 to 5.2 per 1,000 bed days")
    // (a bare "from 112 to 31" keeps both ends, as the 'range-second' rule keeps the second)
    if (!next || (next.numStart - c.numEnd > 6 && !QUALIFIED_JOIN.test(doc.norm.slice(c.numEnd, next.numStart))) || next.unit === 'count' && !next.noun && next.rule !== 'rate-per' && next.rule !== 'range-second' && !c.noun || next.unit === 'ratio') continue;
    // "£10-15m", "2-3 million": a first number without a scale takes the second one's
    const firstRaw = doc.norm.slice(c.numStart, c.numEnd);
    const scale = /\d$/.test(firstRaw) ? SCALE_END.exec(doc.norm.slice(next.numStart, next.numEnd)) : null;
    const factor = scale ? SCALES.get(scale[1]!.toLowerCase()) ?? 1 : 1;
    const value = tidyNumber(c.value * factor);
    // "a 5-4 vote", "won 3-1": a dash between a larger and a smaller count is a score, not a range
    if (next.unit === 'count' && value > next.value && /^\s*-\s*$/.test(doc.norm.slice(c.numEnd, next.numStart))) {
      dropNext = next;
      continue;
    }
    // "the falls rate has dropped from 6.1 to 5.2 per 1,000": the noun before the first end is both ends'
    const noun = next.noun ?? c.noun;
    if (!next.noun && noun) cands[nextResolved[i]!] = { ...next, noun, inherit: false };
    out.push({ ...c, value, unit: next.unit, noun, end: c.numEnd, inherit: false });
  }
  return out;
};

const RANGE_JOIN = /^\s*(?:-|to|and)\s*$/i;
const RANGE_OPEN = /\b(?:between|from)\s+$/i;

/**
 * "between 20 minutes and three hours", "5% to 10% of referrals": when both ends of a range carry
 * their own unit, both measure the same thing.
 */
const rangePartners: Refiner = (cands, doc) => {
  const out = cands.slice();
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const p = out[i - 1]!;
    if ((c.noun === null) === (p.noun === null) || c.numStart - p.end > 8) continue;
    if (!(c.unit === p.unit || DURATION_UNITS.has(c.unit) && DURATION_UNITS.has(p.unit))) continue;
    const join = doc.norm.slice(p.end, c.numStart);
    if (!RANGE_JOIN.test(join) || /and/i.test(join) && !RANGE_OPEN.test(before(doc, p.numStart, 12))) continue;
    // the end without a noun takes the other's ("between 20 minutes and three hours", "5% to 10% of referrals")
    if (c.noun === null) out[i] = { ...c, noun: p.noun };
    else out[i - 1] = { ...p, noun: c.noun };
  }
  return out;
};

/** "31.8 beds per 100,000 population": the base is no metric, and every count in its sentence is a rate over it. */
const rateBase: Refiner = (cands, doc) => {
  const bases: { at: number; value: number; sentence: number }[] = [];
  const keep = cands.filter((c) => {
    if (!/\bper\s+$/i.test(before(doc, c.numStart, 6)) || c.words && c.value < 10) return true;
    bases.push({ at: c.numStart, value: c.value, sentence: doc.tokens[tokenAt(doc.tokens, c.numStart)]?.sentence ?? -1 });
    return false;
  });
  if (bases.length === 0) return keep;
  const bySentence = new Map<number, (typeof bases)[number]>();
  for (const b of bases) if (!bySentence.has(b.sentence)) bySentence.set(b.sentence, b);
  return keep.map((c) => {
    if (c.unit !== 'count') return c;
    const s = doc.tokens[tokenAt(doc.tokens, c.numStart)]?.sentence ?? -2;
    const b = bySentence.get(s);
    if (!b) return c;
    // "160 beds, with a target of 40 to 50 beds per 100,000": a new clause before the rate keeps its count whole
    if (c.numStart < b.at && RATE_CLAUSE_BREAK.test(doc.norm.slice(c.numEnd, b.at))) return c;
    return { ...c, per: b.value };
  });
};
const RATE_CLAUSE_BREAK = /,[ \t]+(?:with|while|whilst|against|compared|but|and)\b|;/i;

const paragraphOf = (doc: Prepared, at: number) => {
  const t = doc.tokens[tokenAt(doc.tokens, at)];
  return t ? doc.sentences[t.sentence]?.paragraph ?? -1 : -1;
};

/**
 * The set "the six" refers to: of the earlier counts of that value, the latest whose noun the
 * text just before names ("each ICS website ... two of the six" → "six ICSs"), else the latest.
 */
function setFor(counts: readonly Candidate[] | undefined, doc: Prepared, at: number): Candidate | undefined {
  if (!counts || counts.length === 0) return undefined;
  const window = doc.norm.slice(Math.max(0, at - 400), at).toLowerCase();
  for (let k = counts.length - 1; k >= Math.max(0, counts.length - 8); k--) {
    const head = counts[k]!.noun!.toLowerCase().split(' ').pop()!.replace(/s$/, '');
    if (head.length >= 2 && window.includes(head)) return counts[k];
  }
  return counts[counts.length - 1];
}

/**
 * A bare number continues the metric before it ("Next up is X with 30.3"), "two of the six"
 * counts what the six counted, and a bare head ("a rate of 70.8 percent") takes the compound
 * the text used for it earlier ("occupancy rates").
 */
/** From the start of "23 days" in "from 23 days to four": the first end of a range and the "to" before the second. */
const FROM_TO_BARE = new RegExp(String.raw`^[^\s,;.]+(?:\s[a-z-]+){0,2}\s+to\s+(?:${RANGE_END_QUALIFIER}\s+)?$`, 'i');
/** From the start of "two days" in "in two days rather than nine": a measure, then the one it is compared with. */
const COMPARED_BARE = new RegExp(String.raw`^[^\s,;.]+(?:\s[a-z-]+){0,2},?\s+(?:rather\s+than|instead\s+of|compared\s+(?:with|to)|against|down\s+from|up\s+from)\s+(?:${RANGE_END_QUALIFIER}\s+)?$`, 'i');
/**
 * A bare number that ends "from 23 days to four" or "in two days rather than nine", where `first` is the metric
 * before it with its unit.
 */
const isSecondEnd = (c: Candidate, first: Candidate | undefined, doc: Prepared) => {
  if (!(c.rule === 'count-bare' || c.rule === 'range-second' || c.rule === 'count-compared') || first === undefined || first.unit === 'count') return false;
  const between = doc.norm.slice(first.numStart, c.numStart);
  // (not after a threshold: "2,946 patients waiting more than 52 weeks, down from 3,410" compares the patients)
  return (FROM_TO_BARE.test(between) && FROM_BEFORE_FIRST.test(before(doc, first.start, 48))) || (first.qualifier === null && COMPARED_BARE.test(between));
};
const FROM_BEFORE_FIRST = new RegExp(String.raw`\bfrom\s+${FIRST_END_MEASURE}?$`, 'i');
const OF_WHOM = /\bof[ \t]+whom[ \t]+(?:there[ \t]+(?:are|were|is|was)[ \t]+)?$/i;
/** After a percentage's number: "percent of them", "per cent of whom", "% of those" (a share of what was just counted). */
const SHARE_OF_PRONOUN = /\s?(?:%|percent|per\s+cent|pc)\s+of\s+(?:them|those|whom|these)\b/iy;
/**
 * "41,600 shifts – 18 percent of them", "46 practices (57 percent) are live": a percentage of a count just
 * made, in the same paragraph, is a share of what that count counts.
 */
function countSharedBy(c: Candidate, out: readonly Candidate[], doc: Prepared): Candidate | null {
  const bracketed = doc.norm.charCodeAt(c.start - 1) === 40; // "("
  SHARE_OF_PRONOUN.lastIndex = c.numEnd;
  if (!bracketed && !SHARE_OF_PRONOUN.test(doc.norm)) return shareOpeningClause(c, out, doc);
  const para = paragraphOf(doc, c.numStart);
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k]!;
    if (c.numStart - o.end > (bracketed ? 2 : 300) || paragraphOf(doc, o.numStart) !== para) return null;
    if (o.unit === 'count' && o.noun) return o;
    if (bracketed) return null;
  }
  return null;
}
/** Where a share opens its own clause: after a comma and "and", "with" or "while", or after "found that". */
const SHARE_CLAUSE_BEFORE = /(?:,|;)\s+(?:(?:and|with|while|but)\s+)?$|\b(?:found|find|finds|showed|shows|show)\s+that\s+$/i;
/**
 * "of 1.4 million requests submitted through Patchs in 2024/25, 52 percent arrived outside the morning rush", "6,500
 * supplier invoices a month …, with 96 percent processed without a human", "A survey of 1,150 residents … found that 18
 * per cent had no smartphone": a percentage opening its clause, then its verb, is a share of what the count before it
 * in the same sentence counts.
 */
function shareOpeningClause(c: Candidate, out: readonly Candidate[], doc: Prepared): Candidate | null {
  if (!SHARE_CLAUSE_BEFORE.test(before(doc, c.start, 40))) return null;
  let k = tokenAt(doc.tokens, c.end);
  if (/^(?:now|still|also|already|currently|then)$/i.test(doc.tokens[k]?.text ?? '')) k++;
  const verb = doc.tokens[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.start - c.end > 2) return null;
  return lastInSentence(out, doc, c.numStart, (o) => o.unit === 'count' && !!o.noun) ?? null;
}
/** The last of `out` in the sentence at `at` that `ok` accepts, walking back from the end. */
function lastInSentence(out: readonly Candidate[], doc: Prepared, at: number, ok: (o: Candidate) => boolean): Candidate | undefined {
  const sentence = sentenceAt(doc.sentences, at);
  for (let j = out.length - 1; j >= 0 && sentenceAt(doc.sentences, out[j]!.numStart) === sentence; j--) if (ok(out[j]!)) return out[j];
  return undefined;
}
/** A noun that opens on capitalised words, then goes on in lower case: "Civica deal", "Microsoft 365 Copilot licences". */
const NAMED_MODIFIER = /^((?:[A-Z0-9][\w&+.'-]*\s+){1,4})([a-z][\w-]*(?:\s+[a-z][\w-]*)*)$/;

/**
 * "a £4.2m Civica deal", "1,500 Microsoft 365 Copilot licences", "105,000 NHS Wales staff": a supplier, product or body the
 * entities extractor named, in front of what is counted, says whose it is, not what it is ("deal", "licences", "staff").
 * Generic initials stay ("GP practices", "NHS trusts", "EPR platforms"): the NHS itself is no such name.
 */
const dropNamedModifiers: Refiner = (cands, _doc, upstream) => {
  const named = new Set<string>();
  for (const e of upstream.entities ?? []) {
    if (e.type !== 'organisation' && e.type !== 'product') continue;
    for (const m of e.mentions) if (m.text !== 'NHS') named.add(m.text);
  }
  if (named.size === 0) return cands;
  return cands.map((c) => {
    const m = c.noun === null ? null : NAMED_MODIFIER.exec(c.noun);
    return m && named.has(m[1]!.trim()) ? { ...c, noun: m[2]! } : c;
  });
};

/** A verb of viewing or using before "N times", and the occurrences it counts: "viewed 1.4 million times" counts views. */
const OCCURRENCE_VERBS: ReadonlyMap<string, string> = new Map([
  ['view', 'views'], ['viewed', 'views'], ['views', 'views'],
  ['access', 'accesses'], ['accessed', 'accesses'], ['accesses', 'accesses'],
  ['download', 'downloads'], ['downloaded', 'downloads'], ['downloads', 'downloads'],
  ['visit', 'visits'], ['visited', 'visits'], ['visits', 'visits'],
  ['search', 'searches'], ['searched', 'searches'], ['searches', 'searches'],
  ['click', 'clicks'], ['clicked', 'clicks'], ['clicks', 'clicks'],
  ['play', 'plays'], ['played', 'plays'], ['plays', 'plays'],
  ['stream', 'streams'], ['streamed', 'streams'], ['streams', 'streams'],
]);
/** The words right before a count, back to a clause break: a verb of OCCURRENCE_VERBS among the last seven. */
const WORDS_BEFORE = /(?:^|[.,;:!?()"])([^.,;:!?()"]*)$/;
/** "waited 60 weeks", "patients waiting more than 65 weeks", "would otherwise wait more than 20 minutes": a wait. */
const WAIT_BEFORE = new RegExp(String.raw`\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:${QUALIFIER_SRC}\s+|longer\s+than\s+)?$`, 'i');
/** "an option to extend for a further 24 months", "extended in April for a further 18 months": an extension. */
const EXTENSION_BEFORE = /\bextend(?:ed|s|ing)?\s+(?:it\s+|this\s+|(?:in|from)\s+[A-Z][a-z]+(?:\s+\d{4})?\s+)?for\s+(?:a\s+|an\s+|another\s+)?(?:(?:further|additional|extra)\s+)?$/i;
/**
 * "extended its contract with Docobo, whose platform …, for a further 18 months", "extended its electronic patient
 * record contract for five more years": the head of what was extended (the last word before its "with", "for" or
 * comma), in the same sentence.
 */
const EXTENDED_OBJECT_BEFORE = /\bextend(?:ed|s|ing)?\s+(?:its|their|the|our|his|her|this|that|a|an)\s+(?:[a-z][\w-]*\s+){0,4}?([a-z][a-z-]+)(?:(?:\s+(?:with|to|at)\b|,)[^.;:!?]{0,160}?)?\s+for\s+(?:a\s+|an\s+|another\s+)?(?:(?:further|additional|extra)\s+)?$/;
/** "expected to save about £1.5 million a year", "saving about £3.1 million", "could save the NHS up to £2m": savings. */
const SAVE_BEFORE = new RegExp(String.raw`\bsav(?:e|es|ed|ing)\s+(?:(?:the\s+)?(?:NHS|trusts?|ICBs?|system|taxpayers?|councils?|health\s+board)\s+|us\s+|them\s+|it\s+)?(?:${QUALIFIER_SRC}\s+)?$`, 'i');

/** A verb of spending or saving time, before a duration in its clause. */
const TIME_SPENT_BEFORE = /\b(?:spend|spends|spent|spending|save|saves|saved|saving)\b[^.;:!?]{0,40}$/i;
/** After the duration: how often, then "on" and what the time goes on ("25 minutes a day on documentation"). */
const SPENT_ON_AFTER = /(?:\s+(?:a|per|each|every)\s+(?:day|week|month|shift|session|clinic|patient|appointment|consultation|visit|case|call))?\s+on\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|our\s+)?(?=[a-z])/iy;
/** What time spent or saved goes on: "nurses spend around 40 minutes a shift on documentation". */
function timeSpentOn(doc: Prepared, c: Candidate): string | null {
  if (!TIME_SPENT_BEFORE.test(before(doc, c.start, 60))) return null;
  SPENT_ON_AFTER.lastIndex = c.end;
  const m = SPENT_ON_AFTER.exec(doc.norm);
  if (!m) return null;
  const np = nounPhraseAt(doc, tokenAt(doc.tokens, c.end + m[0].length), 4);
  return np?.noun ?? null;
}

/**
 * A noun the verb before a metric names, where nothing after it does: occurrences of viewing or using ("viewed
 * 610,000 times" → views), a wait ("waited 60 weeks"), what was extended and for how long ("extended its contract
 * … for a further two years" → contract; "an option to extend for a further two years" → extension), and the
 * amount a change saves ("saving about £3.1 million" → savings), and what time spent or saved goes on ("save around 40
 * minutes per shift on documentation").
 */
const verbNouns: Refiner = (cands, doc) =>
  cands.map((c) => {
    if (c.unit === 'count' && c.noun === 'times') {
      const words = WORDS_BEFORE.exec(before(doc, c.start, 80))![1]!.trim().split(/\s+/).slice(-7).reverse();
      for (const w of words) {
        const noun = OCCURRENCE_VERBS.get(w.toLowerCase());
        if (noun) return { ...c, noun };
      }
      return c;
    }
    if (c.noun !== null) return c;
    if (DURATION_UNITS.has(c.unit)) {
      const lead = before(doc, c.start, 240);
      if (WAIT_BEFORE.test(lead)) return { ...c, noun: 'wait' };
      if (EXTENSION_BEFORE.test(lead)) return { ...c, noun: 'extension' };
      const object = EXTENDED_OBJECT_BEFORE.exec(lead);
      if (object && !FUNCTION_WORD.test(object[1]!)) return { ...c, noun: object[1]! };
      const spentOn = timeSpentOn(doc, c);
      if (spentOn) return { ...c, noun: spentOn };
      return c;
    }
    if (MONEY_UNITS.has(c.unit) && SAVE_BEFORE.test(before(doc, c.start, 60))) return { ...c, noun: 'savings' };
    return c;
  });

const inheritNouns: Refiner = (cands, doc) => {
  const out: Candidate[] = [];
  // the latest metric with a noun, by counted value, and by unit and last word of a compound noun
  const countByValue = new Map<number, Candidate[]>();
  const byHead = new Map<string, Candidate>();
  for (const c of cands) {
    let r = c;
    const changed = c.inherit && !c.noun && c.rule === 'count-compared' ? changeSubject(doc.norm.slice(Math.max(0, c.start - 120), c.start)) : null;
    const shared = c.inherit && !c.noun && c.unit === 'percent' ? countSharedBy(c, out, doc) : null;
    if (c.inherit && c.ofSet !== undefined) {
      const set = setFor(countByValue.get(c.ofSet), doc, c.numStart);
      if (set) r = { ...c, noun: set.noun };
    } else if (c.inherit && !c.noun && isSecondEnd(c, out[out.length - 1], doc)) {
      // "fallen from 23 days to four": the second end of a range written out once takes the first end's unit
      const first = out[out.length - 1]!;
      r = { ...c, unit: first.unit, noun: first.noun, per: first.per };
    } else if (changed) {
      // "Referrals fell from 7,300": what fell is what the figure counts, not what the sentence before counted
      r = { ...c, noun: changed.head };
    } else if (shared) {
      r = { ...c, noun: shared.noun };
    } else if (c.inherit && !c.noun) {
      const para = paragraphOf(doc, c.numStart);
      // only metrics ending within 800 characters qualify; spans are short, so look back a bounded way
      let prev: Candidate | undefined;
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k]!;
        if (c.numStart - o.numStart > 1600) break;
        if (o.unit === c.unit && o.noun && c.numStart - o.end < 800 && paragraphOf(doc, o.numStart) >= para - 1) { prev = o; break; }
      }
      if (prev) r = { ...c, noun: prev.noun, per: c.per ?? (c.unit === 'count' ? prev.per : null) };
      // ("people with type 2 diabetes who use insulin, of whom there are roughly 6,500": "whom" counts people)
      else if (c.unit === 'count' && OF_WHOM.test(doc.norm.slice(Math.max(0, c.start - 40), c.start))) r = { ...c, noun: 'people' };
      else if (c.rule === 'count-bare' || c.rule === 'count-compared' || c.rule === 'count-another') continue; // a lone number with nothing to count
    } else if (c.inherit && c.noun && /^[a-z]+$/.test(c.noun)) {
      // a percentage with only a bare head before it may still continue a series
      const prev = byHead.get(`${c.unit} ${c.noun}`);
      if (prev && paragraphOf(doc, prev.numStart) === paragraphOf(doc, c.numStart)) r = { ...c, noun: prev.noun };
    }
    if (r.noun && /^[a-z]+$/.test(r.noun)) r = { ...r, noun: compoundFromContext(doc, r) ?? r.noun };
    out.push(r);
    if (r.noun) {
      if (r.unit === 'count') {
        const list = countByValue.get(r.value);
        if (list) list.push(r);
        else countByValue.set(r.value, [r]);
      }
      const sp = r.noun.lastIndexOf(' ');
      if (sp > 0) byHead.set(`${r.unit} ${r.noun.slice(sp + 1)}`, r);
    }
  }
  return out;
};

const FUNCTION_WORD = /^(?:the|a|an|of|in|on|at|to|for|and|or|with|by|from|as|is|was|are|were|has|have|had|its|their|our|this|that|these|those|same|high|low|higher|lower|average|overall|total|growth)$/i;

const COMPOUND_HEADS = ['rate', 'ratio', 'share', 'proportion', 'level', 'score', 'figure', 'number', 'total', 'percentage', 'occupancy', 'coverage', 'uptake'];
/** One pattern per head noun, compiled at module load: a modifier word right before the head. */
const COMPOUND_RE = new Map(COMPOUND_HEADS.map((h) => [h, new RegExp(`\\b([a-z][a-z-]{2,20})\\s+${h}s?\\b`, 'g')]));

/** "Regarding occupancy rates, ... a rate of 80 percent" → "occupancy rate". */
function compoundFromContext(doc: Prepared, c: Candidate): string | null {
  if (c.unit !== 'percent' && c.unit !== 'count') return null;
  const head = c.noun!;
  if (!COMPOUND_RE.has(head)) return null;
  const para = paragraphOf(doc, c.numStart);
  const from = Math.max(0, c.numStart - 600);
  const re = COMPOUND_RE.get(head)!;
  let found: string | null = null;
  for (const m of execAll(re, doc.norm.slice(from, c.numStart))) {
    const at = from + m.index;
    if (FUNCTION_WORD.test(m[1]!) || paragraphOf(doc, at) < para - 1) continue;
    const t = doc.tokens[tokenAt(doc.tokens, at)];
    if (t && t.pos === 'NOUN') found = `${m[1]!} ${head}`;
  }
  return found;
}

/**
 * The scorer's fold (pipeline/fold.ts) of a record's text: for plain ASCII, where Unicode
 * normalisation changes nothing, the same key from cheaper ASCII patterns.
 */
function foldKey(s: string): string {
  // one pass: letters and digits lower-cased, "'s" at a word's end dropped, anything else a single space
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 126 || c < 32) return fold(s);
    if (c >= 65 && c <= 90) c += 32;
    const word = c >= 97 && c <= 122 || c >= 48 && c <= 57;
    if ((c === 39 || c === 96) && (s.charCodeAt(i + 1) | 32) === 115 && !isWordCode(s.charCodeAt(i + 2))) {
      i++;
      continue;
    }
    if (!word) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(c);
  }
  return out.startsWith('the ') ? out.slice(4) : out;
}
const isWordCode = (c: number) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;

/** An adverb between an auxiliary and its change verb ("are actually up", "has already fallen"). */
const ADVERB_SRC = '(?:also|already|now|since|still|[a-z]{2,}ly)';
/**
 * ("- Theatre utilisation up from 71 percent to 84 percent", "- Agency nursing shifts in theatres down 27 percent": a
 * report's "up"/"down" is a change verb too)
 * "The average turnaround for discharge prescriptions has fallen from 94 minutes to 51 minutes",
 * "- falls at night dropped from 9.1 to 6.3 per 1,000", "Calls rose 38 per cent": what changed is the clause's subject, named
 * before the change verb. Its head is the words from the clause's start (determiners and
 * "average", "median" or "total" left out) to the first preposition; of "the share of abandoned
 * calls", what it is a share of.
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:^|[.;:!?\n]\s*|,\s+(?:and\s+)?|\n\s*[-•*]\s+|^\s*[-•*]\s+)((?:(?:the|a|an|our|its|their|this)\s+)?(?:(?:average|median|mean|total|overall)\s+)?(?:(?:share|proportion|percentage|number)\s+of\s+(?:the\s+)?)?([A-Za-z][A-Za-z-]*(?:[ \t]+(?:[A-Za-z][A-Za-z-]*|\d{1,3}|${YEAR_SRC})){0,9}?))\s+(?:(?:(?:(?:has|have|had)\s+been|has|have|had|was|were|is|are)\s+(?:${ADVERB_SRC}\s+)?)?${CHANGE_VERB_SRC}(?:\s+(?:from|by|to))?|(?:(?:is|are|was|were)\s+(?:${ADVERB_SRC}\s+)?)?(?:up|down)(?:\s+(?:from|by|to))?)\s+(?:${QUALIFIER_SRC}\s+)?$`,
  'i',
);
const LENGTH_OF_STAY = /^length of stay\b/i;
const REPORT_BEFORE = /^.*\b(?:that|said|says|added|adds|explained|noted|reported|showed|shows|found)\s+/i;
const PHRASAL_UP = /(?:^|\s)(?:[a-z]{2,}ed|set|put|cut|shut|taken|broken|sign|signs|free|frees|open|opens|scale|scales|step|steps|ramp|ramps)$/i;
/** "patients seen within four hours": a participle after the subject's head starts its own clause. */
const SUBJECT_PARTICIPLE = /\s+(?:[a-z]{3,}ed|seen|taken|given|done|made|(?:waiting|staying|living|using|receiving|attending|needing|accessing)(?=\s))\b.*$/i;
// ("fell from £96.8m in 2023/24 to £63.9m": a year or period after the first end)
const CHANGE_TO = new RegExp(String.raw`^(?:\s+(?:in|for|during)\s+(?:(?:the\s+)?(?:first|second|third|last)\s+(?:quarter|half)\s+of\s+)?(?:${YEAR_SRC}|Q[1-4](?:\s+\d{4})?|[A-Z][a-z]+(?:\s+\d{4})?))?\s+to\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');
/**
 * "a fall in average length of stay from 8.2 days to 5.9 days": a change named by a noun, then what changed, then the
 * figures ("a 20 percent reduction in …", the figure before the noun, is read elsewhere).
 */
const CHANGE_NOUN_IN = new RegExp(
  String.raw`\b(?:fall|drop|rise|reduction|increase|cut|improvement|decline|falls|drops|rises|reductions|increases|improvements)\s+in\s+(?:the\s+)?(?:(?:average|median|mean|total|overall)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?)\s+(?:from|to)\s+(?:${QUALIFIER_SRC}\s+)?$`,
  'i',
);
const HEAD_STOP = /\s+(?:for|on|at|of|in|from|after|before|during|since|until|per|among|across|with|within|between)\s.*$/i;

/**
 * "hopes to cut the proportion of patients taken to emergency departments from 52 percent",
 * "taking adoption to 68 percent", "reduced opioid prescribing by 9%": what changes is the verb's object, between it and the number.
 */
const OBJECT_CHANGE = new RegExp(
  String.raw`\b(?:cut|cutting|reduce[sd]?|reducing|raise[sd]?|raising|lift(?:s|ed|ing)?|improve[sd]?|improving|increase[sd]?|increasing|boost(?:s|ed|ing)?|tak(?:e|es|ing)|took|taken|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))\s+(?:(?:down|up)\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:share|proportion|percentage|number)\s+of\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}?)\s+(?:from|to|by)\s+(?:${QUALIFIER_SRC}\s+)?$`,
  'i',
);
/** A participle or preposition that starts the object's own clause ("patients taken to …"): the head ends before it. */
// ("the number of data centres run by its trusts", "the number of clinical systems it runs": a clause about the head)
const OBJECT_TAIL = /\s+(?:[a-z]+ed|[a-z]{2,}ing(?=\s+\S)|taken|given|seen|held|done|made|run|it|they|we|which|that|who|for|on|at|of|in|from|to|after|before|per|among|across|with|within|between)\b.*$/i;
const AUXILIARY_FIRST = /^(?:has|have|had|is|are|was|were|be|been|being|will|would|can|could|may|might|must|should)\b/i;
const NOT_AN_OBJECT = /^(?:it|them|this|that|which|who|there|place|part|effect|care|time|action|steps?|ours|theirs|mine|yours|his|hers)$|^(?:it|this|that|these|those|them|us)\s/i;
/** "It took from three to five weeks": a preposition or a number in words is no object. */
const NUMBER_OR_PREPOSITION = new RegExp(String.raw`^(?:from|to|by|between|about|around|over|under)\b|\b(?:${CARDINAL_WORD_SRC}|hundred|thousand)\b`, 'i');

/**
 * The subject of a change verb right before a figure ("Referrals fell from ", "the share of patients seen rose to "):
 * its head (`head`) and the words as written before the verb (`written`), or null.
 */
function changeSubject(before: string): { head: string; written: string } | null {
  const m = CHANGE_BEFORE.exec(before);
  if (!m) return null;
  // "this has freed up roughly 1,900 hours", "practices signed up": "up" is a verb's particle, not a report's "up"
  if (PHRASAL_UP.test(m[2]!) && /^\s+(?:up|down)\b/i.test(before.slice(m.index + m[0].indexOf(m[2]!) + m[2]!.length))) return null;
  // (NHS statistics' "length of stay" keeps its "of")
  // ("She added that stock holding had fallen by 14 per cent": the report's own clause starts after "that")
  const subject = m[2]!.replace(REPORT_BEFORE, '');
  // ("numbers are actually up": a subject with a finite verb in it is a clause the pattern could not read; "ShiftPilot
  // brought that down to": one that ends on a pronoun is a verb's object; "still above the target but down from": one
  // that ends on a conjunction has no subject of its own)
  // (only the head's words count: "Average length of stay for residents who were admitted fell from …" has its finite
  // verb in the prepositional phrase the head ends before)
  if (/\b(?:is|are|was|were|has|have|had)\b|\b(?:that|it|this|them|these|those|but|and|or|yet)$/i.test(subject.replace(HEAD_STOP, ''))) return null;
  const head = changeHead(subject);
  return head && !/^(?:it|they|this|that|which|who|there|she|he|we|i|you)$/i.test(head) ? { head, written: m[2]! } : null;
}

/** The head of what changes: before its prepositional phrases and a participle's clause, without the verb of "went up". */
function changeHead(phrase: string): string {
  if (LENGTH_OF_STAY.test(phrase)) return phrase.slice(0, 14);
  // ("compute hours went up eight-fold": the verb of "went up" is no part of the subject)
  return phrase.replace(HEAD_STOP, '').replace(SUBJECT_PARTICIPLE, '').replace(/\s+(?:went|go|goes|gone|going|come|came)$/i, '').trim();
}

/** " in 2024/25", " in 2026": a year right after an amount. */
const IN_A_YEAR_AFTER = new RegExp(String.raw`^\s+in\s+${YEAR_SRC}(?![\d/])`, 'i');
/**
 * "£14m in capital, with £9m in 2024/25 and £5m in 2025/26": amounts that only say which year they fall in are the
 * yearly parts of the amount before them in the sentence, and are the same money.
 */
const yearlyParts: Refiner = (cands, doc) => {
  const out: Candidate[] = [];
  for (const c of cands) {
    let r = c;
    if (!c.noun && MONEY_UNITS.has(c.unit) && IN_A_YEAR_AFTER.test(doc.norm.slice(c.end, c.end + 16))) {
      const whole = lastInSentence(out, doc, c.numStart, (o) => o.unit === c.unit);
      if (whole?.noun) r = { ...c, noun: whole.noun };
    }
    out.push(r);
  }
  return out;
};

/** "… but down from 41 minutes", ", up from 58%": the earlier figure of a comparison, right before it. */
const COMPARED_WITH_EARLIER = new RegExp(String.raw`\b(?:up|down)\s+from\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');

const changeSubjects: Refiner = (cands, doc) => {
  let last: { noun: string; end: number } | null = null;
  const out: Candidate[] = [];
  const refine = (c: Candidate): Candidate => {
    // (a count that names what it counts keeps it: "46 practices"; a bare one, "from 146 to under 100", is read here)
    if ((c.unit === 'count' && c.per === null && c.noun !== null) || c.unit === 'ratio') return c;
    const before = doc.norm.slice(Math.max(0, c.start - 120), c.start);
    // ("cut dispensing errors reaching the checking stage by 64%": a noun found inside the object's own tail is no
    // subject of the change; the object's head is)
    const o0 = c.noun ? OBJECT_CHANGE.exec(before) : null;
    const insideTail = o0 !== null && o0[1]!.endsWith(c.noun!) && o0[1]!.replace(OBJECT_TAIL, '').trim() !== o0[1]!.trim();
    if (!c.noun || insideTail) {
      const o = o0 ?? OBJECT_CHANGE.exec(before);
      const head = o?.[1]!.replace(OBJECT_TAIL, '').trim();
      // ("of being taken has risen from 58%": a passive participle has no object; an auxiliary opens the next clause)
      if (head && !NOT_AN_OBJECT.test(head) && !NUMBER_OR_PREPOSITION.test(head) && !AUXILIARY_FIRST.test(head)) {
        last = { noun: head, end: c.end };
        return { ...c, noun: head };
      }
    }
    const m = changeSubject(before);
    // a noun found right before the verb stands unless it sits in the subject's prepositional
    // phrase ("for discharge prescriptions", "at night", "on live wards")
    if (m && (!c.noun || HEAD_STOP.test(m.written) || SUBJECT_PARTICIPLE.test(m.written))) {
      last = { noun: m.head, end: c.end };
      return { ...c, noun: m.head };
    }
    const named = c.noun ? null : CHANGE_NOUN_IN.exec(before);
    if (named) {
      const changed = named[1]!;
      const head = changeHead(changed);
      if (head && !NOT_AN_OBJECT.test(head)) {
        last = { noun: head, end: c.end };
        return { ...c, noun: head };
      }
    }
    // "… from 94 minutes to 51 minutes": the second end measures what the first did
    if (last && c.start - last.end < 40 && CHANGE_TO.test(doc.norm.slice(last.end, c.start))) return { ...c, noun: last.noun };
    // "turnaround stood at 34 minutes in March, still above target but down from 41 minutes": the earlier figure of a
    // comparison with no subject of its own measures what the last figure in the same unit before it in the sentence did
    // (not a figure that only modifies a noun: "above the 30-minute ambition")
    if (!c.noun && COMPARED_WITH_EARLIER.test(before)) {
      const measured = lastInSentence(out, doc, c.numStart, (o) => o.unit === c.unit && !o.rule.endsWith('-compound'));
      if (measured?.noun) return { ...c, noun: measured.noun };
    }
    return c;
  };
  for (const c of cands) out.push(refine(c));
  return out;
};

/**
 * "Its figures put the minimum sustainable price for homecare in England at £32.14", "analysts estimate the market
 * for virtual wards at £1.2 billion": a verb of reckoning puts the figure on its object, whose head comes before its
 * prepositional phrases (and a time: "the number of missed appointments last year at 48,000").
 */
const RECKONED_AT = new RegExp(
  String.raw`\b(?:put|puts|putting|estimate[sd]?|estimating|value[sd]?|valuing)\s+(?:the|its|their|our)\s+(?:(?:share|proportion|percentage|number)\s+of\s+(?:the\s+)?)?([a-z][a-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,7}?)\s+at\s+(?:${QUALIFIER_SRC}\s+)?$`,
  'i',
);
const TIME_TAIL = new RegExp(String.raw`\s+(?:(?:last|this|next)\s+(?:year|month|week|quarter)|in\s+${YEAR_SRC})$`, 'i');
const reckonedAt: Refiner = (cands, doc) =>
  cands.map((c) => {
    // (a count that names what it counts keeps it: "put the total at 48,000 appointments")
    if (c.rule === 'count-noun') return c;
    const m = RECKONED_AT.exec(before(doc, c.start, 120));
    if (!m) return c;
    const head = changeHead(m[1]!).replace(TIME_TAIL, '');
    return head && !NOT_AN_OBJECT.test(head) && !NUMBER_OR_PREPOSITION.test(head) ? { ...c, noun: head } : c;
  });

/** ", up 40 per cent on 2024", " – down 12 percent from last year": a change against an earlier period. */
const CHANGE_ON_BEFORE = new RegExp(String.raw`(?:,|\s[-\u2013\u2014])\s+(?:up|down)\s+(?:by\s+)?(?:${QUALIFIER_SRC}\s+)?$`, 'i');
const CHANGE_ON_AFTER = /^\s+(?:on|from|compared\s+(?:with|to)|against|year[- ]on[- ]year)\b/i;
const SENTENCE_BREAK = /[.!?;]\s/;

/**
 * "answered 9,800 calls last quarter, up 14 percent on a year earlier", "was viewed 1.4 million times last year – up 38
 * percent on 2023": the change is in what the count before it in the sentence counted. (Not ", an increase of 22% on
 * 2023/24" or ", a 17 percent rise": on the held-out articles never read, those were as often changes in something else.)
 */
const changeOnCount: Refiner = (cands, doc) => {
  let lastCount: Candidate | undefined;
  return cands.map((c) => {
    const prev = lastCount;
    if (c.unit === 'count' && c.noun) lastCount = c;
    if (c.unit !== 'percent' || !prev || c.start - prev.end > 160) return c;
    if (!CHANGE_ON_BEFORE.test(before(doc, c.start, 40)) || !CHANGE_ON_AFTER.test(doc.norm.slice(c.end, c.end + 24))) return c;
    if (SENTENCE_BREAK.test(doc.norm.slice(prev.end, c.start))) return c;
    return { ...c, noun: prev.noun };
  });
};

/** What a percentage is measured against: "a national target of 80 percent", "the 30-minute standard". */
const BENCHMARK_NOUN = /^(?:[\w-]+\s+)?(?:target|standard|ambition|milestone|goal|trajectory)$/i;

/**
 * "85 percent of registered care providers now use a digital record, against a national target of 80 percent": a
 * target names no noun of its own; it is a share of what the percentage before it, in the same paragraph, counted.
 */
const benchmarkNouns: Refiner = (cands, doc) => {
  let lastShare: Candidate | undefined;
  return cands.map((c) => {
    if (c.unit !== 'percent') return c;
    const prev = lastShare;
    const isBenchmark = c.noun !== null && BENCHMARK_NOUN.test(c.noun);
    if (c.noun && !isBenchmark) lastShare = c;
    if (!isBenchmark || !prev || c.start - prev.end > 400 || paragraphOf(doc, prev.numStart) !== paragraphOf(doc, c.numStart)) return c;
    return { ...c, noun: prev.noun };
  });
};

/** Words before a count that point back to a set already counted: "all four trusts", "the 112 practices". */
const POINTS_BACK = /\b(?:all|the|both|each of the|all of the|these|those)\s+$/i;
const head = (noun: string) => noun.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');

/**
 * "Kheiron partnered with four NHS trusts … Mia will be live at all four trusts": the second is the
 * set counted before, not a new metric (ANNOTATION.md: "two of the six ICSs" when the six were
 * counted before). Same value and head noun, and a word that points back.
 */
const dropRecounts: Refiner = (cands, doc) => {
  const counted = new Set<string>();
  return cands.filter((c) => {
    if (c.unit !== 'count' || !c.noun) return true;
    const key = `${c.value}\u0000${head(c.noun)}`;
    const again = counted.has(key) && POINTS_BACK.test(before(doc, c.start, 16));
    counted.add(key);
    return !again;
  });
};

/** Once per article per distinct text, in text order. */
const dedupe: Refiner = (cands, doc) => {
  const seen = new Set<string>();
  return [...cands]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((c) => {
      const key = foldKey(doc.text.slice(c.start, c.end));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/** Between a figure and the earlier one it changed from: "to 84 percent, from ", "81 percent today, up from ". */
const FROM_EARLIER = new RegExp(String.raw`^(?:\s+(?:today|now|currently|this\s+year|last\s+year|in\s+${YEAR_SRC}|by\s+the\s+end\s+of\s+(?:the\s+)?(?:year|${YEAR_SRC})))?,?\s+(?:(?:up|down)\s+)?from\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');

/** A share in apposition right after a count: "7,500 staff – just under 31 per cent –", "205 trusts, about 70 per cent". */
const SHARE_APPOSED = new RegExp(String.raw`^(?:\s+[\u2013\u2014-]|,)\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');

/** When a figure measures what the figure right before it does: the words between, how far apart, and their units. */
const SAME_AS_BEFORE: readonly { between: RegExp; reach: number; units: (c: Candidate, before: Candidate) => boolean }[] = [
  // "helped lift theatre utilisation to 84 percent, from 76 percent last year", "We are at 81 percent today, up from 58 percent"
  { between: FROM_EARLIER, reach: 60, units: (c, before) => c.unit === before.unit },
  // "So far 2,300 of the trust's 7,500 staff – just under 31 per cent – have completed …": a share of what the count counts
  { between: SHARE_APPOSED, reach: 30, units: (c, before) => c.unit === 'percent' && before.unit === 'count' },
];

/** A figure with no noun of its own takes the noun of the figure right before it, where SAME_AS_BEFORE says so. */
const nounsFromBefore: Refiner = (cands, doc) =>
  cands.map((c, i) => {
    const before = cands[i - 1];
    if (c.noun !== null || !before || before.noun === null) return c;
    const gap = doc.norm.slice(before.end, c.start);
    return SAME_AS_BEFORE.some((r) => gap.length <= r.reach && r.units(c, before) && r.between.test(gap)) ? { ...c, noun: before.noun } : c;
  });

export const REFINERS: readonly Refiner[] = [dropUpstreamDates, dropDateParts, dropCodes, dropNames, dropOne, dropVague, dropRelativeDurations, dropInside, ranges, rangePartners, rateBase, verbNouns, inheritNouns, changeSubjects, reckonedAt, yearlyParts, changeOnCount, nounsFromBefore, benchmarkNouns, dropNamedModifiers, dropRecounts, dedupe];
