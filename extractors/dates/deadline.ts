// Who committed to a deadline, and to what. The subject is an entity from the upstream
// entities records: the body the sentence names as delivering it (an evaluator whose report is
// due, the site a go-live is at, the owner of a target), else the sentence's grammatical subject
// when it names one, else the body
// the passage is about (a sentence saying "the ICS", "they" or a passive one points back to
// the most recent ICS or organisation named before it, headings included).
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { EntityRecord } from '../entities/schema.ts';
import { COMPANY_RULES, PUBLISHERS } from '../entities/lexicon.ts';
import { isPlaceName } from '../entities/places.ts';
import { firstStartingAt, sentenceAt } from '../../pipeline/span.ts';
import { firstWords, wordCount } from './text.ts';
import { BODY_DESCRIPTIONS, describedBodies, HEALTH_BOARD_NAME, NHS_GROUP_NAME, quotedMostBody, topicOf, type DescribedKind } from '../topic.ts';
import { execAll } from '../exec-all.ts';
import { perKey } from '../memo.ts';
import { isHospital, trustRunning } from '../sites.ts';

interface Mentioned {
  start: number;
  end: number;
  sentence: number;
  /** the name a deadline gives as subject: the entity, or the ICS a bare region name stands for */
  body: string;
  icsLike: boolean;
  trustLike: boolean;
  /** an organisation, or a region standing for its ICS (not a bare place) */
  organisation: boolean;
  /** for a bare place, the one body whose name starts with it ("Blackpool is set to follow" → Blackpool Teaching Hospitals NHS Foundation Trust) */
  standsFor: string | null;
  /** a company's name (a supplier gazetteer entry or a company rule): its possessive names its product, not a commitment */
  company: boolean;
}

const ICS_LIKE = /\b(?:ICS|ICB|Integrated Care (?:System|Board|Partnership)|Health and Care Partnership)\b/;
const TRUST_BODY = /\b(?:Trust|Hospitals?|Health Board|Council|University|Board)\b/;
const isTrustLike = (body: string) => TRUST_BODY.test(body) || HEALTH_BOARD_NAME.test(body);
const BODY_SUFFIXES = [' ics', ' integrated care system', ' icb', ' integrated care board', ' health and care partnership'];
const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/'s$/, '').replace(/\s+/g, ' ').trim();

export interface EntityIndex {
  mentions: Mentioned[];
  topicIcs: string | null;
  topicIcb: string | null;
  /** the one health or public body a single-topic article is about (extractors/topic.ts), or null in a round-up */
  topicBody: string | null;
  /** how many times the article names each body */
  named: ReadonlyMap<string, number>;
  /** the organisations the entities extractor found as companies (a supplier gazetteer entry or a company rule) */
  companies: ReadonlySet<string>;
  /** the body (public or a company) of the person the article quotes most: whom "we" and "our" stand for in an interview */
  ourBody: string | null;
  /** the company a press release is from: the first company named after its dateline, or null in other articles */
  releaseCompany: string | null;
  /** every mention of a person the entities extractor gave an organisation, by position: who a quotation is from */
  people: readonly QuotedPerson[];
}

interface QuotedPerson {
  start: number;
  end: number;
  organisation: string;
}

/** A press release's opening: "PRESS RELEASE", or a dateline ("LONDON, 4 February 2026 –", "Manchester, 3 September 2025 –"). */
const RELEASE_OPENING = /(?:^|\n)[ \t]*(?:PRESS RELEASE\b|[A-Z][A-Za-z .'-]{2,30},[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]*[–—-])/;

/** A health or public body's name: a company much quoted in a sponsored piece commits no NHS deadline. */
// (networks, collaboratives, federations, PCNs and hospices are the health bodies the descriptions in topic.ts name by head)
const PUBLIC_BODY = /\b(?:NHS|Council|Authority|Health and Care|Ambulance|Commissioning|Network|Collaborative|Federation|PCN|Hospice|Partnership|Practice|Surgery|Medical Centre|Health Centre)\b/;

/** The ICS-like body the article names most often: what an article about one system is about. */
function topic(mentions: readonly Mentioned[], prefer: RegExp): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.icsLike) counts.set(m.body, (counts.get(m.body) ?? 0) + (prefer.test(m.body) ? 2 : 1));
  let best: string | null = null;
  let n = 0;
  for (const [body, c] of counts) if (c > n) [best, n] = [body, c];
  return best;
}



/** Removes, in place, each mention that repeats the body of the mention before it in brackets right after it. */
function dropBracketedShortForms(mentions: Mentioned[], norm: string): void {
  let kept = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const prev = mentions[kept - 1];
    if (prev && prev.body === m.body && /^[ \t]{0,2}\($/.test(norm.slice(prev.end, m.start)) && norm[m.end] === ')') continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/** Indexes organisation and place mentions once per article, sorted by position; `norm` adds the descriptions to the topic count. */
export function indexEntities(entities: readonly EntityRecord[] | undefined, norm = '', sentences?: Prepared['sentences']): EntityIndex {
  const orgs = (entities ?? []).filter((e) => e.type === 'organisation');
  // a region name stands for its ICS when the article names that ICS ("South West London" → "South West London ICS")
  const bodyOfRegion = new Map<string, string>();
  for (const suffix of BODY_SUFFIXES) {
    for (const o of orgs) {
      for (const n of [o.name, ...o.aliases]) {
        const f = fold(n);
        if (f.endsWith(suffix)) {
          const region = f.slice(0, -suffix.length);
          if (!bodyOfRegion.has(region)) bodyOfRegion.set(region, o.name);
        }
      }
    }
  }
  const folded = orgs.map((o) => `${fold(o.name)} `);
  const startsWith = (place: string): string | null => {
    const prefix = `${fold(place)} `;
    let found: string | null = null;
    for (let i = 0; i < orgs.length; i++) {
      if (!folded[i]!.startsWith(prefix) || folded[i] === prefix) continue;
      if (found !== null) return null;
      found = orgs[i]!.name;
    }
    return found;
  };
  const mentions: Mentioned[] = [];
  for (const e of entities ?? []) {
    if (e.type !== 'organisation' && e.type !== 'place') continue;
    const body = e.type === 'place' ? (bodyOfRegion.get(fold(e.name)) ?? e.name) : e.name;
    // "NHS Sussex", "NHS Kent and Medway": an English ICB by its area ("NHS Lothian" and the other Scottish boards
    // are national bodies), or a body the article also calls an ICB
    const icsLike = ICS_LIKE.test(body) || (e.type === 'organisation' && (e.rule === 'nhs-area' || e.aliases.some((a) => ICS_LIKE.test(a))));
    const organisation = e.type === 'organisation' || body !== e.name;
    const standsFor = organisation ? null : startsWith(e.name);
    const company = e.type === 'organisation' && COMPANY_RULES.has(e.rule);
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, sentence: m.sentence, body, icsLike, trustLike: !icsLike && isTrustLike(body), organisation, standsFor, company });
  }
  if (sentences) mentions.push(...shortFormMentions(orgs, mentions, norm, sentences));
  // organisations before places on the same span, so the body wins over the bare place
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.icsLike) - Number(a.icsLike));
  // ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust (DBTH) and Sheffield …": a short form in brackets
  // right after its own name is part of that mention, not a body of its own between the name and what follows)
  dropBracketedShortForms(mentions, norm);
  const bodies = mentions.filter((m) => m.organisation);
  const isPublic = (m: Mentioned) => m.icsLike || m.trustLike || PUBLIC_BODY.test(m.body);
  const publicBodies = bodies.filter(isPublic).map((m) => m.body);
  const described = norm ? describedBodies(norm, bodies.filter(isPublic).map((m) => ({ start: m.start, name: m.body }))) : [];
  const named = new Map<string, number>();
  for (const m of bodies) named.set(m.body, (named.get(m.body) ?? 0) + 1);
  const companies = new Set((entities ?? []).filter((e) => e.type === 'organisation' && COMPANY_RULES.has(e.rule)).map((e) => e.name));
  const ourBody = quotedMostBody(entities ?? []);
  const opening = norm ? RELEASE_OPENING.exec(norm) : null;
  const releaseCompany = opening ? (bodies.find((m) => m.start >= opening.index && companies.has(m.body))?.body ?? null) : null;
  const people: QuotedPerson[] = [];
  for (const e of entities ?? []) if (e.type === 'person' && e.organisation) for (const m of e.mentions) people.push({ start: m.start, end: m.end, organisation: e.organisation });
  people.sort((a, b) => a.start - b.start);
  return { mentions, topicIcs: topic(mentions, NAMES_ICS), topicIcb: topic(mentions, NAMES_ICB), topicBody: topicOf([...publicBodies, ...described], bodies.length + described.length), named, companies, ourBody, releaseCompany, people };
}

const PREPOSITIONS = new Set(
  'in on at for with from to by of across into between within via through among under over about including like as such and or alongside than against toward towards throughout around per without behind beyond besides plus versus vs onto upon after before during since until near among amongst'.split(' '),
);
const BEFORE_MENTION = /([\p{L}]+)[ \t]{1,3}(?:(?:the|a|an)[ \t]{1,3})?$/iu;

/** Index of the first token that starts at or after `offset`. */
function tokenAt(doc: Prepared, offset: number): number {
  return firstStartingAt(doc.tokens, offset);
}

const VERBAL = new Set(['VERB', 'AUX']);
const POSSESSIVE = new Set(["'s", '\u2019s', "'", '\u2019']);

