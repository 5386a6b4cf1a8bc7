// Customers: the health bodies that buy, deploy or partner with a vendor. A body named in
// the same clause as the vendor is one; when the clause names none but points back to one
// ("the trust continued to work with X", "They … in partnership with X"), that body is.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { Mention } from '../../pipeline/schema.ts';
import type { BodyMention } from './bodies.ts';
import { bulletsAfter, clauseAt, lowerBound, sectionStart } from './context.ts';
import { foldKey, THE_COMPANY_NOUN } from './lexicon.ts';
import { isHospital, trustRunning } from '../sites.ts';
import { HEALTH_BOARD_NAME, NETWORK_QUALIFIER } from '../topic.ts';
import { firstStartingAt } from '../../pipeline/span.ts';
import { execAll } from '../exec-all.ts';
import { perKey } from '../memo.ts';

/** The heads of the names "the network" can point back to. */
const NETWORK_HEAD = /\b(?:Network|Collaborative|Alliance|Consortium)\b/;
/** The names "the ICS", "the partnership" or "the board" can point back to. */
const SYSTEM_OR_BOARD = /\b(?:ICS|ICB|Integrated Care|Health and Care Partnership|Health Board)\b/;
/**
 * Words that point back to a health body, each with the kind of body it can mean: "the
 * trust" is a trust, "the ICS" an ICS or ICB; "they" can be any body, but only a near one.
 */
