// Refiners, chrono-node style: each takes the candidates (sorted by start) and returns the
// ones to keep, possibly widened. They run in the order of REFINERS.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { firstIndex } from '../../pipeline/span.ts';
import type { Extracted } from '../types.ts';
import type { Candidate } from './parsers.ts';
import { COUNT_NOUN_SRC, FUTURE_CUE, IRREGULAR_PARTICIPLE_SRC, NAME_HEAD_WORDS } from './lexicon.ts';
import { nextWord, prevWord } from './text.ts';

export type Refiner = (candidates: Candidate[], doc: Prepared, upstream: Readonly<Partial<Extracted>>) => Candidate[];

const COUNT_NOUNS = new Set(COUNT_NOUN_SRC.slice(3, -1).split('|').map((w) => w.toLowerCase()));

/** Longest candidate wins an overlap; on equal length the earlier rule in RULES wins (candidates arrive in rule order). */
export const resolveOverlaps: Refiner = (candidates) => {
  const order = new Map(candidates.map((c, i) => [c, i]));
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || order.get(a)! - order.get(b)!);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    // accepted candidates never overlap and start in order, so only the last one can clash
    if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
};

/** Capitalised words before a year that open a sentence, not a name. */
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'Our', 'His', 'Her', 'A', 'An', 'Each', 'Every', 'Last', 'Next']);

