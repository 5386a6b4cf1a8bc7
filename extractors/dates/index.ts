// Dates and deadlines (ANNOTATION.md, "Dates and deadlines"): rules recognise calendar
// expressions in the normalised text, refiners settle overlaps, drop names and counts and
// attach deadline triggers, then deadlines get their subject and commitment.
import type { Extractor } from '../types.ts';
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { DateRecord } from './schema.ts';
import { span, sentenceAt } from '../../pipeline/span.ts';
import { RULES, ANCHOR, ANCHOR_MARGIN, anchorKind, type Candidate, type RuleContext } from './parsers.ts';
import { REFINERS } from './refiners.ts';
import { nextYear, parseDay, previousYear, type Period } from './resolve.ts';
import { indexEntities, deadlineSubject, deadlineCommitment } from './deadline.ts';
import { firstWords, wordCount } from './text.ts';
import { FUTURE_CUE, IRREGULAR_PARTICIPLE_SRC } from './lexicon.ts';
import { execAll } from '../exec-all.ts';

const MAX_COMMITMENT_WORDS = 20;
const MAX_PARTS = 4;

/** Merged windows around anchors, each with the bit set of the anchor kinds inside it. */
function windows(norm: string): { start: number; end: number; mask: number }[] {
  const out: { start: number; end: number; mask: number }[] = [];
  for (const m of execAll(ANCHOR, norm)) {
    const kind = anchorKind(m);
    if (kind === 0) continue;
    const start = Math.max(0, m.index - ANCHOR_MARGIN);
    const end = Math.min(norm.length, m.index + m[0].length + ANCHOR_MARGIN);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.mask |= kind;
    } else out.push({ start, end, mask: kind });
  }
  return out;
}

/** Runs the rules over the anchor windows; candidates come out in rule order, which breaks overlap ties. */
function recognise(ctx: RuleContext): Candidate[] {
  const perRule: Candidate[][] = RULES.map(() => []);
  for (const w of windows(ctx.norm)) {
    const slice = ctx.norm.slice(w.start, w.end);
    for (let r = 0; r < RULES.length; r++) {
      const rule = RULES[r]!;
      if ((w.mask & rule.needs) !== rule.needs) continue;
      // exec on the shared pattern (matchAll would clone the RegExp for every window); lastIndex is
      // reset before each use and the loop is synchronous, so no state leaks between calls
      const pattern = rule.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
        m.index += w.start;
        const found = rule.extract(m, ctx);
        if (!found) continue;
        const { skip = 0, ...rest } = found;
        perRule[r]!.push({ ...rest, start: m.index + skip, end: m.index + m[0].length, rule: rule.id, trigger: null });
      }
    }
  }
  return perRule.flat();
}

// V8 compiles a regular expression lazily: bytecode on first use, native code once it runs
// again. Running every pattern twice on a short sample at module load is the precompilation
// step, so the first articles of a run do not pay for it.
const SAMPLE = 'by the end of March 2024, Q3 2024/25, 14/05/2024, the next 12 months, summer 2023';
for (const p of [ANCHOR, ...RULES.map((r) => r.pattern)]) {
  for (let i = 0; i < 2; i++) {
    p.lastIndex = 0;
    while (p.exec(SAMPLE) !== null);
  }
  p.lastIndex = 0;
}

const foldText = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/** When one deadline text serves several subjects, the first is the subject and the others are named in the commitment. */
function joinCommitments(parts: readonly { subject: string | null; commitment: string }[]): string {
  const first = parts[0]!.subject;
  const share = Math.max(4, Math.floor(MAX_COMMITMENT_WORDS / parts.length));
  const texts = parts.map((p, i) => {
    const who = i > 0 && p.subject && p.subject !== first ? `${p.subject}: ` : '';
    return firstWords(who + p.commitment, parts.length > 1 ? share : MAX_COMMITMENT_WORDS);
  });
  const unique = [...new Set(texts)];
  let joined = unique.join('; ');
  if (wordCount(joined) > MAX_COMMITMENT_WORDS) joined = firstWords(joined, MAX_COMMITMENT_WORDS);
  return joined;
}

/** A year, a two-digit financial year ("2024/25", "FY24") or a word that fixes which occurrence is meant. */
const ANCHORED = /\d{4}|\/\d{2}\b|\bfy\s?\d|\b(?:last|this|next|past|coming|previous)\b/i;

/**
 * A month or season without a year is resolved to its occurrence closest to the publication
 * date, which for a deadline can be one that has already passed ("before winter" written in
 * March). A deadline lies ahead, so such a date moves to its next occurrence.
 */