const ANAPHORS: { pattern: RegExp; kind: RegExp | null; wider?: RegExp }[] = [
  { pattern: /\b[Tt]he (?:combined |new |acute |local |merged |whole |same )?trust\b/, kind: /\bTrust\b/ },
  { pattern: /\b[Tt]he (?:combined |new |acute |local |same )?hospital\b/, kind: /\b(?:Hospitals?|Trust)\b/ },
  // ("the ICB has chosen Graphnet Health's CareCentric …" in an article that names the ICS's partnership too: a body
  // named as an ICB first, else any system or board)
  { pattern: /\b[Tt]he (?:ICB|integrated care board)\b/, kind: /\b(?:ICB|Integrated Care Board)\b/, wider: SYSTEM_OR_BOARD },
  { pattern: /\b[Tt]he (?:ICS|integrated care system|partnership)\b/, kind: SYSTEM_OR_BOARD },
  // ("the board's partnership with Lenus Health" after "NHS Greater Glasgow and Clyde": Scotland's boards are named "NHS …")
  { pattern: /\b[Tt]he (?:health )?board\b/, kind: new RegExp(`${SYSTEM_OR_BOARD.source}|${HEALTH_BOARD_NAME.source}`) },
  // "the system has worked with X": the care system, when it is the subject of a verb (a bare "the system" is often the product)
  { pattern: /\b[Tt]he system(?= (?:has|have|had|will|plans|aims|wants|expects|worked|works|began|signed|chose|selected|procured|commissioned|partnered|awarded)\b)/, kind: /\b(?:ICS|ICB|Integrated Care|Health and Care Partnership)\b/ },
  // (a PCN is named in full as often as by its initials: "Avonvale Primary Care Network (PCN) … The PCN commissioned …")
  { pattern: /\b[Tt]he PCN\b/, kind: /\b(?:PCN|Primary Care Network)\b/ },
  { pattern: /\b[Tt]he (?:GP )?(?:federation|confederation)\b/, kind: /\b(?:Federation|Confederation)\b/ },
  { pattern: /\b[Tt]he (?:GP )?(?:practice|surgery)\b/, kind: /\b(?:Practice|Surgery|Medical Centre|Health Centre)\b/ },
  { pattern: /\b[Tt]he (?:county |city |borough |local )?council\b/, kind: /\bCouncil\b/ },
  // (pathology and imaging networks are often named alliances or consortia: "the Eastern Pathology Alliance … The network")
  { pattern: new RegExp(String.raw`\b[Tt]he ${NETWORK_QUALIFIER}(?:network|collaborative)\b`), kind: NETWORK_HEAD },
  { pattern: /\b[Tt]he (?:hospice|alliance)\b/, kind: /\b(?:Hospice|Alliance)\b/ },
  { pattern: /\b(?:[Tt]hey|[Tt]heir)\b/, kind: null },
];
/** "the Severn network": a network called by the first word of its name. */
const NAMED_NETWORK = /\b[Tt]he ([A-Z][\w-]+) (?:network|alliance|collaborative)\b/;
/** A clause that opens on its host: "Hosted by …, ", "Led from …, ", "Run by …, ". */
const FRONTED_HOST = /^\s*(?:Hosted|Led|Run|Managed|Coordinated|Based)\s+(?:by|from|at)\s+[^,]{3,120},\s*/;
/** A body that runs the framework a supplier is appointed to buys nothing itself: "NHS Shared Business Services' Clinical Digital Solutions framework". */
const FRAMEWORK_AFTER = /^(?:'s?)? (?:[A-Z0-9][\w-]* ){0,5}(?:framework|dynamic purchasing system)\b/i;
/** A clause that awards something to the vendor without naming who awards it. */
const AWARDED_TO = /^(?:The|the|This|this) (?:contract|deal|agreement|award|tender)\b.*\b(?:awarded|given|handed|granted|let) to (?:the )?$/;
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;
/** True when an opening quotation mark before `at` in its paragraph is not closed before it. */
function insideQuote(doc: Prepared, at: number): boolean {
  const para = doc.norm.lastIndexOf('\n', at) + 1;
  const before = doc.norm.slice(para, at);
  const opens = (before.match(/[\u201C]/g) ?? []).length;
  const closes = (before.match(/[\u201D]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}
/**
 * Bodies that run frameworks, assess or regulate, and buy nothing for themselves from a supplier they are named beside
 * (no hand-made gold file names one a customer; the code named them 70-odd times over the helper batches).
 */
// ("the NHS" as a whole buys nothing: no gold file names it a customer, the code did 35 times; England's health
// department sets policy and funds, and the gold files name it a customer once in 2,664 (Northern Ireland's Department
// of Health, which runs its health service and buys for it, six times: it stays a customer))
const NEVER_CUSTOMERS = new Set(['NHS Shared Business Services', 'NHS SBS', 'National Institute for Health and Care Excellence', 'NICE', 'Medicines and Healthcare products Regulatory Agency', 'MHRA', 'Care Quality Commission', 'CQC', 'NHS', 'Department of Health and Social Care', 'DHSC'].map(foldKey));
const LOOK_BACK_SENTENCES = 3;
/** How far from the mention an anaphor is looked for (bounds the work in a run-on sentence). */
const ANAPHOR_REACH = 300;

/**
 * The body a pointing word in the clause means: for a named kind ("the trust"), the first
 * body of that kind in the section, else the nearest before; for "they", the nearest body
 * in the last few sentences, unless a supplier was named after it (then "they" is more
 * likely the supplier).
 */
function resolveAnaphor(doc: Prepared, ix: DocIndex, clause: { start: number; sentence: number }, text: string, textStart = clause.start, mentionAt = text.length): BodyMention | null {
  // ("The Severn network was one of the first … to deploy e-Stroke" after the Severn Integrated Stroke Delivery Network):
  // a network called by its first word is the nearest body named with that word and a network's head
  const named = NAMED_NETWORK.exec(text);
  if (named) {
    for (let i = lowerBound(ix.bodyStarts, clause.start) - 1; i >= 0; i--) {
      const b = ix.bodies[i]!;
      if (b.name.replace(/^the /i, '').startsWith(`${named[1]!} `) && NETWORK_HEAD.test(b.name)) return b;
    }
  }
  const a = ANAPHORS.find((x) => x.pattern.test(text));
  // ("we chose not to extend and moved everything to DrDoctor", in an interview with a trust's chief digital officer:
  // "we" before the supplier's name are the trust; after it, "Lantum … giving us a presence", the supplier itself)
  const ours = a?.kind ? null : ix.ourBody;
  const we = ours ? FIRST_PERSON.exec(text) : null;
  // (not inside a quotation, whose "we" is its speaker's, whoever the article quotes most)
  if (ours && we && we.index < mentionAt && !insideQuote(doc, textStart + we.index)) return { start: clause.start, end: clause.start, name: ours };
  if (!a) return null;
  const { bodies, bodyStarts, vendorStarts } = ix;
  const back = doc.sentences[Math.max(0, clause.sentence - LOOK_BACK_SENTENCES)];
  const upTo = lowerBound(bodyStarts, clause.start);
  if (a.kind) return bodyOfKind(doc, ix, clause, text, a.pattern, a.kind, upTo, back) ?? (a.wider ? bodyOfKind(doc, ix, clause, text, a.pattern, a.wider, upTo, back) : null);
  const nearest = bodies[upTo - 1];
  if (!nearest || !back || nearest.start < back.start) return null;
  const v = lowerBound(vendorStarts, nearest.end);
  if (v < vendorStarts.length && vendorStarts[v]! < clause.start) return null;
  return nearest;
}

/** The body of a kind ("the trust": a trust) that a description in `text` points back to, or null. */
function bodyOfKind(doc: Prepared, ix: DocIndex, clause: { start: number; sentence: number }, text: string, pattern: RegExp, kind: RegExp, upTo: number, back: { start: number } | undefined): BodyMention | null {
  const { bodies, bodyStarts } = ix;
  const section = doc.sentences[sectionStart(ix.headings, clause.sentence)];
  const from = section ? section.start : 0;
  for (let i = lowerBound(bodyStarts, from); i < upTo; i++) if (kind.test(bodies[i]!.name)) return bodies[i]!;
  for (let i = upTo - 1; i >= 0 && back && bodies[i]!.start >= back.start; i--) if (kind.test(bodies[i]!.name)) return bodies[i]!;
  // "One Care, the GP federation for …", then "The federation has signed …": a body its apposition calls that kind
  const noun = /(\w+)\b[^\w]*$/.exec(text.match(pattern)?.[0] ?? '')?.[1]?.toLowerCase();
  if (noun) {
    const called = new RegExp(String.raw`^,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?${noun}\b`, 'i');
    for (let i = upTo - 1; i >= 0; i--) if (called.test(doc.norm.slice(bodies[i]!.end, bodies[i]!.end + 40))) return bodies[i]!;
  }
  // "the alliance's existing Sectra PACS" sections after the article named its one alliance: the only body of that kind before
  let only: BodyMention | null = null;
  for (let i = 0; i < upTo; i++) {
    if (!kind.test(bodies[i]!.name)) continue;
    if (only && foldKey(only.name) !== foldKey(bodies[i]!.name)) return null;
    only = bodies[i]!;
  }
  return only;
}

/**
 * "Frimley Health NHS Foundation Trust … has taken a different route. It is testing Tortus with 25 clinicians", "NIAS
 * has begun procuring a new CAD. Its crews have used Ortivus's MobiMed …": a sentence opening with "It", "Its" or a
 * description of the body's kind ("The trust") goes on about the body that opened the sentence before it, in the same
 * paragraph.
 */
function itOpening(doc: Prepared, ix: DocIndex, clause: { start: number; sentence: number }): BodyMention | null {
  const s = doc.sentences[clause.sentence];
  const previous = doc.sentences[clause.sentence - 1];
  if (!s || !previous || previous.paragraph !== s.paragraph || clause.start !== s.start) return null;
  const opening = doc.norm.slice(s.start, s.start + 64);
  // ("Sherwood Forest Hospitals NHS Foundation Trust is furthest along. The trust, which runs …, signed with System C":
  // a description of the same kind opening the sentence does so too)
  const pronoun = IT_OPENING.test(opening);
  const described = pronoun ? null : ANAPHORS.find((a) => a.kind && opening.search(a.pattern) === 0);
  if (!pronoun && !described) return null;
  const i = lowerBound(ix.bodyStarts, previous.start);
  const first = ix.bodies[i];
  if (!first || first.start >= previous.end || !OPENS_WITH_BODY.test(doc.norm.slice(previous.start, first.start))) return null;
  return !described || described.kind!.test(first.name) || described.wider?.test(first.name) ? first : null;
}
// ("Since 2022, its clinical hub has also used GoodSAM's …", "Working with Sopra Steria, it has moved …", "In December it
// began using Kheiron's Mia": after a short fronted phrase)
const IT_OPENING = /^(?:[^,.;:\n]{1,45},\s+|(?:In|By|Since|From|Last|Earlier|Later|Then|Now|This|Next)\s+[A-Za-z0-9]+(?:\s+\d{4})?\s+)?(?:It|it|Its|its)\s/;

/**
 * "At Manchester University NHS Foundation Trust (MFT), which runs Hive, its Epic record, a 12-week pilot of Microsoft's
 * Dragon Copilot … finished in July": a sentence that opens by setting itself at a body is about that body.
 */
function setAtBody(doc: Prepared, ix: DocIndex, sentence: number): BodyMention | null {
  const s = doc.sentences[sentence];
  const first = s ? ix.bodies[lowerBound(ix.bodyStarts, s.start)] : undefined;
  return first && first.start < s!.end && AT_BEFORE_BODY.test(doc.norm.slice(s!.start, first.start)) ? first : null;
}
const AT_BEFORE_BODY = /^At\s+(?:the\s+)?$/;
/** What may stand before the body that opens a sentence: "the", or a word that places it ("Neighbouring", "Meanwhile,"). */
const OPENS_WITH_BODY = /^(?:(?:Neighbouring|Nearby|Meanwhile|Elsewhere|Separately|Similarly|Locally|Regionally),?\s+)?(?:the\s+)?$/i;

/** What customer finding needs about the article, computed once for all its vendors. */
export interface DocIndex {
  semis: readonly number[];
  headings: readonly number[];
  bodies: readonly BodyMention[];
  bodyStarts: readonly number[];
  vendorStarts: readonly number[];
  /** the health body of the person the article quotes most, whom "we" and "our" stand for */
  ourBody: string | null;
}

/** Whether a vendor other than the one whose mentions start at `own` is named in [a, b). */
export function namesOtherVendor(vendorStarts: readonly number[], own: ReadonlySet<number>, a: number, b: number): boolean {
  for (let i = lowerBound(vendorStarts, a); i < vendorStarts.length && vendorStarts[i]! < b; i++) if (!own.has(vendorStarts[i]!)) return true;
  return false;
}

/** A sentence that goes on about the company the sentence before opened with: "Its products are used at …". */
const GOES_ON_ABOUT_IT = /^(?:It|Its|The (?:company|firm|supplier)(?:['\u2019]s)?)\s/;

/**
 * The vendor's mentions, and the start of each sentence that follows one opening on the vendor's
 * name and goes on about it ("Alcidion now works with 29 NHS organisations. Its products are
 * already used at X, Y and Z.").
 */
function withSentencesAboutIt(doc: Prepared, mentions: readonly Mention[], vendorStarts: readonly number[]): readonly { start: number; end: number }[] {
  const extra: { start: number; end: number }[] = [];
  const own = new Set(mentions.map((m) => m.start));
  // whether a sentence names another vendor, worked out once per sentence (a vendor named many times in one long
  // sentence would otherwise be checked once per mention)
  const otherVendor = new Map<number, boolean>();
  const otherVendorIn = (k: number) => {
    let v = otherVendor.get(k);
    if (v === undefined) otherVendor.set(k, (v = namesOtherVendor(vendorStarts, own, doc.sentences[k]!.start, doc.sentences[k]!.end)));
    return v;
  };
  const seen = new Set<number>();
  const read = new Set<number>();
  for (const m of mentions) {
    const s = doc.sentences[m.sentence];
    const next = doc.sentences[m.sentence + 1];
    if (s && next && m.start === s.start && GOES_ON_ABOUT_IT.test(doc.norm.slice(next.start, next.start + 24))) extra.push({ start: next.start, end: next.start });
    // "The platform, Brightwell LX, will replace … It will be rolled out to A, B and C", "… The new customers are A,
    // B and C": the next sentences that go on about its product or name its customers, before any other vendor
    if (!s || read.has(m.sentence) || otherVendorIn(m.sentence)) continue;
    read.add(m.sentence);
    for (let k = m.sentence + 1; k <= m.sentence + 5; k++) {
      const t = doc.sentences[k];
      if (!t || t.paragraph > s.paragraph + 3 || otherVendorIn(k)) break;
      if (seen.has(k)) continue;
      const opening = doc.norm.slice(t.start, Math.min(t.end, t.start + 120));
      const nearby = k <= m.sentence + 2 && t.paragraph <= s.paragraph + 1;
      if (ITS_PRODUCT_DEPLOYED.test(opening) || CUSTOMERS_ARE.test(opening) || (nearby && THE_COMPANY.test(opening))) {
        seen.add(k);
        extra.push({ start: t.start, end: t.start });
      }
    }
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions;
}
/**
 * "The Bristol-based company already supports networks at …": a sentence whose subject is the company itself, soon
 * after the vendor was named (and before any other vendor), goes on about the vendor.
 */
const THE_COMPANY = new RegExp(String.raw`^The[ \t]+(?:[\w-]+[ \t]+){0,2}?${THE_COMPANY_NOUN}(?:['\u2019]s)?[ \t]|^Its[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:products?|platforms?|software|systems?|tools?|apps?|technology|services?)[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:(?:now|already|also)[ \t]+)*(?:used|deployed|live|in[ \t]+use)\b`);
/** "The new customers are …", "Its customers include …", "Sites are …" (a study's or a pilot's). */
const CUSTOMERS_ARE = /^(?:(?:(?:The|Its|Their)[ \t]+)?(?:new[ \t]+|first[ \t]+|latest[ \t]+|[Oo]ther[ \t]+|existing[ \t]+)?(?:NHS[ \t]+)?[Cc]ustomers|(?:(?:The|Its|Their)[ \t]+)?(?:(?:pilot|trial|study|first)[ \t]+)?[Ss]ites)[ \t]+(?:are|include|now[ \t]+include)\b/;
/**
 * "It will be rolled out to …", "The platform will be used by …", "The expansion will see the service rolled out to …":
 * the vendor's product, then where it is deployed.
 */
const ITS_PRODUCT_DEPLOYED = /^(?:(?:It|The[ \t]+(?:platform|system|software|app|tool|solution|service|product))[ \t]+(?:will[ \t]+(?:also[ \t]+)?be|is[ \t]+(?:now[ \t]+|also[ \t]+)?(?:being[ \t]+)?|has[ \t]+been|was)[ \t]*|The[ \t]+(?:expansion|roll-?out|contract|deal|agreement|extension)[ \t]+(?:will[ \t]+see|sees)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:platform|system|software|app|tool|solution|service|product)[ \t]+)(?:rolled[ \t]+out|used|deployed|introduced|implemented|installed)[ \t]+(?:to|by|at|in|across)\b/;

/**
 * Where in its clause the vendor's customers are named. A clause that names other vendors too
 * ("East Kent run Clinisys WinPath, Maidstone uses Evolution vLab from Magentus, and Dartford relies
 * on TelePath") pairs each with the bodies of its own comma-separated part; where that part names
 * none, the nearest part before it, else after it, that names no other vendor ("Dorset County
 * Hospital, which uses Nervecentre, …").
 */
function partOfClause(doc: Prepared, ix: DocIndex, clause: { start: number; end: number }, at: number, own: ReadonlySet<number>): [number, number] {
  const { vendorStarts, bodyStarts } = ix;
  if (!namesOtherVendor(vendorStarts, own, clause.start, clause.end)) return [clause.start, clause.end];
  const cuts = [clause.start];
  for (const c of execAll(/, /g, doc.norm.slice(clause.start, clause.end))) cuts.push(clause.start + c.index + 2);
  cuts.push(clause.end);
  const parts = cuts.slice(0, -1).map((a, k) => [a, cuts[k + 1]!] as [number, number]);
  const has = (starts: readonly number[], [a, b]: [number, number], ok: (x: number) => boolean) => {
    for (let i = lowerBound(starts, a); i < starts.length && starts[i]! < b; i++) if (ok(starts[i]!)) return true;
    return false;
  };
  const sites = runSites(doc, ix, clause.start, clause.end);
  const names = (p: [number, number]) => has(bodyStarts, p, (x) => !inSpans(sites, x));
  const others = (p: [number, number]) => has(vendorStarts, p, (x) => !own.has(x));
  const k = parts.findIndex(([a, b]) => at >= a && at < b);
  // a part with no verb is an item of a list ("a collaboration with X Council, EXI, Apple and Y University"): the clause is one
  if (k < 0 || !hasVerb(doc, parts[k]!)) return [clause.start, clause.end];
  if (names(parts[k]!)) return parts[k]!;
  for (let j = k - 1; j >= 0 && !others(parts[j]!); j--) if (names(parts[j]!)) return parts[j]!;
  for (let j = k + 1; j < parts.length && !others(parts[j]!); j++) if (names(parts[j]!)) return parts[j]!;
  return [at, at];
}

/**
 * "East and North Hertfordshire Teaching NHS Trust (ENHT), which runs the Lister Hospital in Stevenage, is replacing
 * Lorenzo with Epic", "The trust, which runs the Royal Shrewsbury Hospital and the Princess Royal Hospital, had planned to
 * go live with Epic": the hospitals a relative clause says the body before it runs are its sites, not buyers beside it
 * (the body buys for them). The spans [start, end) of the sites so named in [a, b).
 */
function runSites(doc: Prepared, ix: DocIndex, a: number, b: number): [number, number][] {
  const spans: [number, number][] = [];
  const { bodies, bodyStarts } = ix;
  const relatives = relativeRunsAt(doc);
  for (let r = lowerBound(relatives, a); r < relatives.length && relatives[r]! < b; r++) {
    // (where the first site's name starts: just past ", which runs (the) ")
    const after = relatives[r]!;
    let i = lowerBound(bodyStarts, after);
    const first = bodies[i];
    if (!first || first.start !== after) continue;
    let end = first.end;
    // the list goes on while a body follows ", ", " and " or ", and " (with its "the")
    while (bodies[i + 1] && SITE_LIST_GAP.test(doc.norm.slice(end, bodies[i + 1]!.start)) && bodies[i + 1]!.end <= b) end = bodies[++i]!.end;
    spans.push([first.start, end]);
  }
  return spans;
}
const RUNS_SITES = /, which (?:runs|run|operates|operate|manages|manage) (?:the )?/g;
/** Where the names after the article's ", which runs (the) …" clauses start, found once per article. */
const relativeRunsAt = perKey((doc: Prepared): readonly number[] => [...execAll(RUNS_SITES, doc.norm)].map((m) => m.index + m[0].length));
const SITE_LIST_GAP = /^(?:,|,? and) (?:the )?$/;
const inSpans = (spans: readonly [number, number][], at: number) => spans.some(([a, b]) => at >= a && at < b);

function hasVerb(doc: Prepared, [a, b]: [number, number]): boolean {
  for (let i = firstStartingAt(doc.tokens, a); i < doc.tokens.length && doc.tokens[i]!.start < b; i++) {
    const pos = doc.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

export function findCustomers(doc: Prepared, ix: DocIndex, vendorMentions: readonly Mention[]): string[] {
  const { bodies, bodyStarts } = ix;
  const mentions = withSentencesAboutIt(doc, vendorMentions, ix.vendorStarts);
  const found = new Map<string, string>();
  const add = (name: string) => {
    const key = foldKey(name);
    if (key && !found.has(key) && !NEVER_CUSTOMERS.has(key)) found.set(key, name);
  };
  const seenClauses = new Set<number>();
  const own = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    const clause = clauseAt(doc, ix.semis, m.start);
    if (seenClauses.has(clause.start)) continue;
    seenClauses.add(clause.start);
    let named = false;
    const [from, to] = partOfClause(doc, ix, clause, m.start, own);
    // "Hosted by X Trust, the network will roll out …": the host in a fronted phrase is not who buys
    const fronted = FRONTED_HOST.exec(doc.norm.slice(clause.start, clause.end));
    const hostEnd = fronted ? clause.start + fronted[0].length : -1;
    const byDescription = fronted ? ANAPHORS.find((x) => x.kind && x.pattern.test(doc.norm.slice(hostEnd, hostEnd + 40))) : undefined;
    const sites = runSites(doc, ix, from, to);
    for (let i = lowerBound(bodyStarts, from); i < bodies.length && bodies[i]!.start < to; i++) {
      const b = bodies[i]!;
      if (b.end > clause.end || inSpans(sites, b.start)) continue;
      if (byDescription && b.start < hostEnd) continue;
      if (FRAMEWORK_AFTER.test(doc.norm.slice(b.end, b.end + 80))) continue;
      add(b.name);
      named = true;
    }
    // ("The Lancashire and South Cumbria Care Record, which the ICB procures from Graphnet Health, now includes data from
    // …": a description that buys from the supplier is its customer, whatever bodies the clause lists besides)
    for (const o of mentions) {
      if (o.start < clause.start || o.start >= clause.end) continue;
      const buyer = DESCRIBED_BUYER.exec(doc.norm.slice(Math.max(clause.start, o.start - 80), o.start));
      const body = buyer ? resolveAnaphor(doc, ix, clause, buyer[0]) : null;
      if (body) {
        add(body.name);
        named = true;
      }
    }
    // "Mia will read mammograms for the services run by:" and a bullet list of trusts
    if (clause.end === doc.sentences[clause.sentence]?.end) {
      for (const k of bulletsAfter(doc, clause.sentence)) {
        const s = doc.sentences[k]!;
        for (let i = lowerBound(bodyStarts, s.start); i < bodies.length && bodies[i]!.start < s.end; i++) {
          add(bodies[i]!.name);
          named = true;
        }
      }
    }
    // "The Kent and Medway Care Record, built on Graphnet Health's CareCentric platform": a shared care record is its
    // area's ICB's (the ICB the article names for that area)
    const sentence = doc.sentences[clause.sentence]!;
    const owner = recordOwner(doc.norm, sentence.start, sentence.end, own, bodies);
    if (owner) {
      add(owner);
      named = true;
    }
    if (named) continue;
    const nearStart = Math.max(clause.start, m.start - ANAPHOR_REACH);
    const near = doc.norm.slice(nearStart, Math.min(clause.end, m.end + ANAPHOR_REACH));
    const body = itOpening(doc, ix, clause) ?? setAtBody(doc, ix, clause.sentence) ?? resolveAnaphor(doc, ix, clause, near, nearStart, m.start - nearStart);
    if (body) add(body.name);
    // "Three trusts – A, B and C – have agreed to move onto a shared system. The contract … has been awarded
    // to Clinisys": a contract awarded with no buyer named is the previous sentence's bodies'
    else if (AWARDED_TO.test(doc.norm.slice(clause.start, m.start)) && clause.sentence > 0) {
      const prev = doc.sentences[clause.sentence - 1]!;
      if (prev.paragraph === doc.sentences[clause.sentence]!.paragraph || prev.paragraph === doc.sentences[clause.sentence]!.paragraph - 1) {
        for (let i = lowerBound(bodyStarts, prev.start); i < bodies.length && bodies[i]!.start < prev.end; i++) add(bodies[i]!.name);
      }
    }
  }
  // "Stone Group has been awarded a three-year contract … The contract covers A, B, C and D": the bodies a deal
  // named in the vendor's sentence covers, listed at the start of the next
  for (const m of vendorMentions) {
    const s = doc.sentences[m.sentence];
    const next = doc.sentences[m.sentence + 1];
    if (!s || !next || next.paragraph > s.paragraph + 1 || !DEAL_NOUN.test(doc.norm.slice(s.start, s.end))) continue;
    const covers = DEAL_COVERS.exec(doc.norm.slice(next.start, next.end));
    if (!covers) continue;
    const from = next.start + covers[0].length;
    const stop = LIST_ENDS.exec(doc.norm.slice(from, next.end));
    const to = stop ? from + stop.index : next.end;
    for (let i = lowerBound(bodyStarts, from); i < bodies.length && bodies[i]!.start < to; i++) add(bodies[i]!.name);
  }
  // "Inhealthcare has been selected to deliver remote monitoring. The service will go live at Lancashire Teaching
  // Hospitals in October, followed by …": the next sentences of the paragraph that go on with the roll-out, naming no
  // other supplier, name where the vendor goes live (not the next paragraph: a round-up's next item goes live too)
  const { vendorStarts } = ix;
  const ownStarts = new Set(vendorMentions.map((m) => m.start));
  const otherVendorIn = (a: number, b: number) => namesOtherVendor(vendorStarts, ownStarts, a, b);
  const rolledOnFrom = new Set<number>();
  for (const m of vendorMentions) {
    const s = doc.sentences[m.sentence];
    if (!s || rolledOnFrom.has(m.sentence) || otherVendorIn(s.start, s.end)) continue;
    rolledOnFrom.add(m.sentence);
    for (let k = m.sentence + 1; k <= m.sentence + 2; k++) {
      const next = doc.sentences[k];
      if (!next || next.paragraph !== s.paragraph || otherVendorIn(next.start, next.end)) break;
      if (!ROLLOUT.test(doc.norm.slice(next.start, next.end))) continue;
      for (let i = lowerBound(bodyStarts, next.start); i < bodies.length && bodies[i]!.start < next.end; i++) add(bodies[i]!.name);
    }
  }
  // a hospital among them: the trust that runs it buys for it too (the body names listed once, and only for a hospital)
  let bodyNames: string[] | null = null;
  for (const name of [...found.values()]) {
    if (!isHospital(name)) continue;
    const trust = trustRunning(name, (bodyNames ??= bodies.map((b) => b.name)));
    if (trust) add(trust);
  }
  return [...found.values()];
}


/** "the Kent and Medway Care Record", "Cheshire and Merseyside's Shared Care Record": the area a care record is named for. */
const AREA_RECORD = /\b((?:[A-Z][\w'\u2019-]*(?: and | & |, | ))*?[A-Z][\w'\u2019-]*)(?:['\u2019]s)? (?:Shared )?Care Record\b/g;
/** What links a record to its supplier after it: ", built on Graphnet Health's …", ", which runs on …", ", delivered by …". */
const RECORD_SUPPLIED = /^(?: \([^()]{1,12}\))?,? (?:(?:which|that) (?:now )?(?:runs|run|is built|was built|is being built|sits|is hosted|is delivered|is supplied) (?:on|by|with)|(?:built|delivered|supplied|provided|developed|run|hosted|powered) (?:on|by)|(?:runs|run) on) /;
/** The initials of the place words of a body's name: "BLMK" of "Bedfordshire, Luton and Milton Keynes Integrated Care Board". */
const placeInitials = (name: string) => name.split(/[\s,]+/).filter((w) => /^[A-Z][a-z]/.test(w) && !/^(?:Integrated|Care|Board|System|Health|Partnership)$/.test(w)).map((w) => w[0]).join('');
const NAMES_ICB = /\b(?:ICB|Integrated Care Board)\b|^NHS [A-Z]/;
const NAMES_SYSTEM = /\b(?:ICS|Integrated Care System)\b/;
/**
 * The ICB or ICS whose name holds the area of a care record that the supplier named at `vendorAt` is said to build or run
 * ("The Kent and Medway Care Record, built on Graphnet Health's CareCentric platform"), the one named last before the
 * sentence (else first after it), or null.
 */
function recordOwner(norm: string, from: number, to: number, vendorAt: ReadonlySet<number>, bodies: readonly BodyMention[]): string | null {
  const sentence = norm.slice(from, to);
  if (!sentence.includes(' Care Record')) return null;
  for (const m of execAll(AREA_RECORD, sentence)) {
    const recordEnd = from + m.index + m[0].length;
    const link = RECORD_SUPPLIED.exec(norm.slice(recordEnd, recordEnd + 40));
    // (the supplier named right after the link: "built on Graphnet Health's", not one the sentence names later)
    if (!link || !vendorAt.has(recordEnd + link[0].length)) continue;
    const written = m[1]!.replace(/^The /, '');
    const area = foldKey(written);
    if (area.length < 3) continue;
    // (an area written as its initials: "the BLMK Care Record", "the LLR Care Record")
    const initials = /^[A-Z]{2,6}$/.test(written) ? written : null;
    // (the ICB before the ICS of the same area: the board holds the contract)
    for (const kind of [NAMES_ICB, NAMES_SYSTEM]) {
      const owners = bodies.filter((b) => kind.test(b.name) && (foldKey(b.name).includes(area) || (initials !== null && placeInitials(b.name) === initials)));
      const before = owners.filter((b) => b.start < from);
      const owner = before.length > 0 ? before[before.length - 1] : owners[0];
      if (owner) return owner.name;
    }
  }
  return null;
}

const DEAL_NOUN = /\b(?:contract|agreement|deal)s?\b/i;
/** A sentence that goes on with a roll-out: where it goes live, who follows or joins. */
const ROLLOUT = /\b(?:go(?:es)?[ -]live|went live|going live|roll-?out (?:begins|starts|will begin|will start)|followed by|will follow|(?:due|set|expected) to (?:follow|join)|will join)\b/i;
/** "The £2.3 million contract covers ", "The new agreement will include ": what a deal covers, opening its sentence. */
// ("The contract, signed earlier this month, covers …": an aside between the deal and its verb)
const DEAL_COVERS = /^The (?:[^,;]{0,40} )?(?:contract|agreement|deal)s?(?:, [^,;]{1,60},)? (?:covers|will cover|includes|will include|spans|extends to) /;
/** A description, then a verb of buying and "from" right before the supplier: "which the ICB procures from". */
const DESCRIBED_BUYER = /\bthe (?:ICB|integrated care board|trust|health board|board|council|ICS|system|network|partnership)[ \t]+(?:now[ \t]+|also[ \t]+)?(?:procures|procured|buys|bought|licenses|licensed|commissions|commissioned|leases|leased|sources|sourced)(?:[ \t]+[^.;,]{0,40})?[ \t]+from[ \t]+$/i;
/** Where the list of covered bodies ends: a relative clause, a second clause or the sentence's end. */
const LIST_ENDS = /, (?:which|who|and (?:was|is|will|has|were|are))\b|[;:]/;