/** A bare year or a number inside a name or a count is not a date ("Long Term Plan 2019", "2000 patients"). */
export const dropNamesAndCounts: Refiner = (candidates, doc, upstream) => {
  const mentions = (upstream.entities ?? [])
    .filter((e) => e.type === 'organisation' || e.type === 'product')
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start);
  let j = 0;
  return candidates.filter((c) => {
    while (j < mentions.length && mentions[j]!.end <= c.start) j++;
    // a date strictly inside a named entity's mention is part of the name
    for (let k = j; k < mentions.length && mentions[k]!.start <= c.start; k++) {
      if (mentions[k]!.end >= c.end && (mentions[k]!.start < c.start || mentions[k]!.end > c.end)) return false;
    }
    if (c.rule !== 'year') return true;
    const after = nextWord(doc.norm, c.end);
    if (after && COUNT_NOUNS.has(after.toLowerCase())) return false;
    const before = prevWord(doc.norm, c.start);
    if (before && /^\p{Lu}/u.test(before) && NAME_HEAD_WORDS.has(before.toLowerCase())) return false;
    // "HETT 2023 conference", "Digital Health 2024 Awards": a name, the year and the event's noun (not "The 2019
    // strategy", "Its 2021 report": a determiner opening the sentence; nor "Ben Goldacre's 2022 review": its owner's)
    return !(before && /^\p{Lu}/u.test(before) && !DETERMINERS.has(before) && !/['\u2019]s?$/.test(before) && after && NAME_HEAD_WORDS.has(after.toLowerCase()));
  });
};

// ("since the summer": a "the" may stand between)
const SINCE_FROM = /\b(?:since|from)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
const AND_BEYOND = /^[ \t]{1,3}(?:and[ \t]{1,3}beyond|onwards?)\b/i;

/** "since 2021", "from 2018" and "2023 and beyond" keep the words that change their meaning. */
export const widenOpenEnded: Refiner = (candidates, doc) =>
  candidates.map((c) => {
    if (c.kind !== 'point') return c;
    let { start, end } = c;
    const before = SINCE_FROM.exec(doc.norm.slice(Math.max(0, start - 12), start));
    if (before) start -= before[0].length;
    const after = AND_BEYOND.exec(doc.norm.slice(end, end + 20));
    if (after) end += after[0].length;
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });

// The triggers of ANNOTATION.md written right before the date, or before "the end of" it
// ("scheduled for the end of April": due within April), "at least" allowed between ("until at
// least 2028"). The verbs before "to" and "through"
// make "runs to 2025" mean "until 2025" without catching "from 2023 to 2025"; so does a plan's
// noun ("digital roadmap to 2028"), but not a span's ("revenue in the six months to 30 September" is
// a reporting period, not a deadline).
const S = '[ \\t]{1,3}';
/** "by 5pm on 28 November", "due by 12 noon on Friday 12 December": a time of day or a weekday between a trigger and its day. */
const TIME_OF_DAY = `(?:${S}(?:at${S})?(?:\\d{1,2}(?:[.:]\\d{2})?(?:${S})?(?:am|pm|a\\.m\\.|p\\.m\\.)|(?:12${S})?noon|midday|midnight)(?:${S}on)?)?(?:${S}(?:on${S})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?`;
// ("ahead of the winter", "ahead of next week" are no deadlines: over batches 68-191 of hand-annotated articles
// the annotators kept such a date plain six times in eight; "not before 2027" is an earliest date, not a deadline)
const TRIGGER_BEFORE = new RegExp(
  `(?:^|[^\\w-])(by${S}the${S}end${S}of|no${S}later${S}than|not${S}later${S}than|up${S}until|by|(?<!\\bnot(?:${S}(?:expected|due|likely|planned|scheduled))?${S})before|until|till|up${S}to|due(?:${S}(?:in|by|for|on))?|(?:close|closes)${S}on|(?:scheduled|slated)${S}(?:for|in|by)|expected${S}(?:in|by)|target(?:ed)?${S}(?:for|of)|(?:target|targeting)${S}(?:an?${S}|the${S}|its${S})?(?:[a-z-]+${S})?date${S}of|deadline${S}of|in${S}time${S}for|through${S}to|targeting|(?:run|runs|running|extend|extends|extended|extending|continue|continues|continuing|last|lasts|plan|plans|strategy|strategies|roadmap|roadmaps|vision|programme)${S}(?:to|through))${TIME_OF_DAY}${S}(?:at${S}least${S})?(?:the${S}(?:(?:end|close)${S}of${S}(?:the${S})?)?)?$`,
  'i',
);
/** "taking the relationship to 2031", "extended its contract to March 2027": a verb of lasting, its object, then "to" as "until". */
// ("extended for 24 months to 31 March 2027": the object may hold a number)
// ("an extension with Agfa to the end of June 2025": the noun of extending, then whom with)
// ("extended its contract with Optum for population health analytics for a further two years, to March 2028": a
// longer object, and a comma before "to")
const OBJECT_TO_BEFORE = /(?:^|[^\w-])(?:extend|extends|extended|extending|take|takes|taking|took|extension[ \t]{1,3}with)[ \t]{1,3}(?:[a-z0-9][a-z0-9'\u2019-]*,?[ \t]{1,3}){1,14}(to)[ \t]{1,3}$/i;
const YEAR_BEFORE_NOUN = /^(?:19|20)\d\d[ \t]{1,3}[a-z]/;
/** "ahead of October online access deadline": the date names a deadline noun after it, which the trigger governs instead. */
const DATE_BEFORE_DEADLINE_NOUN = /^[ \t]{1,3}(?:(?!(?:to|the|a|an|and|or|as|when|with|for|of|in|on|at|its|their|our|this|that|is|was|will)\b)[a-z][a-z-]*[ \t]{1,3}){0,3}(?:deadline|target|cut-off|milestone|switch-off)s?\b/;
/**
 * "set to go live across the system early in 2023": a commitment verb phrase ahead of the date; "scheduled to go live
 * with Better Meds, the ePMA product from Better, in early 2024": with one apposition inside it.
 */
const SET_TO_BEFORE = /\b(set|scheduled|expected|due|slated|targeted)[ \t]{1,3}to[ \t]{1,3}([a-z][^,;:.!?()"\n]{0,100}?(?:,[ \t]{1,3}(?:the|a|an|its|their)[ \t][^,;:.!?()"\n]{1,60},[^,;:.!?()"\n]{0,40})?)$/i;
/**
 * "expected to make decisions in the coming months": a span of time ahead is when, not by when (the read gold files list
 * such spans as relative dates hundreds of times, and as a deadline only after "within": "due within the next two years").
 */
const SPAN_AHEAD = /^the[ \t]+(?:next|coming)[ \t]+(?:(?:few|couple[ \t]+of|several|\w+)[ \t]+)?(?:days|weeks|months|years)\b/i;
/** A date that starts with "the end of" ("the end of 2024"). */
const END_OF = /^(?:the[ \t]{1,3})?end[ \t]{1,3}of\b/i;
const END_TRIGGER_BEFORE = /(?:^|[^\w-])(by|before|until|till)[ \t]{1,3}(?:at[ \t]{1,3}least[ \t]{1,3})?$/i;
/**
 * "until the contract ends in 2032", "scheduled for go-live in autumn 2025", "by the end of the strategy period in
 * 2030", "targeting go-live in autumn 2027": a trigger, a short clause or noun, then the date.
 */
// ("will add live integration before they go live in October": before a go-live, then its date)
const TRIGGER_THEN_CLAUSE = /(?:^|[^\w-])((?:until|till)[ \t]{1,3}(?:the|its|their|our)[ \t]{1,3}[a-z-]+[ \t]{1,3}(?:ends?|expires?|finishes|runs[ \t]{1,3}out)|before[ \t]{1,3}(?:it|they|we|the[ \t]{1,3}[a-z-]+|[A-Z][\w-]*)[ \t]{1,3}go(?:es)?[ \t]{1,3}live|due[ \t]{1,3}(?:at|across)[ \t]{1,3}[A-Z][\w'-]*(?:[ \t]{1,3}[A-Z][\w'-]*){0,3}|(?:scheduled|slated|due|targeted)[ \t]{1,3}for[ \t]{1,3}(?:the[ \t]{1,3})?(?:[a-z-]+[ \t]{1,3}){0,2}[a-z-]+|targeting[ \t]{1,3}(?:(?:an?|the|its|their|full)[ \t]{1,3})?(?:go-live|launch|roll-?out|completion|delivery|go[ \t]live|switch-?over|cut-?over|implementation|deployment|opening)|by[ \t]{1,3}the[ \t]{1,3}end[ \t]{1,3}of[ \t]{1,3}(?:the|its|their|our)[ \t]{1,3}(?!(?:financial[ \t]{1,3})?(?:year|month|week|day|quarter|decade)\b)(?:[a-z-]+[ \t]{1,3}){0,2}[a-z-]+)[ \t]{1,3}(?:in|by|on)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
// ("expected to be onboarded in …", "due to be live by …" commit to an action; "expected to be the largest in 2025" does not)
// ("set to be the first to go live in spring 2025": "the first to" and a verb is what is due)
const NOT_VERB = new RegExp(String.raw`^(?:the|a|an|its|their|his|her|our|this|that|these|those|be(?![ \t]+(?:[a-z]+ed|[a-z]+en|${IRREGULAR_PARTICIPLE_SRC}|live|in[ \t]+place|available|ready|operational|complete|up[ \t]+and[ \t]+running|(?:the|among[ \t]+the)[ \t]+(?:first|last|next)[ \t]+(?:[a-z]+[ \t]+)?to[ \t]+[a-z]+)\b))\b`, 'i');

const canonicalTrigger = (raw: string): string => {
  const t = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/ (to|through)$/.test(t) && !/^(through to|up to|set to)/.test(t)) return t === 'through to' ? t : t.endsWith('through') ? 'through' : 'to';
  if (t.startsWith('due')) return 'due';
  return t;
};

/** "scheduled for launch ", "due for renewal ": a trigger and the one noun it is for, right before a date counted from now. */
const TRIGGER_NOUN_BEFORE = /(?:^|[^\w-])((?:scheduled|slated|due|targeted)[ \t]{1,3}for)[ \t]{1,3}(?!the\b|a\b|an\b)[a-z-]+[ \t]{1,3}$/i;
/** A month that names a meeting: "the board's July meeting", "its April committee". */
const MEETING_AFTER = /^[ \t]{1,3}(?:board[ \t]{1,3})?(?:meeting|session|committee)\b/i;
/** "scheduled for the board's", "due at its", "expected at the ICB's": a trigger before a meeting's month. */
const MEETING_TRIGGER_BEFORE = /(?:^|[^\w-])((?:scheduled|slated|due|expected)(?:[ \t]{1,3}(?:for|at))?)[ \t]{1,3}(?:the|its|their|our|a|an)[ \t]{1,3}(?:[A-Za-z-]+(?:['\u2019]s)?[ \t]{1,3}){0,3}$/i;

/** The trigger of a TRIGGER_THEN_CLAUSE match: "until", "by the end of", "scheduled for". */
function clauseTrigger(clause: string): string {
  const first = clause.split(/[ \t]+/, 2);
  if (/^(?:until|till|before)$/i.test(first[0]!)) return first[0]!.toLowerCase();
  if (/^by$/i.test(first[0]!)) return 'by the end of';
  if (/^targeting$/i.test(first[0]!)) return 'targeting';
  return canonicalTrigger(first.join(' '));
}

/** `pattern` (its first group the trigger) matched in the last `reach` characters of `window`: the trigger and where it starts in `window`. */
function triggerInTail(pattern: RegExp, window: string, reach: number): { trigger: string; at: number } | null {
  const from = Math.max(0, window.length - reach);
  const m = pattern.exec(window.slice(from));
  return m ? { trigger: m[1]!, at: from + m.index + m[0].indexOf(m[1]!) } : null;
}

/** A date that names a time gone by: "last spring", "the previous year", "two years ago". */
const TOLD_AS_PAST = /^(?:the[ \t]+)?(?:last|previous|past)[ \t]+(?:year|month|week|spring|summer|autumn|winter|quarter|financial[ \t]+year|decade)$|\bago$/i;

/** Turns a date with a deadline trigger in front of it into a deadline that starts with its trigger. */
export const attachTriggers: Refiner = (candidates, doc) => {
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  // a trigger separated from its date governs the first date after it, not one past another date ("due to go
  // live before the end of the 2024/25 financial year if the March deadline slips")
  const dateBetween = (c: Candidate, from: number) => {
    for (let i = firstIndex(byStart.length, (k) => byStart[k]!.start >= from); i < byStart.length && byStart[i]!.start < c.start; i++) {
      if (byStart[i] !== c && byStart[i]!.end <= c.start) return true;
    }
    return false;
  };
  return candidates.map((c) => {
    if (c.start >= c.end) return c;
    // ("Until last spring, most practices were still running …": a date told as past is no deadline)
    if (TOLD_AS_PAST.test(doc.norm.slice(c.start, c.end))) return c;
    // look back at most 140 characters and never past a line break
    const from = Math.max(0, c.start - 140);
    const sentenceStart = from + doc.norm.slice(from, c.start).lastIndexOf('\n') + 1;
    const window = doc.norm.slice(sentenceStart, c.start);
    const endOf = END_OF.test(doc.norm.slice(c.start, c.start + 16));
    // "by" + "the end of 2024": the trigger is "by the end of", the deadline falls due within 2024
    const byEnd = endOf ? END_TRIGGER_BEFORE.exec(window.slice(-18)) : null;
    if (byEnd) {
      // "before the end of the year", "until the end of March 2026": the trigger word, due within the whole period
      const word = byEnd[1]!.toLowerCase();
      if (word === 'by' && toldAsDone(window.slice(0, window.length - byEnd[0].length + byEnd[0].indexOf(byEnd[1]!)), doc.norm.slice(c.end, c.end + 200))) return c;
      const start = c.start - byEnd[0].length + byEnd[0].indexOf(byEnd[1]!);
      return { ...c, kind: 'deadline', trigger: word === 'by' ? 'by the end of' : word, start, period: c.whole ?? c.period, granularity: c.whole ? wholeGranularity(c) : c.granularity };
    }
    // the longest trigger with its verb ("not later than the", "continuing through") fits in 32 characters
    const near = Math.max(0, window.length - 32);
    const direct = TRIGGER_BEFORE.exec(window.slice(near));
    // "ahead of the 2027 deadline": a year that modifies a noun after "the" is no date the trigger governs
    if (direct && /the[ \t]{1,3}$/i.test(direct[0]) && !/end[ \t]{1,3}of/i.test(direct[0]) && YEAR_BEFORE_NOUN.test(doc.norm.slice(c.start, c.start + 24))) return c;
    if (direct && DATE_BEFORE_DEADLINE_NOUN.test(doc.norm.slice(c.end, c.end + 60))) return c;
    if (direct && direct[1]!.toLowerCase() === 'by' && toldAsDone(window.slice(0, near + direct.index + direct[0].indexOf(direct[1]!)), doc.norm.slice(c.end, c.end + 200))) return c;
    if (direct) {
      // "runs to March 2026": the verb says "to" means "until"; the deadline's text starts at "to"
      const verb = /^(?!through\b|up\b)\S+[ \t]{1,3}(?=(?:to|through)$)/i.exec(direct[1]!);
      const start = sentenceStart + near + direct.index + direct[0].indexOf(direct[1]!) + (verb ? verb[0].length : 0);
      // "runs to the end of 2028", "scheduled for the end of April": due within the whole period, as "by the end of" is
      if (endOf && c.whole) return { ...c, kind: 'deadline', trigger: canonicalTrigger(direct[1]!), start, period: c.whole, granularity: wholeGranularity(c) };
      return { ...c, kind: 'deadline', trigger: canonicalTrigger(direct[1]!), start };
    }
    // "results expected next spring", "a decision expected early next year": "expected" right before a date counted from now
    const expected = /(?:^|[^\w-])(expected)[ \t]{1,3}$/i.exec(window);
    if (expected && /^(?:(?:early|mid|late|later)[ \t-]{1,3})?(?:next|this)\b/i.test(doc.norm.slice(c.start, c.start + 12))) return { ...c, kind: 'deadline', trigger: 'expected', start: sentenceStart + expected.index + expected[0].indexOf(expected[1]!) };
    const lasting = OBJECT_TO_BEFORE.exec(window.slice(Math.max(0, window.length - 120)));
    if (lasting) return { ...c, kind: 'deadline', trigger: 'to', start: c.start - lasting[0].length + lasting[0].lastIndexOf(lasting[1]!) };
    // "scheduled for the board's July meeting": the month names the meeting the trigger governs
    const meeting = MEETING_AFTER.exec(doc.norm.slice(c.end, c.end + 24));
    const meetingTrigger = meeting && c.granularity === 'month' ? triggerInTail(MEETING_TRIGGER_BEFORE, window, 60) : null;
    if (meeting && meetingTrigger) {
      return { ...c, kind: 'deadline', trigger: canonicalTrigger(meetingTrigger.trigger.replace(/[ \t]+at$/i, '')), start: sentenceStart + meetingTrigger.at, end: c.end + meeting[0].length, dateStart: c.start };
    }
    const clause = triggerInTail(TRIGGER_THEN_CLAUSE, window, 60);
    if (clause && !dateBetween(c, sentenceStart + clause.at)) return { ...c, kind: 'deadline', trigger: clauseTrigger(clause.trigger), start: sentenceStart + clause.at, dateStart: c.start };
    // "scheduled for launch next month", "due for renewal this spring": a trigger's noun, then a date counted from now
    const nounThen = /^(?:this|next|the[ \t]{1,3}coming)\b/i.test(doc.norm.slice(c.start, c.start + 12)) ? triggerInTail(TRIGGER_NOUN_BEFORE, window, 40) : null;
    if (nounThen && !dateBetween(c, sentenceStart + nounThen.at)) return { ...c, kind: 'deadline', trigger: canonicalTrigger(nounThen.trigger), start: sentenceStart + nounThen.at, dateStart: c.start };
    const setTo = /\bto\b/i.test(window) && !(SPAN_AHEAD.test(doc.norm.slice(c.start, c.end)) && !/\bwithin[ \t]+$/i.test(window)) ? SET_TO_BEFORE.exec(window) : null;
    // ("expected to tighten from 2025/26": a start is no deadline; "expected to grow by 20 percent over the next 15
    // years": a change spread over a span is none either)
    if (setTo && !NOT_VERB.test(setTo[2]!) && !(setTo[1]!.toLowerCase() === 'due' && !verbAt(doc, sentenceStart + setTo.index + setTo[0].length - setTo[2]!.length)) && setTo[2]!.split(/\s+/).length <= 14 && !/\b(?:from|since|after|onwards|over|throughout)[ \t]+$/i.test(window) && !dateBetween(c, sentenceStart + setTo.index)) {
      return { ...c, kind: 'deadline', trigger: `${setTo[1]!.toLowerCase()} to`, start: sentenceStart + setTo.index, dateStart: c.start };
    }
    return c;
  });
};

/**
 * "By January 2023 the network had 9,800 unreported examinations", "By April the backlog had fallen": a sentence that
 * opens on "by" and a date, then tells what had happened by then, looks back; no deadline.
 */
function toldAsDone(beforeTrigger: string, after: string): boolean {
  if (!SENTENCE_OPENING_BEFORE.test(beforeTrigger)) return false;
  const clause = /^[^.;:!?\n]*/.exec(after)![0];
  return TOLD_AS_DONE.test(clause) && !FUTURE_CUE.test(clause);
}
const SENTENCE_OPENING_BEFORE = /(?:^|[.!?]["'\u201D)]?[ \t]+)["'\u201C(]?$/;
const TOLD_AS_DONE = /\b(?:had|was|were)[ \t]+(?!(?:expected|due|set|scheduled|planned|going|meant|supposed|required|asked|told|to)\b)\S/;

/**
 * Whether the word at `offset` is a verb ("due to go live"), not a noun ("due to overtime and private ambulance spend
 * over winter", where "due to" is "because of").
 */
function verbAt(doc: Prepared, offset: number): boolean {
  const t = doc.tokens[firstIndex(doc.tokens.length, (i) => doc.tokens[i]!.start >= offset)];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

function wholeGranularity(c: Candidate): Candidate['granularity'] {
  if (c.kind === 'relative') return c.granularity;
  return c.rule === 'part-of-month-year' ? 'month' : 'year';
}

export const REFINERS: readonly { id: string; refine: Refiner }[] = [
  { id: 'resolve-overlaps', refine: resolveOverlaps },
  { id: 'drop-names-and-counts', refine: dropNamesAndCounts },
  { id: 'widen-open-ended', refine: widenOpenEnded },
  { id: 'attach-triggers', refine: attachTriggers },
];