function deadlinePeriod(period: Period | null, text: string, trigger: string | null, granularity: string | null, referenceDate: string | null, before = ''): Period | null {
  if (!period || !referenceDate || ANCHORED.test(text)) return period;
  // "in time for winter" written in February: the next winter, not the one under way (a season or
  // month; "before the end of the year" is this year)
  // ("before the end of October", written on 3 October: the end is still ahead)
  const named = (granularity === 'season' || granularity === 'month') && !/\bend of\b/i.test(text);
  const ahead = named && (trigger === 'in time for' || trigger === 'before') ? period[0] > referenceDate : period[1] >= referenceDate;
  // "Letters went to every affected patient by 20 September", written in November: a deadline told as past stays
  // (not a past verb of committing to something yet to do: "UHL has agreed to deliver an evaluation by September",
  // "the next priority was to bring hospice data into the record by the end of September")
  const clause = before.slice(lastClauseStart(before));
  return ahead || (narratedPast(clause) && !COMMITTED_TO.test(ownWords(clause))) ? period : nextYear(period);
}

/** A past verb of committing or planning, then what is to be done: "has agreed to deliver", "was to bring". */
const COMMITTED_TO = /\b(?:agreed|committed|pledged|promised|asked|told|expected|required|intended|planned|aimed|was|were)[ \t]+to[ \t]+[a-z]+/i;

const PAST_CUE = /\b(?:was|were|had|has been|have been|went|ago)\b/i;

/**
 * A month or season without a year is resolved to its occurrence closest to the publication
 * date; when that one has passed but its sentence speaks of the future before it ("the other
 * trusts will follow over the summer", written in February), the next one is meant.
 */
function pointPeriod(period: Period | null, text: string, before: string, referenceDate: string | null): Period | null {
  // "since January" always looks back
  if (!period || !referenceDate || ANCHORED.test(text) || period[1] >= referenceDate || /^since\b/i.test(text)) return period;
  // only the date's own clause speaks for it ("Practices will get support, and One Care has recruited … since January"),
  // in its own words after any report ("said all nine had agreed and that the ICB would revisit it in the autumn")
  const clause = ownWords(tenseClause(before));
  return FUTURE_CUE.test(clause) && !PAST_CUE.test(clause) ? nextYear(period) : period;
}

/** Verbs that tell of something done: "began", "went live", "was", "had". */
// (irregular pasts too: "dispensing errors fell by 34% … after go-live in March")
const NARRATED_PAST = /\b(?:began|started|launched|went|ran|took|opened|closed|signed|agreed|announced|published|completed|finished|introduced|rolled out|moved|switched|migrated|replaced|upgraded|installed|deployed|adopted|bought|acquired|was|were|had|did|saw|came|fell|rose|grew|found|showed|won|chose|spent|sent|built|held|became|sold|paid)\b/i;

/**
 * A month or season the closest-occurrence rule put ahead of the publication date, in a clause
 * that tells of the past ("The board began a pilot in March", written in November) or after
 * "since" ("saved 4,200 hours since April"): the one before.
 */
function pastPeriod(period: Period | null, text: string, before: string, after: string, referenceDate: string | null): Period | null {
  if (!period || !referenceDate || ANCHORED.test(text) || (period[0] <= referenceDate && !barelyUnderWay(period, referenceDate))) return period;
  const clause = tenseClause(before);
  // ("Since the switchover in May we've had one unit": a clause that opens on "since" looks back)
  // (not a past verb of committing to something yet to do: "has agreed to extend the pilot … from January")
  if (/^since\b/i.test(text) || (SINCE_OPENS.test(clause) && !FUTURE_CUE.test(ownWords(clause))) || (narratedPast(clause) && !COMMITTED_TO.test(ownWords(clause)))) return previousYear(period);
  // "In January, after an early value assessment, it conditionally recommended four": a date that opens its
  // sentence is told by the clause after it; so is one inside the subject ("An audit in February found …")
  if (SUBJECT_WITH_DATE.test(before) && PAST_VERB_NEXT.test(after)) return previousYear(period);
  if (!OPENS_SENTENCE.test(before)) return period;
  const own = ownWords(after);
  return (NARRATED_PAST.test(own) || SUBJECT_THEN_PAST.test(own)) && !FUTURE_CUE.test(own) ? previousYear(period) : period;
}
/**
 * A season (longer than a month) that began less than a month before publication ("summer", written on 3 June): what
 * a clause tells of it as done happened in the one before ("Synnovis restored requesting through the summer").
 */
function barelyUnderWay(period: Period, referenceDate: string): boolean {
  const begun = (Date.parse(referenceDate) - Date.parse(period[0])) / 86_400_000;
  return period[1] >= referenceDate && begun < 31 && Date.parse(period[1]) - Date.parse(period[0]) > 40 * 86_400_000;
}