/**
 * The mention reads as the clause's subject: no preposition or verb governs it, and a verb
 * (or a possessive: "X's strategy runs until 2025") follows it, an adverb allowed between.
 */
function inSubjectPosition(doc: Prepared, m: Mentioned): boolean {
  return canBeSubject(doc, m) && verbFollows(doc, m);
}

/** Not after a preposition or conjunction, and not the object of a verb just before. */
function canBeSubject(doc: Prepared, m: Mentioned): boolean {
  const before = BEFORE_MENTION.exec(doc.norm.slice(Math.max(0, m.start - 40), m.start));
  if (before && PREPOSITIONS.has(before[1]!.toLowerCase())) return false;
  const first = tokenAt(doc, m.start);
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an)$/i.test(doc.tokens[k]!.text)) k--;
  // a verb just before makes the body its object, unless the verb ends a heading or sentence before
  return !(k >= 0 && VERBAL.has(doc.tokens[k]!.pos) && doc.tokens[k]!.end > m.start - 20 && doc.tokens[k]!.sentence === doc.tokens[first]?.sentence);
}

/**
 * An apposition or a relative clause after a name, up to the comma that closes it: ", the region's health
 * innovation network,", ", whose clinical systems were hit by an outage in 2022,".
 */
// ("University Hospitals Tees – the group formed by … – wants approval …": an apposition between spaced dashes)
// A participle opens one too: ", formed through its merger with … in April 2023,", ", working with …,".
// ("The Scottish Health Technologies Group (SHTG), part of Healthcare Improvement Scotland, is due to publish …")
const APPOSITION_OPENER = String.raw`(?:the|a|an|its|their|one[ \t]{1,3}of|(?:now[ \t]{1,3})?part[ \t]{1,3}of|formerly|previously|whose|which|who|[a-z]{3,}ed|[a-z]{3,}ing|led|run|(?:(?:best|well|widely)[ \t]{1,3})?known|built|chosen|set[ \t]{1,3}up)[ \t]`;
const APPOSITION = new RegExp(String.raw`^(?:,[ \t]{1,3}${APPOSITION_OPENER}[^,;:.!?()"\n]{1,120},|[ \t]{1,3}-[ \t]{1,3}${APPOSITION_OPENER}[^;:.!?()"\n]{1,160}?[ \t]-)`, 'i');
/** A list of names inside an apposition goes on after its commas: ", which runs hospitals in Salford, Oldham and Rochdale, is …". */
const NAMES_GO_ON = /^[ \t]{1,3}[A-Z][^,;:.!?()"\n]{0,80},/;
/** How long the apposition or relative clause opening `s` is, with the names listed in it; 0 when none opens it. */
function appositionLength(s: string): number {
  const m = APPOSITION.exec(s);
  if (!m) return 0;
  let end = m[0].length;
  if (s.startsWith(',')) for (let more = NAMES_GO_ON.exec(s.slice(end)); more; more = NAMES_GO_ON.exec(s.slice(end))) end += more[0].length;
  return end;
}

/** A short form in brackets after a name: "Digital Health and Care Wales (DHCW) is running …". */
const SHORT_FORM = String.raw`[ \t]{0,2}\([^()\n]{1,40}\)`;
const BRACKETED = new RegExp(`^${SHORT_FORM}`);

/** A verb (or a possessive) right after the body, or after its short form in brackets and its apposition. */
function verbFollows(doc: Prepared, m: Mentioned): boolean {
  const bracket = BRACKETED.exec(doc.norm.slice(m.end, m.end + 48));
  const after = m.end + (bracket ? bracket[0].length : 0);
  const past = after + appositionLength(doc.norm.slice(after, after + 240));
  // ("NIAS, meanwhile, expects to complete …": a sentence adverb between commas)
  const aside = ASIDE.exec(doc.norm.slice(past, past + 40));
  let i = tokenAt(doc, past + (aside ? aside[0].length : 0));
  const next = doc.tokens[i];
  if (!next) return false;
  // ("roll out Netcall's Patient Hub portal no later than June 2026": a company's possessive inside its sentence names
  // what it makes; opening the sentence it is the subject, "Ieso's service is scheduled for September")
  if (POSSESSIVE.has(next.text) || /^['\u2019]s$/.test(next.text)) return !m.company || opensSentence(doc, m);
  // "NWAS plans to …": the tagger reads "plans" after a name as a noun
  if (SUBJECT_VERBS.has(next.text)) return true;
  // "North West Ambulance Service NHS Trust (NWAS) crews will be given access …": the body's own people act for it
  if (BODY_PEOPLE.has(next.text) && VERBAL.has(doc.tokens[i + 1]?.pos ?? '')) return true;
  if (next.pos === 'ADV' || next.pos === 'PART') i++;
  return VERBAL.has(doc.tokens[i]?.pos ?? '');
}

/** A body's people named after its name ("NWAS crews", "the trust's staff"): the body is the clause's subject. */
const BODY_PEOPLE = new Set(['crews', 'staff', 'teams', 'clinicians', 'paramedics', 'nurses', 'doctors', 'colleagues', 'engineers', 'developers', 'leaders', 'managers', 'practices']);

const ASIDE = /^,[ \t]{1,3}(?:meanwhile|however|too|also|instead|though|in turn|for its part|for their part|by contrast|in the meantime|separately|likewise|similarly),(?=[ \t])/i;

/** The mention opens its sentence, "the" allowed before it. */
const opensSentence = (doc: Prepared, m: Mentioned) => /^(?:the[ \t]{1,3})?$/i.test(doc.norm.slice(doc.sentences[m.sentence]!.start, m.start));

/** The last body in [from, to) that reports ("An NHS England spokesperson said: “…"): whom a quotation after it is from. */
function lastSpeakingBody(doc: Prepared, index: EntityIndex, from: number, to: number): string | null {
  const ms = index.mentions;
  let speaker: string | null = null;
  for (let i = firstStartingAt(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.organisation && m.end <= to && speaks(doc, m)) speaker = m.body;
  }
  return speaker;
}

/** A reporting verb after a body, past its apposition: "Accurx, best known for its messaging tools, said in June that …". */
function speaks(doc: Prepared, m: { end: number }): boolean {
  const at = m.end + appositionLength(doc.norm.slice(m.end, m.end + 240));
  return SPEECH_AFTER.test(doc.norm.slice(at, at + 24));
}

/** Verbs a body is the subject of that the tagger may read as nouns after a name. */
const SUBJECT_VERBS = new Set(['plans', 'aims', 'expects', 'intends', 'hopes', 'wants', 'needs', 'says', 'targets', 'commits', 'pledges', 'promises']);

const COORDINATION = new RegExp(String.raw`^(?:${SHORT_FORM})?(?:,[ \t]{1,3}(?:and[ \t]{1,3})?|[ \t]{1,3}(?:and|&)[ \t]{1,3})$`);
/** The index of the last of the bodies joined by "and" or commas that `ms[i]` opens (`i` itself when none follows). */
function listEnd(doc: Prepared, ms: readonly Mentioned[], i: number): number {
  let j = i;
  while (j + 1 < ms.length && COORDINATION.test(doc.norm.slice(ms[j]!.end, ms[j + 1]!.start))) j++;
  return j;
}

/** "and", then one or two words that name no body, then a finite verb: "… and ellenor are", "… and its partners will". */
const UNNAMED_CONJUNCT = /^(?:[ \t]{0,2}\([^()\n]{1,40}\))?[ \t]{1,3}(?:and|&)[ \t]{1,3}(?:(?:its|their|the)[ \t]{1,3})?[\p{L}'-]+(?:[ \t]{1,3}[\p{L}'-]+)?[ \t]{1,3}(?:are|were|have|will|plan|aim|expect|intend|hope|want)[ \t]/u;
/** "X and Y are working towards …": the first of bodies joined by "and" or commas before a verb. */
function coordinatedSubject(doc: Prepared, ms: readonly Mentioned[], opensClause: (m: Mentioned) => boolean = () => false): Mentioned | null {
  for (let i = 0; i < ms.length; i++) {
    const j = listEnd(doc, ms, i);
    if (j > i && (opensClause(ms[i]!) || canBeSubject(doc, ms[i]!)) && verbFollows(doc, ms[j]!)) return ms[i]!;
    if (listInApposition(doc, ms[i]!, ms[j]!)) return ms[i]!;
    // ("Pilgrims Hospices and ellenor are set to go live", "the ICB and its partners will": a body, then "and" a name or
    // noun that is no body the article names, then the verb)
    if (j === i && canBeSubject(doc, ms[i]!)) {
      const rest = UNNAMED_CONJUNCT.exec(doc.norm.slice(ms[i]!.end, ms[i]!.end + 48));
      if (rest && !(ms[i + 1] && ms[i + 1]!.start < ms[i]!.end + rest[0].length)) return ms[i]!;
    }
    i = j;
  }
  return null;
}

/** A plural noun, then a dash or comma: where a list of the bodies it names opens ("The first five councils – including …"). */
const LIST_OPENS = /\b[a-z]+s[ \t]{0,3}(?:[-,])[ \t]{1,3}(?:including[ \t]{1,3})?(?:the[ \t]{1,3})?$/;
const LIST_CLOSES = /^(?:[ \t]{1,3}-|,)/;
/**
 * "The first five councils – including Newcastle City Council, Sunderland City Council and Cumberland Council – are going
 * live by June 2025", "The remaining acute providers, X and Y, are expected to …": a list of bodies between dashes or
 * commas after the plural noun they spell out, then a verb; the first of them commits.
 */
function listInApposition(doc: Prepared, first: Mentioned, last: Mentioned): boolean {
  const opener = LIST_OPENS.exec(doc.norm.slice(Math.max(0, first.start - 60), first.start));
  if (!opener) return false;
  const close = LIST_CLOSES.exec(doc.norm.slice(last.end, last.end + 4));
  if (!close) return false;
  const dash = opener[0].includes('-');
  if (dash !== close[0].includes('-')) return false;
  let i = tokenAt(doc, last.end + close[0].length);
  if (doc.tokens[i]?.pos === 'ADV') i++;
  return VERBAL.has(doc.tokens[i]?.pos ?? '');
}

const CLAUSE_BREAK = /[;:\n]/;
/** A preposition of place right before a description ("in the system", "across the system"). */
const LOCATIVE_BEFORE = /\b(?:in|across|within|throughout|around|outside)[ \t]{1,3}$/i;
/** How far from a deadline its sentence is read: keeps the cost per deadline constant on run-on text. */
const REACH = 400;

/** The sentence around [start, end), cut to REACH characters either side. */
function sentenceWindow(doc: Prepared, sentence: number, start: number, end: number): [number, number] {
  const s = doc.sentences[sentence];
  const a = Math.max(s ? s.start : 0, start - REACH);
  const b = Math.min(s ? Math.max(s.end, end) : doc.text.length, end + REACH);
  return [a, b];
}

/** The clause around [start, end): bounded by the sentence and by ; and :. */
function clauseOf(doc: Prepared, sentence: number, start: number, end: number): [number, number] {
  let [a, b] = sentenceWindow(doc, sentence, start, end);
  for (let i = start - 1; i >= a; i--) if (CLAUSE_BREAK.test(doc.norm[i]!)) { a = i + 1; break; }
  for (let i = end; i < b; i++) if (CLAUSE_BREAK.test(doc.norm[i]!)) { b = i; break; }
  return [a, b];
}

/** The kinds of body whose description names them by their head word alone ("the network" → "… Imaging Network"). */
const BY_HEAD: ReadonlySet<Want> = new Set(['network', 'collaborative', 'pcn', 'federation', 'hospice', 'alliance', 'consortium', 'group']);
const namesOf = (kind: DescribedKind) => BODY_DESCRIPTIONS.find((d) => d.kind === kind)!.names;
const OWNER_BEFORE = /\b(?:strategy|plan|plans|vision|programme|ambition|roadmap|priorities|strategies)[ \t]{1,3}(?:for|of)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
const REFERS_BACK = /\b(?:they|their|it|its|we|our|the strategy|the plan|the document|the vision)\b/i;


/** A clause whose subject is a plan: "The strategy commits to …", "The refreshed plan also sets a target …". */
const PLAN_OPENS = /^\s*(?:The|This|the|this)[ \t]{1,3}(?:(?:[a-z][\w-]*|[A-Z]{2,5})[ \t]{1,3}){0,4}?(strategy|plan|roadmap)[ \t]{1,3}(?:also[ \t]{1,3})?(?:commits|sets|says|aims|promises|expects|wants|includes|calls|targets|pledges|proposes|envisages|outlines)\b/;
/** Saying a body published a plan: the verb, then the plan's noun in the same sentence. */
const PUBLISHED_PLAN = /\b(?:has[ \t]{1,3}|have[ \t]{1,3})?(?:published|launched|unveiled|set[ \t]{1,3}out|refreshed|adopted)\b[^.;\n]{0,100}?\b(strategy|plan|roadmap)\b/gi;
/** "… strategy published by Leicester, Leicestershire and Rutland (LLR) ICB": the plan's noun, then who published it. */
const PLAN_PUBLISHED_BY = /\b(strategy|plan|roadmap)[ \t]{1,3}(?:(?:was|were)[ \t]{1,3})?(?:published|launched|unveiled|set[ \t]{1,3}out|refreshed|adopted)[ \t]{1,3}by[ \t]{1,3}(?:the[ \t]{1,3})?/gi;

/**
 * The body the article first says published a plan of the kind `noun` names ("Black Country ICB has published a five-year
 * digital, data and technology strategy", "the digital strategy published by LLR ICB in July"), or null.
 */
function planPublisher(doc: Prepared, index: EntityIndex, noun: string): string | null {
  // (an article about a strategy may hold several deadlines that open on it: the text is scanned once per kind of plan)
  const known = publishersFor(index);
  let found = known.get(noun);
  if (found === undefined) known.set(noun, (found = findPlanPublisher(doc, index, noun)));
  return found;
}
const publishersFor = perKey((_: EntityIndex) => new Map<string, string | null>());
function findPlanPublisher(doc: Prepared, index: EntityIndex, noun: string): string | null {
  const ms = index.mentions;
  let first: { at: number; body: string } | null = null;
  for (const m of execAll(PUBLISHED_PLAN, doc.norm)) {
    if (m[1]!.toLowerCase() !== noun) continue;
    // the body right before the verb, an initialism in brackets allowed between ("… Integrated Care Board (ICB) published")
    const before = ms[firstStartingAt(ms, m.index) - 1];
    if (before?.organisation && /^(?:[ \t]{1,3}\([A-Z]{2,6}\))?[ \t]{1,3}$/.test(doc.norm.slice(before.end, m.index))) {
      first = { at: m.index, body: before.body };
      break;
    }
  }
  for (const m of execAll(PLAN_PUBLISHED_BY, doc.norm)) {
    if (first && m.index > first.at) break;
    if (m[1]!.toLowerCase() !== noun) continue;
    const after = ms[firstStartingAt(ms, m.index + m[0].length)];
    if (after?.organisation && after.start === m.index + m[0].length) return after.body;
  }
  return first?.body ?? null;
}

/** Verbs that report speech: the speaker's body commits, and what follows them is what was said. */
const REPORTING = 'said|says|added|adds|explained|announced|confirmed';
/**
 * A reporting verb right after a speaker's title: ", said", ", has said", " says"; or after a body's name and its
 * spokesperson ("A Welsh Government spokesperson said"), who speaks for the body.
 */
const SPEECH_AFTER = new RegExp(String.raw`^,?[ \t]{1,3}(?:(?:spokesperson|spokeswoman|spokesman|spokespeople)[ \t]{1,3})?(?:has[ \t]{1,3})?(?:${REPORTING}|told)\b`, 'i');

/** "…,” she said.", "She said the trust …", "he told": a person named before reports what goes with it. */
const PRONOUN_REPORTS = new RegExp(String.raw`\b(?:he|she)[ \t]{1,3}(?:${REPORTING}|told)\b`, 'i');
/** Where a coordinated main clause opens: ", and the ICS aims …". */
const COORDINATED_CLAUSE = /,[ \t]{1,3}(?:and|but|while|whilst|with)[ \t]{1,3}/gi;
/** A relative clause whose own subject comes next: ", which the network must …", ", when the trust will …". */
const RELATIVE_WITH_SUBJECT = /,[ \t]{1,3}(?:which|that|when|where|after which)[ \t]{1,3}(?=the[ \t]|[A-Z])/g;
/** A relative clause opening right after a body's name: ", which", ", who", ", that". */
const RELATIVE_AFTER = /^,[ \t]{1,3}(?:which|who|that)\b/i;

const LOOKBACK_SENTENCES = 40;
const MAX_MENTIONS_BACK = 2000;
const NAMES_ICS = /\b(?:ICS|Integrated Care System|Health and Care Partnership)\b/;
const NAMES_ICB = /\b(?:ICB|Integrated Care Board)\b/;
// The guideline keeps "X ICS" and "X Health and Care Partnership" apart, so "the ICS" is
// first the body named as an ICS and "the partnership" first the one named as a partnership.
const NAMES_SYSTEM = /\b(?:ICS|Integrated Care System)\b/;
const NAMES_PARTNERSHIP = /\b(?:Partnership)\b/;
type Want = DescribedKind | 'any';
/** Bodies with a board of their own: what "the board" means in an article about one of them. */
const BOARD_OF = /\b(?:ICB|Integrated Care Board|Trust|Health Board|Board)\b/;
/** What "the trust" and "the hospital" name: a trust or hospital before a council or university. */
const NAMES_TRUST = /\b(?:Trust|Hospitals?)\b/;

/** The body the passage before `offset` is about. */
function bodyBefore(doc: Prepared, index: EntityIndex, offset: number, sentence: number, want: Want): string | null {
  const ms = index.mentions;
  const paragraph = doc.sentences[sentence]?.paragraph ?? -1;
  const from = firstStartingAt(ms, offset) - 1;
  const scan = (ok: (m: Mentioned) => boolean, lookback = LOOKBACK_SENTENCES) => {
    const stop = Math.max(0, from - MAX_MENTIONS_BACK);
    for (let i = from; i >= stop && ms[i]!.sentence >= sentence - lookback; i--) if (ok(ms[i]!)) return ms[i]!.body;
    return null;
  };
  const samePara = (m: Mentioned) => doc.sentences[m.sentence]?.paragraph === paragraph;
  const all = Number.MAX_SAFE_INTEGER;
  if (want === 'ics' || want === 'partnership') {
    const first = want === 'ics' ? NAMES_SYSTEM : NAMES_PARTNERSHIP;
    return scan((m) => first.test(m.body), all) ?? scan((m) => NAMES_ICS.test(m.body), all) ?? scan((m) => m.icsLike, all) ?? index.topicIcs ?? scan(() => true);
  }
  if (want === 'icb') return scan((m) => NAMES_ICB.test(m.body), all) ?? scan((m) => m.icsLike, all) ?? index.topicIcb ?? scan(() => true);
  // "the trust expects … wards at Queen's Hospital Burton …": a trust before a hospital it runs
  // (past a trust named once in passing to one the article keeps naming, as in topic.ts)
  if (want === 'trust') {
    // ("Mid and South Essex NHS Foundation Trust, which runs …, signed … . It will replace …, and the trust expects …":
    // first a trust that opens this sentence or the one before it in the paragraph, however often the article names it)
    return scan((m) => /\bTrust\b/.test(m.body) && samePara(m) && m.sentence >= sentence - 1 && opensSentence(doc, m), 1) ??
      scan((m) => /\bTrust\b/.test(m.body) && (index.named.get(m.body) ?? 0) > 1) ?? scan((m) => /\bTrust\b/.test(m.body)) ?? scan((m) => NAMES_TRUST.test(m.body)) ?? scan((m) => m.trustLike) ?? scan((m) => m.icsLike) ?? scan(() => true);
  }
  if (want === 'healthBoard') return scan((m) => HEALTH_BOARD_NAME.test(m.body), all) ?? scan((m) => m.trustLike) ?? scan(() => true);
  // "The board approved the plan" in a paper about one ICB or trust: its board
  if (want === 'board') return (index.topicBody && BOARD_OF.test(index.topicBody) ? index.topicBody : null) ?? scan((m) => m.trustLike) ?? scan((m) => m.icsLike) ?? scan(() => true);
  // "The company now works with 19 NHS organisations, and expects to recruit … before April 2026"
  if (want === 'company') {
    // ("Synnovis, the partnership between the two trusts and SYNLAB, is still working through … The company has committed
    // to …": the company opening the sentence before, not one its apposition names)
    const opener = scan((m) => m.sentence === sentence - 1 && samePara(m) && m.organisation && !m.icsLike && !m.trustLike && !PUBLIC_BODY.test(m.body) && opensSentence(doc, m) && doc.norm.startsWith(', ', m.end), 1);
    return opener ?? scan((m) => index.companies.has(m.body)) ?? scan((m) => m.organisation);
  }
  if (want === 'council') return scan((m) => /\bCouncil\b/.test(m.body), all) ?? scan((m) => m.organisation);
  if (want === 'trusts' || want === 'icbs') {
    const names = namesOf(want);
    // ("Barnsley Hospital NHS Foundation Trust and The Rotherham NHS Foundation Trust are running a joint procurement
    // … The two trusts aim to award the contract by …": the first of the trusts the last sentence naming two or more
    // of them named, else the first trust the article names; so for "the three ICBs" and "both boards")
    // (named together: "X and Y", "X, Y and Z"; not two trusts a sentence names apart)
    const firstOfListIn = (s: number): string | null => {
      for (let k = firstStartingAt(ms, doc.sentences[s]!.start); k + 1 < ms.length && ms[k + 1]!.sentence === s && ms[k + 1]!.end <= offset; k++) {
        const [a, b] = [ms[k]!, ms[k + 1]!];
        if (names(a.body) && names(b.body) && a.body !== b.body && COORDINATION.test(doc.norm.slice(a.end, b.start))) return a.body;
      }
      return null;
    };
    const stop = Math.max(0, from - MAX_MENTIONS_BACK);
    for (let i = from, seen = -1; i >= stop && ms[i]!.sentence >= sentence - LOOKBACK_SENTENCES; i--) {
      if (ms[i]!.sentence === seen || !names(ms[i]!.body)) continue;
      seen = ms[i]!.sentence;
      const group = firstOfListIn(seen);
      if (group !== null) return group;
    }
    const first = ms.find((m) => names(m.body));
    if (first) return first.body;
  }
  // "Ministers now expect …": the government or department the article named, wherever it did
  if (want === 'government') {
    const names = namesOf('government');
    // (a government the article does not name is no entity: nobody named committed)
    return scan((m) => names(m.body), all);
  }
  if (BY_HEAD.has(want)) {
    const names = namesOf(want as DescribedKind);
    return scan((m) => names(m.body), all) ?? scan((m) => m.organisation);
  }
  return (
    scan((m) => samePara(m) && m.icsLike) ??
    // an article about a system calls it "the ICS" far more often than it means the board
    scan((m) => NAMES_ICS.test(m.body)) ??
    scan((m) => m.icsLike) ??
    scan((m) => samePara(m) && m.trustLike) ??
    // a place named in passing ("patients across Wales") commits nobody: bodies only from here
    scan((m) => samePara(m) && m.organisation) ??
    index.topicIcs ??
    scan((m) => m.trustLike) ??
    scan((m) => m.organisation)
  );
}

const LIST_MARK = /^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+/;

/**
 * The subject a list item takes from its own head or from the line that introduces the list:
 * "- Sheffield Children's: PEWS live by the end of the year" commits the body it opens with;
 * "- retire the last 340 machines before October 2025" after "the trust has committed to:" commits
 * the introducing sentence's subject. Null where the deadline is in no list item, or neither applies.
 */
function listItemSubject(doc: Prepared, index: EntityIndex, start: number): string | null {
  const lineStart = doc.norm.lastIndexOf('\n', start - 1) + 1;
  const item = LIST_MARK.exec(doc.norm.slice(lineStart, start));
  if (!item) return null;
  const at = lineStart + item[0].length;
  const ms = index.mentions;
  const head = ms[firstStartingAt(ms, at)];
  if (head && head.start === at && head.organisation && /^[ \t]*[:–]/.test(doc.norm.slice(head.end, head.end + 3))) return head.standsFor ?? head.body;
  if (!/^[a-z]/.test(doc.norm.charAt(at))) return null;
  // back over the list's earlier items to the line that introduces it
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const from = doc.norm.lastIndexOf('\n', end - 1) + 1;
    const line = doc.norm.slice(from, end);
    end = from - 1;
    if (!line.trim() || LIST_MARK.test(line)) continue;
    if (!line.trimEnd().endsWith(':')) return null;
    // (only an introduction that names or describes a body: "Next steps include:" commits no one)
    const close = from + line.trimEnd().length - 1;
    let named = false;
    for (let i = firstStartingAt(ms, from); i < ms.length && ms[i]!.start < close; i++) if (ms[i]!.organisation) named = true;
    const described = BODY_DESCRIPTIONS.some(({ pattern }) => {
      pattern.lastIndex = 0;
      return pattern.test(line);
    });
    return named || described ? deadlineSubject(doc, index, close, close) : null;
  }
  return null;
}

/** A deliverable that someone other than the clause's subject may produce: the report of an evaluation, a review. */
const DELIVERABLE_BEFORE = /\b(?:report|evaluation|findings|results|review|recommendations?|study|analysis|assessment|audit)[ \t]{1,3}(?:(?:is|are|was|were|is[ \t]{1,3}now)[ \t]{1,3})?$/i;
/** Who carries out an evaluation: "an evaluation by X", "led by X", "carried out by X", "commissioned X to evaluate". */
const EVALUATOR_BEFORE = /\b(?:(?:evaluation|review|study|report|audit|assessment|analysis|research)[ \t]{1,3}(?:by|from)|(?:led|carried[ \t]{1,3}out|conducted|undertaken|run|delivered)[ \t]{1,3}by|commissioned|appointed|asked)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
const EVALUATOR_AFTER = new RegExp(String.raw`^(?:${SHORT_FORM})?[ \t]{1,3}(?:will|to|is|has[ \t]{1,3}been)[ \t]{1,3}(?:carry[ \t]{1,3}out|carrying[ \t]{1,3}out|evaluat|review|assess|lead|independently)`, 'i');
/** "go-live at X is scheduled for …", "roll-out to X is due …", "a decision from X expected …". */
const EVENT_AT = /\b(?:go-live|go[ \t]live|roll-?out|launch|switch-?over|implementation|deployment|installation|migration|decision|approval|sign-off)[ \t]{1,3}(?:at|to|in|from|for|by|across)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
/** "…, with X due to go live in April": the body right after ", with", the deadline right after it. */
const WITH_BEFORE = /,[ \t]{1,3}with[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
/** The deadline of a scheduled event opens with the word that schedules it ("due", "scheduled for"), not "by" or "until". */
const SCHEDULED = /^(?:due|set|expected|scheduled|targeted|on[ \t]course|on[ \t]track)\b/i;
/** A hospital site: an event at it is scheduled by the trust that runs it, which the sentence may not name. */
const SITE = /\bHospital$/;
/** Between the body and its scheduled deadline, only its short form and a form of "be". */
const ONLY_VERB_BETWEEN = new RegExp(String.raw`^(?:${SHORT_FORM})?[ \t]{1,3}(?:(?:is|are|was|were|has[ \t]{1,3}been|had[ \t]{1,3}been|now)[ \t]{1,3})*$`, 'i');
/** "NHS England's ambition of …", "a Welsh Government target of 90 per cent by March 2026": whose goal the deadline is. */
const GOAL_AFTER_POSSESSIVE = /^['\u2019]s?[ \t]{1,3}(?:[\w/-]+[ \t]{1,3}){0,3}?(?:target|ambition|expectation|goal|deadline|requirement|pledge|commitment|mandate|aim)s?[ \t]{1,3}(?:of|that|to|for)\b/i;
/** "Both trusts must meet NHS England's target … by March 2026": the deadline belongs to whoever must meet the target, not to its owner. */
const MEETS = /\b(?:meet|meets|hit|reach|achieve|deliver|miss|missed|met)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
/** "a Welsh Government target of …": a goal right after a body named after "a" or "the". */
const GOAL_AFTER_NAME = /^[ \t]{1,3}(?:target|ambition|deadline|requirement|mandate|pledge|goal)s?[ \t]{1,3}(?:of|that|to|for)\b/i;

/** A verb that puts a duty on the body after it: "requires BCUHB to submit", "has asked the trust to", "expects X to". */
const OBLIGES_BEFORE = /\b(?:requires?|required|asks?|asked|tells?|told|expects?|expected|wants?|wanted|instructs?|instructed|directs?|directed|orders?|ordered|urges?|urged|mandates?|mandated|commissioned|obliges?|obliged)[ \t]{1,3}(?:the[ \t]{1,3})?$/i;
const TO_ACT_AFTER = new RegExp(String.raw`^(?:${SHORT_FORM})?[ \t]{1,3}to[ \t]{1,3}[a-z]`, 'i');

/**
 * The body the sentence names as the one who delivers a deadline that its clause's subject does
 * not: an evaluator whose report is due, a site whose go-live is scheduled, a body a duty is put
 * on, a body whose target the date is. Null when the sentence names none of them.
 */
function namedAgent(doc: Prepared, ms: readonly Mentioned[], sa: number, ca: number, start: number): Mentioned | null {
  const before = doc.norm.slice(Math.max(sa, start - 60), start);
  const inSentence: Mentioned[] = [];
  for (let i = firstStartingAt(ms, sa); i < ms.length && ms[i]!.end <= start; i++) if (ms[i]!.organisation) inSentence.push(ms[i]!);
  if (DELIVERABLE_BEFORE.test(before)) {
    const k = inSentence.findIndex((m) => EVALUATOR_BEFORE.test(doc.norm.slice(Math.max(sa, m.start - 40), m.start)) || EVALUATOR_AFTER.test(doc.norm.slice(m.end, m.end + 60)));
    if (k >= 0) {
      // "The University of Hull and Hull York Medical School will evaluate …": the first of bodies joined by "and"
      let first = k;
      while (first > 0 && COORDINATION.test(doc.norm.slice(inSentence[first - 1]!.end, inSentence[first]!.start))) first--;
      return inSentence[first]!;
    }
  }
  // the bodies of the deadline's own clause, nearest the deadline first
  const inClause = inSentence.filter((m) => m.start >= ca).reverse();
  // ("Welsh Government requires BCUHB to submit a plan no later than 31 March": the body told to act commits, not the
  // one telling it)
  for (const m of inClause) {
    if (OBLIGES_BEFORE.test(doc.norm.slice(Math.max(ca, m.start - 24), m.start)) && TO_ACT_AFTER.test(doc.norm.slice(m.end, m.end + 50))) return m;
  }
  for (const m of inClause) {
    const lead = doc.norm.slice(Math.max(ca, m.start - 40), m.start);
    const gap = doc.norm.slice(m.end, start);
    if ((EVENT_AT.test(lead) || WITH_BEFORE.test(lead)) && (gap === '' || ONLY_VERB_BETWEEN.test(gap)) && SCHEDULED.test(doc.norm.slice(start, start + 12)) && !SITE.test(m.body)) return m;
  }
  for (const m of inClause) {
    const after = doc.norm.slice(m.end, m.end + 60);
    if (MEETS.test(doc.norm.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (GOAL_AFTER_POSSESSIVE.test(after) || (GOAL_AFTER_NAME.test(after) && /\b(?:a|an|the)[ \t]{1,3}$/i.test(doc.norm.slice(Math.max(0, m.start - 5), m.start)))) return m;
  }
  return null;
}

/**
 * Canonical name of the entity that committed to the deadline at [start, end), or null. A supplier
 * read as the subject stays the subject ("vCreate expects all ten units to be live by March 2025",
 * "InHealth's contract runs until 31 March 2026"): over 68 batches of hand-annotated articles,
 * handing such deadlines to the health body named nearby was wrong 14 times and right 4.
 * A hospital is a site, not a body that commits ("Noble's Hospital … is due to go live in spring 2027" in an article
 * about Manx Care commits Manx Care; hand-made gold files name a hospital as a deadline's subject 3 times in 3,422):
 * the trust named after its place commits for it, else the trust or health board last named before the deadline in its
 * paragraph (or the paragraph before, a section's heading), else the body a single-topic article is about.
 */
export function deadlineSubject(doc: Prepared, index: EntityIndex, start: number, end: number): string | null {
  // (a news publisher reports the deadline, it never commits to one: "… scheduled for December 2026, HSJ has learned")
  const written = subjectAsWritten(doc, index, start, end);
  const subject = written !== null && PUBLISHERS.has(written) ? null : written;
  if (subject !== null && inHeadline(doc, start) && isBarePlace(index, subject)) return headlineBody(doc, index, start, end) ?? subject;
  if (subject === null || !isHospital(subject)) return subject;
  return trustRunning(subject, index.mentions.map((m) => m.body)) ?? trustBefore(doc, index, start) ?? (index.topicBody !== null && !isHospital(index.topicBody) ? index.topicBody : subject);
}

/**
 * "Sherwood Forest Hospitals NHS Foundation Trust … is extending the platform … The work should be complete at King's
 * Mill Hospital by June 2025": the trust or health board last named before the deadline in its paragraph, else in the
 * paragraph before it (a section's heading: "Western Health and Social Care Trust"), runs the hospital.
 */
function trustBefore(doc: Prepared, index: EntityIndex, start: number): string | null {
  const si = sentenceAt(doc.sentences, start);
  const from = paragraphStart(doc, si);
  const before = from > 0 ? paragraphStart(doc, from - 1) : from;
  const lastIn = (a: number, b: number) => {
    let found: Mentioned | null = null;
    for (let i = firstStartingAt(index.mentions, a); i < index.mentions.length && index.mentions[i]!.end <= b; i++) if (index.mentions[i]!.trustLike && !isHospital(index.mentions[i]!.body)) found = index.mentions[i]!;
    return found?.body ?? null;
  };
  return lastIn(doc.sentences[from]!.start, start) ?? (before < from ? lastIn(doc.sentences[before]!.start, doc.sentences[from]!.start) : null);
}

/** A name the article uses only as a place, for no body ("Wales", "Devon", "Yorkshire"). */
const isBarePlace = (index: EntityIndex, name: string) => index.mentions.some((m) => m.body === name && !m.organisation && m.standsFor === null) && !index.mentions.some((m) => m.body === name && m.organisation);
/** The article's headline: its first line, one sentence with no full stop. */
function inHeadline(doc: Prepared, at: number): boolean {
  const first = doc.sentences[0];
  if (!first || at < first.start || at >= first.end || doc.sentences[1]?.paragraph === first.paragraph) return false;
  return !/[.!?]["'\u201D]?\s*$/.test(doc.text.slice(first.start, first.end));
}
/**
 * "Wales aims to switch on electronic prescriptions in every community pharmacy by March 2026", "Devon trusts must join
 * single Epic record by March 2027": a headline names the place the story is about; the body says who committed. The
 * same deadline written again in the body commits its subject there, else the body the lead sentence is about.
 */
function headlineBody(doc: Prepared, index: EntityIndex, start: number, end: number): string | null {
  const bodyFrom = doc.sentences[1]?.start;
  if (bodyFrom === undefined) return null;
  const again = doc.text.indexOf(doc.text.slice(start, end), bodyFrom);
  if (again >= 0) {
    const there = subjectAsWritten(doc, index, again, again + (end - start));
    if (there !== null && !isBarePlace(index, there) && !PUBLISHERS.has(there)) return there;
  }
  const lead = doc.sentences[1]!;
  for (let i = firstStartingAt(index.mentions, lead.start); i < index.mentions.length && index.mentions[i]!.start < lead.end; i++) {
    const m = index.mentions[i]!;
    // (not the publication that reports it: "…, HSJ has learned")
    if (m.organisation && !PUBLISHERS.has(m.body) && inSubjectPosition(doc, m)) return m.standsFor ?? m.body;
  }
  return null;
}

function subjectAsWritten(doc: Prepared, index: EntityIndex, start: number, end: number): string | null {
  const listed = listItemSubject(doc, index, start);
  if (listed) return listed;
  const si = sentenceAt(doc.sentences, start);
  const [sa, sb] = sentenceWindow(doc, si, start, end);
  const [ca, cb] = clauseOf(doc, si, start, end);
  const ms = index.mentions;
  const agent = namedAgent(doc, ms, sa, ca, start);
  if (agent) return agent.standsFor ?? agent.body;
  const speaking = quotedWeCommit(doc, index, si, ca, start, end);
  if (speaking) return speaking;
  const inRange = (a: number, b: number) => {
    const out: Mentioned[] = [];
    for (let i = firstStartingAt(ms, a); i < ms.length && ms[i]!.start < b; i++) {
      if (ms[i]!.end <= b && (ms[i]!.end <= start || ms[i]!.start >= end)) out.push(ms[i]!);
    }
    return out;
  };
  // "X and Y also use the record, and the ICS aims to connect hospices by …": the deadline's own
  // coordinated clause is read first, for a subject and then for a description
  // the body opening a coordinated clause ("…, and Kheiron expects …", "…, and the Northern Trust, Southern Trust
  // and Western Trust are due to …") follows its "and", yet is its subject
  const opens = (m: Mentioned, clauseStart: number) =>
    clauseStart >= 0 && (m.start === clauseStart || (m.start > clauseStart && /^the[ \t]{1,3}$/i.test(doc.norm.slice(clauseStart, m.start))));
  // (hospital sites joined by "and" open a clause after "and" or "but", not "with": "…, with Bronglais General Hospital
  // and Prince Philip Hospital following by …" names the sites that follow, not who commits; bodies do: "…, with
  // Trafford Council and Manchester City Council targeted for October")
  const afterWith = (clauseStart: number) => /with[ \t]{1,3}$/i.test(doc.norm.slice(Math.max(0, clauseStart - 8), clauseStart));
  // ("…, with Torbay and South Devon NHS Foundation Trust due to go live no later than April 2025": a body opening the
  // clause, then the word that schedules it, commits; a hospital site that follows does not)
  const scheduledAfter = (m: Mentioned) => !SITE.test(m.body) && SCHEDULED.test(doc.norm.slice(m.end, m.end + 14).replace(/^[ \t]{1,3}/, ''));
  // ("…, with NHS Fife and NHS Forth Valley due to follow next year": bodies joined by "and" opening the clause, then the
  // word that schedules them)
  const scheduledList = (ms: Mentioned[], clauseStart: number) => {
    const k = ms.findIndex((m) => opens(m, clauseStart) && !SITE.test(m.body));
    if (k < 0) return undefined;
    const j = listEnd(doc, ms, k);
    return j > k && scheduledAfter(ms[j]!) ? ms[k] : undefined;
  };
  const among = (ms: Mentioned[], clauseStart: number) =>
    ms.find((m) => (opens(m, clauseStart) ? verbFollows(doc, m) || scheduledAfter(m) : inSubjectPosition(doc, m))) ??
    coordinatedSubject(doc, ms, (m) => opens(m, clauseStart) && !(afterWith(clauseStart) && SITE.test(m.body))) ??
    scheduledList(ms, clauseStart);
  const subjectAmong = (ms: Mentioned[], clauseStart = -1) =>
    among(ms.filter((m) => m.end <= start), clauseStart) ?? among(ms.filter((m) => m.start >= end), clauseStart);
  // a place that is the short name of one body ("Blackpool is set to follow") commits that body
  const name = (m: Mentioned) => m.standsFor ?? m.body;
  // the description written first in the clause ("… expected in January 2026, when the trust will report back to the ICB")
  // (where it is written: the body it points back to was named before the description, not merely before the deadline:
  // "The company also expects to complete an integration with the Oracle Health EPR … by March 2026")
  const describedIn = (a: number, b: number): { want: Want; at: number } | null => {
    const clause = doc.norm.slice(a, b);
    let best: Want | null = null;
    let at = Infinity;
    for (const { pattern, kind } of BODY_DESCRIPTIONS) {
      if (kind === 'group' && !index.mentions.some((m) => NHS_GROUP_NAME.test(m.body))) continue;
      pattern.lastIndex = 0;
      let m = pattern.exec(clause);
      // ("Elsewhere in the system, the ICB has rolled out …", "clinical systems across the system": "the system" after a
      // preposition of place says where, not who)
      while (m && /^the system$/i.test(m[0]) && LOCATIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) m = pattern.exec(clause);
      if (m && m.index < at) [at, best] = [m.index, kind];
    }
    return best ? { want: best, at: Math.min(a + at, start) } : null;
  };
  const clauses: number[] = [];
  for (const m of execAll(COORDINATED_CLAUSE, doc.norm.slice(ca, start))) clauses.push(ca + m.index + m[0].length);
  const own = clauses.length > 0 ? clauses[clauses.length - 1]! : -1;
  if (own >= 0) {
    const subject = subjectAmong(inRange(own, cb), own);
    if (subject) return name(subject);
    const described = describedIn(own, cb);
    if (described) return bodyBefore(doc, index, described.at, si, described.want);
    // "…, and the NCA is extending that instance …, with the final wave to go live by March 2026": a clause of its own
    // with no body in it goes on from the coordinated clause before it, whose subject commits
    for (let k = clauses.length - 2; k >= 0; k--) {
      const opener = clauses[k]!;
      const before = inRange(opener, clauses[k + 1]!).find((m) => opens(m, opener) && verbFollows(doc, m));
      if (before) return name(before);
    }
  }
  // "… £6.2 million for 2025/26, which the network must commit before the end of the financial year": a relative
  // clause with a subject of its own
  let relative = -1;
  for (const m of execAll(RELATIVE_WITH_SUBJECT, doc.norm.slice(ca, start))) relative = ca + m.index + m[0].length;
  if (relative >= 0) {
    const subject = inRange(relative, start).find((m) => verbFollows(doc, m));
    if (subject) return name(subject);
    const described = describedIn(relative, start);
    if (described) return bodyBefore(doc, index, described.at, si, described.want);
  }
  const subjectInClause = subjectAmong(inRange(ca, cb));
  if (subjectInClause) return name(subjectInClause);
  // "Bids are due by 14 March", "Expressions of interest must be submitted by 30 September": a window for
  // submissions commits whoever submits, no one body (in 88 batches of hand-annotated articles such a sentence
  // had no subject 10 times and one 2)
  if (SUBMISSIONS_DUE.test(doc.norm.slice(ca, start)) || SUBMISSIONS_DUE.test(doc.norm.slice(doc.sentences[si]!.start, start))) return null;
  const sentence = inRange(sa, sb);
  const subjectInSentence = sentence.find((m) => inSubjectPosition(doc, m));
  if (subjectInSentence) return name(subjectInSentence);
  // "Jo Bloggs, director of digital at NHS England, said … by December 2024": reported speech
  // commits the body the speaker speaks for
  const speaker = sentence.find((m) => m.end <= start && m.organisation && speaks(doc, m));
  if (speaker) return speaker.body;
  // ("Priya said the next step is adding the councils' records, which she wants in place no later than December": a
  // person who reports it earlier in the sentence speaks for the organisation the entities gave them)
  const reporter = index.people.find((p) => p.start >= sa && p.end <= start && speaks(doc, p));
  if (reporter) return reporter.organisation;
  // ("She said the trust …": "he" or "she" reporting stands for the last person named before, in this paragraph or the
  // one before it)
  const pronoun = PRONOUN_REPORTS.exec(doc.norm.slice(sa, start));
  if (pronoun) {
    const last = index.people[firstStartingAt(index.people, sa + pronoun.index) - 1];
    if (last && doc.sentences[sentenceAt(doc.sentences, last.start)]!.paragraph >= doc.sentences[si]!.paragraph - 1) return last.organisation;
  }
  if (FIRST_PERSON_PLURAL.test(doc.norm.slice(ca, cb))) {
    // "Jo Bloggs, head of transformation at South Western Ambulance Service NHS Foundation Trust, said: “… Our aim is
    // to offer video triage … by March 2026”": "we" inside a quotation its paragraph opened are the speaker's body
    const paragraphFrom = doc.sentences[paragraphStart(doc, si)]!.start;
    const opened = quoteOpenedBefore(doc, paragraphFrom, start);
    if (opened !== null) {
      const speaker = lastSpeakingBody(doc, index, paragraphFrom, opened);
      if (speaker) return speaker;
    }
    // "Our aim is to have Epic data flowing into the SDE by the end of next year", in an interview: "we" are the
    // body of the person the article quotes most
    if (index.ourBody) return index.ourBody;
  }
  // "… part of Hampshire and Isle of Wight ICS, which aims to … by 2027": the body a relative
  // clause holding the deadline is about (the last such body before the deadline)
  let antecedent: Mentioned | null = null;
  for (const [k, m] of sentence.entries()) {
    if (m.end > start || !RELATIVE_AFTER.test(doc.norm.slice(m.end, m.end + 12))) continue;
    // "The Princess Alexandra Hospital NHS Trust in Harlow, which is adding …": the body, not where it is
    const host = sentence[k - 1];
    const hosted = !m.organisation && host?.organisation && /^[ \t]{1,3}(?:in|at)[ \t]{1,3}$/.test(doc.norm.slice(host.end, m.start));
    // ("two new crisis cafés in Hastings and Crawley, which are set to open in the spring": the clause is about
    // what is there, not the town)
    if (!hosted && !m.organisation && m.standsFor === null && /\b(?:in|at|across|around|near)[ \t]{1,3}(?:[A-Z][\w'-]*[ \t]{1,3}(?:and|&)[ \t]{1,3})?$/.test(doc.norm.slice(Math.max(0, m.start - 40), m.start))) continue;
    antecedent = hosted ? host! : m;
  }
  if (antecedent) return name(antecedent);
  const describedHere = describedIn(ca, cb);
  if (describedHere) return bodyBefore(doc, index, describedHere.at, si, describedHere.want);
  // "Black Country ICB has published a five-year digital strategy … The strategy commits to adding hospice data by December
  // 2025": a plan opening the clause commits the body the article says published it
  const plan = PLAN_OPENS.exec(doc.norm.slice(ca, start));
  if (plan) {
    const publisher = planPublisher(doc, index, plan[1]!.toLowerCase());
    if (publisher) return publisher;
  }
  if (!REFERS_BACK.test(doc.norm.slice(ca, cb))) {
    // "The digital strategy for X runs until 2025": the body the sentence's plan belongs to
    const owner = sentence.find((m) => m.end <= start && OWNER_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 40), m.start)));
    if (owner) return owner.body;
  }
  // "The ICS shares its plans. … by March 2025 they will …": a pronoun takes the kind of
  // body the passage last described ("the ICS", "the trust") when that came after the last
  // body it named
  // "That leaves Bolton NHS Foundation Trust and WWL as the two trusts … Both have been asked to submit …": "Both"
  // opening the sentence points back to a pair of bodies the sentence before named, and the first commits; "It is in
  // the final stages of procuring …": "It" to the body the sentence before was about, and so does "Its" ("Its board
  // approved an ePMA business case … and expects to name a supplier by …")
  const previousSentence = si > 0 && doc.sentences[si - 1]!.paragraph === doc.sentences[si]!.paragraph ? doc.sentences[si - 1]! : null;
  const opening = doc.norm.slice(doc.sentences[si]!.start, doc.sentences[si]!.start + 5);
  if (previousSentence && /^Both[ \t]/.test(opening)) {
    const named = inRange(previousSentence.start, previousSentence.end).filter((m) => m.organisation);
    const pair = named.find((m, k) => named[k + 1] !== undefined && /^[ \t]{1,3}and[ \t]{1,3}(?:the[ \t]{1,3})?$/.test(doc.norm.slice(m.end, named[k + 1]!.start)));
    if (pair) return name(pair);
  }
  if (previousSentence && /^Its?[ \t]/.test(opening)) {
    // (the body opening that sentence, also before a relative clause: "The … Pathology Network, which links …, processes")
    const named = inRange(previousSentence.start, previousSentence.end);
    const previous = named.find((m) => m.organisation && opensSentence(doc, m)) ?? named.find((m) => m.organisation && inSubjectPosition(doc, m));
    if (previous) return name(previous);
  }
  const described = lastDescription(doc, index, si, start);
  // "It will see CareHub installed in up to 400 care homes by December 2026", in a supplier's press release: a sentence
  // that names no one commits the company the release is from (as the hand-made gold reads 10 such deadlines in 12)
  if (!described && index.releaseCompany) return index.releaseCompany;
  // "Wye Valley NHS Trust has signed a contract with MEDITECH … Go-live is scheduled for October 2026.": a
  // sentence that names no one goes on about the body the nearest sentence before it in its paragraph was about
  for (let k = si - 1; !described && k >= 0 && doc.sentences[k]!.paragraph === doc.sentences[si]!.paragraph; k--) {
    const before = doc.sentences[k]!;
    const named = inRange(before.start, before.end).filter((m) => m.organisation);
    // ("Royal Free … and North Middlesex … will join UCLH on Epic. Go-live is scheduled for …": the first of bodies joined by "and")
    const previous = named.find((m) => inSubjectPosition(doc, m)) ?? coordinatedSubject(doc, named);
    if (previous) return name(previous);
  }
  // "The full business case is expected in the autumn" in an article about one body: that body
  if (!described && index.topicBody) return index.topicBody;
  return bodyBefore(doc, index, start, si, described ?? 'any');
}

/** A trust's or health board's legal ending, and what may stand before it ("… University Hospitals NHS Foundation Trust"). */
const LEGAL_ENDING = /(?: (?:University|Teaching))*(?: Hospitals?)?(?: NHS)?(?: Foundation)? Trust$|(?: University)?(?: Teaching)? Health Board$/;
const SHORT_FORM_TAIL = / (?:Hospitals?|Health|Healthcare)$/;
/**
 * "Go-live at Medway", "Hywel Dda's sites", "Queen Victoria should be connected": a trust or health board named again
 * by its name without the legal ending ("Medway NHS Foundation Trust", "Hywel Dda University Health Board", "Queen
 * Victoria Hospital NHS Foundation Trust"), where the form belongs to that one body and no mention covers it already.
 * A form that is a place is left to the place's own mention (`standsFor`): over batches 68-187 of hand-annotated
 * articles, reading every "Leeds" or "Hull" as the trust chose the wrong subject as often as the right one.
 */
function shortFormMentions(orgs: readonly EntityRecord[], mentions: readonly Mentioned[], norm: string, sentences: Prepared['sentences']): Mentioned[] {
  const byForm = new Map<string, string | null>();
  for (const o of orgs) {
    if (!LEGAL_ENDING.test(o.name)) continue;
    const core = o.name.replace(LEGAL_ENDING, '');
    if (!/^[A-Z]/.test(core) || /^(?:University|NHS|The)\b/.test(core)) continue;
    for (const form of new Set([core, core.replace(SHORT_FORM_TAIL, '')])) {
      // (not a place: "Sheffield", "Hull" and "Somerset" name the city or county as often as the trust)
      if (form.length < 4 || isPlaceName(form)) continue;
      byForm.set(form, byForm.has(form) && byForm.get(form) !== o.name ? null : o.name);
    }
  }
  const out: Mentioned[] = [];
  if (byForm.size === 0) return out;
  // characters inside an organisation's mention, marked once (when first needed), so each occurrence is checked in constant time
  let inMention: Uint8Array | null = null;
  const covered = (a: number, b: number) => {
    if (inMention === null) {
      inMention = new Uint8Array(norm.length + 1);
      for (const m of mentions) if (m.organisation) inMention.fill(1, m.start, m.end);
    }
    return inMention[a] === 1 && inMention[b - 1] === 1;
  };
  for (const [form, body] of byForm) {
    if (body === null) continue;
    for (let at = norm.indexOf(form); at >= 0; at = norm.indexOf(form, at + 1)) {
      const end = at + form.length;
      // a whole word, not the start of a longer name ("Medway NHS Foundation Trust", "Medway Maritime Hospital")
      if (/[\w-]/.test(norm[at - 1] ?? ' ') || /^(?:[\w-]| [A-Z])/.test(norm.slice(end, end + 2)) || covered(at, end)) continue;
      out.push({ start: at, end, sentence: sentenceAt(sentences, at), body, icsLike: false, trustLike: true, organisation: true, standsFor: null, company: false });
    }
  }
  return out;
}

const SUBMISSIONS_DUE = /^\W*(?:bids|tenders|applications|submissions|expressions of interest|clarification questions|responses|entries|nominations|proposals|comments)\b/i;

/** "we" (or "our aim", "our ambition" …) as the subject of the clause that runs up to a deadline. */
const WE_SUBJECT = /(?:^|[^\p{L}'])(?:we(?:['\u2019](?:re|ll|ve|d))?|our[ \t]{1,3}(?:aim|ambition|plan|plans|target|goal|intention|commitment|strategy|priority|expectation)s?)[ \t]/giu;
const WE_AFTER = /^,?[ \t]{1,3}we(?:'(?:re|ll|ve|d))?[ \t]/i;

/** How far back a quotation with no speaker in its own paragraph looks for the person it is from (paragraphs). */
const SPEAKER_PARAGRAPHS_BACK = 2;

/**
 * “Our clinicians have been flicking between screens … and we expect to switch off around 60 legacy applications by the
 * end of 2027,” said a chief clinical information officer at NUH: a deadline whose clause has "we" as its subject, or
 * whose sentence names no body at all, inside a quotation, commits the organisation of the person the quotation is
 * from. That person is the last one named in the paragraph before the quotation opened, else the first named after it
 * in the paragraph ("…,” said Jo Bloggs, LPFT’s director of digital."), else the last one named in the paragraphs just
 * before ("…,” she said." after a paragraph that introduced her). Null when the clause names a body or a description
 * (after "we", where there is one), or no such person has an organisation.
 */
function quotedWeCommit(doc: Prepared, index: EntityIndex, si: number, ca: number, start: number, end: number): string | null {
  if (index.people.length === 0) return null;
  const first = paragraphStart(doc, si);
  const paragraphFrom = doc.sentences[first]!.start;
  const opened = quoteOpenedBefore(doc, paragraphFrom, start);
  if (opened === null) return null;
  const from = Math.max(ca, opened);
  let we = -1;
  for (const m of execAll(WE_SUBJECT, doc.norm.slice(from, start))) we = from + m.index + m[0].length;
  // ("By the end of the year we will stand up …": "we" right after the deadline that opens the clause)
  if (we < 0 && WE_AFTER.test(doc.norm.slice(end, end + 16))) we = start;
  // ("“The first milestone is that every trust reaches the core level of digitisation by March 2026,” he said": a
  // clause of a quotation that names no body and no description commits the speaker's body as "we" would)
  // (not where a name stands for the body, before or after the deadline: "“By 2024, Staffordshire and Stoke-on-Trent will
  // be …”")
  const weWritten = we >= 0;
  if (!weWritten) we = from;
  // ("We expect the trust to have nobody waiting over 65 weeks by the end of the summer": the trust commits)
  const between = doc.norm.slice(we, start);
  if (index.mentions.some((m) => m.organisation && m.start >= we && m.end <= start)) return null;
  // (without "we", no name at all in the clause's sentence, before or after the deadline)
  if (!weWritten && index.mentions.some((m) => m.start >= from && m.end <= doc.sentences[si]!.end)) return null;
  if (BODY_DESCRIPTIONS.some(({ pattern }) => ((pattern.lastIndex = 0), pattern.test(between)))) return null;
  let last = first;
  while (last + 1 < doc.sentences.length && doc.sentences[last + 1]!.paragraph === doc.sentences[si]!.paragraph) last++;
  const paragraphTo = doc.sentences[last]!.end;
  // ("An NHS England spokesperson said: “… we expect every ICB to be connected to FDP by March 2027.”")
  const speaker = lastSpeakingBody(doc, index, paragraphFrom, opened);
  if (speaker) return speaker;
  const people = index.people;
  const before = people.filter((p) => p.start >= paragraphFrom && p.end <= opened);
  if (before.length > 0) return before[before.length - 1]!.organisation;
  const closed = doc.text.indexOf('\u201D', start);
  const after = people.find((p) => p.start >= (closed >= 0 ? closed : start) && p.end <= paragraphTo);
  if (after) return after.organisation;
  // a speaker introduced before: the paragraph opens with the quotation or says "she said"
  if (doc.norm.slice(paragraphFrom, opened).trim() !== '' && !PRONOUN_REPORTS.test(doc.norm.slice(paragraphFrom, paragraphTo))) return null;
  let k = first;
  for (let back = 0; back < SPEAKER_PARAGRAPHS_BACK && k > 0; back++) k = paragraphStart(doc, k - 1);
  const earlier = people.filter((p) => p.start >= doc.sentences[k]!.start && p.end <= paragraphFrom);
  return earlier.length > 0 ? earlier[earlier.length - 1]!.organisation : null;
}

/** The index of the first sentence of sentence `si`'s paragraph. */
function paragraphStart(doc: Prepared, si: number): number {
  let k = si;
  while (k > 0 && doc.sentences[k - 1]!.paragraph === doc.sentences[si]!.paragraph) k--;
  return k;
}

/**
 * Where the quotation that `at` lies inside opened, after `from` (its paragraph's start); null outside one. Curly quotes
 * say which way they open; straight ones are counted.
 */
function quoteOpenedBefore(doc: Prepared, from: number, at: number): number | null {
  const before = doc.text.slice(from, at);
  const open = before.lastIndexOf('\u201C');
  if (open >= 0) return before.indexOf('\u201D', open) < 0 ? from + open : null;
  const straight = [...before.matchAll(/"/g)];
  return straight.length % 2 === 1 ? from + straight[straight.length - 1]!.index : null;
}

const FIRST_PERSON_PLURAL = /\b(?:we|our|us|we're|we've|we'll)\b/i;

/** How far back in the paragraph a description is looked for. */
const DESCRIPTION_REACH = 1200;

function lastDescription(doc: Prepared, index: EntityIndex, sentence: number, start: number): Want | null {
  const paragraph = doc.sentences[sentence]?.paragraph;
  const reach = start - DESCRIPTION_REACH;
  // walk back to the paragraph's start, but never past the reach (a run-on paragraph stays cheap)
  let k = sentence;
  while (k > 0 && doc.sentences[k - 1]!.paragraph === paragraph && doc.sentences[k]!.start > reach) k--;
  const from = Math.max(doc.sentences[k]?.start ?? 0, reach);
  const passage = doc.norm.slice(from, start);
  let best: Want | null = null;
  let at = -1;
  for (const { pattern, kind } of BODY_DESCRIPTIONS) {
    for (const m of execAll(pattern, passage)) if (m.index > at) [at, best] = [m.index, kind];
  }
  if (best === null) return null;
  // a body named after the description takes over, unless it is one no description here could name
  // (a supplier: "the network will roll out Annalise.ai's CXR … The work is due to finish by …")
  let named = firstStartingAt(index.mentions, start) - 1;
  while (named >= 0 && index.mentions[named]!.start - from > at && !describable(index.mentions[named]!)) named--;
  const lastNamed = named >= 0 ? index.mentions[named]!.start - from : -1;
  return lastNamed > at ? null : best;
}
const NAMED_BY_HEAD = [...BY_HEAD].map((k) => namesOf(k as DescribedKind));
/** A body a description can point back to: a trust, board, system, council, network … (not a company or a place). */
const describable = (m: Mentioned) => m.organisation && (m.icsLike || m.trustLike || PUBLIC_BODY.test(m.body) || NAMED_BY_HEAD.some((names) => names(m.body)));

const MODAL_OR_TO = new Set(['to', 'will', 'shall', 'should', 'must', 'would', 'can', 'could', "'ll"]);
const CONNECTIVE_ONLY = /^[\s,"'(]*(?:(?:and|but|or|so|while|whilst|then|also|that|which|where|with)[\s,"'(]*)?$/i;
const CUT_AFTER = /\s(?:due to|because|as a result|in line with|in order to|so that|which will|, which|, as|, with)\b/i;
const MAX_WORDS = 20;
const REPORTED = new RegExp(String.raw`\b(?:${REPORTING})(?:[ \t]{1,3}that)?[ \t]{1,3}`, 'gi');

/** Words that open a sentence by linking it to the one before; they are no part of what is due. */
const DISCOURSE_OPENER = /^(?:meanwhile|separately|elsewhere|also|however|finally|additionally|in addition|in the meantime)\s*,\s*/i;

const tidy = (s: string) =>
  s
    .replace(/[\u201C\u201D"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:'\u2018\u2019\u2022\u00b7\u25aa\u2023\u25e6*-]+|[\s,;:.'\u2018\u2019-]+$/g, '')
    .replace(DISCOURSE_OPENER, '')
    .trim();

/** A short clause of what is due by the deadline at [start, end): at most 20 words, never empty. */
export function deadlineCommitment(doc: Prepared, start: number, end: number, dateStart = start): string {
  if (dateStart > start) {
    // "set to go live across the system early in 2023": the words between trigger and date are what is due
    const between = /^[\w ]{1,20}?[ \t]to[ \t]{1,3}(.*?)(?:[ \t]{1,3}(?:in|by|from|during|on|at|for)(?:[ \t]{1,3}the)?)?[ \t]*$/is.exec(doc.text.slice(start, dateStart));
    const due = tidy(between?.[1] ?? '');
    if (wordCount(due) >= 1) return firstWords(due, MAX_WORDS);
  }
  const si = sentenceAt(doc.sentences, start);
  const [sa, sb] = sentenceWindow(doc, si, start, end);
  const [ca, cb] = clauseOf(doc, si, start, end);
  const before = doc.norm.slice(ca, start);
  const lastComma = before.lastIndexOf(',');
  const tokens = doc.tokens.slice(tokenAt(doc, sa), tokenAt(doc, sb));
  let out = '';
  if (CONNECTIVE_ONLY.test(lastComma >= 0 ? before.slice(lastComma + 1) : before)) {
    // the date opens its clause ("By 2024, X will be ..."): what follows is due
    const after = tokens.filter((t) => t.start >= end && t.end <= cb);
    const k = after.findIndex((t, i) => MODAL_OR_TO.has(t.text.toLowerCase()) && VERBAL.has(after[i + 1]?.pos ?? ''));
    const from = k >= 0 ? after[k + 1]!.start : (after.find((t) => VERBAL.has(t.pos))?.start ?? end);
    let text = doc.text.slice(from, cb);
    const cut = CUT_AFTER.exec(text);
    if (cut) text = text.slice(0, cut.index);
    out = tidy(text);
  } else {
    // the date closes its clause ("... to develop plans that meet a core level of digitisation by March 2025")
    // ", with funding available until March 2026": a comma and a connective open a new clause
    const connective = /,[ \t]{1,3}(?:with|and|but|while|whilst|which|so)[ \t]/gi;
    let clauseStart = ca;
    for (const m of execAll(connective, before)) clauseStart = ca + m.index + 1;
    const inClause = tokens.filter((t) => t.start >= clauseStart && t.end <= start);
    let k = -1;
    for (let i = inClause.length - 2; i >= 0; i--) {
      if (MODAL_OR_TO.has(inClause[i]!.text.toLowerCase()) && VERBAL.has(inClause[i + 1]!.pos)) {
        k = i;
        break;
      }
    }
    let from = k >= 0 ? inClause[k + 1]!.start : clauseStart;
    if (k < 0) {
      // "…, said the national ambition was for 50 beds per 100,000 by December 2024": what was said is due
      let said = -1;
      for (const m of execAll(REPORTED, doc.norm.slice(from, start))) said = from + m.index + m[0].length;
      if (said >= 0 && wordCount(doc.text.slice(said, start)) >= 3) from = said;
    }
    let text = tidy(doc.text.slice(from, start));
    if (wordCount(text) < 3) text = tidy(doc.text.slice(ca, start));
    if (wordCount(text) > MAX_WORDS && lastComma >= 0 && wordCount(before.slice(lastComma + 1)) >= 3) text = tidy(doc.text.slice(ca + lastComma + 1, start));
    if (wordCount(text) > MAX_WORDS) text = text.split(/\s+/).slice(-MAX_WORDS).join(' ');
    out = text;
  }
  // "The first dashboards are [due in …]": the copula before a trigger is no part of what is due
  out = firstWords(out, MAX_WORDS).replace(/(?<=\S)\s+(?:is|are|was|were|will be|is now|are now)$/i, '');
  if (out === '') out = firstWords(tidy(doc.text.slice(sa, sb)), MAX_WORDS);
  return out === '' ? tidy(doc.text.slice(start, end)) || 'deadline' : out;
}