const SINCE_OPENS = /^[ \t"'“‘(]*since[ \t]/i;

/** Nothing before the date in its sentence but a preposition. */
const OPENS_SENTENCE = /^[ \t"'“‘(]*(?:(?:in|during|from|by|on|at|over|through|throughout|since|until|after|before|between|early|late)[ \t]+)?(?:the[ \t]+)?$/i;
/** Before a word in "-ed": not a verb of planning ("expected", "planned", "aimed"), which looks ahead. */
const NOT_PLANNING = String.raw`(?!(?:expect|plan|schedul|intend|propos|aim|target|need|requir|hop|want)ed\b)`;
/** A sentence that opens on a noun phrase and a preposition before the date: "An audit in", "The survey carried out in". */
const SUBJECT_WITH_DATE = /^[ \t"'“‘(]*(?:an?|the|its|their|our|this)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:in|during|from|over)[ \t]+(?:the[ \t]+)?$/i;
/** The subject's verb right after the date, in the past: " found", " showed", " reported". */
const PAST_VERB_NEXT = new RegExp(String.raw`^[ \t]+(?:[a-z]+ly[ \t]+)?(?:found|showed|shown|saw|gave|put|led|made|took|${NOT_PLANNING}[a-z]{3,}ed)\b`);
/**
 * "it conditionally recommended", "the board approved", "… Foundation Trust installed an Omnicell robot in the spring":
 * a subject, then a verb in the past tense.
 */
// ("Bristol, North Somerset and South Gloucestershire Integrated Care Board (BNSSG ICB) appointed": a body's initials too)
// (a capitalised determiner is no subject: "An automated line is due to go live in September")
// ("Odelle Technology, an Edinburgh spin-out, raised $12 million …": a name, its apposition between commas, then the verb)
const SUBJECT_THEN_PAST = new RegExp(String.raw`\b(?:it|they|he|she|we|I|the[ \t]+[a-z]+|(?!(?:An|A|The|This|That|These|Those|Its|Their|Our|Every|Each|Some|Any|No|Many|Most|All)\b)[A-Z][a-z]+(?:,[ \t]+(?:a|an|the)[ \t]+[^,;]{1,60},)?|[A-Z]{2,}\)?)[ \t]+(?:[a-z]+ly[ \t]+)?${NOT_PLANNING}[a-z]{3,}ed\b`);

/**
 * "Two practices paused the pilot in": a plural noun subject, a past verb (no passive before "by"), and at most six
 * words to the date's preposition, so the verb is the date's own ("members approved the plan and asked for an
 * update in September" is not).
 */
const PLURAL_SUBJECT_PAST = new RegExp(String.raw`\b[a-z]{3,}s[ \t]+(?:[a-z]+ly[ \t]+)?${NOT_PLANNING}(?!(?:based|used|needed|called|named|related|linked|involved|affected|concerned|listed|located)\b)[a-z]{3,}ed[ \t]+(?!by\b)(?:[a-z]+[ \t]+){0,6}(?:in|on|during|over)[ \t]+(?:the[ \t]+)?$`);

/** Whether a clause tells of the past, in its own words after any report ("was told that the ICB wants …" does not). */
function narratedPast(clause: string): boolean {
  const own = ownWords(clause);
  return (NARRATED_PAST.test(own) || PERFECT_OR_PARTICIPLE.test(own) || CLAUSE_OPENS_PAST.test(own) || SUBJECT_THEN_PAST.test(own) || PLURAL_SUBJECT_PAST.test(own)) && !FUTURE_CUE.test(own);
}
/**
 * "has cut the number … from 7,300 in January", "the volume recorded in February": a present perfect, or a past
 * participle right before the date's preposition, tells of the past.
 */
const PERFECT_OR_PARTICIPLE = new RegExp(String.raw`\b(?:has|have)[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]{2,}ed|${IRREGULAR_PARTICIPLE_SRC})\b|\b${NOT_PLANNING}[a-z]{3,}ed[ \t]+(?:in|on|during)[ \t]+(?:the[ \t]+)?$`, 'i');
/** "…, which switched to Safeguard in the spring": a relative clause that opens on a past tense. */
const CLAUSE_OPENS_PAST = new RegExp(String.raw`^[ \t]*(?:[a-z]+ly[ \t]+)?${NOT_PLANNING}[a-z]{3,}ed\b`);
/** A clause's own words: what follows the last report or quote in it. */
function ownWords(clause: string): string {
  let from = 0;
  for (const m of execAll(REPORTED, clause)) from = m.index + m[0].length;
  return clause.slice(from);
}
// ("aims to have that work finished before December": after a causative "have" or "get", "that" points at a noun
// and reports nothing)
// ("were given direct access so that they could raise referrals": "so that" gives a purpose and reports nothing)
const REPORTED = /\b(?:(?<!\b(?:have|has|had|having|get|gets|got|getting|so|such)[ \t]+)that|said|says|told|added|adds)\b|[:"“]/gi;

/** The rest of the date's sentence after it. */
const afterInSentence = (doc: Prepared, sentence: number, end: number) => doc.norm.slice(end, Math.max(end, doc.sentences[sentence]?.end ?? end));

/**
 * The clause whose verb tells a date's tense: the last one in `before`, except one on "with" that has no verb of its
 * own ("the first will take place in the summer, with the second in the autumn"), or only a participle in "-ing"
 * ("the first patients were onboarded in November, with Grimsby following in December"), which takes the sentence's.
 */
function tenseClause(before: string): string {
  const at = lastClauseStart(before);
  const clause = before.slice(at);
  return /,[ \t]+with[ \t]+$/.test(before.slice(0, at)) && !/\b(?:[a-z]{3,}ed|due|set|to|is|are|was|were|will|would|has|have|had)\b/.test(clause) ? before : clause;
}

/** Where the last coordinated clause or semicolon clause in `text` starts (0 when none). */
function lastClauseStart(text: string): number {
  let at = 0;
  // ("The first sites will be A and B, where testing finished in January": a relative clause tells its own time)
  // ("… would feed the trust's new unit, set up within the digital directorate in April": a participle of something done
  // opens a clause of its own)
  // (", to make the wearable model the default … from October": an infinitive of purpose looks ahead of its own, and
  // keeps its "to": ", to be completed by the end of September")
  for (const m of execAll(/[;,][ \t]+(?:(?:and|but|while|whilst|whereas|with|where|when|which|who|whose|set[ \t]+up|launched|opened|introduced|created|established|formed|founded|installed)[ \t]+|(?=to[ \t]))|;[ \t]*/g, text)) at = m.index + m[0].length;
  return at;
}

export const extractDates: Extractor<DateRecord> = (doc, upstream) => {
  if (doc.text.length === 0) return [];
  const ctx: RuleContext = { text: doc.text, norm: doc.norm, ref: parseDay(doc.referenceDate) };
  let candidates = recognise(ctx);
  for (const { refine } of REFINERS) candidates = refine(candidates, doc, upstream);
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);

  const entities = indexEntities(upstream.entities, doc.norm, doc.sentences);
  const records: DateRecord[] = [];
  const byKey = new Map<string, { record: DateRecord; parts: { subject: string | null; commitment: string }[] }>();
  for (const c of candidates) {
    const s = span(c.start, c.end);
    const text = doc.text.slice(s.start, s.end);
    const key = `${c.kind}\u0000${foldText(text)}`;
    const seen = byKey.get(key);
    const deadline = c.kind === 'deadline';
    // a repeated deadline adds to the commitment, which holds 20 words: a few parts are enough
    if (seen && (!deadline || seen.parts.length >= MAX_PARTS)) continue;
    const subject = deadline ? deadlineSubject(doc, entities, s.start, s.end) : null;
    const commitment = deadline ? deadlineCommitment(doc, s.start, s.end, c.dateStart) : null;
    if (seen) {
      seen.parts.push({ subject, commitment: commitment! });
      continue;
    }
    const sentence = sentenceAt(doc.sentences, s.start);
    // (a quarter without a year too: "Referrals rose again in Q3", written in February, is last year's)
    const unanchored = c.kind === 'point' && (c.granularity === 'month' || c.granularity === 'season' || c.granularity === 'quarter');
    // the sentence before the date, which tells whether it is told as past or ahead (only months, seasons and deadlines need it)
    const before = deadline || unanchored ? doc.norm.slice(doc.sentences[sentence]?.start ?? 0, s.start) : '';
    const period = deadline
      ? deadlinePeriod(c.period, text, c.trigger ?? null, c.granularity, doc.referenceDate, before)
      : unanchored
        ? pastPeriod(pointPeriod(c.period, text, before, doc.referenceDate), text, before, afterInSentence(doc, sentence, s.end), doc.referenceDate)
        : c.period;
    const record: DateRecord = {
      text,
      kind: c.kind,
      trigger: deadline ? (c.trigger ?? null) : null,
      start: period ? period[0] : null,
      end: period ? period[1] : null,
      granularity: c.granularity,
      subject,
      commitment,
      rule: c.rule,
      span: s,
      sentence,
    };
    records.push(record);
    byKey.set(key, { record, parts: deadline ? [{ subject, commitment: commitment! }] : [] });
  }
  for (const { record, parts } of byKey.values()) {
    if (parts.length > 1) record.commitment = joinCommitments(parts);
    if (record.kind === 'deadline' && !record.subject) record.subject = parts.find((p) => p.subject)?.subject ?? null;
  }
  return records;
};
