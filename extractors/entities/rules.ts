// The entity rules: each finds candidate mentions of one kind by one pattern of English or
// of the domain, over the word index. A candidate is a word range with a type, the name it
// gives and the rule id; people also carry what the text says about their role.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { EntityType } from './schema.ts';
import { CAP, COMMA, INNER, joined, SPACED, TMEND, TRIG, TRIGGER_WORDS, type Word, type WordIndex } from './words.ts';
import { BASED, basedPlaceStart, findPlaces, ICS_AREAS, isPlaceName, LOWER_COMPASS, PLACE_PREPOSITIONS, REGION_NAMES, STOCK_LISTED } from './places.ts';
import { defaultMatcher, insideOwnSystemName, shippedProducts } from '../vendors/gazetteer.ts';
import { COMPANY_LAST_WORDS, DEMONYMS, isNationality, MADE_THINGS } from '../vendors/lexicon.ts';
import { isEnglishWord } from '../../pipeline/nlp.ts';
import { runRules as supplierContextHits } from '../vendors/rules.ts';
import { calledACompany, tidySpan } from '../vendors/refiners.ts';
import { nonVendorReason } from '../vendors/names.ts';
import type { SupplierEntry } from '../vendors/schema.ts';
import { FULL_MONTH_SRC, SEASON_SRC } from '../dates/lexicon.ts';
import {
  HEAD_FIRST,
  AMBIGUOUS_BODIES,
  COMMON_ACRONYMS,
  isGenericPlural,
  DIRECTIONS,
  FIRST_NAMES,
  GENERIC_NAME_WORDS,
  GENERIC_PRODUCT_WORDS,
  HONORIFICS,
  NATIONAL_BODIES,
  NATIONAL_PRODUCTS,
  NON_NAME_WORDS,
  ORG_HEAD_PHRASES,
  ORG_HEADS_STRONG,
  COMPANY_SUFFIXES,
  ORG_HEADS_WEAK,
  PERSON_CUES,
  PRACTICE_END,
  PRODUCT_NOUNS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  isSystemInitials,
  SYSTEM_INITIALS_SET,
} from './lexicon.ts';
import { execAll } from '../exec-all.ts';
import { readWords } from '../metrics/numbers.ts';

export interface RoleHint {
  /** char range of the role text, or null */
  role: [number, number] | null;
  /** char start of the organisation's mention the role names, or an anaphor ("trust", "ICB") */
  orgAt: number | null;
  anaphor: string | null;
  /** "Joanne Stott, our head of digital primary care": the title belongs to the speaker's own body */
  ours?: boolean;
  /** char range of a second title joined by "and" after the employer ("… at Medway NHS Foundation Trust and senior responsible owner for the programme") */
  also?: [number, number];
}

export interface Candidate {
  type: EntityType;
  /** word range [s, e) */
  s: number;
  e: number;
  rule: string;
  /** larger wins a tie of equal length */
  prio: number;
  /** the name this mention gives, when it differs from the written words (honorific or ™ dropped) */
  name?: string;
  /** forms to keep as aliases ("Bedfordshire, Luton and Milton Keynes (BLMK) ICS", "Connected SchedulingTM") */
  written?: string[];
  /** an acronym the mention defines in brackets */
  acronym?: string;
  role?: RoleHint;
  /** nested candidates (a product named after its maker) do not compete for their span */
  nested?: boolean;
  /** where the mention ends when that is inside its last word ("Manchester" in "Manchester-based") */
  charEnd?: number;
}

export interface Ctx {
  doc: Prepared;
  words: Word[];
  byStart: WordIndex["byStart"];
  flags: WordIndex['flags'];
}

const CONNECTORS = new Set(['and', '&', 'of', 'for', 'upon', 'on']);
const isConnector = (w: Word) => CONNECTORS.has(w.t);
const isNameWord = (w: Word) => w.cap || /^\d/.test(w.t);
const lower = (w: Word): string => w.lc ?? (w.lc = w.t.toLowerCase());
/** A word list in lower case and Title case, so membership needs no lower-case copy of the word. */
const cased = (set: ReadonlySet<string>): Set<string> => {
  const out = new Set<string>();
  for (const x of set) {
    out.add(x);
    out.add(x.toLowerCase());
    out.add(x.charAt(0).toUpperCase() + x.slice(1).toLowerCase());
  }
  return out;
};
const ROLE_HEADS_C = cased(ROLE_HEADS);
const ROLE_MODIFIERS_C = cased(ROLE_MODIFIERS);
const PRODUCT_NOUNS_C = cased(PRODUCT_NOUNS);
const inRoleHeads = (w: Word) => ROLE_HEADS_C.has(w.t);

// ---------------------------------------------------------------- places

/** A job title right after a place name: "UK managing director", "North West regional lead". */
const TITLE_AFTER = /^ (?:(?:managing|general|regional|country|commercial|medical|clinical|sales|marketing|operations|programme|product|business|account|development)[ -])?(?:director|manager|head|lead|chief|CEO|CTO|CIO|COO|MD|president|officer|executive|chair)\b/i;

export function placeRule(ctx: Ctx): Candidate[] {
  const { words, doc } = ctx;
  const out: Candidate[] = [];
  for (const h of findPlaces(words, ctx.flags)) {
    // "Rebecca Stone, UK managing director at Alcidion": the place is part of the title, not used as a place
    if (TITLE_AFTER.test(doc.norm.slice(words[h.e - 1]!.e, words[h.e - 1]!.e + 32))) continue;
    const c: Candidate = { type: 'place', s: h.s, e: h.e, rule: h.rule, prio: 1 };
    if (h.charEnd !== undefined) c.charEnd = h.charEnd;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------- organisations

/** Word ranges of places, so an organisation name can hold "Bedfordshire, Luton and Milton Keynes". */
/**
 * The first word of a list of places that ends with the place starting at word s: "Kent and Sussex", "Norfolk & Waveney"
 * and, with `commas`, "Cambridgeshire, Peterborough and South Lincolnshire". `placeEndingAt(k)` is the first word of the
 * place whose last word is k, or -1.
 */
function listedPlacesStart(words: readonly Word[], s: number, placeEndingAt: (k: number) => number, commas: boolean): number {
  for (;;) {
    const gap = words[s]!.gap;
    const link = words[s - 1];
    const last = commas && gap === ', ' ? s - 1 : link && (link.t === 'and' || link.t === '&') && link.gap === ' ' && gap === ' ' ? s - 2 : -1;
    const start = last >= 0 ? placeEndingAt(last) : -1;
    if (start < 0) return s;
    s = start;
  }
}

function placeOwner(words: readonly Word[], places: readonly Candidate[]): Int32Array {
  const owner = new Int32Array(words.length).fill(-1);
  places.forEach((p, k) => {
    for (let i = p.s; i < p.e; i++) owner[i] = k;
  });
  return owner;
}

const ICS_HEADS = new Set(['ICS', 'ICB', 'Integrated Care Board', 'Integrated Care System', 'Integrated Care Partnership', 'Health and Care Partnership']);
/** "ICB-wide", "all-Wales", "pan-London", "trust-wide": how far something reaches, not a name. */
const EXTENT_WORD = /^(?:all|pan|cross|whole)-|-wide$/i;
/** Two-word heads that end a GP practice's or a centre's name ("Family Practice", "Medical Centre"). */
const ENDS_A_BODY_PHRASE = new Set(['Family Practice', 'Medical Practice', 'Group Practice', 'GP Practice', 'Medical Centre', 'Health Centre', 'Medical Group']);
const DOC_WORDS = new Set(['Strategy', 'Plan', 'Programme', 'Framework', 'Report', 'Review', 'Board', 'Committee', 'Meeting', 'Members']);

/** The head phrase ending at word i, as its first word index, or -1. */
const HEAD_LAST = new Set([...ORG_HEADS_STRONG, ...ORG_HEADS_WEAK, ...ORG_HEAD_PHRASES.map((p) => p[p.length - 1]!)]);
function headAt(words: readonly Word[], i: number): { start: number; head: string; strong: boolean } | null {
  const w = words[i]!;
  if (!HEAD_LAST.has(w.bare)) return null;
  for (const p of ORG_HEAD_PHRASES) {
    const k = p.length;
    if (i - k + 1 < 0) continue;
    let ok = true;
    for (let j = 0; j < k; j++) {
      const x = words[i - k + 1 + j]!;
      const want = p[j]!;
      if ((j === k - 1 ? x.bare : x.t) !== want || (j > 0 && x.gap !== ' ')) {
        ok = false;
        break;
      }
    }
    if (ok) return { start: i - k + 1, head: p.join(' '), strong: true };
  }
  if (ORG_HEADS_STRONG.has(w.bare)) return { start: i, head: w.bare, strong: true };
  if (ORG_HEADS_WEAK.has(w.bare)) return { start: i, head: w.bare, strong: false };
  return null;
}

/** The word before "Service" that makes it a digital product, and one that makes it a clinical offer. */
const DIGITAL_SERVICES = new Set(['Data', 'Insight', 'Intelligence', 'Regulations', 'Exchange', 'Consulting', 'Prescription', 'Management']);
const CLINICAL_OFFER_SERVICES = new Set(['Medicines', 'Consultation', 'Check', 'Ailments', 'Support']);
/** Words that make "… Pharmacy" a kind of pharmacy or a service, not one pharmacy's name. */
const PHARMACY_KINDS = new Set(['Community', 'Hospital', 'Online', 'Clinical', 'NHS', 'Digital', 'Specialist', 'Local', 'Independent', 'Chain', 'Internet', 'Distance', 'Selling', 'Dispensing', 'Aseptic', 'Oncology', 'Primary', 'Care', 'Home', 'Mail', 'Order']);
/** Words that make "… Surgery" a clinical specialty or a kind of operation rather than a GP practice. */
const SURGICAL_KINDS = new Set(`General Day Robotic Cardiac Cardiothoracic Thoracic Orthopaedic Orthopedic Trauma Vascular Plastic Dental Oral
Maxillofacial Paediatric Pediatric Spinal Colorectal Breast Eye Bariatric Keyhole Minor Major Elective Emergency Cosmetic Cataract
Transplant Urological Gynaecological Ambulatory Laparoscopic Refractive Laser Heart Hand Foot Hip Knee Cancer Same-Day Metabolic ENT
Endocrine Neck Fetal Veterinary Private Upper Lower Hepatobiliary Pancreatic Oesophageal Gastric Reconstructive Neurological Brain
Ophthalmic Vitreoretinal Microvascular Weight Loss Surgical Outpatient Inpatient Acute Remote Digital`.split(/\s+/));

/** Heads of bodies that act for others, which end a name before "for": "… Acute Hospital Collaborative for …". */
const ACTS_FOR_HEADS: ReadonlySet<string> = new Set(['Collaborative', 'ICB', 'ICS', 'CSU', 'Council', 'Trust', 'PCN', 'Federation', 'Confederation', 'Partnership', 'Network', 'Alliance', 'Board']);
/** What a company named "… Healthcare" does, written after it as part of its name. */
const HEALTHCARE_COMPANY_TAILS: ReadonlySet<string> = new Set(['Solutions', 'Distribution', 'Technologies', 'Technology', 'Systems', 'Communications', 'Logistics', 'Software', 'Informatics', 'Analytics', 'Consulting']);

const HEAD_RULES = new Map<string, string>();
/** The prepositions that tell where a body named before them is ("Pilgrim Hospital in Boston"), not where something goes. */
const BODY_TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'within', 'outside']);

/** "NHS Foundation Trust" → "x-nhs-foundation-trust", worked out once per head */
function headRule(head: string): string {
  let r = HEAD_RULES.get(head);
  if (r === undefined) HEAD_RULES.set(head, (r = `x-${head.toLowerCase().replace(/\s+/g, '-')}`));
  return r;
}

const ROLE_ACRONYM = /^(?:CEO|CIO|CCIO|CNIO|CMIO|CTO|CFO|COO|CDIO|CDO|SRO|MD|GP)$/;
const isTitleHead = (w: Word) => ROLE_HEADS_C.has(w.t) || ROLE_ACRONYM.test(w.t);
const isRoleWord = (w: Word): boolean => {
  if (w.rw === undefined) w.rw = roleWordUncached(w);
  return w.rw;
};
const roleWordUncached = (w: Word) => ROLE_HEADS_C.has(w.t) || ROLE_MODIFIERS_C.has(w.t) || (w.upper && ROLE_ACRONYM.test(w.t));

const COMPASS = /^(?:North|South|East|West)$/;

const SENTENCE_ADVERBS = new Set(['However', 'Meanwhile', 'Elsewhere', 'Instead', 'Overall', 'Today', 'Yesterday', 'Now', 'Also', 'Still', 'Likewise', 'Nonetheless', 'Nevertheless', 'Furthermore', 'Moreover', 'Besides', 'Again', 'Indeed', 'Similarly']);
/** "Separately", "Meanwhile": a word that opens a sentence before a comma and names nothing (not "Bromley", "Ely"). */
const isSentenceAdverb = (w: Word) => SENTENCE_ADVERBS.has(w.t) || (w.t.length > 5 && w.t.endsWith('ly') && !isPlaceName(w.bare));

/** Words that pick one body out of several of a kind after "the": "the only Yorkshire ICS", "the largest London ICB". */
const PICKED_OUT = /^(?:only|largest|smallest|biggest|first|second|third|last|other|remaining|newest|oldest)$/;

/** National bodies whose local branches are named by their area first: "London ADASS", "Lancashire Mind", "Northern Ireland General Practitioners Committee". */
const BRANCHED_BY_AREA: ReadonlySet<string> = new Set(['ADASS', 'Mind', 'General Practitioners Committee']);

/** Heads after which a body's name may go on with its region: "Applied Research Collaboration Wessex". */
const REGION_NAMED_HEADS: ReadonlySet<string> = new Set(['Collaboration', 'Network']);

/** Bodies of members, named for who the members are: "Association of Professional Healthcare Analysts". */
const MEMBERS_BODIES: ReadonlySet<string> = new Set(['Association', 'Society', 'Federation', 'Confederation', 'College', 'Institute', 'Faculty', 'Union']);
const MEMBERS_PLURAL = /^[A-Z][a-z]+(?:ists|ers|ors|ants|ents|ians|als|ysts)$/;

/** Initials written with a lower-case letter inside: "SLaM", "UCLan", "BSol" (not a plural such as "PCNs"). */
const MIXED_CASE_INITIALS = /^[A-Z]{2,}(?:[a-z]+[A-Z][a-z]*|[a-z]{2,})$/;

/** Nouns that open a body's name before "of" or "for": "University of Oxford", "Association of Ambulance Chief Executives". */
const FIELD_BEFORE_IN = /^(?:Research|Excellence|Studies|Innovation|AI|Intelligence)$/;
const HEAD_FIRST_NOUNS = new Set(['University', 'Department', 'Ministry', 'Academy', 'Institute', 'Faculty', 'College', 'School', 'Centre', 'Office', 'Infirmary', 'Association', 'Society', 'Federation', 'Confederation', 'Council', 'Borough', 'Court']);
/** Head-first names: "University Hospitals of Leicester", "University of Oxford", "Department of Health and Social Care". */
function headFirst(ctx: Ctx, owner: Int32Array, places: readonly Candidate[]): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const tailOf = (from: number, max: number, ownEndingOk = false): number => {
    // capitalised words or whole places, joined by and/& when a capitalised word follows
    let k = from;
    let n = 0;
    while (k < words.length && n < max) {
      const w = words[k]!;
      if (k > from && w.gap !== ' ') break;
      if (owner[k]! >= 0 && places[owner[k]!]!.s === k) {
        const pe = places[owner[k]!]!.e;
        // ("University of Nottingham and Nottinghamshire Healthcare NHS Foundation Trust": a place "A and B" whose
        // second part opens the next body's name ends this name at its "and")
        let nhsBody = false;
        // ("University Hospitals Coventry and Warwickshire NHS Trust": a name whose own legal ending may follow keeps it)
        for (let q = pe; !ownEndingOk && q < Math.min(words.length, pe + 5) && words[q]!.gap === ' ' && words[q]!.cap && !nhsBody; q++) nhsBody = words[q]!.t === 'NHS' || words[q]!.t === 'Trust';
        const and = nhsBody ? words.slice(k + 1, pe).findIndex((x) => x.t === 'and') : -1;
        if (and >= 0) {
          k = k + 1 + and;
          break;
        }
        k = pe;
        n++;
        // "University of Aberdeen's Health Services Research Unit": a possessive place ends the name
        if (words[k - 1]!.possessive) break;
        continue;
      }
      if ((w.t === 'and' || w.t === '&') && k > from && words[k + 1]?.cap && words[k + 1]!.gap === ' ' && !ORG_HEADS_STRONG.has(words[k + 1]!.bare)) {
        // ("a joint venture between the Department of Health and Social Care and Sopra Steria": a listed company
        // after "and" is a body of its own; so is one introduced by where it is based: "… and Edinburgh-based Meridian")
        if (startsCompanyName(words, k + 1) || BASED.test(words[k + 1]!.t)) break;
        // not when another body's name follows ("… Cancer Research and Imperial College London")
        let runsIntoHead = false;
        for (let q = k + 1; q < Math.min(words.length, k + 7); q++) {
          const y = words[q]!;
          if (q > k + 1 && y.gap !== ' ') break;
          if (!y.cap && !(q > k + 1 && (y.t === 'and' || y.t === 'of' || y.t === '&'))) break;
          if (ORG_HEADS_STRONG.has(y.bare) || (q > k + 1 && ORG_HEADS_WEAK.has(y.bare) && y.t !== 'Care')) runsIntoHead = true;
        }
        // "University Hospitals of Derby and Burton NHS Foundation Trust": plain names, then the name's own
        // legal ending, not another body
        let ownEnding = false;
        for (let q = k + 1; q < Math.min(words.length, k + 4) && !ownEnding && ownEndingOk; q++) {
          const y = words[q]!;
          if (y.gap !== ' ' || !y.cap) break;
          if (y.t === 'NHS' && q > k + 1) ownEnding = true;
          else if (ORG_HEADS_STRONG.has(y.bare) || ORG_HEADS_WEAK.has(y.bare)) break;
        }
        // "Health and Care …" and "Health and Social Care" are one phrase of a name
        if (runsIntoHead && !ownEnding && !/^(?:Care|Social)$/.test(words[k + 1]!.t)) break;
        // ("the University of Birmingham and NICE": an acronym after "and" is another body; so is a national body named
        // outright: "the Department of Finance and HM Treasury")
        if (words[k + 1]!.upper && !(words[k + 2] && words[k + 2]!.gap === ' ' && words[k + 2]!.cap)) break;
        // ("the Office for National Statistics and Ofcom": a one-word national body too, where the name is no ordinary word)
        if (NATIONAL_BY_FIRST.get(words[k + 1]!.t)?.some((f) => (f.length > 1 || !AMBIGUOUS_BODIES.has(f[0]!)) && phraseAt(words, k + 1, f))) break;
        k++;
        continue;
      }
      // "University of the West of England", "University of the Highlands and Islands"
      const nextCap = words[k + 1] !== undefined && words[k + 1]!.gap === ' ' && words[k + 1]!.cap;
      // ("Association of Directors of Adult Social Services": "of" after a plural goes on with whose members they are)
      // (not after a place: "Health Innovation East Midlands of Limbic Access")
      // ("Centre for Artificial Intelligence Research in Digital Diagnostics", "Centre of Excellence in Digital Health":
      // what the research is in goes on; a place after "in" is where the body is)
      const inField = w.t === 'in' && k > from && FIELD_BEFORE_IN.test(words[k - 1]!.t) && owner[k + 1]! < 0;
      if (nextCap && ((k === from && w.t === 'the') || inField || (k > from && w.t === 'of' && (COMPASS.test(words[k - 1]!.t) || (/^[A-Z][a-z]+s$/.test(words[k - 1]!.t) && owner[k - 1]! < 0))))) {
        k++;
        continue;
      }
      if (!w.cap || NON_NAME_WORDS.has(w.t) || w.t === 'NHS') break;
      // ("a University Hospitals Tees EPR": a kind of system after the name is what the body has)
      if (k > from && isSystemInitials(w.t)) break;
      if (HEAD_FIRST.has(w.t) && words[k + 1] && /^(?:of|for)$/.test(words[k + 1]!.t)) break;
      // ("Association of Professional Healthcare Analysts", "Society of Radiographers": a members' body goes on to the
      // plural that names its members, past a word that could end a company's name)
      const membersFollow = () => k > from && MEMBERS_BODIES.has(words[from - 2]?.t ?? '') && words[k + 1]?.gap === ' ' && MEMBERS_PLURAL.test(words[k + 1]!.t) && !ORG_HEADS_STRONG.has(words[k + 1]!.bare) && !ORG_HEADS_WEAK.has(words[k + 1]!.bare);
      // ("Institute of Healthcare Engineering and Estate Management", "Academy for Healthcare Science": a field of
      // study after a head goes on with the name)
      const fieldFollows = () => words[k + 1]?.gap === ' ' && FIELD_NOUNS.has(words[k + 1]!.bare);
      if ((ORG_HEADS_STRONG.has(w.bare) || ORG_HEADS_WEAK.has(w.bare)) && !membersFollow() && !fieldFollows()) {
        // a head ends the name: "… Applied Research Collaboration", "… Value Based Healthcare"
        if (k > from && !HEAD_FIRST.has(w.t)) k++;
        break;
      }
      k++;
      n++;
      if (w.possessive) break;
    }
    // ("The Department for Education and NHS England": a name does not end on the word that joined the next one)
    while (k > from && /^(?:and|&|of|the)$/.test(words[k - 1]!.t)) k--;
    return k;
  };
  const flags = ctx.flags;
  for (let i = 0; i + 1 < words.length; i++) {
    // every head here is a capitalised word followed by a plain space
    if ((flags[i]! & CAP) === 0 || (flags[i + 1]! & SPACED) === 0) continue;
    const w = words[i]!;
    const nx = words[i + 1]!;
    if (w.t === 'University' && (nx.t === 'Hospitals' || nx.t === 'Hospital')) {
      // "St George's University Hospitals …": a name before the head is found from the head backwards
      const pw = words[i - 1];
      // ("Kingston Hospital and University Hospital Lewisham": after another body's head, "and" starts a new name)
      // ("North Bristol NHS Trust (NBT) and University Hospitals Bristol and Weston …": after another body's initials too)
      const afterBody = (pw?.t === 'and' || pw?.t === '&') && words[i - 2] !== undefined && (ORG_HEADS_STRONG.has(words[i - 2]!.bare) || ORG_HEADS_WEAK.has(words[i - 2]!.bare) || (pw.gap === ') ' && words[i - 2]!.upper));
      if (pw && w.gap === ' ' && (pw.cap || pw.t === '&' || pw.t === 'and') && !NON_NAME_WORDS.has(pw.t) && !afterBody) continue;
      let k = i + 2;
      if (words[k]?.t === 'of' && words[k]!.gap === ' ') k++;
      const end = tailOf(k, 5, true);
      if (end === k) continue;
      let e = end;
      // an optional trust suffix
      // ("University Hospitals of Northamptonshire NHS Group": a group of trusts)
      for (const suf of [['NHS', 'Foundation', 'Trust'], ['NHS', 'Trust'], ['Foundation', 'Trust'], ['Trust'], ['NHS', 'Group']]) {
        if (suf.every((x, j) => words[e + j] && words[e + j]!.gap === ' ' && (j === suf.length - 1 ? words[e + j]!.bare : words[e + j]!.t) === x)) {
          e += suf.length;
          break;
        }
      }
      out.push({ type: 'organisation', s: i, e, rule: 'university-hospitals-x', prio: 3 });
      i = e - 1;
      continue;
    }
    if (HEAD_FIRST_NOUNS.has(w.t) && (nx.t === 'of' || nx.t === 'for')) {
      let s = i;
      const p = words[i - 1];
      if (p && p.t === 'The' && w.gap === ' ') s = p.first ? i : i - 1;
      // "Royal College of Nursing": a capitalised word before the head-first noun joins it
      // (not an owner: "the Scottish Government's Centre for Sustainable Delivery" is a body of the government's)
      else if (p && w.gap === ' ' && (p.cap || p.upper) && !p.possessive && !NON_NAME_WORDS.has(p.t) && !isTitleHead(p)) {
        // "AI Centre for …", "National Institute for …", "Royal College of …"
        s = i - 1;
        while (s > 0 && i - s < 3 && words[s]!.gap === ' ' && !words[s]!.first && (words[s - 1]!.cap || words[s - 1]!.upper) && !words[s - 1]!.possessive && !NON_NAME_WORDS.has(words[s - 1]!.t) && !isTitleHead(words[s - 1]!)) s--;
        if (words[s]!.first && NON_NAME_WORDS.has(words[s]!.t)) s++;
        // ("Nottingham and Nottinghamshire Office of Data Analytics": an area named with "and" before the head)
        const pair = s >= 2 && words[s - 1]!.t === 'and' && words[s - 1]!.gap === ' ' && words[s]!.gap === ' ' && words[s - 2]!.cap ? `${words[s - 2]!.t} and ${words.slice(s, i).map((x) => x.t).join(' ')}` : null;
        if (pair && (ICS_AREAS.has(pair) || isPlaceName(pair))) s -= 2;
      }
      const end = tailOf(i + 2, 6);
      if (end === i + 2) continue;
      let e = end;
      // "Department for Science, Innovation and Technology", "Department for Culture, Media and Sport": a
      // department's list of remits, up to its "and"
      // (only "Department for": "Department of Health, NHS England and …" lists bodies; a remit is a plain word, no acronym)
      // (a remit is no national body's name written there: "Technology" is a remit, "Technology Enabled Care Cymru" a body)
      const remit = (k: number) => {
        const x = words[k]!;
        return x.cap && !x.upper && !ORG_HEADS_STRONG.has(x.bare) && !(NATIONAL_BY_FIRST.get(x.t)?.some((f) => phraseAt(words, k, f)) ?? false);
      };
      // ("Ministry of Housing, Communities and Local Government": a ministry's remits follow "of")
      if (((w.t === 'Department' && nx.t === 'for') || w.t === 'Ministry') && words[e]?.gap === ', ' && remit(e)) {
        let k = e;
        while (k < words.length && k - e < 4 && remit(k) && (k === e || words[k]!.gap === ' ' || words[k]!.gap === ', ')) k++;
        if (words[k]?.t === 'and' && words[k]!.gap === ' ' && words[k + 1]?.cap && words[k + 1]!.gap === ' ') {
          k++;
          while (k < words.length && remit(k) && words[k]!.gap === ' ' && k - e < 8) if (words[k++]!.possessive) break;
          e = k;
        }
      }
      // "University of Cambridge Faculty of Education"
      const f = words[e];
      // (not after a possessive: "the University of Edinburgh's School of Informatics" names the university and its school)
      if (f && f.gap === ' ' && !words[e - 1]!.possessive && (f.t === 'Faculty' || f.t === 'School' || f.t === 'Department' || f.t === 'Institute') && words[e + 1]?.t === 'of') {
        const e2 = tailOf(e + 2, 4);
        if (e2 > e + 2) e = e2;
      }
      const c: Candidate = { type: 'organisation', s, e, rule: `${w.t.toLowerCase()}-of-x`, prio: 3 };
      // ("the Department of Health and Social Care-owned bank provider": what the body owns or funds is not its name)
      const owned = OWNED_BY.exec(words[e - 1]!.t);
      if (owned) c.charEnd = words[e - 1]!.s + owned[1]!.length;
      out.push(c);
      i = e - 1;
      continue;
    }
    // (not "the 15 Health Innovation Networks": the plural names the kind, not one of them)
    if (w.t === 'Health' && nx.t === 'Innovation' && words[i + 2] && words[i + 2]!.gap === ' ' && words[i + 2]!.cap && words[i + 2]!.t !== 'Networks') {
      const end = tailOf(i + 2, 3);
      if (end > i + 2) {
        // ("the Northern Health Innovation Fund": a capitalised word before it, after "the", names it too)
        const p = words[i - 1];
        const s = p && p.cap && !p.first && !p.possessive && w.gap === ' ' && words[i - 2]?.t === 'the' && !NON_NAME_WORDS.has(p.t) ? i - 1 : i;
        out.push({ type: 'organisation', s, e: end, rule: 'health-innovation-x', prio: 3 });
        i = end - 1;
      }
    }
  }
  return out;
}

/** Fields of study and practice that go on a body's name past a head: "Institute of Healthcare Engineering". */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['Science', 'Sciences', 'Engineering', 'Management', 'Research', 'Studies', 'Informatics', 'Policy', 'Economics', 'Improvement']);
/** Lower-case particles that open a brand named after a person: "da Vinci". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'de', 'di', 'van', 'von']);
/** Nouns that end a street's name ("Dean Street"), which a first name before them does not make a person's. */
const THOROUGHFARES: ReadonlySet<string> = new Set(['Street', 'Road', 'Lane', 'Avenue', 'Square', 'Crescent', 'Terrace', 'Gardens']);
/** A model's number or code after a product's name: "6L", "G7", "5" (not a year). */
const MODEL_CODE = /^(?:\d{1,2}[A-Z]{0,2}|[A-Z]\d{1,2})$/;
const YEAR_WORD = /^(?:19|20)\d\d$/;
/** A company's last word, which ends its name before "and" (not "Health" or "Care", which go on: "Health and Social Care"). */
const COMPANY_TAILS_BEFORE_AND = new Set(['Technologies', 'Technology', 'Systems', 'Solutions', 'Software', 'Labs', 'Analytics', 'Diagnostics', 'Therapeutics', 'Robotics', 'Consulting', 'Informatics', 'Holdings', 'Networks', 'Ltd', 'Limited', 'plc', 'Capital', 'Ventures', 'Investments', 'Equity', 'Partners']);
/** "HealthShare", "DrDoctor" (BRAND_SHAPE, not a surname's "McDonald" or "MacLeod") or "UCLPartners": capitals inside one word. */
const oneWordBrand = (w: string) => (BRAND_SHAPE.test(w) && !/^Ma?c[A-Z]/.test(w)) || /^[A-Z]{3,}[a-z]{3,}$/.test(w);
const COUNT_WORDS = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Each', 'Every', 'Another', 'Both']);

const TITLE_FUNCTION_WORDS = new Set(['In', 'On', 'With', 'To', 'At', 'By', 'From', 'Into', 'And', 'Or', 'For', 'Of', 'A', 'An', 'Is', 'Are']);

/** Words that alone make no name before a head ("NHS Foundation Trust", "the University Hospital"). */
const TIGHT_GENERIC = new Set(['NHS', 'The', 'Foundation', 'Trust', 'Hospital', 'Hospitals', 'University', 'Teaching', 'Community', 'Partnership', 'Integrated', 'Care', 'Health', 'Services', 'Service', 'Local', 'Our', 'Your', 'This', 'New', 'Primary', 'Mental', 'General', 'Acute', 'ICS', 'ICB', 'System', 'Systems']);

/** Possessive determiners that open a name when written with a capital inside a sentence: "Your Healthcare CIC". */
const OWNER_WORDS: ReadonlySet<string> = new Set(['Your', 'My', 'Our']);
const OPENS_NAME_INSIDE: ReadonlySet<string> = new Set(['The', ...OWNER_WORDS]);
const LEAD_TRIM = (w: Word) =>
  isConnector(w) ||
  // (inside a sentence "The" and "Your", "My", "Our" written with a capital open a name: "while Your Healthcare CIC …")
  (NON_NAME_WORDS.has(w.t) && !(!w.first && OPENS_NAME_INSIDE.has(w.t))) ||
  ROLE_ACRONYM.test(w.t) ||
  HONORIFICS.has(w.t) ||
  // ("Following NHS England's …": a gerund opening the sentence; "Kettering", "Reading", "Worthing" are towns)
  (w.first && /ing$/.test(w.t) && !isPlaceName(w.t)) ||
  // ("About Suffolk GP Federation": a press release's note to editors opens with "About")
  (w.first && w.t === 'About') ||
  // ("AIM-listed Feedback plc": where its shares trade is no part of a company's name)
  STOCK_LISTED.test(w.t) ||
  (w.cap && (ROLE_HEADS_C.has(w.t) || w.t === 'Chief' || w.t === 'Head' || w.t === 'Senior' || w.t === 'Deputy'));

/**
 * "1.1 The ICB took on …", "2. The Board is asked to …": a board paper's paragraph number opening the sentence,
 * and the "The" after it, are no part of a name.
 */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?$/;
function sectionNumbered(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (w.first) return SECTION_NUMBER.test(w.t);
  const prev = words[k - 1];
  return w.t === 'The' && prev !== undefined && prev.first && SECTION_NUMBER.test(prev.t);
}

/** Heads of bodies named after a person, title and all ("Sir James Knott Trust", "Dr Gray's Hospital"). */
const isHonouredBody = (head: string) => /^(?:Trust|Hospital|Hospice|Foundation|Fund|Charity|Centre|Institute|College|School|Unit|Practice|Surgery)$/.test(head);

/** What a company partners or supplies in: "hardware partner", "technology supplier". */
const TRADE_MODIFIER = /^(?:hardware|software|technology|tech|delivery|implementation|integration|digital|IT|cloud|network|networking|telephony|hosting|infrastructure|data|analytics|security|cyber|device|devices|logistics)$/;

/** Heads a name may follow with its town. */
const TOWN_ENDED_HEADS = new Set(['Hospital', 'Hospice', 'University']);

/** "Learning Disability and Autism" after "Mental Health, ": the three services the NHS names together. */
const MENTAL_HEALTH_LD_AUTISM = /^Learning Disabilit(?:y|ies),? and Autism\b/;

/** Names that end with an organisation head: "… NHS Foundation Trust", "… ICS", "… Hospital", "… Council". */
export function orgRules(ctx: Ctx, places: readonly Candidate[], known: readonly Candidate[]): Candidate[] {
  const { words } = ctx;
  const owner = placeOwner(words, places);
  const hf = headFirst(ctx, owner, places);
  const barrier = new Uint8Array(words.length);
  for (const c of [...hf, ...known]) if (c.type === 'organisation') for (let i = c.s; i < c.e; i++) barrier[i] = 1;
  const out: Candidate[] = [...hf];
  const capFlags = ctx.flags;
  // a place that starts at word s right after a hospital's head word, as one name ("… Hospital King's Lynn")
  const hospitalBeforeTown = (s: number) => s > 0 && words[s]!.gap === ' ' && ORG_HEADS_STRONG.has(words[s - 1]!.bare);
  // the place at word j, which opens its sentence after a preposition ("In north-east London, …")
  const placeFramed = (j: number) => {
    if (owner[j]! < 0) return false;
    // ("In Kent and Sussex, Brighton and Sussex Medical School …": places listed after the preposition)
    const ps = listedPlacesStart(words, places[owner[j]!]!.s, (k) => (owner[k]! >= 0 ? places[owner[k]!]!.s : -1), false);
    let k = ps - 1;
    while (k >= 0 && LOWER_COMPASS.test(words[k]!.t)) k--;
    // ("Also in south east London, Lewisham and Greenwich NHS Trust …": a sentence adverb may come first)
    return k >= 0 && PLACE_PREPOSITIONS.has(words[k]!.t.toLowerCase()) && (k === 0 || words[k]!.first || (words[k - 1]!.first && isSentenceAdverb(words[k - 1]!)));
  };
  // whether the capitalised words right before word j (an "and") can all be parts of places ("Brighton", "Bath", "North East")
  const placesBefore = (j: number) => {
    let n = 0;
    for (let k = j - 1; k >= 0 && words[k]!.cap && words[k + 1]!.gap === ' '; k--) {
      // (a word no gazetteer lists may still be a town, "Telford & Wrekin"; an English word, "Age Cymru", is no place,
      // unless the gazetteer lists it: "Bath & North East Somerset Council")
      if (owner[k]! < 0 && !DIRECTIONS.has(words[k]!.t) && isEnglishWord(words[k]!.t.toLowerCase()) && !isPlaceName(words[k]!.bare)) return false;
      n++;
      if (words[k]!.first) break;
    }
    return n > 0;
  };
  for (let i = 0; i < words.length; i++) {
    if ((capFlags[i]! & CAP) === 0) continue;
    const w = words[i]!;
    const h = headAt(words, i);
    if (!h) continue;
    const next = words[i + 1];
    const nextCap = next && next.gap === ' ' && next.cap && !w.possessive;
    // "NIHR Applied Research Collaboration East of England", "Health Innovation Network South London": a research or
    // innovation network's name ends with the region it serves
    let regionPlace = nextCap && REGION_NAMED_HEADS.has(h.head) && owner[i + 1]! >= 0 && places[owner[i + 1]!]!.s === i + 1 ? places[owner[i + 1]!]! : null;
    if (regionPlace && !COMPASS.test(words[i + 1]!.t) && !REGION_NAMES.has(words.slice(regionPlace.s, regionPlace.e).map((x) => x.t).join(' '))) regionPlace = null;
    const regionEnd = regionPlace && !(words[regionPlace.e]?.gap === ' ' && words[regionPlace.e]!.cap) ? regionPlace.e : -1;
    if (nextCap && !h.strong && !DOC_WORDS.has(next.t) && regionEnd < 0) continue;
    if (nextCap && h.strong && (ORG_HEADS_STRONG.has(next.bare) || ORG_HEAD_PHRASES.some((p) => p[0] === next.t))) continue;
    // ("Wiltshire Health and Care said", "at Sutton Health and Care": a provider named by its place; before a capitalised
    // word the name goes on, "… Health and Care Partnership", "Digital Health and Care Wales", "the Health and Care Act")
    if (nextCap && h.head === 'Health and Care') continue;
    // "the East of England ICS region": a region of ICSs, not a body; "the Tech Services 3 agreement": a numbered framework
    // (not after a possessive: "Leeds City Council's 100% Digital Leeds team")
    if (next && next.gap === ' ' && !w.possessive && (/^regions?$/.test(next.t) || /^\d+$/.test(next.t))) continue;
    // ("Palliate Health and University of Leicester": after "and", a head written first with "of" starts a name of its
    // own, which the head-first rule reads)
    if (next && next.gap === ' ' && /^(?:of|for)$/.test(next.t) && HEAD_FIRST_NOUNS.has(w.t) && h.start === i && /^(?:and|&)$/.test(words[i - 1]?.t ?? '')) continue;
    // "the Digital Care Services framework": a weak head before "framework" names the framework (the bodies that run
    // frameworks, "Crown Commercial Service", "NHS Shared Business Services", are known by name)
    if (next && next.gap === ' ' && !h.strong && !w.possessive && FRAMEWORK_NOUN.test(next.t)) continue;
    // ("the NHS England AI Diagnostic Fund and ICB transformation budgets": no body's name ends "and ICB")
    if (/^(?:and|&)$/.test(words[h.start - 1]?.t ?? '') && h.start === i && ICS_HEADS.has(h.head)) continue;
    // walk back over the name
    let j = h.start - 1;
    let start = h.start;
    let n = 0;
    let acronym: string | undefined;
    let written = false;
    let listedWalk = false;
    // places joined by "and" already walked over, and whether a comma came since ("Bath and North East Somerset, Swindon and Wiltshire")
    let placesJoined = false;
    let commaSince = false;
    while (j >= 0 && n < 12) {
      const x = words[j]!;
      const after = words[j + 1]!;
      if (barrier[j]) break;
      // "Leeds-based Kestrel Health Group": where a body is based is no part of its name
      if (x.t.endsWith('-based') || x.t.endsWith('-headquartered')) break;
      // "… NHS Foundation Trust's Wellbeing Hub": a body's possessive ends the name before it
      if (x.possessive && (ORG_HEADS_STRONG.has(x.bare) || ORG_HEADS_WEAK.has(x.bare))) break;
      // "(BLMK) ICS": an acronym in brackets before the head
      if (j === h.start - 1 && x.upper && after.gap === ') ' && x.gap === ' (') {
        acronym = x.t;
        written = true;
        j--;
        // the name before the bracket joins with " ("
        if (j >= 0 && isNameWord(words[j]!)) {
          start = j;
          j--;
          n++;
          // continue walking from the word before the bracket
          continue;
        }
        break;
      }
      // "Heywood, Middleton and Rochdale PCN": one-word names listed before "and" belong to the name
      let listed = false;
      // ("Across the ICS, Humber and North Yorkshire ICB …": a head word after "the" is no listed name)
      // ("Separately, Humber and North Yorkshire ICB …": a sentence adverb and its comma open the sentence; without the
      // comma it opens the name's list: "Meanwhile Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust")
      // ("In north-east London, Barking, Havering and Redbridge … Trust": a place after a preposition frames the sentence)
      // ("Rather than replacing RiO, South West London and St George's … Trust": a brand written with a capital inside is
      // no place listed in a name)
      if (after.gap === ', ' && x.cap && isNameWord(x) && ((capFlags[j]! & INNER) === 0 || owner[j]! >= 0) && !(j > 0 && x.gap === ' ' && words[j - 1]!.cap && !(words[j - 1]!.first && (words[j - 1]!.t === 'The' || isSentenceAdverb(words[j - 1]!)))) && !ICS_HEADS.has(x.bare) && !(j > 0 && words[j - 1]!.t === 'the') && !(x.first && isSentenceAdverb(x)) && !placeFramed(j)) {
        // "Dewsbury and District Hospital": that "and" is part of one name, not the end of a list
        for (let q = j + 1; q < h.start && !listed; q++) if ((words[q]!.t === 'and' || words[q]!.t === '&') && words[q + 1]?.t !== 'District') listed = true;
        // ("Priory, Cygnet Health Care and Elysium Healthcare": an item that ends as a company or body does is a body
        // of its own, not a place inside one name as in "Barking, Havering and Redbridge University Hospitals")
        for (let q = j + 1; q < h.start && listed && words[q]!.t !== 'and'; q++) if (COMPANY_LAST_WORDS.has(words[q]!.bare) || ORG_HEADS_STRONG.has(words[q]!.bare) || ORG_HEADS_WEAK.has(words[q]!.bare)) listed = false;
      }
      // ("Hull Culture and Leisure, and North Yorkshire Council": a comma before "and" closes a list, whose last item this is)
      if (after.gap === ', ' && after.t === 'and') break;
      // ("West Yorkshire Mental Health, Learning Disability and Autism Collaborative": the NHS's name for the three services
      // together holds a comma)
      const servicesOfThree = after.gap === ', ' && x.t === 'Health' && words[j - 1]?.t === 'Mental' && MENTAL_HEALTH_LD_AUTISM.test(ctx.doc.norm.slice(after.s, after.s + 48));
      const gapOk = after.gap === ' ' || (after.gap === ', ' && owner[j]! >= 0 && owner[j] === owner[j + 1]) || listed || servicesOfThree || (acronym !== undefined && j + 1 === start && after.gap === ' (');
      if (listed && after.gap === ', ') listedWalk = true;
      if (!gapOk) break;
      if (after.gap === ' (' && acronym === undefined) break;
      // "while Your Healthcare CIC in Kingston": "Your", "My" or "Our" written with a capital inside a sentence opens the
      // name, and so it does at a sentence's start where the article writes the same name inside another
      if (after.gap === ' ' && OWNER_WORDS.has(x.t) && (!x.first || writtenInsideSentence(ctx, j, i + 1))) {
        start = j;
        break;
      }
      // (a lower-case word inside a known place joins too: "Blackburn with Darwen Borough Council")
      if (isNameWord(x) || x.t === '&' || x.t === 'and' || x.t === 'of' || x.t === 'for' || x.t === 'upon' || x.t === 'on' || (owner[j]! >= 0 && places[owner[j]!]!.s < j && owner[j + 1] === owner[j])) {
        // "… NHS Trust and Walsall Healthcare NHS Trust": a finished name before "and"
        // ("the UKHSA North East Health Protection Team and Newcastle University": a team's name ends at "Team")
        if ((x.t === 'and' || x.t === '&') && j > 0 && (ORG_HEADS_STRONG.has(words[j - 1]!.bare) || ORG_HEADS_WEAK.has(words[j - 1]!.bare) || barrier[j - 1] || words[j - 1]!.bare === 'Team')) break;
        // ("Cripps Health Centre on University Park": "on" joins a place's name, "Stratford on Avon", never a body's head)
        if ((x.t === 'on' || x.t === 'upon') && j + 1 === h.start) break;
        // "Sonrai Analytics and Queen's University Belfast", "UCLPartners and Imperial College Health Partners": a
        // company's name or a brand written in one word before "and" is a name of its own
        if ((x.t === 'and' || x.t === '&') && j > 0 && (COMPANY_TAILS_BEFORE_AND.has(words[j - 1]!.bare) || oneWordBrand(words[j - 1]!.bare))) break;
        // "OUH and Royal Surrey NHS Foundation Trust", "SLaM and King's College London": a body's acronym before "and" is
        // a name of its own
        if ((x.t === 'and' || x.t === '&') && j > 0 && (words[j - 1]!.upper || MIXED_CASE_INITIALS.test(words[j - 1]!.bare)) && !COMMON_ACRONYMS.has(words[j - 1]!.bare) && words[j - 1]!.bare.length >= 3) break;
        // "a new PACS for United Lincolnshire Hospitals NHS Trust": a kind of system, then whom it is for
        if ((x.t === 'for' || x.t === 'at') && j > 0 && COMMON_ACRONYMS.has(words[j - 1]!.bare)) break;
        // "Queen Elizabeth Hospital King's Lynn and James Paget University Hospitals": a hospital named with its town
        if ((x.t === 'and' || x.t === '&') && j > 0 && owner[j - 1]! >= 0 && hospitalBeforeTown(places[owner[j - 1]!]!.s)) break;
        // "Prince Philip Hospital in Llanelli and Withybush General Hospital", "in Crewe and Victoria Infirmary": a
        // town after a preposition, then a name that starts with no place, lists two things ("Chelsea and Westminster
        // Hospital" and "Brighton and Sussex University Hospitals" join two places and stay one name)
        const andDistrict = words[j + 2]?.t === 'and' && words[j + 3]?.t === 'District' && j + 4 === h.start;
        // ("Daisy Hill Hospital in Newry and South Tyrone Hospital in Dungannon": after a name and its town, a
        // name that starts with a place lists another body too)
        if ((x.t === 'and' || x.t === '&') && j > 0 && owner[j - 1]! >= 0 && h.start - (j + 1) >= 1) {
          const townStart = places[owner[j - 1]!]!.s;
          const before = words[townStart - 1];
          const named = words[townStart - 2];
          const listed = owner[j + 1]! < 0 || andDistrict || (named !== undefined && named.cap && !named.first && named.sent === x.sent);
          // (only after a body's name: "rolling it out to Ashford and St Peter's Hospitals …" is one trust; and only where
          // the preposition places the body: "supplies Lumen to Harrogate and District NHS Foundation Trust" is one trust)
          if (listed && before && !before.cap && before.sent === x.sent && BODY_TOWN_PREPOSITIONS.has(before.t) && named !== undefined && named.cap) break;
        }
        // "Speedinvest and Giant Ventures": investors are listed, not named with "and"
        if ((x.t === 'and' || x.t === '&') && h.head === 'Ventures') break;
        // "Age Cymru Gwent and Newport City Council": a council's name joins places with "and" ("Brighton and Hove City
        // Council"); capitalised words before "and" that are not all places are a body of their own
        if ((x.t === 'and' || x.t === '&') && /Council$/.test(h.head) && j > 0 && !placesBefore(j)) break;
        // "Lockleaze Family Practice and Southmead Park Medical Centre": a head of two words ends a body's name before "and"
        if ((x.t === 'and' || x.t === '&') && j > 1 && words[j - 1]!.gap === ' ' && ENDS_A_BODY_PHRASE.has(`${words[j - 2]!.t} ${words[j - 1]!.bare}`)) break;
        // "the Norfolk and Waveney Acute Hospital Collaborative for Norfolk and Norwich University Hospitals NHS Foundation
        // Trust": a collaborative's or board's head before "for" ends a body that acts for the next one (a hospital's
        // does not: "Great Ormond Street Hospital for Children NHS Foundation Trust")
        if (x.t === 'for' && j > 0 && ACTS_FOR_HEADS.has(words[j - 1]!.bare)) break;
        // "Salford Royal and Royal Oldham Hospital": a town's "Royal" before "and" is a hospital's short name, ended
        if ((x.t === 'and' || x.t === '&') && j > 1 && words[j - 1]!.bare === 'Royal' && words[j - 1]!.gap === ' ' && words[j - 2]!.cap && isPlaceName(words[j - 2]!.bare)) break;
        // "Wiltshire Health and Care and Salisbury NHS Foundation Trust": "Health and Care" ends a body's name
        if (x.t === 'and' && j > 2 && words[j - 1]!.t === 'Care' && words[j - 2]!.t === 'and' && words[j - 3]!.t === 'Health') break;
        // "Caithness General Hospital in Wick, … Hospital in Broadford and Belford Hospital": a body's town (one capitalised
        // word after "in" right after the body's head, known as a place or not), then "and" lists the next body
        if ((x.t === 'and' || x.t === '&') && j > 2 && words[j - 1]!.cap && words[j - 1]!.gap === ' ' && words[j - 2]!.t === 'in' && words[j - 2]!.gap === ' ' && ORG_HEADS_STRONG.has(words[j - 3]!.bare) && !words[j - 3]!.possessive) break;
        // "Patients of Hywel Dda University Health Board can …": a sentence that opens on who, then "of" and the body
        if (x.t === 'of' && j > 0 && words[j - 1]!.first && PEOPLE_OF.has(words[j - 1]!.t)) break;
        // "Livewell Southwest and Torbay and South Devon NHS Foundation Trust": a name joins places with one "and"
        // ("Torbay and South Devon"); a second, with no comma between, lists another body ("Health and Care",
        // "Acute and Specialist" join no places and do not count)
        if (x.t === 'and' || x.t === '&') {
          if (placesJoined && !commaSince) break;
          if ((j > 0 && owner[j - 1]! >= 0) || owner[j + 1]! >= 0) placesJoined = true;
        }
        if (after.gap === ', ') commaSince = true;
        start = j;
        j--;
        n++;
        if (x.first) break;
        continue;
      }
      break;
    }
    // ICS-like heads: the name is the region when a place ends right before the head
    // ("Dermatology across the North of England: ICB plans …": a place runs into the head only over a space)
    if (ICS_HEADS.has(h.head) && (acronym !== undefined || words[h.start]!.gap === ' ')) {
      const before = acronym !== undefined ? h.start - 2 : h.start - 1;
      if (before >= 0 && owner[before]! >= 0) {
        const ps = places[owner[before]!]!.s;
        // the place is the whole region, also where the walk back stopped inside it ("Cornwall and the Isles of Scilly ICS")
        let free = true;
        for (let k = ps; k < start && free; k++) if (barrier[k]) free = false;
        // a list of places before the head ("Leeds, Bradford and Wakefield ICB") is the name, not its last place;
        // so are places joined by "and" and a leading "NHS" ("NHS Cornwall and Isles of Scilly Integrated Care Board")
        // (after the words that open a sentence before a name: "When NHS Devon ICB and …")
        let lead = start;
        while (lead < ps && LEAD_TRIM(words[lead]!)) lead++;
        let region = ps > lead;
        for (let k = lead; k < ps && region; k++) region = words[k]!.t === 'NHS' || words[k]!.t === 'and' || words[k]!.t === '&' || owner[k]! >= 0;
        // (but after a comma, places that make up an ICS's whole area are its name alone: "down to Teesside, North East
        // and North Cumbria ICS is …" names the ICS of the North East and North Cumbria)
        let area = -1;
        for (let k = lead + 1; k <= ps && region && area < 0; k++) {
          if (ctx.doc.norm[words[k - 1]!.e] === ',' && ICS_AREAS.has(ctx.doc.norm.slice(words[k]!.s, words[before]!.e))) area = k;
        }
        if (area >= 0) start = area;
        else if (!(listedWalk && ps > start) && !region && (ps >= start || free)) start = ps;
        // "One Gloucestershire ICS", "One Croydon ICB": the system's own brand before its region
        if (start === ps && ps > 0 && words[ps - 1]!.t === 'One' && words[ps]!.gap === ' ') start = ps - 1;
      }
    }
    // "Sir James Knott Trust", "Dr Gray's Hospital": an honorific before a person's name that names the body stays
    let honoured = false;
    const ownerOpens = start < h.start && words[start]!.first && OWNER_WORDS.has(words[start]!.t);
    while (!ownerOpens && start < h.start && (LEAD_TRIM(words[start]!) || (words[start]!.t === 'and' || words[start]!.t === '&') || sectionNumbered(words, start))) {
      // (also opening a sentence when the honoured name's possessive runs into the head: "Dr Gray's Hospital in Elgin …")
      const ownsHead = start + 2 === h.start && words[start + 1]!.possessive;
      if (HONORIFICS.has(words[start]!.t) && (ownsHead || (start > 0 && !words[start]!.first)) && start + 1 < h.start && words[start + 1]!.cap && !isRoleWord(words[start + 1]!) && words[start + 1]!.gap === ' ' && isHonouredBody(h.head)) break;
      if (HONORIFICS.has(words[start]!.t)) honoured = true;
      start++;
    }
    // "Professor Hana Ashworth of Lancaster University": the person after the honorific is of the body, not in its name
    if (honoured) for (let k = start + 1; k < h.start - 1; k++) if (words[k]!.t === 'of') start = k + 1;
    while (start < h.start && isConnector(words[start]!)) start++;
    if (start >= h.start) continue;
    // "One ICB I worked with spends …": a number word alone before the head counts bodies, it names none
    if (start + 1 === h.start && COUNT_WORDS.has(words[start]!.t)) continue;
    // "a new Digital Hub", "an ICS Programme Management Office": introduced with a/an, not a named body
    // (not an NHS body named by its places, written as a modifier: "in a Cumbria, Northumberland, Tyne and Wear NHS
    // Foundation Trust mental health clinic")
    const det = words[start - 1];
    const nhsNamedByPlaces = h.head.startsWith('NHS ') && owner[start]! >= 0;
    if (det && words[start]!.gap === ' ' && (det.t === 'a' || det.t === 'an') && !nhsNamedByPlaces) continue;
    // ("the largest Yorkshire ICS by area", "every Midlands ICB": a kind of body in a region, picked out of several, is
    // no body's name)
    if (det && words[start]!.gap === ' ' && ICS_HEADS.has(h.head) && (/^(?:each|every|another|any)$/i.test(det.t) || (PICKED_OUT.test(det.t) && words[start - 2]?.t.toLowerCase() === 'the'))) continue;
    // a name needs a word of its own besides generic ones
    let own = false;
    for (let k = start; k < h.start; k++) if (isNameWord(words[k]!) && !TIGHT_GENERIC.has(words[k]!.bare) && !words[k]!.upper) own = true;
    for (let k = start; k < h.start; k++) if (words[k]!.upper && !COMMON_ACRONYMS.has(words[k]!.bare)) own = true;
    if (!own && !(owner[start]! >= 0) && !COMPANY_SUFFIXES.has(h.head)) continue;
    // a title-case heading ("Digital Inclusion In Practice"): a capitalised function word inside is no name
    let titleCase = false;
    for (let k = start + 1; k < h.start; k++) if (TITLE_FUNCTION_WORDS.has(words[k]!.t)) titleCase = true;
    if (titleCase) continue;
    // a count or an amount is no part of a name ("banks in 11 ICS areas", "£650,000 and Medway Council £150,000"), nor
    // the "and" after it
    // ("£2.4m for Swansea Bay University Health Board's virtual wards": an amount and the word after it)
    while (start < h.start && (AMOUNT_WORD.test(words[start]!.t) || ((words[start]!.t === 'and' || words[start]!.t === '&' || words[start]!.t === 'for' || words[start]!.t === 'to') && start > 0 && AMOUNT_WORD.test(words[start - 1]!.t)))) start++;
    if (start === h.start && words[start - 1] && /^\d+$/.test(words[start - 1]!.t)) continue;
    // an acronym's possessive is the owner, not part of the name ("the SDE's Data Access Committee")
    for (let k = start; k < h.start; k++) if (words[k]!.possessive && words[k]!.upper) start = k + 1;
    // "Airedale's Digital Care Hub": a place's possessive owns the body after it
    // (not a saint's: "St James's University Hospital" is named after the saint, not owned by the Leeds district)
    for (let k = start; k < h.start; k++) if (words[k]!.possessive && owner[k]! >= 0 && places[owner[k]!]!.e === k + 1 && !/^(?:St|Saint)$/.test(words[places[owner[k]!]!.s]!.t)) start = k + 1;
    // a possessive inside the name ends it unless the next word goes on with a name ("Guy's and St Thomas'")
    let bad = false;
    for (let k = start; k < i; k++) if (words[k]!.possessive && !(words[k + 1] && (words[k + 1]!.t === 'and' || words[k + 1]!.cap))) bad = true;
    if (bad) continue;
    // "Queen’s Hospital Burton", "Queen Elizabeth Hospital Birmingham", "Marie Curie Hospice Glasgow", "Queen's
    // University Belfast": a hospital's, hospice's or university's name may end with its town
    let end = regionEnd > 0 ? regionEnd : i + 1;
    const town = words[i + 1];
    // ("the Queen Elizabeth Hospital King's Lynn": a town of two words, as the gazetteer found it)
    const townPlace = town && town.gap === ' ' && owner[i + 1]! >= 0 && places[owner[i + 1]!]!.s === i + 1 ? places[owner[i + 1]!]! : null;
    if (TOWN_ENDED_HEADS.has(h.head) && town && words[start]!.bare !== town.bare && town.gap === ' ' && town.cap && !town.possessive && isPlaceName(town.bare) && !(words[i + 2] && words[i + 2]!.gap === ' ' && words[i + 2]!.cap)) end = i + 2;
    else if (TOWN_ENDED_HEADS.has(h.head) && townPlace && townPlace.e - townPlace.s === 2 && !words[townPlace.e - 1]!.possessive && !(words[townPlace.e] && words[townPlace.e]!.gap === ' ' && words[townPlace.e]!.cap)) end = townPlace.e;
    // "Royal Belfast Hospital for Sick Children", "Royal Hospital for Children and Young People", "Children's Hospital
    // for Wales", "Rainbows Hospice for Children and Young People": a hospital or hospice named for whom it serves
    else if ((h.head === 'Hospital' || h.head === 'Hospice') && town?.t === 'for' && town.gap === ' ') end = forWhomEnd(words, i + 1, end);
    // "St Nicholas Hospice Care", "Resuscitation Council UK": a charity's name may go on past its head
    else if (town && town.gap === ' ' && ((h.head === 'Hospice' && town.t === 'Care') || town.t === 'UK') && !(words[i + 2] && words[i + 2]!.gap === ' ' && words[i + 2]!.cap)) end = i + 2;
    // "Marie Curie Hospice, Hampstead": the charity names each of its hospices by its town after a comma
    else if (h.head === 'Hospice' && i === start + 2 && words[start]!.t === 'Marie' && words[start + 1]!.t === 'Curie' && town && town.gap === ', ' && isPlaceName(town.bare) && !town.possessive && !(words[i + 2] && words[i + 2]!.gap === ' ' && words[i + 2]!.cap)) end = i + 2;
    // "Phoenix Healthcare Distribution", "Acme Healthcare Solutions": a company's name may go on past "Healthcare" with
    // the word that says what it does
    else if (h.head === 'Healthcare' && town && town.gap === ' ' && HEALTHCARE_COMPANY_TAILS.has(town.bare) && !(words[i + 2] && words[i + 2]!.gap === ' ' && words[i + 2]!.cap)) end = i + 2;
    // "The Specialist Pharmacy Service (SPS)": the acronym the article gives spells a word the walk back left out
    if (start > 0 && spelledWithOneMore(ctx.doc.norm, words, start, end)) start--;
    // a "Service" named for what it does with data is a digital product ("Discovery Data Service", "AI and Digital
    // Regulations Service", "NHS Wales Video Consulting Service"); one named for a clinical offer is a scheme, no body
    // ("Discharge Medicines Service", "Community Pharmacist Consultation Service", "COPD Support Service")
    const serviceKind = h.head === 'Service' && i > start ? words[i - 1]!.t : '';
    if (CLINICAL_OFFER_SERVICES.has(serviceKind)) continue;
    // "Filey Surgery", "Kingswood Road Surgery" are GP practices; "General Surgery", "Day Surgery" are specialties
    if (h.head === 'Surgery' && words.slice(start, i).some((x) => SURGICAL_KINDS.has(x.bare))) continue;
    // "Edgeley Road Pharmacy", "Lloyds Pharmacy" are pharmacies; "Community Pharmacy", "Hospital Pharmacy" kinds of them
    if (h.head === 'Pharmacy' && (i === start || words.slice(start, i).some((x) => PHARMACY_KINDS.has(x.bare)))) continue;
    const c: Candidate = { type: DIGITAL_SERVICES.has(serviceKind) ? 'product' : 'organisation', s: start, e: end, rule: headRule(h.head), prio: h.strong ? 3 : 2 };
    if (acronym) {
      c.acronym = acronym;
      c.written = [ctx.doc.norm.slice(words[start]!.s, w.e)];
    }
    if (written) c.name = undefined;
    out.push(c);
  }
  return out;
}

/**
 * The end of "for Sick Children", "for Children and Young People" after a hospital's head at word `f` ("for"): capitalised
 * words, "and" or "of" between two of them; `end` when no capitalised word follows.
 */
function forWhomEnd(words: readonly Word[], f: number, end: number): number {
  let k = f + 1;
  while (k < words.length && k - f <= 5 && words[k]!.gap === ' ') {
    const x = words[k]!;
    if (x.cap && !NON_NAME_WORDS.has(x.t)) {
      k++;
      if (x.possessive) break;
    } else if ((x.t === 'and' || x.t === 'of') && k > f + 1 && words[k + 1]?.cap && words[k + 1]!.gap === ' ') k++;
    else break;
  }
  return k > f + 1 && words[k - 1]!.cap ? k : end;
}

/** Words i… spell phrase f, joined by plain spaces (the last word may be a possessive). */
function phraseAt(words: readonly Word[], i: number, f: readonly string[]): boolean {
  const last = f.length - 1;
  if (i + last >= words.length) return false;
  for (let j = 0; j <= last; j++) {
    const x = words[i + j]!;
    // ("Diana, Princess of Wales Hospital": a listed word written with its comma is followed by one)
    const commaBefore = j > 0 && f[j - 1]!.endsWith(',');
    if (j > 0 && x.gap !== (commaBefore ? ', ' : ' ')) return false;
    // ("Digital Health & Care Innovation Centre" is the listed "… and Care …")
    if (x.t === '&' && f[j] === 'and') continue;
    const want = f[j]!.endsWith(',') ? f[j]!.slice(0, -1) : f[j]!;
    if (j === last ? x.bare !== want && x.t !== want : x.t !== want) return false;
  }
  return true;
}
/** Capitalised words that describe what a system does ("Patient Administration System (PAS)" names a kind, not a product). */
const SYSTEM_DESCRIPTION_WORDS = new Set(['Administration', 'Information', 'Management', 'Laboratory', 'Radiology', 'Imaging', 'Archiving', 'Communication', 'Communications', 'Order', 'Ordering', 'Results', 'Prescribing', 'Medicines', 'Pharmacy', 'Theatre', 'Theatres', 'Maternity', 'Emergency', 'Department', 'Scheduling', 'Rostering', 'Workforce', 'Document', 'Picture', 'Decision', 'Support', 'Monitoring', 'Observations', 'Early', 'Warning', 'Bed', 'Booking', 'Referral', 'Referrals', 'Appointment', 'Appointments', 'Dispatch', 'Computer', 'Aided', 'Computer-Aided', 'Case', 'Finance', 'Financial', 'Human', 'Resources', 'Asset', 'Tracking', 'Telephony', 'Cloud', 'Enterprise', 'Resource', 'Planning', 'Access', 'Identity', 'Learning', 'Quality', 'Risk', 'Incident', 'Reporting', 'Social', 'Children', "Children's", 'Adult', 'Adults', 'Services', 'Service', 'Intelligence', 'Analytics', 'Population', 'Operational', 'Command', 'Control']);
/** "a new Patient Administration System (PAS)", "an Integrated Care Record (ICR)": a kind of system, introduced as one of many. */
const introducedAsOne = (words: readonly Word[], s: number) => {
  const d = words[s - 1];
  return d !== undefined && (d.t === 'a' || d.t === 'an' || d.t === 'new');
};

/**
 * The first word of the capitalised name that ends at word `end` and whose initials are the
 * upper-case word in brackets right after it ("Clinisys Laboratory Solution (CLS)"), or -1.
 * "and", "of" and "for" inside the name may be skipped by the initials.
 */
function initialledName(words: readonly Word[], end: number): number {
  const ac = words[end + 1];
  if (!ac || !ac.upper || ac.gap !== ' (' || ac.t.length < 2) return -1;
  const close = words[end + 2];
  if (close && !close.gap.startsWith(')')) return -1;
  let need = ac.t.length - 1;
  let j = end;
  while (j >= 0 && need >= 0) {
    const x = words[j]!;
    if (j < end && words[j + 1]!.gap !== ' ') return -1;
    if (x.t === 'and' || x.t === 'of' || x.t === 'for') {
      j--;
      continue;
    }
    if (!x.cap || x.t[0] !== ac.t[need]) return -1;
    need--;
    if (need < 0) return j;
    j--;
  }
  return -1;
}

/** A product noun right after word `e`, or after one or two lower-case words ("online consultation tool"). */
function productNounAfter(words: readonly Word[], e: number): boolean {
  for (let k = e; k < words.length && k < e + 3; k++) {
    const w = words[k]!;
    if (w.gap !== ' ' || !/^[a-z][a-z-]*$/.test(w.t)) return false;
    if (PRODUCT_NOUNS.has(w.t)) return true;
  }
  return false;
}

/** ", the digital social care record …", ", an app that …": an apposition after word e that says what made thing it is (and no company). */
function productApposedAfter(words: readonly Word[], e: number): boolean {
  const first = words[e];
  if (!first || first.gap !== ', ' || !/^(?:the|a|an|its)$/.test(first.t)) return false;
  for (let k = e + 1; k < words.length && k < e + 7; k++) {
    const w = words[k]!;
    if (w.gap !== ' ' || !/^[a-z][a-z-]*$/.test(w.t) || COMPANY_NOUN_SET.has(w.t)) return false;
    if (PRODUCT_NOUNS.has(w.t)) return !COMPANY_NOUN_SET.has(words[k + 1]?.t ?? '');
  }
  return false;
}

/** NHS England's regions, whose teams are named after them ("NHS England North East and Yorkshire"). */
const NHSE_REGIONS = ['North East and Yorkshire', 'North West', 'Midlands', 'East of England', 'London', 'South East', 'South West'].map((r) => r.split(' '));
/** One past the NHS England region written from word e ("South West" in "NHS England South West figures"), else e. */
function regionAfter(words: readonly Word[], e: number): number {
  for (const r of NHSE_REGIONS) {
    // "NHS England South West", or with a dash as the body writes it: "NHS England – Midlands"
    const joined = (k: number) => words[e + k]!.gap === ' ' || (k === 0 && DASH_GAP.test(words[e]!.gap));
    if (r.every((t, k) => words[e + k]?.t === t && joined(k)) && !(words[e + r.length]?.gap === ' ' && words[e + r.length]!.cap)) return e + r.length;
  }
  return e;
}
const NATIONS: readonly string[][] = [['Northern', 'Ireland'], ['Scotland'], ['Wales'], ['Cymru']];
/** The end of a UK nation's name written right after word e - 1 ("RCGP Northern Ireland"), with nothing capitalised after it; e when none is. */
function nationAfter(words: readonly Word[], e: number): number {
  for (const n of NATIONS) if (n.every((t, k) => words[e + k]?.t === t && words[e + k]!.gap === ' ') && !(words[e + n.length]?.gap === ' ' && words[e + n.length]!.cap)) return e + n.length;
  return e;
}

/** A spaced dash between two words, in the folded text ("NHS England – Midlands"). */
const DASH_GAP = /^ - $/;

/** A model number after a product's name: "3", "750", "2012", "780G". */
const MODEL_NUMBER = /^\d{1,4}[A-Z]?$/;

/** A brand written with capitals inside it ("VitalsLink", "PathwayOne", "ePJS", "qXR", "e-Stroke"), not an acronym everyone uses. */
const BRAND_SHAPE = /^(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z]+-?[A-Z][A-Za-z0-9]*)$/;
/** Lower-case words that end a description rather than sit in it ("the Orion team uses a platform"). */
const NOT_DESCRIPTION = new Set(['a', 'an', 'the', 'to', 'for', 'with', 'in', 'of', 'on', 'at', 'by', 'from', 'as', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'that', 'which', 'who', 'its', 'their', 'our', 'into', 'than', 'but', 'not', 'can', 'could', 'may', 'should', 'also', 'new']);
/**
 * The brand before the product noun at `noun` with one or two lower-case words between (up to five joined by "and")
 * ("the VitalsLink virtual ward platform"), after "the", a possessive determiner or a
 * possessive name; else -1.
 */
function brandBefore(words: readonly Word[], noun: number): number {
  // "its FrontDoor online access and care navigation platform": a longer description joins two with "and"
  let joined = false;
  let plain = true;
  for (let j = noun - 1, between = 0; j >= 1 && between <= 5; j--) {
    const x = words[j]!;
    if (words[j + 1]!.gap !== ' ') return -1;
    if (/^[a-z][a-z-]*$/.test(x.t)) {
      between++;
      if (x.t === 'and') joined = true;
      else if (NOT_DESCRIPTION.has(x.t)) plain = false;
      continue;
    }
    if (between > 2 && !(joined && plain)) return -1;
    // ("the Epic-based electronic patient record": a maker in a compound adjective names no brand)
    if (between === 0 || x.possessive || COMPOUND_ADJECTIVE.test(x.t)) return -1;
    // "the Patchs online consultation tool", "its Patient Hub digital letters platform": one or two
    // plain capitalised words that are no place, title or generic word
    let s = j;
    if (!BRAND_SHAPE.test(x.bare)) {
      if (!brandWord(x) || GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare) || COMMON_ACRONYMS.has(x.bare)) return -1;
      // the first of two words may be a generic one ("Patient Hub"): the second names the brand
      if (j >= 2 && words[j]!.gap === ' ' && brandWord(words[j - 1]!)) s = j - 1;
    }
    const d = words[s - 1]!;
    return words[s]!.gap === ' ' && (d.t === 'the' || POSSESSIVE_DETERMINERS.has(lower(d)) || d.possessive) ? s : -1;
  }
  return -1;
}

/** Capitalised adjectives that describe a tool rather than name it ("the Scottish online consultation tool"). */
const ADJECTIVE_CAPS = new Set(['Scottish', 'Welsh', 'English', 'British', 'Irish', 'European', 'American', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Regional', 'National', 'Local', 'Global', 'International', 'Clinical', 'Integrated', 'Virtual', 'Electronic', 'Mobile', 'Online', 'Open', 'Cloud', 'AI', 'Smart']);

/** Things a maker sells that are no software: "two Rowa Vmax dispensing robots from Becton Dickinson". */
/** Kinds of scanner and test, not products: "three CT scanners from Siemens". */
const MODALITIES = /^(?:CT|MRI|PET|DEXA|ECG|EEG|X-ray|Xray|AI)$/;
/** The maker named right after a product: "from OneAdvanced", "supplied by Becton Dickinson". */
const MAKER_AFTER = /^,? (?:(?:supplied|made|developed|built|provided) )?(?:from|by) (?:the )?[A-Z]/;

/** Words for people or parts that open a sentence before "of" and a body: never the start of its name. */
const PEOPLE_OF = new Set(['Patients', 'Residents', 'Staff', 'Members', 'Users', 'Clinicians', 'Nurses', 'Doctors', 'Families', 'Carers', 'Colleagues', 'Teams', 'Leaders', 'Parts', 'Most', 'Many', 'All', 'Some', 'None', 'Each', 'Both', 'Half', 'Services', 'Sites', 'Wards', 'Practices']);

/** Moving between systems: "migrated from Medway to Expanse". */
// (the nouns too: "its migration from Lorenzo", "the move to Expanse")
const MOVE_VERBS = new Set(['moved', 'moving', 'move', 'moves', 'switched', 'switching', 'switch', 'migrated', 'migrating', 'migrate', 'migration', 'transferred', 'transitioned', 'transition', 'upgraded', 'upgrading']);
const MOVE_PREPOSITIONS = new Set(['to', 'from', 'onto', 'off']);
/** Nouns after a one-word brand that make it a system: "their Lorenzo systems", "three separate Datix instances". */
/** Between a possessive determiner and the name of a system the owner made itself: "its own", "its in-house". */
const OWN_MAKE = new Set(['own', 'in-house', 'home-grown', 'homegrown', 'bespoke']);
const SYSTEM_NOUNS = /^(?:systems|EPR|PAS|PACS|electronic|instances?|installations?|deployments?|modules?|licen[cs]es)$/;
/** Verbs whose object, named with its maker after "from", is a product: "uses Evolution vLab from Magentus". */
/** Words before "X from <listed maker>" that make X a thing taken up: "live with", "moved onto", "evaluating". */
const FROM_PRODUCT_CUES = new Set(['with', 'onto', 'into', 'evaluating', 'evaluated', 'trialling', 'trialled', 'piloting', 'piloted', 'testing', 'tested', 'introduced', 'introducing', 'extended', 'extending', 'renewed', 'renewing', 'chosen']);
const USE_VERBS = new Set(['uses', 'use', 'using', 'used', 'runs', 'run', 'running', 'chose', 'selected', 'deployed', 'adopted', 'replaced', 'replacing', 'replace', 'replaces', 'implemented', 'installed', 'procured', 'bought', 'licensed']);

/** "Epic-based", "AI-assisted": a compound adjective, no brand. */
const COMPOUND_ADJECTIVE = /-(?:based|founded|headquartered|led|powered|assisted|enabled|driven|built|hosted|supported|backed|owned|supplied|developed|listed|quoted|guided|connected|provided|compatible|approved)$/;
/** A capitalised word that can be part of a plain brand: no place, capitalised adjective, title, function word or body head. */
const brandWord = (w: Word) => w.cap && !w.possessive && !isPlaceName(w.bare) && !ADJECTIVE_CAPS.has(w.t) && !NON_NAME_WORDS.has(w.t) && !isRoleWord(w) && !ORG_HEADS_STRONG.has(w.bare) && !COMPOUND_ADJECTIVE.test(w.t);

/**
 * Body heads a supplier's product may also end in ("Virtual Nodule Clinic", "Clinical Hub", "Command Center", "Azure
 * OpenAI Service"). Not "Centre", "Institute", "Academy" or "Lab": a supplier's own research units are named so
 * ("Microsoft's Research Centre"); the American "Center" is a product's, written by its maker.
 */
const PRODUCT_CLOSING_HEADS = new Set(['Clinic', 'Hub', 'Center', 'Service', 'Services', 'Network', 'Zone']);

/** One past the last capitalised word of a brand that starts at `b` ("Patient Hub" in "Patient Hub digital letters platform"). */
const brandEnd = (words: readonly Word[], b: number) => (words[b + 1] && words[b + 1]!.gap === ' ' && (words[b + 1]!.cap || BRAND_SHAPE.test(words[b + 1]!.bare)) ? b + 2 : b + 1);

const LETTER_HYPHEN_CAPITAL = /^[a-z]-[A-Z]/;
/** /^[a-z]+[A-Z]/ without a regular expression: "iPhone", "eRedbook". */
function lowerThenUpper(t: string): boolean {
  let k = 0;
  while (k < t.length) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) k++;
    else return k > 0 && c >= 65 && c <= 90;
  }
  return false;
}

/**
 * The one-word products of `plain` listed with the one at word i, joined by commas, "and" or "or" ("Rio, Carenotes and
 * Lorenzo"): their word indices, i among them; [i] when it stands alone.
 */
function plainProductList(words: readonly Word[], i: number, plain: ReadonlyMap<string, unknown>): number[] {
  const item = (k: number) => k >= 0 && k < words.length && words[k]!.cap && !words[k]!.possessive && plain.has(words[k]!.bare);
  const isConjunction = (w: Word | undefined) => w !== undefined && (w.t === 'and' || w.t === 'or');
  const list = [i];
  // back: a listed name before a comma (", X") or before "and"/"or" ("X and Y", "X, and Y")
  for (let k = i; ; ) {
    const conj = words[k - 1];
    const prev = words[k]!.gap === ', ' ? k - 1 : words[k]!.gap === ' ' && isConjunction(conj) && (conj!.gap === ' ' || conj!.gap === ', ') ? k - 2 : -1;
    if (!item(prev)) break;
    list.unshift(prev);
    k = prev;
  }
  for (let k = i; ; ) {
    const after = words[k + 1];
    const next = after?.gap === ', ' ? (isConjunction(after) ? k + 2 : k + 1) : isConjunction(after) && after!.gap === ' ' ? k + 2 : -1;
    if (next < 0 || !item(next) || words[next]!.gap !== (next === k + 1 ? ', ' : ' ')) break;
    list.push(next);
    k = next;
  }
  return list;
}

/** Names as word lists by their first word, longest first. */
function byFirstWord(names: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const n of names) {
    const f = n.replace(/[\u2018\u2019]/g, "'").split(/\s+/);
    const first = f[0]!.replace(/,$/, '');
    const l = m.get(first) ?? [];
    l.push(f);
    m.set(first, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}
const NATIONAL_BY_FIRST = byFirstWord(NATIONAL_BODIES);
const NATIONAL_PRODUCTS_BY_FIRST = byFirstWord(NATIONAL_PRODUCTS);
/** The noun after a framework's name ("the Digital Care Services framework"). */
const FRAMEWORK_NOUN = /^frameworks?$/;
/** Capitalised words from `e`, then a framework's or programme's common noun: a scheme the body before `e` runs. */
const SCHEME_NOUNS = new Set(['framework', 'frameworks', 'programme', 'contract', 'tender', 'procurement', 'agreement', 'scheme', 'fund', 'system', 'grant', 'grants', 'award', 'awards', 'competition', 'funding']);
function ownsNamedScheme(words: readonly Word[], e: number): boolean {
  let k = e;
  // ("the NHS Digital Academy programme": a name that ends in a body's head is that body's, not the scheme's owner)
  while (k < words.length && k - e < 6 && words[k]!.gap === ' ' && words[k]!.cap) {
    // ("the NHS England Digital Care Services framework": a weak head right before "framework" is the framework's)
    const framework = words[k + 1]?.gap === ' ' && FRAMEWORK_NOUN.test(words[k + 1]!.t);
    if (ORG_HEADS_STRONG.has(words[k]!.bare) || (ORG_HEADS_WEAK.has(words[k]!.bare) && !framework)) return false;
    k++;
  }
  return k > e && words[k]?.gap === ' ' && SCHEME_NOUNS.has(words[k]!.t);
}

/** The titles prisons and young offender institutions are named after ("HMP Leeds", "HMYOI Cookham Wood"). */
const PRISON_TITLES = new Set(['HMP', 'HMYOI', 'HMPYOI']);
/**
 * Names a local body takes before its area ("Healthwatch Dudley", "Community Pharmacy Devon", the GP
 * federations "Primary Care Sheffield" and "Primary Care Doncaster"), and national charities whose local
 * charities are named so ("Age UK Norfolk", "Citizens Advice Somerset", "Mind in Somerset").
 */
const LOCAL_BODY_PREFIXES: readonly string[][] = [['Healthwatch'], ['Community', 'Pharmacy'], ['Primary', 'Care'], ['Age', 'UK'], ['Citizens', 'Advice'], ['Mind', 'in']];
const LOCAL_BODY_FIRST = new Set(LOCAL_BODY_PREFIXES.map((f) => f[0]!));
/** A verb after a sentence's "The NHS": an auxiliary or modal, or a present or past tense. */
const VERB_AFTER_OPENING_NHS = /^(?:is|was|has|had|will|would|can|could|must|should|may|might|cannot|does|did|[a-z]+[^s\W]s|[a-z]+ed)$/;
/** Whether the words s..e-1 are written again elsewhere in the article, not opening a sentence there. */
function writtenInsideSentence(ctx: Ctx, s: number, e: number): boolean {
  const { words, doc } = ctx;
  const phrase = doc.norm.slice(words[s]!.s, words[e - 1]!.e);
  for (let at = doc.norm.indexOf(phrase); at >= 0; at = doc.norm.indexOf(phrase, at + 1)) {
    const k = ctx.byStart.get(at);
    if (k !== undefined && k !== s && !words[k]!.first && words[k + e - s - 1]?.e === at + phrase.length) return true;
  }
  return false;
}

/** National bodies and publishers named outright, and "the NHS". */
export function nationalRule(ctx: Ctx, places?: readonly Candidate[]): Candidate[] {
  const placeStarts = places ? new Map(places.map((p) => [p.s, p.e] as const)) : null;
  const { words } = ctx;
  const out: Candidate[] = [];
  const byFirst = NATIONAL_BY_FIRST;
  const capFlags = ctx.flags;
  for (let i = 0; i < words.length; i++) {
    // ("e-Referral Service", "111 online": national products that start with no capital; "medConfidential": a name with
    // a capital inside)
    if ((capFlags[i]! & (CAP | INNER)) === 0 && !NATIONAL_PRODUCTS_BY_FIRST.has(words[i]!.t)) continue;
    const w = words[i]!;
    // a local body by its area: "Healthwatch Dudley", "Community Pharmacy Lancashire" (a local pharmaceutical
    // committee); a listed national body that is longer wins ("Healthwatch England")
    const local = LOCAL_BODY_FIRST.has(w.t) || LOCAL_BODY_FIRST.has(w.bare) ? LOCAL_BODY_PREFIXES.find((f) => phraseAt(words, i, f)) : undefined;
    if (local && words[i + local.length]?.gap === ' ' && placeStarts?.has(i + local.length) && !byFirst.get(w.t)?.some((f) => f.length > local.length && phraseAt(words, i, f))) {
      let pe = placeStarts.get(i + local.length)!;
      // "Community Pharmacy Cheshire and Wirral", "Age UK Leicestershire & Rutland": an area of two places joined by "and"
      // (not "Healthwatch Dudley and Sandwell Council": a place that opens another body's name)
      if ((words[pe]?.t === 'and' || words[pe]?.t === '&') && words[pe]!.gap === ' ' && words[pe + 1]?.gap === ' ' && placeStarts.has(pe + 1)) {
        const pe2 = placeStarts.get(pe + 1)!;
        if (!(words[pe2]?.gap === ' ' && words[pe2]!.cap)) pe = pe2;
      }
      out.push({ type: 'organisation', s: i, e: pe, rule: 'local-body', prio: 4 });
      i = pe - 1;
      continue;
    }
    const l = byFirst.get(w.t) ?? byFirst.get(w.bare);
    if (l) {
      let hit: string[] | null = null;
      for (const f of l) {
        if (phraseAt(words, i, f)) {
          hit = f;
          break;
        }
      }
      if (hit) {
        const e = i + hit.length;
        const nx = words[e];
        const name = hit.join(' ');
        // "London ADASS", "Bristol Mind": a national association's or charity's local branch, named by its area first
        const area = BRANCHED_BY_AREA.has(name) && w.gap === ' ' && !(nx && nx.gap === ' ' && nx.cap) ? places?.find((p) => p.e === i) : undefined;
        if (area) {
          // ("Norfolk & Waveney Mind", "Cambridgeshire, Peterborough and South Lincolnshire Mind": the area may be a list
          // of places)
          const s = listedPlacesStart(words, area.s, (k) => places!.find((p) => p.e === k + 1)?.s ?? -1, true);
          out.push({ type: 'organisation', s, e, rule: 'national-body-region', prio: 4 });
          i = e - 1;
          continue;
        }
        if (AMBIGUOUS_BODIES.has(name) && (w.first || (nx && nx.gap === ' ' && nx.cap))) continue;
        // ("Scotland's Digital Health and Care Strategy": a name that runs on with "and" and a capital is longer)
        if (AMBIGUOUS_BODIES.has(name) && nx?.t === 'and' && nx.gap === ' ' && words[e + 1]?.gap === ' ' && words[e + 1]!.cap) continue;
        // "Ieso Digital Health": the end of a longer name, not the publisher
        const pv = words[i - 1];
        if (AMBIGUOUS_BODIES.has(name) && pv && w.gap === ' ' && pv.cap && !pv.first) continue;
        // "Sheffield Kidney Patients Association": a national name that ends a longer one is that body's
        if (pv && w.gap === ' ' && pv.cap && !pv.first && !pv.possessive && !NON_NAME_WORDS.has(pv.t) && !isPlaceName(pv.bare) && w.t !== 'NHS') continue;
        // ("\"Lumen Mind means we can see …\"" after "the Lumen Mind app": opening a sentence, the same longer name the
        // article writes inside one)
        if (pv && w.gap === ' ' && pv.cap && pv.first && !pv.possessive && !NON_NAME_WORDS.has(pv.t) && w.t !== 'NHS' && writtenInsideSentence(ctx, i - 1, e)) continue;
        // part of a longer name ("NHS England South West", "HTN Now"), but not a framework or programme the body
        // runs ("the NHS Shared Business Services Clinical Digital Solutions framework"); the longer name may be a
        // national product, read next ("the NHS Digital Staff Passport")
        const inLonger = nx !== undefined && nx.gap === ' ' && nx.cap && name !== 'HTN' && !words[e - 1]!.possessive && !ownsNamedScheme(words, e);
        // "NHS England South West", "NHS England London", "NHS England – Midlands": a national body's regional team, a
        // named unit of its own
        // "RCGP Northern Ireland", "BMA Scotland", "RCN Wales": a UK-wide body's national branch, its acronym then the nation
        const nation = /^[A-Z]{2,6}$/.test(name) ? nationAfter(words, e) : e;
        if (nation > e) {
          out.push({ type: 'organisation', s: i, e: nation, rule: 'national-body-region', prio: 4 });
          i = nation - 1;
          continue;
        }
        const region = name === 'NHS England' && (inLonger || (nx !== undefined && DASH_GAP.test(nx.gap))) ? regionAfter(words, e) : e;
        if (region > e) {
          out.push({ type: 'organisation', s: i, e: region, rule: 'national-body-region', prio: 4 });
          i = region - 1;
          continue;
        }
        // ("the NHS England Wayfinder team": a programme's name after the body is not the body's)
        if (!inLonger || (name === 'NHS England' && !words[e + 1]?.cap)) {
          out.push({ type: 'organisation', s: i, e, rule: 'national-body', prio: 4 });
          i = e - 1;
          continue;
        }
      }
    }
    // "GP Connect", "the NHS App", "Capacity Tracker": a national product named outright (not inside a longer name)
    const lp = NATIONAL_PRODUCTS_BY_FIRST.get(w.t) ?? NATIONAL_PRODUCTS_BY_FIRST.get(w.bare);
    const product = lp?.find((f) => phraseAt(words, i, f));
    if (product) {
      let e = i + product.length;
      // "GP Connect Update Record", "GP Connect Appointment Management": a national product's named part
      let tail = e;
      while (tail < words.length && tail - e < 3 && words[tail]!.gap === ' ' && (SYSTEM_NAME_WORDS.has(words[tail]!.bare) || SYSTEM_DESCRIPTION_WORDS.has(words[tail]!.bare))) tail++;
      if (tail > e && !(words[tail] && words[tail]!.gap === ' ' && words[tail]!.cap)) e = tail;
      const nx = words[e];
      const pv = words[i - 1];
      if (!(nx && nx.gap === ' ' && nx.cap && !words[e - 1]!.possessive) && !(pv && w.gap === ' ' && pv.cap && !pv.first && !pv.possessive && pv.t !== 'NHS')) {
        out.push({ type: 'product', s: i, e, rule: 'national-product', prio: 4 });
        i = e - 1;
        continue;
      }
    }
    // "HMP Belmarsh", "HMYOI Wetherby", "HMP/YOI Low Newton": a prison is named after its title
    if (PRISON_TITLES.has(w.t) && words[i + 1]?.gap === ' ' && words[i + 1]!.cap && !words[i + 1]!.upper) {
      let e = i + 1;
      while (e < words.length && e - i <= 3 && (e === i + 1 || words[e]!.gap === ' ') && words[e]!.cap && !words[e]!.upper && !words[e - 1]!.possessive) e++;
      out.push({ type: 'organisation', s: i, e, rule: 'prison', prio: 4 });
      i = e - 1;
      continue;
    }
    // "Ysbyty Gwynedd", "Ysbyty Glan Clwyd": a Welsh hospital is named head first
    if (w.t === 'Ysbyty' && words[i + 1]?.gap === ' ' && words[i + 1]!.cap) {
      let e = i + 1;
      while (e < words.length && e - i <= 3 && words[e]!.gap === ' ' && words[e]!.cap && !words[e - 1]!.possessive) e++;
      out.push({ type: 'organisation', s: i, e, rule: 'welsh-hospital', prio: 4 });
      i = e - 1;
      continue;
    }
    // "NHS Lothian", "NHS Greater Glasgow and Clyde", "NHS Kent and Medway": a health board or ICB named after its area
    if (w.t === 'NHS' && placeStarts && words[i + 1] && words[i + 1]!.gap === ' ' && placeStarts.has(i + 1)) {
      let e = placeStarts.get(i + 1)!;
      // "… and Clyde", "… and Arran": a capitalised word joined by "and" that ends the name
      const after2 = words[e + 2];
      // "NHS Cornwall and Isles of Scilly …": a second place joined by "and" belongs to the area
      // ("NHS Cheshire and Merseyside and Dorset HealthCare …": an area already joined by "and" takes no second "and")
      const joinedArea = words.slice(i + 1, e).some((x) => x.t === 'and');
      const oneArea = e;
      if (!joinedArea && words[e] && words[e]!.t === 'and' && words[e]!.gap === ' ' && words[e + 1]?.gap === ' ' && placeStarts.has(e + 1)) e = placeStarts.get(e + 1)!;
      else if (words[e] && words[e]!.t === 'and' && words[e]!.gap === ' ' && words[e + 1]?.cap && words[e + 1]!.t !== 'NHS' && words[e + 1]!.gap === ' ' && !(after2 && after2.gap === ' ' && (after2.cap || after2.t === 'of'))) e += 2;
      // "NHS Greater Manchester Integrated Care (Board)": an ICB's own name ends in what it is
      if (words[e]?.t === 'Integrated' && words[e]!.gap === ' ' && words[e + 1]?.bare === 'Care' && words[e + 1]!.gap === ' ' && !words[e]!.possessive) {
        e += 2;
        if (/^(?:Board|System|Partnership)$/.test(words[e]?.bare ?? '') && words[e]!.gap === ' ' && !words[e - 1]!.possessive) e++;
      }
      const nx = words[e];
      if (!(nx && nx.gap === ' ' && nx.cap)) {
        out.push({ type: 'organisation', s: i, e, rule: 'nhs-area', prio: 4 });
        i = e - 1;
        continue;
      }
      // ("NHS Greater Manchester and Lancashire and South Cumbria ICB": the second area opened the next body's name, and
      // the first area alone is this one's; a longer body read over both keeps them, as the longest name is taken first)
      if (e > oneArea && words[oneArea]?.t === 'and') out.push({ type: 'organisation', s: i, e: oneArea, rule: 'nhs-area', prio: 4 });
    }
    // "the NHS", "the wider NHS": the national body, not "NHS trusts" or "NHS-to-NHS"
    if (w.t === 'NHS' || w.t === "NHS's") {
      const p = words[i - 1];
      const nx = words[i + 1];
      // ("The NHS needs more capacity": a sentence, or a quote, may open on it, then a verb, not a noun it qualifies as
      // in "The NHS ransomware threat grew")
      const opens = p?.t === 'The' && (!nx || nx.gap !== ' ' || VERB_AFTER_OPENING_NHS.test(nx.t));
      const prevOk = p && p.gap !== 'NL' && w.gap === ' ' && (p.t === 'the' || opens || p.t === 'wider' || p.t === 'whole' || p.t === 'national');
      // "NHS 111", "NHS 24": a numbered service's name, not the body
      const nextOk = !nx || nx.gap !== ' ' || (!nx.cap && !/^\d/.test(nx.t) && !/^(?:trusts?|organisations?|bodies|providers?|staff|services?|pathology|data|and|app|number|login|workforce|funding)$/.test(nx.t));
      if (prevOk && nextOk && ctx.doc.norm[w.e] !== '-') out.push({ type: 'organisation', s: i, e: i + 1, rule: 'the-nhs', prio: 4 });
    }
  }
  return out;
}

/** The words after a supplier's name that are still its name: a national arm, a group, a legal form. */
const CORPORATE_TAIL_WORDS = new Set(['UK', 'Group', 'Holdings', ...COMPANY_SUFFIXES]);
/** The last word of a company's longer name: "Cleric Computer Services", "Kainos Software Solutions", "Epic Systems". */
export const COMPANY_NAME_ENDS: ReadonlySet<string> = new Set([...COMPANY_LAST_WORDS, 'Services', 'International', 'Global', 'Corporation', 'Corp', ...CORPORATE_TAIL_WORDS]);

/** "Care-owned", "England-funded": a name's last word joined to a participle saying what the body does to the next noun. */
const OWNED_BY = /^(.+)-(?:owned|funded|led|backed|run|commissioned|supported|sponsored|hosted)$/;

/**
 * Where a supplier's name written at words[.., e) goes on as the company's own longer name: a national arm, a
 * group, a legal form ("Palantir Technologies UK", "Alcidion Group Limited"), or one descriptive word before a
 * word that ends a company's name ("Cleric Computer Services"). e itself when it does not go on.
 */
function corporateTailEnd(words: readonly Word[], e: number): number {
  if (words[e - 1]!.possessive) return e;
  let end = e;
  while (end - e < 3 && words[end]?.gap === ' ' && !words[end - 1]!.possessive && CORPORATE_TAIL_WORDS.has(words[end]!.bare)) end++;
  if (end === e) {
    // up to two words, the last of which ends a company's name; the first may be any plain capitalised word
    for (let k = e; k < e + 2 && words[k]?.gap === ' ' && !words[k - 1]!.possessive; k++) {
      const w = words[k]!;
      if (COMPANY_NAME_ENDS.has(w.bare)) end = k + 1;
      else if (k > e || !w.cap || isPlaceName(w.bare) || PRODUCT_NOUNS_C.has(w.t) || isRoleWord(w) || NON_NAME_WORDS.has(w.t)) break;
    }
    while (end > e && end - e < 4 && words[end]?.gap === ' ' && !words[end - 1]!.possessive && CORPORATE_TAIL_WORDS.has(words[end]!.bare)) end++;
  }
  // a capitalised word after it starts another name: not this company's ("Alcidion Group Chief Executive …"),
  // unless the name ends on its possessive ("Kheiron Medical's Mia": what follows is the company's own)
  const after = words[end];
  return after && after.gap === ' ' && after.cap && !words[end - 1]!.possessive ? e : end;
}

/** The words a name at [start, end) covers: "Lantum's", "Getinge's" end inside a possessive word, which the mention then drops. */
function wordsCovering(ctx: Ctx, start: number, end: number): [number, number] | null {
  const s = ctx.byStart.get(start);
  if (s === undefined) return null;
  let e = s;
  while (e < ctx.words.length && ctx.words[e]!.e <= end) e++;
  const w = ctx.words[e];
  if (w && w.possessive && w.s < end && w.s + w.bare.length === end) e++;
  // (a name that ends inside a word, "Orion Health" of "Orion Health-based", covers no run of whole words)
  else if (w && w.s < end) return null;
  return e === s ? null : [s, e];
}

/**
 * "RFID tags from Xerafy", "awarded a £7.9 million device contract to XMA", "Companies such as Caresyntax": a
 * name the suppliers' strong context rules (vendors/rules.ts) call a company is an organisation, as the vendors
 * extractor will call it a vendor. The weakest priority: any other rule's reading of the same words wins.
 */
export function supplierContextRule(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const c of supplierContextHits(ctx.doc)) {
    if (c.strength !== 'strong') continue;
    const t = tidySpan(ctx.doc.norm, c.start, c.end);
    if (!t) continue;
    const name = ctx.doc.norm.slice(t.start, t.end);
    // ("Fife's care at home service": a place's possessive, which the vendors extractor drops against the entities)
    // (a business word in the name of a company the context calls one is no veto: "awarded a contract to Brightwire Networks")
    const reason = nonVendorReason(name);
    if ((reason !== null && !calledACompany(c, reason)) || isPlaceName(name)) continue;
    // ("UCLH's Epic EPR", "the RVI's thrombectomy service", "CIPHA's dashboards": an acronym's possessive is as often a
    // hospital's or a programme's, which the acronym steps link to the name the article spells out)
    if (c.rule === 'x-possessive-offering' && /^[A-Z0-9]+$/.test(name)) continue;
    const span = wordsCovering(ctx, t.start, t.end);
    // ("AIM-listed Feedback": a compound adjective before the name is not part of it)
    while (span && span[1] - span[0] > 1 && COMPOUND_ADJECTIVE.test(ctx.words[span[0]]!.t)) span[0]++;
    if (span) out.push({ type: 'organisation', s: span[0], e: span[1], rule: 'supplier-context', prio: 0 });
  }
  return out;
}

export function supplierRule(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const hits = defaultMatcher.find(ctx.doc.norm);
  const products = shippedProducts();
  // the company's name as the article writes it ("Ieso Digital Health" for the gazetteer's "ieso Digital Health")
  const namesWritten = new Map<string, string>();
  for (const h of hits) if (h.form === 'name' && !namesWritten.has(h.entry.name)) namesWritten.set(h.entry.name, h.text);
  // entries the article names by a form that is no product's ("eConsult Health", not only "eConsult")
  const companyWritten = new Set(hits.filter((h) => !products.has(h.text)).map((h) => h.entry));
  // a brand that is also a product of another company the article names ("Zesty" beside "Induction Healthcare")
  const ownedBy = (text: string) => [...companyWritten].some((en) => en.products.includes(text) && en.name !== text);
  // (ANNOTATION.md: a product whose maker the article does not name is a product, not a company: "eConsult"
  // alone, where the company is "eConsult Health"; "Zesty", named beside its owner Induction Healthcare)
  const productOnly = (h: (typeof hits)[number]) => !companyWritten.has(h.entry) && (h.entry.name !== h.text || ownedBy(h.text));
  const wordsOf = (h: (typeof hits)[number]) => wordsCovering(ctx, h.start, h.end);
  for (const h of hits) {
    if (insideOwnSystemName(ctx.doc.norm, h)) continue;
    const span = wordsOf(h);
    if (!span) {
      // "MFT's Epic-based electronic patient record", "the Orion Health-based shared record": a company written into a
      // compound adjective is named all the same
      const s = ctx.byStart.get(h.start);
      let k = s ?? -1;
      while (k >= 0 && k < ctx.words.length - 1 && ctx.words[k]!.e < h.end && ctx.words[k + 1]!.gap === ' ') k++;
      const w = k >= 0 ? ctx.words[k] : undefined;
      if (w && w.s < h.end && w.e > h.end && COMPOUND_ADJECTIVE.test(ctx.doc.norm.slice(h.end, w.e)) && !products.has(h.text)) {
        out.push({ type: 'organisation', s: s!, e: k + 1, rule: 'supplier-gazetteer', prio: 4, charEnd: h.end });
      }
      continue;
    }
    const s = span[0];
    let e = span[1];
    // "Palantir Technologies UK", "Kheiron Medical Technologies Ltd": the national arm or legal form is part of the name
    // ("Alcidion Group", "Alcidion Group Limited": a group or holding company, then its legal form)
    const tailEnd = corporateTailEnd(ctx.words, e);
    const extended = tailEnd > e;
    e = tailEnd;
    // a name that is both a company's and a product's ("Patchs", "Zesty", "eConsult") is the product where a
    // product noun follows it ("the Patchs online consultation tool", "the Zesty patient portal")
    const bothNames = products.has(h.text) && (h.entry.name === h.text || h.entry.aliases.includes(h.text));
    // ("Amwell's SilverCloud": after its maker's possessive, a name that is both is the product)
    // ("eConsult Health's eConsult": the owner's name may have more words than the possessive one)
    const afterOwner = bothNames && s > 0 && ctx.words[s - 1]!.possessive && hits.some((o) => o.entry === h.entry && o.end <= ctx.words[s - 1]!.e && o.end > ctx.words[s - 1]!.s);
    // ("Medicus from Medicus Health", "eConsult from eConsult Health": a short name, then "from" its company's full one)
    const fromOwner = bothNames && ctx.doc.norm.startsWith(' from ', h.end) && hits.some((o) => o.entry === h.entry && o.start === h.end + ' from '.length && o.text.length > h.text.length && o.text.startsWith(h.text));
    // ("Nourish, the digital social care record MHA uses": a company's short name that an apposition calls a product is the product)
    const apposedProduct = !extended && h.text !== h.entry.name && h.entry.aliases.includes(h.text) && productApposedAfter(ctx.words, e);
    // ("will offer Kooth's adult platform": a name that is both, written as an owner of the product noun after it, is the company)
    const ownsNounAfter = ctx.words[e - 1]!.possessive;
    const isProduct = apposedProduct || (!extended && products.has(h.text) && !h.entry.formerNames.includes(h.text) && ((h.entry.name !== h.text && !h.entry.aliases.includes(h.text)) || (bothNames && ((productNounAfter(ctx.words, e) && !ownsNounAfter) || productOnly(h) || afterOwner || fromOwner))));
    const c: Candidate = { type: isProduct ? 'product' : 'organisation', s, e, rule: isProduct ? 'supplier-product' : 'supplier-gazetteer', prio: 4 };
    // "Lantum started as Network Locum", "Kheiron Medical Technologies (“Kheiron”)": a former name or a short
    // form joins the company's record under the name the article also writes (a longer alias such as
    // "Palantir Technologies" is a fuller form of "Palantir", and the fullest form names the company)
    const written = namesWritten.get(h.entry.name);
    if (!isProduct && written !== undefined && (h.form === 'former' || (h.form === 'alias' && h.text.length < written.length))) {
      c.name = written;
      c.written = [h.text];
    }
    out.push(c);
  }
  // products listed in the gazetteer, written alone
  const byFirst = productFirst();
  const words = ctx.words;
  for (let i = 0; i < words.length; i++) {
    // a capital first, or lower case then a capital ("iPhone", "e-Stroke"): both have CAP or INNER; else only a
    // product its maker spells in lower case, written so ("iaptus")
    const w = words[i]!;
    if ((ctx.flags[i]! & (CAP | INNER)) === 0) {
      if (w.t.length < 5 || !byFirst.has(w.t)) continue;
    } else if (!w.cap && !lowerThenUpper(w.t) && !LETTER_HYPHEN_CAPITAL.test(w.t)) continue;
    const l = byFirst.get(w.t) ?? byFirst.get(w.bare);
    if (!l) continue;
    for (const f of l) {
      if (phraseAt(words, i, f)) {
        const e = i + f.length;
        const nx = words[e];
        // (a generic system's initials after it describe it: "Evolution vLab LIMS", "Medway PAS")
        if (nx && nx.gap === ' ' && nx.cap && !SYSTEM_INITIALS_SET.has(nx.t) && !/^(?:App|Platform)$/.test(nx.t)) break;
        // ("a Nervecentre EPR": a maker's generic system introduced with "a" is no product, ANNOTATION.md)
        if (/^an?$/i.test(words[i - 1]?.t ?? '') && GENERIC_PRODUCT_WORDS.has(f[f.length - 1]!)) break;
        // ("Meta Quest 3 headsets", "Windows Server 2012", "ACL TOP 750 analysers": a model number goes with the name)
        const model = words[e];
        const end = model && model.gap === ' ' && MODEL_NUMBER.test(model.t) && !(words[e + 1]?.gap === ' ' && words[e + 1]!.cap) ? e + 1 : e;
        // a maker's product ("Cerner EPR") holds the maker's name: both stand; a place's name a product opens on
        // ("Medway PAS") is only part of the product's name (ANNOTATION.md: a place inside a name is no place)
        out.push({ type: 'product', s: i, e: end, rule: 'supplier-product', prio: 4, nested: f.length > 1 && (makerFirstWords().has(f[0]!) || !isPlaceName(f[0]!)) });
        i = end - 1;
        break;
      }
    }
  }
  // one-word products that look like ordinary names ("Mia", "Rio", "Lorenzo"): a product where the
  // article names their maker, or a product noun follows ("their ageing Lorenzo systems")
  const plain = plainProducts();
  const makersNamed = new Set(hits.filter((h) => !products.has(h.text) || h.entry.name === h.text).map((h) => h.entry));
  for (let i = 0; i < words.length; i++) {
    if ((ctx.flags[i]! & CAP) === 0) continue;
    const w = words[i]!;
    const makers = plain.get(w.bare);
    if (!makers) continue;
    const nx = words[i + 1];
    // ("its Millennium EPR": the initials of the kind of system it is, written after it, are part of its name)
    if (nx && nx.gap === ' ' && SYSTEM_INITIALS_SET.has(nx.t) && !(words[i + 2]?.gap === ' ' && words[i + 2]!.cap)) {
      out.push({ type: 'product', s: i, e: i + 2, rule: 'supplier-product', prio: 4 });
      i++;
      continue;
    }
    if (nx && nx.gap === ' ' && nx.cap) continue;
    const cue = nx !== undefined && ((nx.gap === ' ' && (PRODUCT_NOUNS.has(nx.t) || SYSTEM_NOUNS.test(nx.t))) || systemNounAfter(words, i + 1) || madeByNext(words, i + 1));
    // (a sentence's first word is capitalised anyway: only its own cue or its maker named makes it the product)
    if (w.first) {
      if (cue || makers.some((m) => makersNamed.has(m))) out.push({ type: 'product', s: i, e: i + 1, rule: 'supplier-product', prio: 4 });
      continue;
    }
    // or the object of a verb of using or moving to it ("has run Lorenzo for a decade", "two hospices use Crosscare",
    // "moved from Medway to Expanse", "its migration from Lorenzo", "moved off Crosscare")
    const pv = words[i - 1];
    // ("letters sent through Docman", "records kept via Crosscare": what a thing passes through is a system)
    // ("moved the ward's records onto Rio": "onto" a system is a move to it, wherever the verb is)
    const used = pv !== undefined && w.gap === ' ' && (USE_VERBS.has(pv.t) || pv.t === 'through' || pv.t === 'via' || pv.t === 'onto' || (MOVE_PREPOSITIONS.has(pv.t) && pv.gap === ' ' && MOVE_VERBS.has(words[i - 2]?.t ?? '')));
    if (cue || used || makers.some((m) => makersNamed.has(m))) out.push({ type: 'product', s: i, e: i + 1, rule: 'supplier-product', prio: 4 });
    // ("the Rio, Carenotes and Lorenzo estate", "still run Rio, Carenotes or Lorenzo": three or more such names listed
    // together, or a list one of whose names is read as a product, are all products)
    else if (plainProductList(words, i, plain).length >= 3) out.push({ type: 'product', s: i, e: i + 1, rule: 'supplier-product', prio: 4 });
  }
  const read = new Set(out.filter((c) => c.rule === 'supplier-product' && c.e === c.s + 1 && plain.has(words[c.s]!.bare)).map((c) => c.s));
  for (const s of [...read]) {
    for (const k of plainProductList(words, s, plain)) {
      if (read.has(k)) continue;
      read.add(k);
      out.push({ type: 'product', s: k, e: k + 1, rule: 'supplier-product', prio: 4 });
    }
  }
  // a maker's name with more of a product's name after it: "Lunit INSIGHT CXR", "Accurx Patient Triage",
  // "Brainomix 360 Stroke", "Oracle Health Millennium EPR"; the maker stays a name of its own
  for (const h of hits) {
    if (insideOwnSystemName(ctx.doc.norm, h)) continue;
    const span = wordsOf(h);
    if (!span) continue;
    const [s, e] = span;
    // ("Omron Healthcare, whose Evolv upper-arm monitor": a relative possessive owns the name after it too)
    const whose = !words[e - 1]!.possessive && words[e]?.t === 'whose' && words[e]!.gap === ', ';
    if (words[e - 1]!.possessive || whose) {
      // "Alcidion's Miya Flow", "Brainomix's e-Stroke", "Qure.ai's qXR": a name after its maker's possessive
      const first = whose ? e + 1 : e;
      let k = first;
      const goesOn = (k: number) => words[k + 1] !== undefined && words[k + 1]!.gap === ' ' && productWordAfterMaker(words[k + 1]!);
      while (k < words.length && k - first < 3 && words[k]!.gap === ' ' && (productWordAfterMaker(words[k]!, goesOn(k)) || (BRAND_SHAPE.test(words[k]!.t) && !COMPOUND_ADJECTIVE.test(words[k]!.t)))) k++;
      // ("whose Lifeline Digital units": past the brand's first word, a word that also ends companies' names, before a lower-case noun)
      while (k > first && k - first < 3 && words[k]?.gap === ' ' && words[k]!.cap && COMPANY_LAST_WORDS.has(words[k]!.bare) && words[k + 1]?.gap === ' ' && /^[a-z]/.test(words[k + 1]!.t)) k++;
      // ("AliveCor's KardiaMobile 6L devices": a model's number or code closes the name)
      if (k > first && words[k]?.gap === ' ' && MODEL_CODE.test(words[k]!.t) && !(words[k + 1]?.gap === ' ' && words[k + 1]!.cap)) k++;
      // ("Optellum's Virtual Nodule Clinic", "GE HealthCare's Command Center": after a supplier's possessive, a body's
      // head that products are also named with closes what the supplier sells, not a body of its own)
      let closedByHead = false;
      const head = words[k];
      if (k > first && head && head.gap === ' ' && PRODUCT_CLOSING_HEADS.has(head.bare) && !head.possessive && !(words[k + 1]?.gap === ' ' && words[k + 1]!.cap)) {
        k++;
        closedByHead = true;
      }
      const next = words[k];
      const named = words.slice(first, k);
      // ("Netcall's Patient Hub": generic words that a closing head makes a name are the supplier's product, no body)
      const own = named.some((x) => !GENERIC_PRODUCT_WORDS.has(x.bare) && !DIRECT_GENERIC.has(x.bare) && !COMMON_ACRONYMS.has(x.bare) && !ORG_HEADS_WEAK.has(x.bare) && x.t !== 'AI') || (closedByHead && !COMMON_ACRONYMS.has(named[0]!.bare));
      // (not a person at the maker, "Lenus Health's Fiona Drummond", nor a count, "Healthera's 42 employees")
      // (an amount too: "Cera's £40m")
      const personOrCount = FIRST_NAMES.has(named[0]?.bare ?? '') || named.every((x) => /^[£$€]?\d[\d.,]*(?:m|bn|k)?\+?$/.test(x.t));
      if (k > first && own && !personOrCount && !(next && next.gap === ' ' && next.cap)) {
        out.push({ type: 'product', s: first, e: k, rule: 'makers-product', prio: closedByHead ? 5 : 4 });
        // ("Microsoft's Sentinel and Defender tools": a second brand of the same maker's, before what they both are)
        const second = words[k + 1];
        if (next?.t === 'and' && next.gap === ' ' && second && second.gap === ' ' && (productWordAfterMaker(second) || BRAND_SHAPE.test(second.t))) {
          let k2 = k + 2;
          while (k2 < words.length && k2 - (k + 1) < 3 && words[k2]!.gap === ' ' && (productWordAfterMaker(words[k2]!) || BRAND_SHAPE.test(words[k2]!.t))) k2++;
          const noun = words[k2];
          if (noun && noun.gap === ' ' && !noun.cap && (PRODUCT_NOUNS.has(noun.t) || PRODUCT_NOUNS.has(noun.t.replace(/s$/, '')))) out.push({ type: 'product', s: k + 1, e: k2, rule: 'makers-product', prio: 4 });
        }
      }
      continue;
    }
    let k = e;
    while (k < words.length && k - e < 3 && words[k]!.gap === ' ' && productWordAfterMaker(words[k]!)) k++;
    // past its own first word a product's name may go on in words a company's or a role's name also has
    // ("Philips IntelliSite Pathology Solution", "Ortivus MobiMed ePCR")
    // (a body's weak head only inside the name: "Pathology" before "Solution")
    const goesOn = (j: number) => j < words.length && j - e < 4 && words[j]!.gap === ' ' && laterProductWord(words[j]!);
    while (k > e && (goesOn(k) || (k + 1 < words.length && ORG_HEADS_WEAK.has(words[k]!.bare) && words[k]!.gap === ' ' && goesOn(k + 1)))) k += goesOn(k) ? 1 : 2;
    // ("the Sectra Digital Pathology Solution": words that also end a company's name, closed by what the thing is)
    if (k === e) k = endOfNamedOffering(words, e);
    // a number alone is no name ("Accurx 2024"), nor a word that also ends a company's name, nor "AI" ("Brainomix AI
    // deal": the company's AI, no product's name)
    if (k === e || (k === e + 1 && /^(?:\d+|AI)$/.test(words[e]!.t))) continue;
    // ("developed at CUH with Microsoft Research": a maker's research arm is a body of its own, not a product)
    if (k === e + 1 && words[e]!.t === 'Research' && !(words[k]?.gap === ' ' && words[k]!.cap)) {
      out.push({ type: 'organisation', s, e: k, rule: 'research-arm', prio: 4 });
      continue;
    }
    // ("a Nervecentre EPR": a maker's generic system introduced with "a" is no product, ANNOTATION.md)
    if (/^an?$/i.test(words[s - 1]?.t ?? '') && words.slice(e, k).every((x) => GENERIC_PRODUCT_WORDS.has(x.bare))) continue;
    // ("the trusts' Oracle Health and Altera Digital Health EPRs", "two Cerner EPRs": a maker's systems in the plural are
    // several of its generic ones, no product's name)
    if (k === e + 1 && isGenericPlural(words[e]!.t)) continue;
    // ("the Lenus COPD Support Service": a named service closes the product's name)
    const closing = words[k];
    if (k > e + 1 && closing && closing.gap === ' ' && (closing.t === 'Service' || closing.t === 'Clinic') && !COMPANY_LAST_WORDS.has(words[k - 1]!.bare) && !(words[k + 1]?.gap === ' ' && words[k + 1]!.cap)) k++;
    // ("Microsoft Defender for Endpoint": an edition of the product, not a place or a body it is for)
    const edition = words[k + 1];
    if (closing?.t === 'for' && closing.gap === ' ' && edition && edition.gap === ' ' && edition.cap && !isPlaceName(edition.bare) && !FIRST_NAMES.has(edition.bare) && !ORG_HEADS_STRONG.has(edition.bare) && !NON_NAME_WORDS.has(edition.t) && !(words[k + 2]?.gap === ' ' && words[k + 2]!.cap)) k += 2;
    // ("Cleric Computer Services": the maker's longer company name, which supplierRule gives, not a product)
    if (corporateTailEnd(words, e) > e) continue;
    out.push({ type: 'product', s, e: k, rule: 'maker-product', prio: 4, nested: true });
  }
  // "uses Evolution vLab from Magentus", "replaced Sunrise from Altera": a name, then "from" and a listed maker
  // ("went live with Careflow Vitals from System C", "is evaluating Mosaic from Servelec"; "Isla, from Isla Health": a
  // company named after its product)
  for (const h of hits) {
    if (h.start < 6 || ctx.doc.norm.slice(h.start - 5, h.start) !== 'from ') continue;
    const at = ctx.byStart.get(h.start);
    if (at === undefined || at < 2) continue;
    const c = productBeforeFrom(ctx, at, h.entry.name);
    if (c) out.push(c);
  }
  return out;
}

/**
 * The product named before "from" and its maker, whose name starts at word `at`: "uses Evolution vLab from Magentus",
 * "Isla, from Isla Health"; a brand's shape, the maker's own first word, or a verb of using before it says the name
 * is a product.
 */
function productBeforeFrom(ctx: Ctx, at: number, makerName: string): Candidate | null {
  const { words } = ctx;
  const e = at - 1;
  const comma = words[e]!.gap === ', ';
  let s = e;
  while (s > e - 3 && s > 0 && (words[s]!.gap === ' ' || (s === e && comma)) && (brandWord(words[s - 1]!) || BRAND_SHAPE.test(words[s - 1]!.bare)) && !words[s - 1]!.first) s--;
  if (s === e) return null;
  const named = words.slice(s, e);
  const shaped = named.some((x) => BRAND_SHAPE.test(x.bare));
  // ("Vidaro Connect, from Vidaro Health": a product named with its maker's first word)
  const namesMaker = makerName.startsWith(`${named.map((x) => x.t).join(' ')} `) || (named.length > 1 && makerName.startsWith(`${named[0]!.t} `));
  if (comma ? !(shaped || namesMaker) : !(shaped || namesMaker || USE_VERBS.has(words[s - 1]?.t ?? '') || FROM_PRODUCT_CUES.has(words[s - 1]?.t ?? ''))) return null;
  if ((FIRST_NAMES.has(named[0]!.bare) && !namesMaker) || named.some((x) => ORG_HEADS_WEAK.has(x.bare) || COMPANY_LAST_WORDS.has(x.bare))) return null;
  if (onlyGeneric(named)) return null;
  return { type: 'product', s, e, rule: 'x-from-maker', prio: 3 };
}

/**
 * "We went with MedLinc from Kestrel Clinical Systems", "CloudDesk from Tellus Voice": the same, where the maker is a
 * company the article names (not one the supplier list holds). Run once the companies are chosen.
 */
export function productsFromNamedMakers(ctx: Ctx, chosen: readonly Candidate[], isCompany: (c: Candidate) => boolean): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (const c of chosen) {
    if (c.type !== 'organisation' || c.s < 2 || !isCompany(c)) continue;
    // ("Kindred Care Planner from Glasgow-based Kindred Systems": where the maker is based may come between)
    const at = c.s >= 3 && BASED.test(words[c.s - 1]!.t) && words[c.s - 1]!.gap === ' ' ? c.s - 1 : c.s;
    const start = words[at]!.s;
    if (start < 6 || ctx.doc.norm.slice(start - 5, start) !== 'from ') continue;
    const p = productBeforeFrom(ctx, at, words.slice(c.s, c.e).map((x) => x.t).join(' '));
    if (p) out.push(p);
  }
  return out;
}


/** The singular nouns that close a product's name after its maker's: "Solution" in "Sectra Digital Pathology Solution". */
const OFFERING_HEADS = new Set(['Solution', 'Platform', 'Suite', 'System', 'App', 'Portal', 'Software']);
/**
 * After a maker's name at words[e], the end of a run of up to four capitalised words that ends in OFFERING_HEADS,
 * or e when there is none.
 */
function endOfNamedOffering(words: readonly Word[], e: number): number {
  for (let j = e; j < words.length && j - e < 4; j++) {
    const w = words[j]!;
    if (w.gap !== ' ' || !w.cap || w.possessive) return e;
    if (j > e && OFFERING_HEADS.has(w.t)) return j + 1;
  }
  return e;
}

/** Words that end the lower-case description between a product's name and what it is. */
const DESCRIPTION_BREAKS = new Set(['with', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'as']);
/** What a health body gets from a maker, in the singular or plural ("analysers from Aidian", "software from Caresyntax"). */
const SUPPLIED_NOUNS = new Set([...PRODUCT_NOUNS, ...MADE_THINGS].flatMap((n) => [n, `${n}s`]));

/**
 * True when the acronym in brackets right after words[s, e) spells their capitals only with the capitalised word
 * before them in front ("Specialist Pharmacy Service (SPS)" after a walk back that stopped at "Pharmacy").
 */
function spelledWithOneMore(norm: string, words: readonly Word[], s: number, e: number): boolean {
  const bracket = /^ \(([A-Z]{2,8})\)/.exec(norm.slice(words[e - 1]!.e, words[e - 1]!.e + 12));
  const before = words[s - 1]!;
  if (!bracket || !before.cap || before.possessive || words[s]!.gap !== ' ' || before.sent !== words[s]!.sent) return false;
  let initials = '';
  for (let k = s; k < e; k++) if (words[k]!.cap || words[k]!.upper) initials += words[k]!.t[0];
  return bracket[1] === before.t[0] + initials;
}

/** A word that can go on a product's name after its maker's: capitalised or all capitals, or a number, not a head, title or place word. */
function productWordAfterMaker(w: Word, nameGoesOn = false): boolean {
  if (!(w.cap || w.upper || /^\d+\+?$/.test(w.t))) return false;
  if (w.possessive || COMPANY_SUFFIXES.has(w.bare) || ORG_HEADS_STRONG.has(w.bare) || ORG_HEADS_WEAK.has(w.bare) || TITLE_FUNCTION_WORDS.has(w.t)) return false;
  // (a title, not a word that may open one: "Epic's Care Everywhere", "Sectra's Digital Research Environment")
  if (isTitleHead(w) || inRoleHeads(w) || HONORIFICS.has(w.t) || NON_NAME_WORDS.has(w.t) || isPlaceName(w.bare) || COMPOUND_ADJECTIVE.test(w.t)) return false;
  // a word that ends a company's own name ("Graphnet Health", "Epic Systems") makes no product, unless more of
  // the product's name follows ("Sectra's Digital Research Environment", "Cerner's Health Information Exchange")
  return (nameGoesOn || !COMPANY_LAST_WORDS.has(w.bare)) && !/^(?:UK|ICS|ICB|NHS|Trust|Chief|Head|Director|CEO|Founder)$/.test(w.bare);
}

/** A word that may go on a product's name after its first word: capitalised or "ePCR"-shaped, and no body's, person's or place's word. */
function laterProductWord(w: Word): boolean {
  if (!(w.cap || w.upper || lowerThenUpper(w.t)) || w.possessive) return false;
  if (COMPANY_SUFFIXES.has(w.bare) || ORG_HEADS_STRONG.has(w.bare) || ORG_HEADS_WEAK.has(w.bare) || TITLE_FUNCTION_WORDS.has(w.t)) return false;
  if (isRoleWord(w) || inRoleHeads(w) || FIRST_NAMES.has(w.bare)) return false;
  return !(HONORIFICS.has(w.t) || NON_NAME_WORDS.has(w.t) || isPlaceName(w.bare) || /^(?:UK|ICS|ICB|NHS|Trust)$/.test(w.bare));
}

let productByFirst: Map<string, string[][]> | null = null;
/** One-word company names of the gazetteer that are no first names ("Accurx", "Sectra"): a name run they start is no person. */
let companyWordSet: Set<string> | null = null;
function companyWords(): Set<string> {
  companyWordSet ??= new Set([...companyNames()].filter((n) => !/\s/.test(n) && !FIRST_NAMES.has(n)));
  return companyWordSet;
}
/** Whether a name of the supplier gazetteer, of up to three words, starts at word i. */
function startsCompanyName(words: readonly Word[], i: number): boolean {
  const names = companyNames();
  let name = '';
  for (let j = i; j < Math.min(words.length, i + 3); j++) {
    if (j > i && words[j]!.gap !== ' ') break;
    name = j === i ? words[j]!.t : `${name} ${words[j]!.t}`;
    if (names.has(name)) return true;
  }
  return false;
}
let companyNameSet: Set<string> | null = null;
/** Every name and alias of the supplier gazetteer. */
export function companyNames(): Set<string> {
  companyNameSet ??= new Set(defaultMatcher.entries.flatMap((e) => [e.name, ...e.aliases]));
  return companyNameSet;
}
let makerFirstWordSet: Set<string> | null = null;
/** The first word of every name, alias and former name of the supplier gazetteer ("Cerner", "Microsoft"). */
function makerFirstWords(): Set<string> {
  makerFirstWordSet ??= new Set(defaultMatcher.entries.flatMap((e) => [e.name, ...e.aliases, ...e.formerNames].map((n) => n.split(/\s+/)[0]!)));
  return makerFirstWordSet;
}
function productFirst(): Map<string, string[][]> {
  if (!productByFirst) {
    productByFirst = new Map();
    for (const p of shippedProducts()) {
      // one-word products that are ordinary words ("Connect", "Ensemble") need a cue: left to the product rules
      const f = p.split(/\s+/);
      if (f.length === 1 && /^[A-Z][a-z]+$/.test(p)) continue;
      const l = productByFirst.get(f[0]!) ?? [];
      l.push(f);
      productByFirst.set(f[0]!, l);
    }
    for (const l of productByFirst.values()) l.sort((a, b) => b.length - a.length);
  }
  return productByFirst;
}

/** Lower-case words that may stand between a brand and the system noun it names ("a Lorenzo patient administration system"): not function words or verbs of a clause. */
const SYSTEM_MODIFIER = /^[a-z][a-z-]+$/;
/** The words that end a description before a system noun: DESCRIPTION_BREAKS, and articles, verbs and pronouns of a clause. */
const NOT_A_MODIFIER = new Set([...DESCRIPTION_BREAKS, 'the', 'a', 'an', 'into', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'that', 'which', 'who', 'its', 'their', 'our', 'this', 'these', 'new', 'now', 'also', 'not']);
const SYSTEM_GERUNDS = new Set(['prescribing', 'monitoring', 'messaging', 'booking', 'reporting', 'scheduling', 'rostering', 'imaging', 'testing']);
/** One to three modifiers, then a product or system noun: "Lorenzo patient administration system", "JAC electronic prescribing system". */
function systemNounAfter(words: readonly Word[], k: number): boolean {
  for (let j = k; j < k + 4 && j < words.length; j++) {
    const w = words[j]!;
    if (w.gap !== ' ' || !SYSTEM_MODIFIER.test(w.t)) return false;
    if (j > k && (PRODUCT_NOUNS.has(w.t) || SYSTEM_NOUNS.test(w.t))) return true;
    // (a verb's form ends the phrase, "Rio replaced system …", but for the gerunds that name what a system does)
    if (NOT_A_MODIFIER.has(w.t) || (/(?:ed|ing)$/.test(w.t) && !SYSTEM_GERUNDS.has(w.t))) return false;
  }
  return false;
}

let plainProductMakers: Map<string, SupplierEntry[]> | null = null;
/** One-word gazetteer products written like ordinary names ("Mia", "Rio"), with the entries that make them. */
/** "Adastra from Advanced", "Carenotes, from Advanced": what comes from a named maker is a made thing. */
function madeByNext(words: readonly Word[], k: number): boolean {
  const from = words[k];
  if (from === undefined || (from.gap !== ' ' && from.gap !== ', ')) return false;
  // ("Footfall, supplied by Silicon Practice", "Oxevision, made by Oxford-based Oxehealth")
  const by = MADE_BY_VERBS.has(from.t) && words[k + 1]?.t === 'by' && words[k + 1]!.gap === ' ' ? k + 1 : from.t === 'from' ? k : -1;
  const maker = by < 0 ? undefined : words[by + 1];
  return maker !== undefined && maker.gap === ' ' && maker.cap;
}
const MADE_BY_VERBS = new Set(['supplied', 'made', 'developed', 'built', 'provided', 'sold']);

function plainProducts(): Map<string, SupplierEntry[]> {
  if (!plainProductMakers) {
    plainProductMakers = new Map();
    for (const e of defaultMatcher.entries) {
      for (const p of e.products) {
        if (!/^[A-Z][a-z]+$/.test(p) || e.aliases.includes(p) || e.name === p) continue;
        const l = plainProductMakers.get(p) ?? [];
        l.push(e);
        plainProductMakers.set(p, l);
      }
    }
  }
  return plainProductMakers;
}

// ---------------------------------------------------------------- people

// (letters of any alphabet: "Sjöberg", "Åsa", "Zoë", "Nuñez"; an inner capital after a short prefix only, "DeSouza",
// "FitzGerald", not a brand's "CorporateHealth")
const NAME_PART = /^(?:\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*|(?:Mc|Mac|O['\u2019])\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{0,3}\p{Lu}\p{Ll}+)$/u;
const isNamePart = (w: Word): boolean => {
  if (w.np === undefined) w.np = w.cap && namePartUncached(w);
  return w.np;
};
const namePartUncached = (w: Word) => NAME_PART.test(w.bare) && !BASED.test(w.bare) && !NON_NAME_WORDS.has(w.bare) && !GENERIC_NAME_WORDS.has(w.bare) && !ORG_HEADS_STRONG.has(w.bare) && !ORG_HEADS_WEAK.has(w.bare) && !HONORIFICS.has(w.bare) && !isRoleWord(w);

/** A person's name of 1-3 words starting at i; returns its end (exclusive) or i. */
function nameRun(words: readonly Word[], i: number, max = 3): number {
  let k = i;
  let particles = 0;
  while (k < words.length && k - i - particles < max && (k === i || words[k]!.gap === ' ')) {
    // "Jeroen van Dijk", "Ana de la Cruz": surname particles in lower case between the parts of a name
    if (k > i && SURNAME_PARTICLES.has(words[k]!.t)) {
      let q = k;
      while (q < words.length && q - k < 2 && SURNAME_PARTICLES.has(words[q]!.t) && words[q]!.gap === ' ') q++;
      if (q === k || !words[q] || words[q]!.gap !== ' ' || !isNamePart(words[q]!)) break;
      particles += q - k;
      k = q;
      continue;
    }
    if (!isNamePart(words[k]!)) break;
    k++;
    if (words[k - 1]!.possessive) break;
  }
  return k;
}
const FRONTED_PREPOSITIONS = new Set(['Before', 'After', 'Since', 'Unlike', 'Like', 'With', 'Without', 'Under', 'Through', 'Beyond', 'Despite', 'Following', 'Until', 'Using', 'Via']);
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'dos', 'das', 'ter', 'bin', 'ibn']);

/** Words that, after "the", stand for a body named before: "the ICB’s medical director". */
const BODY_ANAPHORS = /^(?:ICB|ICS|trust|board|hospital|council|partnership)$/i;

/** The one organisation named in the article whose name starts with words [s, e) and goes on, or null. */
function fullerOrgName(ctx: Ctx, s: number, e: number, orgStarts: Map<number, number>): string | null {
  const { words } = ctx;
  let found: string | null = null;
  for (const [at, oe] of orgStarts) {
    const os = ctx.byStart.get(at);
    if (os === undefined || os === s || oe - os <= e - s) continue;
    let same = true;
    for (let j = 0; j < e - s && same; j++) same = words[os + j]!.bare === words[s + j]!.bare && (j === 0 || words[os + j]!.gap === ' ');
    if (!same) continue;
    const name = ctx.doc.text.slice(words[os]!.s, words[oe - 1]!.e);
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/** Nouns for a kind of body that may own a title in words: "the health board's", "the special health authority's". */
const BODY_KIND_NOUNS = /^(?:board|authority|trust|service|network|council|partnership|federation|collaborative|alliance|organisation|charity)$/i;
/**
 * Where an owner of a title, one to three words from word i ending in a possessive, ends, or -1; every word passes `fits`:
 * "health board's" (a kind of body in lower case), "NHS GM's", "iCAIRD's" (a name).
 */
function possessiveEnd(words: readonly Word[], i: number, fits: (w: Word) => boolean): number {
  for (let k = i; k < words.length && k < i + 3; k++) {
    const w = words[k]!;
    if (!fits(w) || (k > i && w.gap !== ' ')) return -1;
    if (w.possessive) return k;
  }
  return -1;
}
/** "the health board's …", "the special health authority's …": a kind of body in lower-case words, its last one BODY_KIND_NOUNS. */
function bodyNounPossessive(words: readonly Word[], i: number): number {
  const k = possessiveEnd(words, i, (w) => !w.cap);
  return k > i && BODY_KIND_NOUNS.test(words[k]!.bare) ? k : -1;
}
/** "CHFT's", "NHS GM's", "iCAIRD's": a name, each word capitalised or with a capital inside. */
const namedPossessive = (words: readonly Word[], i: number): number => possessiveEnd(words, i, (w) => w.cap || w.upper || /[A-Z]/.test(w.bare));

/** Role text after a name's comma: "the previous chief innovation officer at Royal Free …". */
function roleAfter(ctx: Ctx, from: number, orgStarts: Map<number, number>, newOrgs: Candidate[]): RoleHint | null {
  const { words } = ctx;
  let k = from;
  // "the", "a", "our" and "the trust's" before a title
  let anaphor: string | null = null;
  const ours = words[k]?.t === 'our';
  if (words[k] && /^(?:the|a|an|our|their|its)$/.test(words[k]!.t)) {
    const owner = bodyNounPossessive(words, k + 1);
    if (words[k + 1]?.possessive && (!words[k + 1]!.cap || BODY_ANAPHORS.test(words[k + 1]!.bare))) {
      anaphor = words[k + 1]!.bare.toLowerCase();
      k += 2;
    } else if (owner > 0) {
      // ("the health board's assistant director of …", "the special health authority's chief operating officer": a
      // kind of body in words, whose title follows)
      if (BODY_ANAPHORS.test(words[owner]!.bare)) anaphor = words[owner]!.bare.toLowerCase();
      k = owner + 1;
    } else k++;
  }
  let orgAt: number | null = null;
  // "CHFT's director of transformation", "Lantum's head of product", "NHS GM's associate director", "iCAIRD's clinical
  // director": the body owns the title
  const named = namedPossessive(words, k);
  if (named > 0 && words[named + 1] && words[named + 1]!.gap === ' ') {
    orgAt = words[k]!.s;
    k = named + 1;
  }
  const start = k;
  let end = k;
  let hasHead = false;
  // the word after the employer or the place that ended the title, where a second title may follow "and"
  let afterEmployer = -1;
  let inPlace = false;
  for (; end < words.length && end - start < 16; end++) {
    const w = words[end]!;
    // "chief clinical information officer (CCIO) at WVT": the title's acronym in brackets is part of it
    const bracketed = w.gap === ' (' && w.upper && (words[end + 1]?.gap.startsWith(')') ?? false);
    const afterBracket = w.gap === ') ' && words[end - 1]!.gap === ' (' && words[end - 1]!.upper;
    // "director of digital, data and technology": a list of what the title covers, after its "of"
    const listed = w.gap === ', ' && !w.cap && words[end + 1]?.t === 'and' && words[end + 1]!.gap === ' ' && words[end + 2] !== undefined && !words[end + 2]!.cap && words[end + 2]!.gap === ' ' && words.slice(start, end).some((x) => x.t === 'of' || x.t === 'for');
    if (end > start && w.gap !== ' ' && !bracketed && !afterBracket && !listed) break;
    if (SPEECH_VERBS.has(w.t) || /^(?:who|which|that|about|on|to|is|was|has|had|will|and said)$/.test(w.t)) break;
    // "chief digital officer in May", "… from 2025": a time phrase ends the title
    if (end > start && /^(?:in|from|since|until|last|this|next|earlier|later)$/.test(w.t) && words[end + 1] && TIME_WORD.test(words[end + 1]!.bare)) break;
    // "registered manager at Oakridge House in Basingstoke": where the employer is ends the title too
    if (end > start && w.t === 'in' && words[end + 1]?.cap && isPlaceName(words[end + 1]!.bare)) {
      afterEmployer = capitalisedRunEnd(words, end + 1);
      inPlace = true;
      break;
    }
    if (end - start < 7 && (inRoleHeads(w) || ROLE_ACRONYM.test(w.t))) hasHead = true;
    // an organisation named at the end of the title: "… at Homerton University Hospital", "… Hertfordshire and West Essex ICB"
    if (end > start && orgStarts.has(w.s) && orgAt === null && !practiceThenTitle(words, orgStarts.get(w.s)!)) {
      const p = words[end - 1]!;
      if (/^(?:at|of|for|with|in)$/.test(p.t) && end - 1 > start) {
        orgAt = w.s;
        afterEmployer = orgStarts.get(w.s)!;
        end = end - 1;
        break;
      }
      // "clinical director of the Peninsula Imaging Network"
      if (p.t === 'the' && end - 2 > start && /^(?:at|of|for|with)$/.test(words[end - 2]!.t)) {
        orgAt = w.s;
        afterEmployer = orgStarts.get(w.s)!;
        end = end - 2;
        break;
      }
      if (p.cap || isRoleWord(p)) {
        orgAt = w.s;
        break;
      }
    }
    // "at the trust", "of the Hub": the body named before
    if (/^(?:at|of|for)$/.test(w.t) && words[end + 1]?.t === 'the' && words[end + 2] && /^(?:trust|Trust|ICB|ICS|Hub|hub|hospital|Hospital|board|Board|council|Council|university|University|organisation|charity|company|centre|Centre|alliance|Alliance|network|Network|partnership|Partnership|consortium|collaborative|federation|group|firm)$/.test(words[end + 2]!.bare) && end > start) {
      const after = words[end + 3];
      if (!after || after.gap !== ' ' || !after.cap) {
        anaphor = words[end + 2]!.bare.toLowerCase();
        break;
      }
    }
  }
  if (!hasHead || end <= start) return null;
  // "… at Brightwell Health", "CEO and founder of Rotaplan": an unknown name ending the title is the employer
  if (orgAt === null && anaphor === null) {
    let k = end - 1;
    while (k > start && words[k]!.cap && words[k]!.gap === ' ' && end - k <= 4) k--;
    const prep = words[k]!;
    const first = words[k + 1];
    const headBefore = words[k - 1];
    const nameLen = end - 1 - k;
    if (first && first.cap && nameLen >= 1 && k > start && !NON_NAME_WORDS.has(first.t) && !isRoleWord(first) &&
      (prep.t === 'at' || (prep.t === 'of' && nameLen === 1 && (first.upper || (headBefore && /^(?:CEO|founder|co-founder|cofounder|chair|chairman|president|owner|MD)$/.test(headBefore.t)))))) {
      // an acronym ("at UHD", "director of NPIC") is left to the acronym step, which finds its body
      // "… at Barnsley" where the article names Barnsley Hospital NHS Foundation Trust: a short form of that body
      const fuller = fullerOrgName(ctx, k + 1, end, orgStarts);
      if (fuller) newOrgs.push({ type: 'organisation', s: k + 1, e: end, rule: 'role-at-x', prio: 1, name: fuller, written: [ctx.doc.text.slice(first.s, words[end - 1]!.e)] });
      else if (!(nameLen === 1 && first.upper)) newOrgs.push({ type: 'organisation', s: k + 1, e: end, rule: 'role-at-x', prio: 1 });
      orgAt = first.s;
      end = k;
    }
  }
  const lastRole = words[end - 1]!;
  // "officer (CCIO)": the closing bracket belongs to the title too
  const role: [number, number] = [words[start]!.s, lastRole.e + (lastRole.gap === ' (' && lastRole.upper && end - 1 > start ? 1 : 0)];
  // "Digital Project Manager, Norfolk and Waveney ICB explains"
  if (orgAt === null && words[end] && words[end]!.gap === ', ' && orgStarts.has(words[end]!.s)) orgAt = words[end]!.s;
  const second = afterEmployer >= 0 ? secondTitle(words, afterEmployer, orgStarts) : null;
  if (second && orgAt === null) orgAt = second.employer;
  // ("a GP in Scarborough and clinical lead for personalised care": where the first title is held stays in the role,
  // as the hand-made gold writes it six times in seven)
  if (second && inPlace) return { role: [role[0], second.span[1]], orgAt, anaphor, ...(ours ? { ours } : {}) };
  return { role, orgAt, anaphor, ...(ours ? { ours } : {}), ...(second ? { also: second.span } : {}) };
}

/**
 * "GP partner at Filey Surgery and clinical director of Scarborough Coast PCN": a GP practice followed by a second
 * title. As with "a GP in Scarborough and …", the gold keeps where the first title is held in the role and names
 * the second title's body as the organisation, so the practice does not end the title.
 */
function practiceThenTitle(words: readonly Word[], orgEnd: number): boolean {
  const last = words[orgEnd - 1];
  const and = words[orgEnd];
  const next = words[orgEnd + 1];
  return last !== undefined && PRACTICE_END.test(last.bare) && and?.t === 'and' && and.gap === ' ' && next !== undefined && next.gap === ' ' && !next.cap;
}

const SECOND_TITLE_NOT = /^(?:now|former|formerly|previously|also|member|honorary|consultant|GP|professor|nurse|doctor|surgeon|pharmacist)$/i;

/** Where a run of capitalised words starting at i ends ("Peterborough", "Great Yarmouth"). */
function capitalisedRunEnd(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length && words[j]!.cap && (j === i || words[j]!.gap === ' ')) j++;
  return j;
}

/**
 * "a GP partner at Thistlemoor Medical Centre in Peterborough and clinical lead for the evaluation", "a GP in Truro and
 * clinical director of the Three Harbours PCN": a second title after the employer (or the place) and "and", up to its
 * own employer ("… and clinical lead for AI at YIC"), a comma or the verb.
 */
function secondTitle(words: readonly Word[], at: number, orgStarts: Map<number, number>): { span: [number, number]; employer: number | null } | null {
  let j = at;
  if (words[j]?.t === 'in' && words[j]!.gap === ' ' && words[j + 1]?.cap) j = capitalisedRunEnd(words, j + 1);
  if (words[j]?.t !== 'and' || words[j]!.gap !== ' ') return null;
  let a = j + 1;
  if (words[a] && /^(?:a|an)$/.test(words[a]!.t)) a++;
  // ("and the ICB's clinical lead for interoperability": the owner of the second title is no part of it)
  else if (words[a]?.t === 'the' && words[a + 1]?.possessive && words[a + 2]?.gap === ' ') a += 2;
  // not a former or later post ("former CDO and now an independent adviser"), a membership, nor the profession a
  // clinician practises besides the title ("clinical director and consultant radiologist"), which the gold leaves out
  if (!words[a] || SECOND_TITLE_NOT.test(words[a]!.t)) return null;
  let b = a;
  let head = false;
  for (; b < words.length && b - a < 10; b++) {
    const w = words[b]!;
    if (b > a && w.gap !== ' ') break;
    if (SPEECH_VERBS.has(w.t) || /^(?:who|which|that|is|was|has|had|will|and)$/.test(w.t)) break;
    const next = words[b + 1];
    if (b > a && next && next.gap === ' ' && ((w.t === 'at' && (next.cap || (next.t === 'the' && words[b + 2]?.cap))) || ((w.t === 'for' || w.t === 'with') && orgStarts.has(next.s)) || (w.t === 'in' && next.cap && isPlaceName(next.bare)))) break;
    if (b - a < 6 && (inRoleHeads(w) || ROLE_ACRONYM.test(w.t))) head = true;
  }
  if (!head || b <= a || words[a]!.cap && !isRoleWord(words[a]!) && !ROLE_ACRONYM.test(words[a]!.t)) return null;
  // ("… and clinical lead for digital transformation at NHS West Yorkshire ICB": the second title's employer)
  const employer = words[b + 1] && /^(?:at|for|with)$/.test(words[b]?.t ?? '') && orgStarts.has(words[b + 1]!.s) ? words[b + 1]!.s : null;
  return { span: [words[a]!.s, words[b - 1]!.e], employer };
}

const TIME_WORD = new RegExp(String.raw`^(?:${FULL_MONTH_SRC}|${SEASON_SRC}|year|month|week|(?:19|20)\d\d)$`, 'i');
const APPOINTING = /^(?:appointed|appoints|appoint|named|names|hired|hires|recruited|welcomed|welcomes|promoted|confirmed|elected|announced)$/;

/** Where a role starts after a name that is followed by "as" (after a verb of appointing), "joins as", "has been appointed (as)", "will become" or "is"; -1 when it is not. */
function appointedRoleAt(words: readonly Word[], s: number, e: number): number {
  // "Dave Rosser (previously CEO of …) took up a new post as …": the verb follows the aside
  const aside = words[e]?.gap === ' (' ? asideEnd(words, e) : -1;
  if (aside >= 0) e = aside;
  const t = (k: number) => (words[k] && (words[k]!.gap === ' ' || k === aside) ? words[k]!.t : '');
  // "took up a new post as", "has stepped into the role of"
  {
    let k = e;
    if (/^(?:has|have|had|will|recently)$/.test(t(k))) k++;
    if (/^(?:took|takes|taken|take|stepped|steps|moved|moves)$/.test(t(k)) && /^(?:up|into)$/.test(t(k + 1))) {
      k += 2;
      if (/^(?:a|an|the|his|her|their)$/.test(t(k))) k++;
      if (/^(?:new|newly-created|permanent|interim)$/.test(t(k))) k++;
      if (/^(?:post|role|position|job)$/.test(t(k)) && /^(?:as|of)$/.test(t(k + 1))) return k + 2;
    }
  }
  // "as" alone only after a verb of appointing: "We see Jane Smith as a leader" gives no role
  if (t(e) === 'as') {
    let v = s - 1;
    if (v >= 0 && HONORIFICS.has(words[v]!.t)) v--;
    return v >= 0 && APPOINTING.test(words[v]!.t) && words[v + 1]!.gap === ' ' ? e + 1 : -1;
  }
  if (/^(?:joins|joined|returns|returned)$/.test(t(e)) && t(e + 1) === 'as') return e + 2;
  // "Morag Sinclair became chief nursing information officer at NHS Highland in 2022"
  if (/^(?:became|becomes)$/.test(t(e))) return e + 1;
  // "Professor Daniel Hart will become chief digital and information officer at …"
  if (/^(?:will|to)$/.test(t(e)) && t(e + 1) === 'become') return e + 2;
  let k = e;
  if (/^(?:has|have)$/.test(t(k)) && t(k + 1) === 'been') k += 2;
  else if (/^(?:is|was)$/.test(t(k))) k += 1;
  else return -1;
  if (!/^(?:appointed|named|confirmed)$/.test(t(k))) {
    // "Dr Kamala Iyer is a consultant psychiatrist and …", an author's note: a title after the copula (roleAfter
    // takes it only when a title's head follows)
    if (!/^(?:is|was)$/.test(t(e))) return -1;
    const c = /^(?:now|currently|also|still)$/.test(t(e + 1)) ? e + 2 : e + 1;
    // the title comes straight after, its head within three words ("is a consultant psychiatrist", "is chief executive
    // of"; not "Smart Triage is now live in 38 GP practices")
    let h = /^(?:a|an|the)$/.test(t(c)) ? c + 1 : c;
    const first = h;
    for (; h < first + 3 && words[h] && (h === first || words[h]!.gap === ' '); h++) if (inRoleHeads(words[h]!) || ROLE_ACRONYM.test(words[h]!.t)) return c;
    return -1;
  }
  return t(k + 1) === 'as' ? k + 2 : k + 1;
}

/** The word after a bracketed aside that opens after word e-1 ("(previously CEO of …) took"), or -1. */
function asideEnd(words: readonly Word[], e: number): number {
  for (let k = e + 1; k < words.length && k <= e + 20; k++) {
    const g = words[k]!.gap;
    if (g === ') ') return k;
    if (g.includes('(') || g.includes(')') || g.includes('\n')) return -1;
  }
  return -1;
}

/** "the trust’s" right before a title that starts at char `start`: the body word, lower case, or null. */
function bodyAnaphorBefore(ctx: Ctx, start: number): string | null {
  const k = ctx.byStart.get(start);
  if (k === undefined || k < 2) return null;
  const owner = ctx.words[k - 1]!;
  const det = ctx.words[k - 2]!;
  if (!owner.possessive || !/^the$/i.test(det.t) || owner.gap !== ' ' || ctx.words[k]!.gap !== ' ') return null;
  return BODY_ANAPHORS.test(owner.bare) ? owner.bare.toLowerCase() : null;
}

/** Role text right before a name: "chief executive Matthew Hopkins", "senior innovation architect Milos …". */
function roleBefore(ctx: Ctx, nameStart: number, inclusive = false): [number, number] | null {
  const { words } = ctx;
  let j = inclusive ? nameStart : nameStart - 1;
  const span: number[] = [];
  while (j >= 0 && nameStart - j <= 7) {
    const w = words[j]!;
    const after = words[j + 1]!;
    if (!(inclusive && j === nameStart) && after.gap !== ' ') break;
    if (w.cap && !isRoleWord(w)) break;
    if (/^(?:the|a|an|our|their|its|his|her|with|by|from|to|in|at|as|is|was|are|were|said|says)$/.test(w.t)) break;
    span.unshift(j);
    j--;
  }
  // the title starts at its first title word; it must end with a title head, or hold "head/director of …"
  while (span.length && !isRoleWord(words[span[0]!]!)) span.shift();
  if (!span.length) return null;
  const last = words[span[span.length - 1]!]!;
  // "clinical director for Cornwall Talking Therapies": a title does not end with its preposition
  if (/^(?:of|for|at|in|with|and|to)$/.test(last.t)) return null;
  const endsHead = inRoleHeads(last) || ROLE_ACRONYM.test(last.t);
  const hasOf = span.some((k) => /^(?:of|for)$/.test(words[k]!.t)) && span.some((k) => inRoleHeads(words[k]!));
  if (!endsHead && !hasOf) return null;
  return [words[span[0]!]!.s, last.e];
}


/** The title in brackets right after a name, up to the closing bracket: "(deputy CIO, Avonford ICB)", "(CCIO)". */
function bracketedRole(ctx: Ctx, from: number, orgStarts: Map<number, number>, newOrgs: Candidate[]): RoleHint | null {
  const hint = roleAfter(ctx, from, orgStarts, newOrgs);
  if (!hint?.role) return null;
  const [start, end] = hint.role;
  const close = ctx.doc.text.indexOf(')', start);
  if (close < 0) return null;
  if (close < end) hint.role = [start, close];
  return hint;
}

/** The words before "Environment" in a regional data service's name. */
const DATA_ENVIRONMENT = /^(?:Secure Data|Trusted Research)$/;
/** Words of systems and services, never of a person's name. */
const SYSTEM_NAME_WORDS = new Set(['Record', 'Records', 'Connect', 'Update', 'Management', 'Appointment', 'Appointments', 'System', 'Platform', 'Portal', 'App', 'Service', 'Services', 'Software', 'Hub']);
/** Heads of the names of surveys, reports and plans, which no person's name holds ("the GP Patient Survey"). */
const DOCUMENT_NAME_WORDS = new Set(['Survey', 'Census', 'Report', 'Review', 'Audit', 'Programme', 'Strategy', 'Framework', 'Toolkit', 'Index']);
const hasSystemWord = (words: readonly Word[], s: number, e: number) => {
  for (let k = s; k < e; k++) if (SYSTEM_NAME_WORDS.has(words[k]!.bare) || DOCUMENT_NAME_WORDS.has(words[k]!.bare)) return true;
  return false;
};

export function personRules(ctx: Ctx, orgStarts: Map<number, number>, entityEnds: Map<number, number>): Candidate[] {
  const { words, doc } = ctx;
  const out: Candidate[] = [];
  const capFlags = ctx.flags;
  for (let i = 0; i < words.length; i++) {
    if ((capFlags[i]! & CAP) === 0) continue;
    const w = words[i]!;
    // Dr Jane Haplin, Professor Anthony Rowbottom, Dr Haplin
    if (HONORIFICS.has(w.t) && words[i + 1] && words[i + 1]!.gap === ' ' && isNamePart(words[i + 1]!)) {
      const e = nameRun(words, i + 1);
      const c: Candidate = { type: 'person', s: i + 1, e, rule: 'honorific-name', prio: 5 };
      const as = words[e] && (words[e]!.gap === ' ' || words[e]!.gap === ' (') ? appointedRoleAt(words, i + 1, e) : -1;
      let role = words[e] && words[e]!.gap === ', ' ? roleAfter(ctx, e, orgStarts, out) : as >= 0 ? roleAfter(ctx, as, orgStarts, out) : null;
      if (!role && words[e] && words[e]!.gap === ' (') role = bracketedRole(ctx, e, orgStarts, out);
      // "The ICB’s head of medicines optimisation, Dr Anna Kowalski, said": the title before the comma (roleBefore checks it is one)
      const before = words[i - 1];
      if (!role && before && w.gap === ', ') {
        const r = roleBefore(ctx, i - 1, true);
        if (r) role = { role: r, orgAt: null, anaphor: bodyAnaphorBefore(ctx, r[0]) };
      }
      // "Chief nursing officer Dr Sam Okafor said": the title right before the honorific
      if (!role && before && w.gap === ' ') {
        const r = roleBefore(ctx, i);
        if (r) role = { role: r, orgAt: null, anaphor: bodyAnaphorBefore(ctx, r[0]) };
      }
      if (role) c.role = role;
      out.push(c);
      i = e - 1;
      continue;
    }
    if (!isNamePart(w)) continue;
    const e = nameRun(words, i);
    const n = e - i;
    if (n === 0) continue;
    const prev = words[i - 1];
    const nx = words[e];
    const firstKnown = FIRST_NAMES.has(w.t);
    // "Accurx Scribe, an ambient tool from …" (a supplier's name opens a product's name), "GP Connect Update
    // Record" (a system's words): no person's name
    if (!firstKnown && (companyWords().has(w.bare) || hasSystemWord(words, i, e))) {
      i = e - 1;
      continue;
    }
    // a name that runs on into more capitalised words is something else ("James Paget University …")
    if (nx && nx.gap === ' ' && nx.cap && !SPEECH_VERBS.has(nx.t)) {
      i = e - 1;
      continue;
    }
    const last = words[e - 1]!;
    let rule: string | null = null;
    let role: RoleHint | null = null;
    // Name, role … ("Before Smart Triage, a GP in each practice was …": a fronted phrase's comma, no apposition)
    // ("Like practices across Northern Ireland, the 16 surgeries …": a place before the comma is no person)
    if (n >= 2 && nx && nx.gap === ', ' && !last.possessive && !(prev && prev.first && w.gap === ' ' && FRONTED_PREPOSITIONS.has(prev.t)) && !isPlaceName(doc.norm.slice(w.s, last.s + last.bare.length))) {
      role = roleAfter(ctx, e, orgStarts, out);
      if (role) rule = 'name-comma-role';
    }
    // "Sarah O'Neill (deputy CIO, Somerset NHS Foundation Trust)": a title in brackets after the name
    if (!rule && n >= 2 && nx && nx.gap === ' (' && !last.possessive) {
      role = bracketedRole(ctx, e, orgStarts, out);
      if (role) rule = 'name-bracket-role';
    }
    // "the chief digital officer is John Llewellyn": a title, then "is"/"was", then the name
    if (!rule && n >= 2 && prev && w.gap === ' ' && /^(?:is|was)$/.test(prev.t) && prev.gap === ' ' && i >= 2) {
      const r = roleBefore(ctx, i - 1);
      if (r) {
        rule = 'role-is-name';
        role = { role: r, orgAt: null, anaphor: bodyAnaphorBefore(ctx, r[0]) };
      }
    }
    // "appointed Rachel Moore as its chief medical officer", "Jane Smith joins as …", "Jane Smith has been appointed chief executive of …"
    if (!rule && n >= 2 && nx && (nx.gap === ' ' || nx.gap === ' (') && !last.possessive) {
      const at = appointedRoleAt(words, i, e);
      if (at >= 0) {
        role = roleAfter(ctx, at, orgStarts, out);
        if (role) rule = 'name-as-role';
      }
    }
    // chief executive Matthew Hopkins; Health Minister Mike Nesbitt (a title written in capitals ends in its head)
    // ("Liverpool-based authentication specialist Lockwell Identity": a specialist, provider or partner whose name opens
    // with no first name is a company)
    const companyTitle = prev !== undefined && /^(?:specialist|provider|partner|supplier)$/.test(prev.t) && !FIRST_NAMES.has(w.bare);
    if (!rule && n >= 2 && prev && w.gap === ' ' && (!prev.cap || prev.upper || inRoleHeads(prev)) && !companyTitle) {
      const r = roleBefore(ctx, i);
      if (r) {
        rule = 'role-name';
        role = { role: r, orgAt: null, anaphor: bodyAnaphorBefore(ctx, r[0]) };
      }
    }
    // the chief executive of Mid and South Essex, Matthew Hopkins
    if (n >= 2 && w.gap === ', ' && prev && entityEnds.has(i - 1)) {
      const es = entityEnds.get(i - 1)!;
      const p = words[es - 1];
      if (p && /^(?:of|at|for)$/.test(p.t)) {
        const r = roleBefore(ctx, es - 1);
        if (r) {
          rule = 'role-of-body-name';
          role = { role: r, orgAt: words[es]!.s, anaphor: null };
        }
      }
    }
    // "Its chair, Cathy Elliott, said": a title before the comma ("Its head of policy, Megan Clarke": or "head/director of …")
    // (not "Vantage's hardware partner, Northgate Devices": a trade's partner or supplier is a company)
    const tradePartner = prev !== undefined && /^(?:partner|supplier|provider|contractor|subcontractor)$/.test(prev.t) && TRADE_MODIFIER.test(words[i - 2]?.t ?? '');
    if (!rule && n >= 2 && w.gap === ', ' && prev && !tradePartner && (inRoleHeads(prev) || ROLE_ACRONYM.test(prev.t) || /^[a-z]+$/.test(prev.t))) {
      const r = roleBefore(ctx, i - 1, true);
      if (r) {
        rule = 'role-comma-name';
        role = { role: r, orgAt: null, anaphor: bodyAnaphorBefore(ctx, r[0]) };
      }
    }
    // said Vicky Boswell; Alexis adds; James Davis said
    // ("said Brunel Riverside's work would …": a possessive after the verb opens the reported clause)
    const before = prev && w.gap === ' ' && SPEECH_VERBS.has(prev.t) && !last.possessive;
    // ("Northern Ireland's shared record": a possessive owns the word after it, which is no verb)
    const afterVerb = nx && !last.possessive && (nx.gap === ' ' || nx.gap === ', ') && SPEECH_VERBS.has(nx.t);
    // "… officer at Wye Valley, said": a body after a preposition, not a speaker; "Khipu Networks said": a company
    const governed = (prev && w.gap === ' ' && /^(?:at|of|from|for|with|by|in|across|within)$/.test(prev.t)) || COMPANY_LAST_WORDS.has(last.bare);
    // ("said Northern Ireland now had …": a place after "said" opens the reported clause)
    // ("Healthwatch Dudley said": a national body's name opens no person's)
    const bodyFirst = !firstKnown && NATIONAL_BY_FIRST.has(w.t);
    if (!rule && !governed && !bodyFirst && (before || afterVerb) && (firstKnown || n >= 2) && !(n === 1 && !firstKnown) && !isPlaceName(doc.norm.slice(w.s, last.s + last.bare.length))) rule = 'said-name';
    if (!rule && n >= 2 && firstKnown && prev && w.gap === ' ') {
      const lead = doc.norm.slice(Math.max(0, w.s - 30), w.s);
      if (PERSON_CUES.some((re) => re.test(lead))) rule = 'cue-name';
    }
    // two capitalised words starting with a common first name
    if (!rule && n >= 2 && n <= 3 && firstKnown && !w.first && !last.possessive) rule = 'first-name-surname';
    if (!rule && n >= 2 && firstKnown && w.first && nx && (nx.gap === ', ' || nx.gap === ' ' || nx.gap === ' (') && !nx.cap) rule = 'first-name-surname';
    // "Mererid Thomas, who chairs the network, warned …": "who" is said of a person, not of a body
    if (!rule && n === 2 && nx && nx.gap === ', ' && nx.t === 'who' && !last.possessive && !NATIONAL_BY_FIRST.has(w.t) && !HONORIFICS.has(w.t)) {
      const name = doc.norm.slice(w.s, last.s + last.bare.length);
      if (!isPlaceName(name) && !isPlaceName(w.bare) && ![w, last].some((x) => ORG_HEADS_STRONG.has(x.bare) || ORG_HEADS_WEAK.has(x.bare) || COMPANY_LAST_WORDS.has(x.bare) || isRoleWord(x) || x.upper)) rule = 'name-who';
    }
    // ("56 Dean Street", "Dean Street Express": a first name before a thoroughfare's noun names a street, a clinic on it)
    if ((rule === 'first-name-surname' || rule === 'said-name') && words.slice(i + 1, e).some((x) => THOROUGHFARES.has(x.bare))) rule = null;
    // ("40 homes in Erewash and Amber Valley": a listed place that opens with a first name is the place)
    if (rule === 'first-name-surname' && isPlaceName(doc.norm.slice(w.s, last.s + last.bare.length))) rule = null;
    if (!rule) {
      i = e - 1;
      continue;
    }
    const c: Candidate = { type: 'person', s: i, e, rule, prio: rule === 'first-name-surname' ? 2 : 5 };
    if (role) c.role = role;
    out.push(c);
    i = e - 1;
  }
  return out;
}

// ---------------------------------------------------------------- products

/** A number with no capital letter, which opens no name ("30-year-old", "4.9m"). */
const LOWER_NUMBER_WORD = /^\d[^A-Z]*$/;
/** A capitalised name of up to five words ending at word k (inclusive), walking back; returns its first word or -1. */
function nameBack(words: readonly Word[], k: number, max = 5, connectors = true): number {
  let s = -1;
  let j = k;
  let n = 0;
  while (j >= 0 && n < max) {
    const w = words[j]!;
    if (j < k && words[j + 1]!.gap !== ' ') break;
    // "the Graphnet-built Yorkshire and Humber Care Record": who built it is no part of the name
    if (COMPOUND_ADJECTIVE.test(w.t)) break;
    if (isNameWord(w) || /[A-Z]/.test(w.t.slice(1)) || w.t.includes('@')) {
      s = j;
      n++;
      if (w.first) break;
      j--;
      continue;
    }
    // ("FrontDoor and FrontDoor Insights": a name that repeats the word before "and" lists a second one)
    if (connectors && (w.t === 'for' || w.t === 'and' || w.t === '&' || w.t === 'of') && j > 0 && j < k && isNameWord(words[j - 1]!) && !(w.t !== 'for' && w.t !== 'of' && words[j - 1]!.t === words[j + 1]!.t)) {
      j--;
      continue;
    }
    break;
  }
  // sentence-opening words go; a capital mid-sentence ("leading on Your Care Connected") stays; so does a number
  // with no capital letter ("the 30-year-old platform", "£4.9m shared care record")
  while (s >= 0 && s <= k && ((!isNameWord(words[s]!) && !lowerThenUpper(words[s]!.t)) || LOWER_NUMBER_WORD.test(words[s]!.t) || isConnector(words[s]!) || (NON_NAME_WORDS.has(words[s]!.t) && (words[s]!.first || !/^(?:Your|My|Our|The)$/.test(words[s]!.t))) || LEAD_TRIM(words[s]!))) {
    if (!words[s]!.first && /^(?:Your|My|Our)$/.test(words[s]!.t)) break;
    s++;
  }
  return s > k ? -1 : s;
}

const TM = /(?:TM|™|®)$/;
const stripTm = (s: string) => s.replace(/(?<=[a-z])(?:TM|™|®)(?=\s|$)/g, '');

export function productRules(ctx: Ctx): Candidate[] {
  const { words, doc } = ctx;
  const out: Candidate[] = [];
  const flags = ctx.flags;
  for (let i = 0; i < words.length; i++) {
    // every branch starts from a trigger word (app, platform, Record, called, named, a product noun) or a trademark ending
    if ((flags[i]! & (TRIG | TMEND)) === 0) continue;
    const w = words[i]!;
    const lw = w.cap ? (w.t === 'App' || w.t === 'Platform' ? lower(w) : '') : w.t;
    // Connected Scheduling™, ConnectedTM Scheduling
    const lastCode = w.bare.charCodeAt(w.bare.length - 1);
    // ("CarePulse Community™ platform", "ScanRoute®": the sign stands outside the word, and ends the name)
    // ("Content Guru's cloud contact centre platform, storm®": a brand may be written in lower case)
    const markAfter = /^[™®]/.test(words[i + 1]?.gap ?? doc.norm.slice(w.e, w.e + 1)) && /[A-Za-z]/.test(w.bare);
    if (markAfter || (w.cap && lastCode === 77 && TM.test(w.bare) && /[a-z]TM$/.test(w.bare))) {
      let s = i;
      while (s > 0 && words[s - 1]!.cap && words[i - (i - s)]!.gap === ' ' && i - s < 3 && !words[s - 1]!.possessive && !words[s - 1]!.first && !NON_NAME_WORDS.has(words[s - 1]!.t)) s--;
      let e = i + 1;
      while (!markAfter && e < words.length && words[e]!.gap === ' ' && words[e]!.cap && e - i < 3 && !PRODUCT_NOUNS_C.has(words[e]!.t)) e++;
      const written = doc.text.slice(words[s]!.s, words[e - 1]!.e + (markAfter ? 1 : 0));
      const name = stripTm(doc.norm.slice(words[s]!.s, words[e - 1]!.bare.length + words[e - 1]!.s));
      out.push({ type: 'product', s, e, rule: 'trademark', prio: 5, name, written: [written] });
      i = e - 1;
      continue;
    }
    // "the MyMind app", "NHS App", "the Alertive app"
    if ((lw === 'app' || w.t === 'App') && i > 0 && w.gap === ' ') {
      const nx = words[i + 1];
      if (nx && nx.gap === ' ' && nx.cap) continue; // "App Library"
      // "Patients Know Best's app": an owner's app, not an app's name
      if (words[i - 1]!.possessive && lw === 'app') continue;
      let s = nameBack(words, i - 1, 4);
      // ("sent 4,120 app messages": a number is no app's name)
      if (s >= 0 && /^[\d,.]+$/.test(words[s]!.t)) s = -1;
      // "Best Beginnings' Baby Buddy app": the owner before a possessive is a name of its own
      for (let x = i - 2; s >= 0 && x >= s; x--) {
        if (words[x]!.possessive && (words[x + 1]!.cap || /[A-Z]/.test(words[x + 1]!.t))) {
          s = x + 1;
          break;
        }
      }
      // a title and subtitle: "Hand Therapy: The Exercise Prescription App"
      const sub = words[s]?.t === 'The' ? s : s - 1;
      if (sub > 0 && words[sub]!.t === 'The' && words[sub]!.gap === ': ') {
        const s2 = nameBack(words, sub - 1, 3);
        if (s2 >= 0) s = s2;
      }
      if (s >= 0 && !(s === i - 1 && GENERIC_PRODUCT_WORDS.has(words[s]!.bare) && words[s]!.t !== 'NHS')) {
        // "the BadgerNotes app" is named "BadgerNotes app", as ANNOTATION.md names "MyMind app"; the name before "app"
        // is how the article calls the same thing, an alias (hand-made gold files name 29 such apps without "app" and
        // 16 with it). "NHS App" writes its noun as part of the name.
        // ("the NHS app" is the NHS App: "NHS" alone names the body; "the Luscii app": a listed supplier's name alone is
        // the company)
        const before = ctx.doc.text.slice(words[s]!.s, words[i - 1]!.s + words[i - 1]!.bare.length);
        const company = companyNames().has(before);
        const bare = w.t === 'app' && before !== 'NHS' && !company ? before : null;
        // ("the Eolas Medical app": the listed company keeps its own name beside its app's, as "Cerner" inside "Cerner EPR")
        out.push({ type: 'product', s, e: i + 1, rule: 'x-app', prio: 5, ...(bare ? { written: [bare] } : {}), ...(company ? { nested: true } : {}) });
        continue;
      }
      // ("the Loop staff app", "the Morse mobile app": a description between the name and "app" is read below)
      if (s >= 0 || words[i - 1]!.cap) continue;
    }
    // "the Crosscare system from OneAdvanced", "two Rowa Vmax dispensing robots from Becton Dickinson": a
    // plain name before what it is, with its maker named right after
    if (!w.cap && SUPPLIED_NOUNS.has(lw) && MAKER_AFTER.test(doc.norm.slice(w.e, w.e + 24))) {
      // (the description runs on by plain spaces and holds no preposition: "James Paget University Hospitals NHS
      // Foundation Trust in Gorleston – with community services from Norfolk Community Health …" names no product)
      let b = i - 1;
      while (b > 0 && i - b <= 2 && /^[a-z][a-z-]*$/.test(words[b]!.t) && !DESCRIPTION_BREAKS.has(words[b]!.t) && words[b]!.gap === ' ' && words[b + 1]!.gap === ' ') b--;
      let s = b;
      while (s > 0 && b - s < 2 && words[s - 1]!.gap !== 'NL' && words[s]!.gap === ' ' && brandWord(words[s - 1]!)) s--;
      const named = words.slice(s, b + 1);
      // (not an acronym in brackets: "a computer-aided dispatch (CAD) system supplied by Cleric" spells out a kind of system)
      // (nor the end of a longer capitalised name read no further: "a digital Mental Health Act platform from Statute Health")
      const cut = s > 0 && words[s]!.gap === ' ' && words[s - 1]!.cap && !NON_NAME_WORDS.has(words[s - 1]!.t);
      if (s <= b && !cut && named.every((x) => (brandWord(x) || BRAND_SHAPE.test(x.bare)) && !COMMON_ACRONYMS.has(x.bare) && !MODALITIES.test(x.bare) && !x.gap.endsWith('(')) && !onlyGeneric(named) && !words[s]!.first) {
        // ("the da Vinci system from Intuitive": a lower-case particle opens the brand)
        const particle = s > 0 && NAME_PARTICLES.has(words[s - 1]!.t) && words[s]!.gap === ' ' && !words[s - 1]!.first;
        out.push({ type: 'product', s: particle ? s - 1 : s, e: b + 1, rule: 'x-from-maker', prio: 3 });
        continue;
      }
    }
    // "the VitalsLink virtual ward platform", "whose PathwayOne patient flow software": a brand with
    // capitals of its own, then a description in lower case, then the product noun
    if (PRODUCT_NOUNS.has(lw) && !w.cap && w.gap === ' ') {
      const b = brandBefore(words, i);
      // ("the ICB-wide remote monitoring platform", "a single all-Wales maternity record": a hyphenated word of extent
      // describes, it names nothing)
      if (b >= 0 && !EXTENT_WORD.test(words[b]!.t)) {
        const e = brandEnd(words, b);
        // ("the board's COPD and heart failure service": a condition's or a kind of system's initials name no product)
        if (e === b + 1 && COMMON_ACRONYMS.has(words[b]!.bare)) continue;
        // "its Patient Hub digital letters platform": a weak body head ("Hub") before a product's description names the product
        out.push({ type: 'product', s: b, e, rule: 'x-described-product', prio: ORG_HEADS_WEAK.has(words[e - 1]!.bare) ? 4 : 3 });
        continue;
      }
    }
    // "the Welsh Community Care Information System (WCCIS)", "Clinisys Laboratory Solution (CLS)": a capitalised
    // system or solution followed by its own initials in brackets is a name, not a description
    if ((w.t === 'System' || w.t === 'Solution') && w.gap === ' ') {
      const named = initialledName(words, i);
      const describes = named >= 0 && words.slice(named, i).every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || SYSTEM_DESCRIPTION_WORDS.has(x.bare));
      if (named >= 0 && !describes && !introducedAsOne(words, named) && !(words[i - 1]!.t === 'Care' && (words[i - 2]?.t === 'Integrated' || words[i - 2]?.t === 'and'))) {
        out.push({ type: 'product', s: named, e: i + 1, rule: 'x-system-acronym', prio: 5, acronym: words[i + 1]!.t });
        continue;
      }
    }
    // "its Connected Care shared care record", "the Share2Care care record": a name before the kind of record it is
    if (w.t === 'record' && w.gap === ' ' && words[i - 1]?.t === 'care') {
      let k = i - 2;
      if (words[k]?.t === 'shared' && words[k + 1]!.gap === ' ') k--;
      const s = k >= 0 && words[k + 1]!.gap === ' ' ? nameBack(words, k, 4) : -1;
      // (not a place's or a company's record: "the Dorset shared care record", "the Graphnet care record")
      const name = s >= 0 ? words.slice(s, k + 1).map((x) => x.t).join(' ') : '';
      if (s >= 0 && !words[k]!.possessive && !isPlaceName(name) && !startsCompanyName(words, s) && !words.slice(s, k + 1).every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare) || x.upper)) {
        out.push({ type: 'product', s, e: k + 1, rule: 'x-care-record-kind', prio: 5 });
        continue;
      }
    }
    // "the London Care Record", "Greater Manchester Digital Platform", "the CIPHA platform"
    // "the Welsh GP Record", "the Welsh Clinical Portal": a capitalised record or portal with a name of its own
    // ("the Kent Integrated Dataset", "the Sussex Integrated Dataset": a region's linked data asset, named as a record is)
    const namedRecord = (w.t === 'Record' || w.t === 'Portal' || w.t === 'Register' || w.t === 'Dataset') && i > 0 && w.gap === ' ' && words[i - 1]!.cap && !(words[i + 1] && words[i + 1]!.gap === ' ' && words[i + 1]!.cap);
    // "the Thames Valley and Surrey Secure Data Environment", "the East Midlands Trusted Research Environment":
    // a region's data service, named by its region
    const dataEnvironment = w.t === 'Environment' && i > 2 && words[i - 1]!.gap === ' ' && w.gap === ' ' && words[i - 2]!.gap === ' ' && DATA_ENVIRONMENT.test(`${words[i - 2]!.t} ${words[i - 1]!.t}`);
    // ("Workforce platform Patchwork Health has …": a lower-case "platform" before a name describes that name)
    const describesName = lw === 'platform' && w.t === 'platform' && words[i + 1]?.gap === ' ' && words[i + 1]!.cap;
    if ((w.t === 'Record' && words[i - 1]?.t === 'Care') || namedRecord || dataEnvironment || (lw === 'platform' && !describesName && i > 0 && (w.gap === ' ' || w.gap === ') '))) {
      const headLen = dataEnvironment ? 3 : w.t === 'Record' && words[i - 1]?.t === 'Care' ? 2 : 1;
      let k = i - headLen;
      if (k < 0) continue;
      // "(CIPHA) platform"
      let acronym: string | undefined;
      if (words[k]!.upper && words[k]!.gap === ' (' && words[k + 1]?.gap === ') ') {
        acronym = words[k]!.t;
        k--;
      }
      let s = nameBack(words, k, 7);
      if (s < 0) continue;
      // "Graphnet Health’s Great North Care Record": the owner before a possessive stays a name of its own
      for (let x = k - 1; x >= s; x--) {
        if (words[x]!.possessive && (words[x + 1]!.cap || BRAND_SHAPE.test(words[x + 1]!.t))) {
          s = x + 1;
          break;
        }
      }
      const includeHead = w.t === 'Record' || w.t === 'Platform' || w.t === 'Portal' || w.t === 'Register' || w.t === 'Dataset' || dataEnvironment;
      const endWord = includeHead ? i : acronym ? k : i - 1;
      // "Sonar Informatics' platform", "Zorvex's platform": the possessive owns the platform, it does not name it
      if (!includeHead && words[endWord]!.possessive) continue;
      // ("the GMC Register" lists people; "the Somerset Cancer Register" is a system: a register's name has two words)
      if ((w.t === 'Register' || w.t === 'Dataset') && k - s < 1) continue;
      // "the Kent, Medway and Sussex Secure Data Environment": a region written as a list of places
      if (dataEnvironment || namedRecord) {
        let q = s;
        while (q > 0 && words[q]!.gap === ', ' && isPlaceName(words[q - 1]!.bare) && isPlaceName(words[q]!.bare) && words.slice(q, k + 1).some((x) => x.t === 'and')) q--;
        if (q < s && (q === 0 || words[q]!.gap === ' ' || words[q]!.first) && !(words[q - 1]?.cap && words[q]!.gap === ' ' && !words[q - 1]!.first)) s = q;
      }
      const allGeneric = words.slice(s, k + 1).every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare));
      // "the Integrated Care Record (ICR)": generic words made a name by the initials after them
      if (allGeneric && !(includeHead && initialledName(words, i) === s && !introducedAsOne(words, s))) continue;
      // ("its national API platform": a common acronym alone says what kind of platform it is)
      if (s === endWord && COMMON_ACRONYMS.has(words[s]!.bare)) continue;
      const c: Candidate = { type: 'product', s, e: endWord + 1, rule: dataEnvironment ? 'x-data-environment' : w.t === 'Record' ? (headLen === 2 ? 'x-care-record' : 'x-record') : w.t === 'Portal' ? 'x-portal' : w.t === 'Register' ? 'x-register' : w.t === 'Dataset' ? 'x-dataset' : 'x-platform', prio: 5 };
      if (acronym) c.acronym = acronym;
      out.push(c);
      continue;
    }
    // "a tool called DERM", "an app named Zedoc"
    if ((lw === 'called' || lw === 'named') && words[i + 1] && words[i + 1]!.gap === ' ' && (words[i + 1]!.cap || /[A-Z]/.test(words[i + 1]!.t))) {
      const p = words[i - 1];
      if (p && PRODUCT_NOUNS_C.has(p.t)) {
        let e = i + 2;
        while (e < words.length && words[e]!.gap === ' ' && words[e]!.cap && e - i < 4) e++;
        out.push({ type: 'product', s: i + 1, e, rule: 'called-x', prio: 5 });
        i = e - 1;
      }
      continue;
    }
    // "The platform, to be branded North West Population Health Insights", "its Millennium system, branded locally as
    // e-Care": the brand a system or platform goes under
    if (lw === 'branded') {
      let at = i + 1;
      if (/^(?:locally|internally|nationally)$/.test(words[at]?.t ?? '') && words[at]!.gap === ' ') at++;
      if (words[at]?.t === 'as' && words[at]!.gap === ' ') at++;
      const first = words[at];
      let systemBefore = false;
      for (let k = i - 1; k >= 0 && k >= i - 4 && words[k]!.sent === w.sent && !systemBefore; k--) systemBefore = PRODUCT_NOUNS.has(lower(words[k]!)) || SYSTEM_NOUNS.test(words[k]!.t);
      if (systemBefore && first && first.gap === ' ' && /[A-Z]/.test(first.t) && !POSSESSIVE_DETERMINERS.has(lower(first))) {
        let e = at + 1;
        while (e < words.length && words[e]!.gap === ' ' && words[e]!.cap && e - at < 6) e++;
        out.push({ type: 'product', s: at, e, rule: 'branded-x', prio: 5 });
        i = e - 1;
      }
      continue;
    }
    // "the supplier's Waiting List Validation (WLV) product": a name spelled out with its initials in brackets, then the noun
    if (PRODUCT_NOUNS.has(lw) && !w.cap && w.gap === ') ' && i > 2 && words[i - 1]!.gap === ' (') {
      const s = initialledName(words, i - 2);
      const before = words[s - 1];
      const owned = before !== undefined && (before.t === 'the' || before.possessive || POSSESSIVE_DETERMINERS.has(lower(before)));
      if (s >= 0 && owned && !words.slice(s, i - 1).every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare) || x.t === 'and' || x.t === 'of' || x.t === 'for')) {
        out.push({ type: 'product', s, e: i - 1, rule: 'the-x-solution', prio: 3, acronym: words[i - 1]!.t });
      }
      continue;
    }
    // "the OSAIRIS solution", "Lantum's Rocketpay feature", "the Robopets innovation"
    if ((PRODUCT_NOUNS.has(lw) || lw === 'kit') && !w.cap && i > 0 && w.gap === ' ' && lw !== 'app' && lw !== 'platform') {
      const p = words[i - 1]!;
      const pp = words[i - 2];
      // ("the Instant-On-Scene tool": capitalised words joined by hyphens are one brand; "its in-house PPM+ system": a
      // brand may end on a plus)
      // (not a nationality: "the Welsh solution")
      const brand = /^(?:[A-Z]{3,}|[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+|[A-Z][a-z]*(?:-[A-Z][a-z]*)+)\+?$/.test(p.t) && !p.possessive && !isPlaceName(p.bare) && !ADJECTIVE_CAPS.has(p.t) && !DEMONYMS.has(p.bare);
      // "the Paige Prostate tool": two or three capitalised words after "the"
      let s0 = i - 1;
      // (not what it is built on: "its Epic-based Hive record")
      while (s0 > 0 && i - s0 < 3 && words[s0]!.gap === ' ' && words[s0 - 1]!.cap && !words[s0 - 1]!.possessive && !NON_NAME_WORDS.has(words[s0 - 1]!.t) && !COMPOUND_ADJECTIVE.test(words[s0 - 1]!.t)) s0--;
      // ("its own NorthlineView portal", "its in-house Aurora system": "own" or how it was made after a possessive determiner)
      const ownAfter = OWN_MAKE.has(words[s0 - 1]?.t ?? '') && s0 > 1 && POSSESSIVE_DETERMINERS.has(lower(words[s0 - 2]!));
      const before = ownAfter ? words[s0 - 2] : words[s0 - 1];
      // "the", a possessive determiner ("its Annalise CXR tool") or a possessive name
      const owned = before !== undefined && (POSSESSIVE_DETERMINERS.has(lower(before)) || before.possessive);
      const det = before && words[s0]!.gap === ' ' && (before.t === 'the' || owned);
      // ("whose Meridian Clinical product": an owned name whose first word is a coined one may end on a trade word)
      const generic = (x: Word) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare);
      const multi = s0 < i - 1 && words.slice(s0, i).every((x) => x.cap && (!generic(x) || (owned && x !== words[s0] && !generic(words[s0]!) && !isPlaceName(words[s0]!.bare))));
      // (a "service" named by a clinical area or its initials is the care, no product: "our Talking Therapies service",
      // "its ADHD service"; a brand with capitals inside still names one)
      const careService = lw === 'service' && (s0 === i - 1 ? !(BRAND_SHAPE.test(p.bare) && !/^[A-Z]+$/.test(p.bare)) : words.slice(s0, i).some((x) => /^(?:Therapies|Therapy|Care|Health|Mental|Support|Wellbeing)$/.test(x.t)));
      const ownedTradeEnd = multi && owned && generic(p);
      // "its VantageCare ePRF application": a brand with a capital inside, then the initials of the kind of system it is
      if (COMMON_ACRONYMS.has(p.bare) && pp && p.gap === ' ' && BRAND_SHAPE.test(pp.bare) && !pp.possessive && !COMMON_ACRONYMS.has(pp.bare) && words[i - 3] && (words[i - 3]!.t === 'the' || POSSESSIVE_DETERMINERS.has(lower(words[i - 3]!)))) {
        out.push({ type: 'product', s: i - 2, e: i - 1, rule: 'the-x-solution', prio: 3 });
        continue;
      }
      if ((ownedTradeEnd || (brand && !GENERIC_PRODUCT_WORDS.has(p.t) && !COMMON_ACRONYMS.has(p.t) && !NON_NAME_WORDS.has(p.t))) && det && !careService && (multi || /[A-Z].*[A-Z]|[a-z][A-Z]/.test(p.t) || lw === 'feature' || lw === 'innovation' || lw === 'solution' || (owned && (lw === 'system' || lw === 'engine') && s0 === i - 1))) {
        out.push({ type: 'product', s: multi ? s0 : i - 1, e: i, rule: 'the-x-solution', prio: 3 });
      }
    }
  }
  return out;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'whose']);
const DIRECT_GENERIC = new Set(['Digital', 'Data', 'Shared', 'Care', 'Health', 'Intelligence', 'Population', 'ICS', 'ICB', 'Regional', 'National', 'Trust']);

/** What a company's named products are, after their names: "its Daytona and Monaco devices", "its e-CTA and e-ASPECTS modules". */
const OWNED_KINDS = new Set(['modules', 'devices', 'products', 'tools', 'apps', 'platforms', 'systems', 'solutions', 'algorithms', 'analysers', 'analyzers', 'scanners', 'monitors', 'sensors', 'module']);
/** A word of a brand a possessive determiner owns: a capital or a brand's inner capital, and no title, role, body head or place-free adjective. */
const ownedBrandWord = (w: Word) =>
  (w.cap || BRAND_SHAPE.test(w.bare) || LETTER_HYPHEN_CAPITAL.test(w.t)) && !w.possessive && !ADJECTIVE_CAPS.has(w.t) && !NON_NAME_WORDS.has(w.t) && !isRoleWord(w) && !ORG_HEADS_STRONG.has(w.bare) && !COMPOUND_ADJECTIVE.test(w.t) && !MODALITIES.test(w.bare);

/**
 * Brands a company's possessive determiner owns, named before what they are: two joined by "and" before a
 * plural kind ("its BedTracking and TransportTracking modules", "its Daytona and Monaco devices"), or one
 * with a brand's shape before "module" ("its CareCentric Population Health module"). Such names are the
 * company's products even where one is also a place's name ("Monaco").
 */
export function ownedBrands(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const nameFrom = (k: number): number => {
    let e = k;
    // (a body's head only after the brand's first word: "CareCentric Population Health", not "Health Services")
    while (e < words.length && e - k < 3 && words[e]!.gap === ' ' && (e > k ? words[e]!.cap && !words[e]!.possessive : ownedBrandWord(words[e]!) && !ORG_HEADS_WEAK.has(words[e]!.bare))) e++;
    return e;
  };
  const names = (s: number, e: number) => {
    const named = words.slice(s, e);
    return !named.every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare) || COMMON_ACRONYMS.has(x.bare) || x.t === 'NHS') && !companyNames().has(named.map((x) => x.t).join(' '));
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    // "… rostering staff through Tallis Workforce's SmartRota.": a brand with a capital inside, alone after a capitalised
    // owner's possessive, is the owner's product
    // (not after a place's: "merge with Middlesbrough's CareLoop" names a company there)
    if (w.possessive && w.cap && !isPlaceName(w.bare)) {
      const b = words[i + 1]!;
      const after = words[i + 2];
      if (b.gap === ' ' && BRAND_SHAPE.test(b.bare) && !b.possessive && !COMMON_ACRONYMS.has(b.bare) && !(after && after.gap === ' ' && after.cap)) out.push({ type: 'product', s: i + 1, e: i + 2, rule: 'owned-brands', prio: 4 });
      continue;
    }
    if ((w.t !== 'its' && w.t !== 'their') || i + 2 >= words.length) continue;
    const e1 = nameFrom(i + 1);
    if (e1 === i + 1) continue;
    let e2 = -1;
    if (words[e1]?.t === 'and' && words[e1]!.gap === ' ') {
      e2 = nameFrom(e1 + 1);
      if (e2 === e1 + 1) continue;
    }
    // up to two lower-case words describe the kind ("blood tracking", "rugged")
    let k = e2 >= 0 ? e2 : e1;
    const described = k;
    while (k < words.length && k - described < 2 && words[k]!.gap === ' ' && /^[a-z][a-z-]*$/.test(words[k]!.t) && !OWNED_KINDS.has(words[k]!.t)) k++;
    const kind = words[k];
    if (!kind || kind.gap !== ' ' || !OWNED_KINDS.has(kind.t)) continue;
    if (e2 >= 0) {
      if (kind.t === 'module' || !names(i + 1, e1) || !names(e1 + 1, e2)) continue;
      out.push({ type: 'product', s: i + 1, e: e1, rule: 'owned-brands', prio: 4 }, { type: 'product', s: e1 + 1, e: e2, rule: 'owned-brands', prio: 4 });
    } else if ((kind.t === 'module' || kind.t === 'modules') && BRAND_SHAPE.test(words[i + 1]!.bare) && names(i + 1, e1)) {
      out.push({ type: 'product', s: i + 1, e: e1, rule: 'owned-brands', prio: 4 });
    }
  }
  return out;
}

/**
 * The end of a capitalised name of one to three words after "maker of" or "which supplies" at word i
 * (the apposition after a company), or -1. The name must end the phrase: a comma, a full stop or "and".
 */
function madeProductAt(words: readonly Word[], i: number): number {
  const w = words[i]!;
  const v = words[i + 1];
  if (!v || v.gap !== ' ') return -1;
  const makerOf = /^(?:maker|makers|developer|developers|supplier)$/.test(w.t) && v.t === 'of';
  const whichMakes = w.t === 'which' && /^(?:supplies|makes|developed|develops)$/.test(v.t);
  if (!makerOf && !whichMakes) return -1;
  let e = i + 2;
  while (e < words.length && e - (i + 2) < 3 && words[e]!.gap === ' ' && words[e]!.cap && !isPlaceName(words[e]!.bare)) e++;
  if (e === i + 2) return -1;
  const after = words[e];
  return !after || after.gap !== ' ' || after.t === 'and' ? e : -1;
}

/**
 * "Connect, its electronic patient record", "PainChek, an electronic device", "Athena, described as
 * an … platform": a name whose apposition says it is a product.
 */
/** What an apposition calls a company or an organisation that is no product ("Reboot IT Solutions, a social … business"). */
const APPOSED_COMPANY_WORD = /^(?:company|start-up|startup|firm|supplier|provider|vendor|charity|consultancy|developer|maker|specialist|business)$/;
/** After "the … service": who made or supplies it, a company's name. */
const SERVICE_MAKER_AFTER = /^ (?:from|(?:developed|made|built|supplied) by) (?:[A-Z][\w.-]*-based )?[A-Z]/;
export function appositionProducts(ctx: Ctx, taken: (s: number, e: number) => boolean): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    if ((ctx.flags[i]! & COMMA) === 0) continue;
    const w = words[i]!;
    if (w.gap !== ', ') continue;
    // "its staff app, MyBarts.": a product noun, then the name in apposition
    const pn = words[i - 1]!;
    // (a name may open with "Your" or "My" when more of it follows: "its shared care record, Your Care Connected,")
    const opensName = !NON_NAME_WORDS.has(w.t) || ((w.t === 'Your' || w.t === 'My') && words[i + 1]?.gap === ' ' && words[i + 1]!.cap);
    if (!pn.cap && PRODUCT_NOUNS.has(pn.t) && (w.cap || /[A-Z]/.test(w.t)) && opensName && !GENERIC_PRODUCT_WORDS.has(w.t)) {
      let e = i + 1;
      while (e < words.length && e - i < 3 && words[e]!.gap === ' ' && words[e]!.cap) e++;
      const after = words[e];
      const ends = !after || after.gap !== ' ';
      if (ends && !taken(w.s, words[e - 1]!.e)) {
        out.push({ type: 'product', s: i, e, rule: 'product-noun-comma-x', prio: 3 });
        continue;
      }
    }
    // "Positive Solutions, maker of Analyst", "Invatech Health, which supplies Titan": what a company makes
    const made = madeProductAt(words, i);
    if (made > i && !taken(words[i + 2]!.s, words[made - 1]!.e)) {
      out.push({ type: 'product', s: i + 2, e: made, rule: 'maker-of-x', prio: 3 });
      continue;
    }
    // the apposition: up to eight words, a product noun among them
    let k = i;
    let found = false;
    let company = false;
    if (words[k]!.t === 'described' && words[k + 1]?.t === 'as') k += 2;
    // ("Turas, NHS Education for Scotland's platform": a body's name of several words, then its possessive)
    else if (words[k]!.cap && !words[k]!.possessive) {
      let j = k;
      while (j < words.length && j - k < 6 && !words[j]!.possessive && words[j]!.gap === (j === k ? ', ' : ' ') && (words[j]!.cap || /^(?:of|for|and)$/.test(words[j]!.t))) j++;
      if (j > k && words[j]?.possessive && words[j]!.cap && words[j]!.gap === ' ') k = j;
    }
    // "handled by Malinko, whose tool will be integrated": a name whose product follows is its maker
    if (words[k]!.t === 'whose' && words[k + 1]?.gap === ' ' && PRODUCT_NOUNS.has(lower(words[k + 1]!)) && words[i - 2]?.t !== 'the') company = true;
    // (up to ten words: "EchoFit, the company's remote hearing aid fitting and fine-tuning platform")
    for (let n = 0; k < words.length && n < 10; k++, n++) {
      const x = words[k]!;
      if (k > i && x.gap !== ' ' && !(x.gap === ' "' || x.gap === ' “')) break;
      if (k === i && !/^(?:a|an|its|the|their|our|described|trust|integration)$/.test(x.t) && !(x.possessive && x.cap)) break;
      // ("ArriveSafe, a real-time ambulance arrivals board from Bristol-based start-up Handova": a company noun after
      // "from" or "by" is the maker's, not the apposition's)
      if (k > i && (x.t === 'from' || x.t === 'by')) break;
      // ("living on St Mary's, a results message in the NHS App can save …": the apposition's head comes before a place
      // it is in, so a product noun after "in", "on" or "at" is not what the name is)
      if (k > i && (x.t === 'in' || x.t === 'on' || x.t === 'at')) break;
      // ("Sleepio, the digital CBT for insomnia programme from Big Health": a programme run on a screen is a product)
      const onlineProgramme = lower(x) === 'programme' && words.slice(i, k).some((y) => y.t === 'digital' || y.t === 'online');
      // ("Beaker, the laboratory module of Epic"; "Florence, the text-messaging service from Generated Health": a
      // service is a product where who made or supplies it follows, else more often a body's or the NHS's own service)
      const madeService = lower(x) === 'service' && SERVICE_MAKER_AFTER.test(ctx.doc.norm.slice(x.e, x.e + 40));
      // ("Rostrum Health, the Manchester-based healthcare workforce software company,", "Dispensa, the … pharmacy management
      // system provider,": a product noun before a company noun says what the company makes)
      // ("Altura Health, the cloud electronic patient record (EPR) company,": the product's initials may come between)
      const bracketed = words[k + 1]?.gap === ' (' && words[k + 2]?.gap === ') ';
      const maker = words[bracketed ? k + 2 : k + 1];
      if (PRODUCT_NOUNS.has(lower(x)) && maker && (maker.gap === ' ' || bracketed) && APPOSED_COMPANY_WORD.test(maker.t)) {
        company = true;
        break;
      }
      if ((PRODUCT_NOUNS.has(lower(x)) && lower(x) !== 'service' && lower(x) !== 'innovation' && lower(x) !== 'feature') || onlineProgramme || madeService || lower(x) === 'module') {
        found = true;
        break;
      }
      // ("Reboot IT Solutions, a social enterprise based in Peterborough", "Kestrel Cloud Services, a Manchester-based AWS partner")
      if (APPOSED_COMPANY_WORD.test(lower(x)) || (lower(x) === 'enterprise' && words[k - 1]?.t === 'social') || (lower(x) === 'partner' && words.slice(i, k).some((y) => BASED.test(y.t)))) {
        // ("Aristotle, the business intelligence tool": "business" before a lower-case noun describes the tool; so does
        // "specialist": "on Skye, a specialist visit could mean …")
        const next = words[k + 1];
        if ((lower(x) === 'business' || lower(x) === 'specialist') && next && next.gap === ' ' && /^[a-z]+$/.test(next.t) && !/^(?:which|that|whose|based|founded|in|from|with|and|of)$/.test(next.t)) continue;
        company = true;
        break;
      }
    }
    if (!found && !company) continue;
    const end = i - 1;
    let s = nameBack(words, end, 4);
    if (s < 0) continue;
    // ("a contract with Positive Solutions for HxCare, the … system": a connector joined a name found before to the product's)
    if (taken(words[s]!.s, words[end]!.e)) {
      let c = end - 1;
      while (c > s && !/^(?:for|of|and|&)$/.test(words[c]!.t)) c--;
      if (c <= s || !taken(words[s]!.s, words[c - 1]!.e)) continue;
      s = c + 1;
    }
    // a place or a person before the comma is not a product, nor an amount ("Cera's £40m, a rota software tie-up")
    if (s > end || taken(words[s]!.s, words[end]!.e) || /^[£$€]|^\d[\d.,]*(?:m|bn|k)?$/.test(words[s]!.t)) continue;
    // "… through the SDE in Q2 2026, the first provider to …": a date before the comma names nothing
    if (YEAR_WORD.test(words[end]!.t)) continue;
    const single = s === end;
    const t = words[s]!;
    // ("will carry the trust's ePR, the JRCALC Plus guidelines app and …": a kind of system's initials name no product)
    if (single && (GENERIC_PRODUCT_WORDS.has(t.bare) || COMMON_ACRONYMS.has(t.bare) || !/[A-Za-z]/.test(t.bare))) continue;
    // ("Nationally, the NHS App now has …": a sentence adverb and its comma open the sentence)
    if (single && t.first && isSentenceAdverb(t)) continue;
    if (company) {
      out.push({ type: 'organisation', s, e: end + 1, rule: 'x-a-company', prio: 3 });
      continue;
    }
    out.push({ type: 'product', s, e: end + 1, rule: 'x-its-product', prio: 3 });
  }
  return out;
}

const SYSTEM_PLURALS = new Set(['systems', 'products', 'platforms', 'solutions', 'engines', 'tools', 'apps']);
/** Small words inside a product's title: "Beating the Blues", "Space from Depression". */
const TITLE_SMALL_WORDS = new Set(['the', 'from', 'with', 'for', 'of']);
/**
 * "Beating the Blues, deprexis and Space from Depression": a brand written in lower case, inside a list of names
 * (a comma after it and a name next, or "and"/"or" and a name).
 */
function lowerBrandItem(words: readonly Word[], k: number): boolean {
  const x = words[k]!;
  const nx = words[k + 1];
  if (x.t.length < 5 || !/^[a-z]+$/.test(x.t) || !nx) return false;
  const joined = (nx.t === 'and' || nx.t === 'or') && nx.gap === ' ' ? words[k + 2] : nx.gap === ', ' ? nx : undefined;
  return joined !== undefined && joined.cap && !NON_NAME_WORDS.has(joined.t);
}
const ENGINE_PLURALS = new Set(['engines', 'systems', 'platforms', 'apps']);
const ENGINE_KINDS = new Set(['integration', 'record', 'patient', 'clinical']);

/** "systems such as Cerner, Lorenzo, McKesson and System C": the listed names the gazetteer does not know are products. */
export function listedSystems(ctx: Ctx, taken: (s: number, e: number) => boolean): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if ((ctx.flags[i]! & TRIG) === 0) continue;
    const w = words[i]!;
    if (!SYSTEM_PLURALS.has(w.t)) continue;
    // "systems such as …", "products including …", "apps like …"
    // ("Its products include the Dispensa Hub 600 and Dispensa Mini robots, Dispensa Track inventory software and CDSafe")
    const includes = (words[i + 1]!.t === 'include' || words[i + 1]!.t === 'includes') && words[i - 1]?.t !== 'which';
    const intro = words[i + 1]!.t === 'such' && words[i + 2]!.t === 'as' ? 3 : words[i + 1]!.t === 'including' || words[i + 1]!.t === 'like' || includes ? 2 : 0;
    if (intro === 0 || words[i + 1]!.gap !== ' ') continue;
    let k = i + intro;
    if (includes && words[k]?.t === 'the' && words[k]!.gap === ' ') k++;
    let items = 0;
    while (k < words.length && items < 12) {
      const x = words[k]!;
      if (!x.cap && !/[A-Z]/.test(x.t) && !(items > 0 && lowerBrandItem(words, k))) break;
      let e = k + 1;
      // (a model number inside the name: "Dispensa Hub 600")
      while (e < words.length && words[e]!.gap === ' ' && (words[e]!.cap || /^[A-Z]$/.test(words[e]!.t) || (includes && /^\d{1,4}$/.test(words[e]!.t))) && e - k < 3) e++;
      // ("Beating the Blues", "Space from Depression": a title with a small word inside, up to the list's next comma or "and")
      if (words[e]?.gap === ' ' && TITLE_SMALL_WORDS.has(words[e]!.t) && words[e + 1]?.gap === ' ' && words[e + 1]!.cap) {
        let f = e + 2;
        while (f < words.length && words[f]!.gap === ' ' && words[f]!.cap && f - k < 5) f++;
        if (!words[f] || words[f]!.gap !== ' ' || /^(?:and|or|from|by)$/.test(words[f]!.t)) e = f;
      }
      if (!taken(x.s, words[e - 1]!.e)) out.push({ type: 'product', s: k, e, rule: 'systems-such-as', prio: 3 });
      items++;
      // ("… Dispensa Mini robots, Dispensa Track inventory software and …": what an item is, after its name)
      let d = e;
      while (includes && d < words.length && d - e < 2 && words[d]!.gap === ' ' && /^[a-z]+$/.test(words[d]!.t) && !/^(?:and|or)$/.test(words[d]!.t)) d++;
      if (d > e && words[d] && (words[d]!.gap === ', ' || (words[d]!.t === 'and' && words[d]!.gap === ' '))) e = d;
      const nx = words[e];
      if (!nx) break;
      if (nx.gap === ', ') k = e;
      else if (nx.t === 'and' && nx.gap === ' ') k = e + 1;
      else if (nx.gap === ', ' && nx.t === 'and') k = e + 1;
      else break;
      if (words[k]?.t === 'and') k++;
    }
    // "Rhapsody, Ensemble and Health Connect integration engines"
  }
  for (let i = 1; i < words.length; i++) {
    if ((ctx.flags[i]! & TRIG) === 0) continue;
    const w = words[i]!;
    if (!ENGINE_PLURALS.has(w.t)) continue;
    const p = words[i - 1]!;
    if (!ENGINE_KINDS.has(p.t) || p.gap !== ' ') continue;
    // walk back over "A, B and C" (two names at least)
    const found: Candidate[] = [];
    let k = i - 2;
    let guard = 0;
    while (k >= 0 && guard++ < 10) {
      const s = nameBack(words, k, 3, false);
      if (s < 0) break;
      if (words[s]!.upper && COMMON_ACRONYMS.has(words[s]!.bare)) break;
      if (!taken(words[s]!.s, words[k]!.e)) found.push({ type: 'product', s, e: k + 1, rule: 'listed-engines', prio: 3 });
      const sep = words[s]!;
      if (sep.gap === ', ') k = s - 1;
      else if (words[s - 1]?.t === 'and' && sep.gap === ' ' && words[s - 1]!.gap !== 'NL') k = s - 2;
      else break;
      if (k < 0) break;
    }
    if (found.length >= 2) out.push(...found);
  }
  return out;
}

// ---------------------------------------------------------------- lists

const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/**
 * "the Department of Health, NHS England, NHS Digital and Track and Trace": a name coordinated with
 * organisations, and with nothing else, is an organisation too.
 */
export function listSiblings(ctx: Ctx, typeAt: (s: number, e: number) => EntityType | null | 'mixed', orgEnds: ReadonlyMap<number, number>): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const isOrgAt = (k: number) => orgEnds.get(k);
  /**
   * an unknown name of 1-3 capitalised words starting at `start`, or its end ("and" joins words, not an acronym: "Carnall
   * Farrar and NECS" is two). An item after a list's comma ends before "and", which closes the list: "NHS England, Zonky and
   * Blorp" lists two names, where "NHS Digital and Track and Trace" ends in one.
   */
  const unknownRun = (start: number, joinsAnd = true): number => {
    const x = words[start];
    if (!x || !(x.cap || /[A-Z]/.test(x.t)) || typeAt(x.s, x.e) !== null) return start;
    if (NON_NAME_WORDS.has(x.t) || GENERIC_PRODUCT_WORDS.has(x.t) || isRoleWord(x) || x.first) return start;
    // ("Swisslog Healthcare UK and Ireland": a place name alone, which the places step left out, is no body)
    if (isPlaceName(x.bare) && !(words[start + 1]?.gap === ' ' && words[start + 1]!.cap)) return start;
    // an acronym's plural names a kind of body, not one ("… and the ICBs said")
    if (PLURAL_ACRONYM.test(x.t) && !(words[start + 1]?.gap === ' ' && words[start + 1]!.cap)) return start;
    let f = start + 1;
    while (f < words.length && words[f]!.gap === ' ' && f - start < 4 && (words[f]!.cap || (((joinsAnd && words[f]!.t === 'and') || words[f]!.t === '&') && words[f + 1]?.cap && !words[f + 1]!.upper && words[f + 1]!.gap === ' ' && typeAt(words[f + 1]!.s, words[f + 1]!.e) === null && !isOrgAt(f + 1)))) {
      if (typeAt(words[f]!.s, words[f]!.e) !== null) break;
      f++;
    }
    if (words[f - 1]!.t === 'and' || words[f - 1]!.t === '&') f--;
    // ("integration with EMIS Web and TPP's SystmOne": a product the suppliers' list knows is no body)
    if (shippedProducts().has(words.slice(start, f).map((x) => x.bare).join(' '))) return start;
    return f;
  };
  for (const [os, oe] of orgEnds) {
    // forward: "NHS Digital and Track and Trace", "Milton Keynes City Council, EXI, Apple …"
    let e = oe;
    let guard = 0;
    while (guard++ < 8) {
      const nx = words[e];
      if (!nx) break;
      let start: number;
      let afterComma = false;
      if (nx.gap === ', ' && nx.t === 'and' && words[e + 1]?.gap === ' ') start = e + 1;
      else if (nx.gap === ', ' && (nx.cap || /[A-Z]/.test(nx.t))) (start = e), (afterComma = true);
      else if (nx.t === 'and' && nx.gap === ' ' && words[e + 1]?.gap === ' ') start = e + 1;
      else break;
      if (words[start]?.t === 'the' && words[start + 1]?.gap === ' ') start++;
      // a known body next: the walk from its own end (its turn in this loop, with a fresh guard) finds all this one would
      if (isOrgAt(start) !== undefined) break;
      const f = unknownRun(start, !afterComma);
      if (f === start) break;
      const endW = words[f];
      // the list must end or go on here, not run into a lower-case noun phrase
      if (endW && endW.gap === ' ' && !endW.cap && !/^(?:to|in|into|onto|on|at|for|with|and|as|have|has|had|were|was|are|is|will|announced|joined|said|who|which|from|since|through|under|via)$/.test(endW.t)) break;
      out.push({ type: 'organisation', s: start, e: f, rule: 'listed-with-bodies', prio: 1 });
      e = f;
    }
    // backward: "between GigXR, Cambridge University Hospitals and …", "with Infinity Health and DrDoctor"
    const w = words[os]!;
    if (os > 0 && (w.gap === ', ' || (words[os - 1]!.t === 'and' && w.gap === ' '))) {
      const endB = w.gap === ', ' ? os - 1 : os - 2;
      if (endB < 0 || (w.gap === ' ' && words[os - 1]!.gap !== ' ')) continue;
      let s = endB;
      while (s > 0 && endB - s < 2 && words[s]!.gap === ' ' && (words[s - 1]!.cap || /[A-Z]/.test(words[s - 1]!.t)) && typeAt(words[s - 1]!.s, words[s - 1]!.e) === null) s--;
      const lead = words[s - 1];
      if (!lead || words[s]!.gap !== ' ' || !/^(?:between|with|including|and|alongside|from)$/.test(lead.t)) continue;
      // ("Locala Health and Wellbeing and Calderdale and Huddersfield NHS Foundation Trust": an "and" right after a
      // capitalised word joins a name of its own, whose last word is no body)
      if (lead.t === 'and' && lead.gap === ' ' && words[s - 2]?.cap) continue;
      if (unknownRun(s) !== endB + 1) continue;
      out.push({ type: 'organisation', s, e: endB + 1, rule: 'listed-with-bodies', prio: 1 });
    }
  }
  return out;
}

/** What may follow the last name of a list of systems: its end, a verb or preposition, or what they all are ("Telepath or Apex systems"). */
const AFTER_LISTED_SYSTEM = /^(?:to|in|on|at|for|with|as|have|has|had|were|was|are|is|will|who|which|from|since|through|systems|products|platforms|apps|tools|instances|installations|records|portals|devices)$/;

/**
 * "Arbor or SIMS", "PATCHS or Footfall", "SystmOne or Rio": a name coordinated with a product, and with nothing else,
 * is a product too.
 */
export function productSiblings(ctx: Ctx, typeAt: (s: number, e: number) => EntityType | null | 'mixed', productSpans: ReadonlyMap<number, number>): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const unknown = (x: Word | undefined) =>
    x !== undefined && (x.cap || /[A-Z]/.test(x.t)) && typeAt(x.s, x.e) === null && !x.possessive && !NON_NAME_WORDS.has(x.t) && !GENERIC_PRODUCT_WORDS.has(x.bare) && !isRoleWord(x) && !isPlaceName(x.bare) && !FIRST_NAMES.has(x.bare) && !HONORIFICS.has(x.t) && !ORG_HEADS_STRONG.has(x.bare) && !COMMON_ACRONYMS.has(x.bare);
  const ok = (s: number, e: number) => !onlyGeneric(words.slice(s, e)) && !words.slice(s, e).some((x) => ORG_HEADS_WEAK.has(x.bare) || COMPANY_LAST_WORDS.has(x.bare));
  for (const [ps, pe] of productSpans) {
    // forward: "PATCHS or Footfall", "SystmOne or Rio with …"
    const joint = words[pe];
    if (joint && (joint.t === 'or' || joint.t === 'and') && (joint.gap === ' ' || joint.gap === ', ') && words[pe + 1]?.gap === ' ' && !words[pe + 1]!.first) {
      let f = pe + 1;
      while (f < words.length && f - (pe + 1) < 3 && (f === pe + 1 || words[f]!.gap === ' ') && unknown(words[f])) f++;
      const endW = words[f];
      const ends = !endW || endW.gap !== ' ' || (!endW.cap && AFTER_LISTED_SYSTEM.test(endW.t));
      if (f > pe + 1 && ends && ok(pe + 1, f)) out.push({ type: 'product', s: pe + 1, e: f, rule: 'listed-with-products', prio: 1 });
    }
    // backward: "Arbor or SIMS", "Clear Fear and Calm Harm"
    const before = words[ps - 1];
    const first = words[ps]!;
    if (ps >= 2 && before && (before.t === 'or' || before.t === 'and') && before.gap === ' ' && first.gap === ' ') {
      const e = ps - 1;
      let s = e;
      while (s > 0 && e - s < 3 && (s === e || words[s]!.gap === ' ') && unknown(words[s - 1]) && !words[s - 1]!.first) s--;
      const lead = words[s - 1];
      // (a list's start: after a preposition, a verb or a list's comma: "such as Arbor or SIMS", "using Docman or …")
      if (s < e && lead && words[s]!.gap === ' ' && !lead.cap && ok(s, e)) out.push({ type: 'product', s, e, rule: 'listed-with-products', prio: 1 });
    }
  }
  return out;
}

// ---------------------------------------------------------------- companies by context

/** Before "group", what makes it a body that campaigns: "campaign group Foxglove", "patient group Healthwatch …". */
const CAMPAIGNING: ReadonlySet<string> = new Set(['campaign', 'campaigning', 'pressure', 'advocacy', 'lobby', 'privacy', 'patient', 'patients', 'rights']);
const COMPANY_NOUN_SET = new Set(['charity', 'company', 'start-up', 'startup', 'firm', 'supplier', 'provider', 'consultancy', 'specialist', 'partner', 'developer', 'vendor', 'auditor', 'auditors', 'contractor', 'manufacturer', 'integrator', 'reseller', 'distributor']);
const BRAND = /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*|[A-Z]{3,}[a-z]*|[A-Z][A-Za-z]*[.+][A-Z][A-Za-z]*)$/;
const COMPANY_VERBS = new Set(`has have is are was were supported supports provides provided provide deliver delivers delivered helped helps maintains
maintained give gives gave works worked partnered partners announced launched offers offered builds built develops developed supplies supplied
specialises specializes acquired raised won employs said says`.split(/\s+/));
/**
 * Words of buying a business, each with the words that may stand between it and the business: a verb takes its
 * object directly or after "by" in the passive ("acquired by"), a noun takes "of" or "by", "took over", "merged with".
 */
const ACQUIRING = new Map<string, readonly string[]>([
  ...['acquired', 'acquire', 'acquires', 'acquiring', 'bought', 'buys', 'buying'].map((w) => [w, ['', 'by']] as const),
  ...['acquisition', 'takeover'].map((w) => [w, ['of', 'by']] as const),
  ...['took', 'taken', 'take', 'takes'].map((w) => [w, ['over']] as const),
  ['merged', ['with']],
  // ("the merger of Ardent Care Systems and Pathway Connect": both parties; "its purchases of … SlotSure")
  ['merger', ['with', 'of', 'between']],
  ...['purchase', 'purchases'].map((w) => [w, ['of']] as const),
]);
/** Where the name of a party to a deal that starts at word k ends: up to four capitalised words. */
function partyEnd(words: readonly Word[], k: number): number {
  let e = k + 1;
  while (e < words.length && e - k < 4 && words[e]!.gap === ' ' && words[e]!.cap && !words[e - 1]!.possessive && !NON_NAME_WORDS.has(words[e]!.t)) e++;
  return e;
}
const COMPANY_POSSESSIONS = /^(?:technical|existing|longstanding|long-standing|team|teams|expertise|solutions?|staff|network|experience|partnerships?|customers|clients|founder|ceo|chief|platform|software|products?|services|work)$/i;

/** A capital after the first character: "ReStart", "GigXR", "OX.DH", "EXI". */
function hasInnerCapital(t: string): boolean {
  for (let k = 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * "the Qilin ransomware group", "the August 2022 LockBit ransomware attack", "the ransomware gang Rhysida": a criminal
 * group named by its ransomware is an organisation (ANNOTATION.md lists named bodies of every kind).
 */
export function ransomwareGroups(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  if (!ctx.doc.norm.includes('ransomware')) return out;
  const named = (x: Word | undefined) => x !== undefined && (x.cap || x.upper || BRAND_SHAPE.test(x.t)) && !NON_NAME_WORDS.has(x.t) && !isPlaceName(x.bare) && x.t !== 'NHS';
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.t !== 'ransomware') continue;
    // the name before: one or two words ("INC Ransom ransomware" is rare; "LockBit ransomware" is not)
    const p = words[i - 1]!;
    if (words[i]!.gap === ' ' && named(p) && !p.first) {
      let s = i - 1;
      if (s > 0 && words[s]!.gap === ' ' && named(words[s - 1]) && !words[s - 1]!.first && !/^\d/.test(words[s - 1]!.t)) s--;
      out.push({ type: 'organisation', s, e: i, rule: 'ransomware-group', prio: 2 });
      continue;
    }
    // the name after "ransomware group/gang"
    const g = words[i + 1];
    const n = words[i + 2];
    if (g && (g.t === 'group' || g.t === 'gang') && n && n.gap === ' ' && named(n)) {
      let e = i + 3;
      if (words[e] && words[e]!.gap === ' ' && words[e]!.cap && !NON_NAME_WORDS.has(words[e]!.t)) e++;
      out.push({ type: 'organisation', s: i + 2, e, rule: 'ransomware-group', prio: 2 });
    }
  }
  return out;
}

const INVESTOR_NOUNS = new Set(['investors', 'backers', 'investor', 'backer', 'Investors', 'Backers', 'Investor', 'Backer']);
const INVESTOR_LIST_INTRO = new Set(['including', 'such', 'like']);
/** Words before a firm that advises, analyses or counts the market, with the preposition that takes the firm. */
const ADVISER_CUES = new Map([['advised', 'by'], ['analysts', 'at'], ['Analysts', 'at'], ['compiled', 'by'], ['figures', 'from']]);
/** Words that name who funds a round, with the preposition that takes the funder ("a round led by", "participation from"). */
const FUNDING_CUES = new Map([['led', 'by'], ['participation', 'from'], ['backing', 'from'], ['support', 'from']]);
/** What kind of investor, in lower case between where it is based and its name ("Boston-based investor Northstar …"). */
const INVESTOR_KIND = /^(?:investor|investors|fund|firm|venture|capital|investment|private|equity|growth|specialist|healthcare|health)$/;

/** A funding round a few words before "led by": "a £6.5 million round led by", "Series B led by", "raised £40m, led by". */
function fundingBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (/^(?:round|raise|raised|raising|funding|investment|Series|seed)$/.test(words[k]!.t)) return true;
  return false;
}

/**
 * Investors named after the word for them: "existing investors Ahren Innovation Capital and Oxford Science
 * Enterprises", "backers including Kindred Capital". Bodies, not suppliers (no rule of COMPANY_RULES).
 */
export function investorsNamed(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const nameWord = (w: Word | undefined) => w !== undefined && w.cap && !NON_NAME_WORDS.has(w.t) && !FIRST_NAMES.has(w.bare) && !isTitleHead(w) && !DEMONYMS.has(w.bare);
  for (let i = 0; i + 1 < words.length; i++) {
    let k = i + 1;
    if (!INVESTOR_NOUNS.has(words[i]!.t)) {
      // "a round led by Par Equity", "advised by Shoosmiths", "analysts at Peel Hunt", "figures compiled by Dealroom"
      // (the next word's first letter before the map: this loop sees every word of every article)
      const by = words[i + 1]!;
      const b0 = by.t.charCodeAt(0);
      if (b0 !== 98 && b0 !== 97 && b0 !== 102) continue;
      if (by.gap !== ' ' || !(ADVISER_CUES.get(words[i]!.t) === by.t || (FUNDING_CUES.get(words[i]!.t) === by.t && fundingBefore(words, i)))) continue;
      k = i + 2;
      // ("led by the Development Bank of Wales", "participation from the Northern Powerhouse Investment Fund"; not
      // "analysts at the ICB", who work for the body)
      if (words[k]?.t === 'the' && words[k]!.gap === ' ' && nameWord(words[k + 1]) && ADVISER_CUES.get(words[i]!.t) !== by.t) k++;
    } else if (INVESTOR_LIST_INTRO.has(words[k]!.t) && words[k]!.gap === ' ') k += words[k]!.t === 'such' && words[k + 1]?.t === 'as' ? 2 : 1;
    for (let items = 0; items < 5 && k < words.length && words[k]!.gap === ' ' && nameWord(words[k]); items++) {
      // ("led by Boston-based Harbourline Capital", "led by Boston-based investor Northstar Health Ventures": where the
      // investor is based, and what kind of investor it is, are no part of its name)
      if (BASED.test(words[k]!.t)) {
        let j = k + 1;
        while (j < words.length && j - k <= 3 && words[j]!.gap === ' ' && INVESTOR_KIND.test(words[j]!.t)) j++;
        if (!(words[j]?.gap === ' ' && nameWord(words[j]))) break;
        k = j;
      }
      const s = k;
      // ("Development Bank of Wales": "of" inside a name, before another of its words)
      while (k < words.length && k - s < 5 && (k === s || words[k]!.gap === ' ') && (nameWord(words[k]) || (k > s && (words[k]!.t === '&' || (words[k]!.t === 'of' && words[k + 1]?.gap === ' ' && nameWord(words[k + 1])))))) k++;
      // (a place alone is where investors are, not one of them)
      if (!isPlaceName(words.slice(s, k).map((w) => w.t).join(' '))) out.push({ type: 'organisation', s, e: k, rule: 'investor-x', prio: 3 });
      // ("Oxford Science Enterprises (OSE) and Parkwalk Advisors": past the acronym the name defines)
      const acronym = words[k]?.gap === ' (' && words[k]!.upper && words[k + 1]?.gap === ') ';
      if (acronym) k++;
      const link = words[k];
      if (link && (link.t === 'and' || link.t === '&') && (link.gap === ' ' || acronym)) k++;
      else if (link && link.gap === ', ' && nameWord(link)) continue;
      else break;
    }
  }
  return out;
}

/** Heads that some bodies write before their area, with the rule that names them. */
const HEAD_FIRST_BODIES: readonly (readonly [readonly string[], string])[] = [
  [['Health', 'and', 'Social', 'Care'], 'health-and-social-care-x'],
  [['Integrated', 'Care'], 'integrated-care-x'],
];

/**
 * "Health and Social Care North Lanarkshire", "Health and Social Care Moray": a Scottish health and social care
 * partnership named head first, before its area (the tail form, "South Lanarkshire Health and Social Care
 * Partnership", ends on its head and is read as other bodies are); "Integrated Care Northamptonshire", an integrated
 * care system named so.
 */
export function headFirstPartnerships(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (const [head, rule] of HEAD_FIRST_BODIES) {
    for (let i = 0; i + head.length < words.length; i++) {
      // (the first word alone first: a closure per word of the article was 8% of the pipeline's allocation)
      if (words[i]!.t !== head[0] || head.some((t, k) => words[i + k]!.t !== t)) continue;
      if (words.slice(i + 1, i + head.length + 1).some((w) => w.gap !== ' ')) continue;
      const pv = words[i - 1];
      if (pv && pv.cap && !pv.first && words[i]!.gap === ' ') continue;
      for (let n = 3; n >= 1; n--) {
        const e = i + head.length + n;
        if (e > words.length || words.slice(i + head.length, e).some((w) => !w.cap || w.gap !== ' ')) continue;
        if (!isPlaceName(words.slice(i + head.length, e).map((w) => w.bare).join(' '))) continue;
        const nx = words[e];
        if (nx && nx.gap === ' ' && nx.cap) break;
        out.push({ type: 'organisation', s: i, e, rule, prio: 4 });
        break;
      }
    }
  }
  return out;
}

/** A number or an amount written as a word: "11", "1,200", "2.4m", "£3bn". */
const AMOUNT_WORD = /^[£$€]?[\d.,]+(?:m|bn|k|mn)?$/;

const HOSPITAL_PLURALS = new Set(['hospitals', 'hospices', 'infirmaries']);
/** Other bodies a counted plural can list by their short names: "the remaining three boards (Cwm Taf Morgannwg, Hywel Dda and Powys)". */
const BODY_PLURALS = new Set(['boards', 'trusts', 'councils', 'ICBs']);
const COUNTED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|its|their|the)$/i;
/** The number a count word before a plural says, or null ("three", "3"; not "its"). */
const countOf = (w: Word | undefined): number | null => (w === undefined ? null : /^\d{1,2}$/.test(w.t) ? Number(w.t) : /^[A-Za-z]+$/.test(w.t) ? readWords(w.t, false) : null);

/**
 * "One Devon – the integrated care system covering Devon", "Our Dorset, the ICS that …", "digital lead for One Bromley,
 * said": a care system or local partnership branded "One" or "Our" and its area (up to four words ending on a place).
 * Only before an apposition opened by "the", "a" or "its", or inside a sentence before punctuation: "One Devon hospital
 * has …" counts a hospital.
 */
export function placeBrandedBodies(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (w.t !== 'One' && w.t !== 'Our') continue;
    for (let n = Math.min(4, words.length - i - 1); n >= 1; n--) {
      const area = words.slice(i + 1, i + 1 + n);
      if (area.some((x, k) => !x.cap || x.gap !== ' ' || (k < n - 1 && x.possessive))) continue;
      // the area ends on a place ("Healthier South East London" ends on "South East London")
      let place = false;
      for (let k = 0; k < n && !place; k++) place = isPlaceName(area.slice(k).map((x) => x.bare).join(' '));
      if (!place) continue;
      const after = words[i + 1 + n];
      const apposed = after !== undefined && (after.gap === ', ' || after.gap === ' - ') && /^(?:the|a|an|its)$/.test(after.t);
      const closes = after === undefined || (after.gap !== ' ' && after.gap !== '-' && !w.first) || area[n - 1]!.possessive;
      if (apposed || closes) out.push({ type: 'organisation', s: i, e: i + 1 + n, rule: 'place-branded-body', prio: 3 });
      break;
    }
  }
  return out;
}

/**
 * "Cheshire and Merseyside Acute and Specialist Trusts (CMAST)": trusts named together as one body, with the initials
 * that spell the name in brackets after it (a plural "Trusts" alone heads no name: "NHS Trusts", "acute trusts").
 */
export function initialledTrustGroups(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.t !== 'Trusts') continue;
    const s = initialledName(words, i);
    if (s >= 0 && s < i) out.push({ type: 'organisation', s, e: i + 1, rule: 'x-trusts', prio: 3, acronym: words[i + 1]!.t });
  }
  return out;
}

/** Words before a hospital's short name that say it is a place one is treated at or moved to. */
const SITE_BEFORE = new Set(['at', 'the', 'to', 'from']);
/**
 * "seen at Royal Preston, then transferred to Blackpool Victoria", "systems at Salford Royal": a hospital by its short
 * name, "Royal" and its town (or the town and "Royal", "Victoria"), after a word that puts it as a site (the town and
 * "Royal" anywhere). The weakest priority, so a trust the article names this way ("Royal Cornwall" for Royal Cornwall
 * Hospitals NHS Trust) keeps it as an alias.
 */
export function hospitalShortNames(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    const nx = words[i + 1]!;
    // (the word tests first: this loop sees every word of every article)
    const town = w.t === 'Royal' ? nx : nx.t === 'Royal' || nx.t === 'Victoria' ? w : null;
    if (town === null) continue;
    // ("two hospital sites – Salford Royal and Royal Oldham Hospital": a town, then "Royal", is a hospital wherever it stands)
    const townFirst = town === w && nx.t === 'Royal';
    if (!((SITE_BEFORE.has(words[i - 1]!.t) && w.gap === ' ') || townFirst) || nx.gap !== ' ' || !w.cap || !nx.cap || w.possessive || !isPlaceName(town.bare)) continue;
    // ("the Royal Cornwall Hospital", "at Royal Derby and Burton": a longer name goes on)
    const after = words[i + 2];
    if (after && after.cap && (after.gap === ' ' || after.gap === '-')) continue;
    if (after && after.t === 'and' && words[i + 3]?.cap && !townFirst) continue;
    out.push({ type: 'organisation', s: i, e: i + 2, rule: 'hospital-short-name', prio: 1 });
    i++;
  }
  return out;
}

/**
 * Hospitals named under one plural head, each a body: "at Glangwili and Withybush hospitals", "its three main
 * hospitals, Ysbyty Gwynedd, Glan Clwyd and Wrexham Maelor". Not when an item is a place ("London and Leeds
 * hospitals" are hospitals in two cities) or a word that names nothing. Other bodies too, by their short names in
 * brackets after as many as the plural counts: "Three health boards (Aneurin Bevan, Cardiff and Vale, and Swansea
 * Bay)", "the remaining three boards (Cwm Taf Morgannwg, Hywel Dda and Powys)", where a place's name is the body's.
 */
export function hospitalsListed(ctx: Ctx): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  const nameWord = (w: Word | undefined) => w !== undefined && w.cap && !NON_NAME_WORDS.has(w.t) && !COMMON_ACRONYMS.has(w.bare) && !ORG_HEADS_STRONG.has(w.bare);
  const emit = (items: [number, number][], rule = 'hospitals-listed', placesToo = false) => {
    if (items.length < 2) return;
    if (!placesToo) for (const [s, e] of items) if (isPlaceName(words.slice(s, e).map((w) => w.t).join(' '))) return;
    for (const [s, e] of items) out.push({ type: 'organisation', s, e, rule, prio: 2 });
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const hospitals = HOSPITAL_PLURALS.has(w.t);
    if (!hospitals && !BODY_PLURALS.has(w.t)) continue;
    // before the head: "A and B hospitals", "A, B and C hospitals"
    if (hospitals && w.gap === ' ' && nameWord(words[i - 1])) {
      const items: [number, number][] = [];
      let e = i;
      let k = i - 1;
      for (;;) {
        let s = k;
        while (s > 0 && e - s < 3 && words[s]!.gap === ' ' && nameWord(words[s - 1]) && !words[s - 1]!.possessive) s--;
        if (!nameWord(words[s]) || words[s]!.first) break;
        items.unshift([s, e]);
        const link = words[s - 1];
        if (link && (link.t === 'and' || link.t === '&') && words[s]!.gap === ' ' && items.length === 1 && nameWord(words[s - 2])) {
          e = s - 1;
          k = s - 2;
          continue;
        }
        if (words[s]!.gap === ', ' && items.length > 1 && nameWord(words[s - 1])) {
          e = s;
          k = s - 1;
          continue;
        }
        break;
      }
      emit(items);
    }
    // after the head, counted: "its three main hospitals, A, B and C" (an apposition that ends where the sentence
    // or a comma does)
    const next = words[i + 1];
    const counted = COUNTED.test(words[i - 1]!.t) || (i > 1 && COUNTED.test(words[i - 2]!.t));
    const bracketed = next !== undefined && next.gap === ' (';
    // (bodies other than hospitals only in brackets, and only as many as counted)
    const count = bracketed ? (countOf(words[i - 1]) ?? (i > 1 ? countOf(words[i - 2]) : null)) : null;
    if (next && (hospitals ? next.gap === ', ' || bracketed : count !== null) && next.sent === w.sent && counted) {
      const items: [number, number][] = [];
      let k = i + 1;
      let last = false;
      // ("(Aneurin Bevan, Cardiff and Vale, and Swansea Bay)": where ", and" closes the bracketed list, an "and" with no
      // comma joins the words of one name)
      let oxford = false;
      for (let q = i + 2; bracketed && q < Math.min(words.length, i + 24) && !words[q]!.gap.startsWith(')'); q++) if (words[q]!.t === 'and' && words[q]!.gap === ', ') oxford = true;
      const inName = (k: number, s: number) => (nameWord(words[k]) && (k === s || words[k]!.gap === ' ')) || (oxford && k > s && words[k]!.t === 'and' && words[k]!.gap === ' ' && nameWord(words[k + 1]) && words[k + 1]!.gap === ' ');
      for (;;) {
        const s = k;
        while (k < words.length && k - s < (oxford ? 5 : 3) && inName(k, s)) k++;
        if (k === s) break;
        items.push([s, k]);
        const after = words[k];
        if (last) {
          const ends = !after || after.sent !== w.sent || (bracketed ? after.gap.startsWith(')') : after.gap === ', ' || /^[.;)]/.test(after.gap));
          if (ends && (count === null || items.length === count)) emit(items, hospitals ? 'hospitals-listed' : 'bodies-listed', count !== null);
          break;
        }
        if (after && (after.t === 'and' || after.t === '&') && (after.gap === ' ' || after.gap === ', ')) {
          last = true;
          k++;
          if (words[k]?.gap !== ' ') break;
          continue;
        }
        if (after && after.gap === ', ' && items.length < 6) continue;
        break;
      }
    }
  }
  return out;
}

/**
 * Companies named by context: "their official charity CW+", "software company Trellica",
 * a brand-like name ("ReStart", "GigXR") as the subject of a verb or owning a team or expertise,
 * and the subject of a sponsored "Case study: X …" heading.
 */
export function brandRules(ctx: Ctx): Candidate[] {
  const { words, doc } = ctx;
  const out: Candidate[] = [];
  const flags = ctx.flags;
  for (let i = 0; i < words.length; i++) {
    // a company noun or "study" (TRIG), or a brand-like name with an inner capital (INNER)
    if ((flags[i]! & (TRIG | INNER)) === 0) continue;
    const w = words[i]!;
    // charity CW+, company Trellica, campaign group Foxglove
    const groupOf = w.t === 'group' && i > 0 && w.gap === ' ' && CAMPAIGNING.has(words[i - 1]!.t);
    if (w.cap ? false : (COMPANY_NOUN_SET.has(w.t) || groupOf) && words[i + 1] && words[i + 1]!.gap === ' ' && (words[i + 1]!.cap || BRAND.test(words[i + 1]!.t))) {
      const x = words[i + 1]!;
      // "the charity Together for Mental Wellbeing", "the charity Doctors of the World": a name that goes on with
      // "for" or "of" and a capitalised word that names no place
      const joinedAt = (k: number) => {
        const j = words[k];
        if (!j || j.gap !== ' ' || (j.t !== 'for' && j.t !== 'of')) return 0;
        const n = words[k + 1]?.t === 'the' && words[k + 1]!.gap === ' ' ? k + 2 : k + 1;
        const c = words[n];
        return c && c.gap === ' ' && c.cap && !NON_NAME_WORDS.has(c.t) && !isPlaceName(c.bare) && c.t !== 'NHS' ? n : 0;
      };
      if ((NON_NAME_WORDS.has(x.t) && !joinedAt(i + 2)) || GENERIC_PRODUCT_WORDS.has(x.t) || COMMON_ACRONYMS.has(x.bare) || ORG_HEADS_STRONG.has(x.bare)) continue;
      let e = i + 2;
      let limit = 4;
      for (;;) {
        if (e < words.length && e - i < limit && words[e]!.gap === ' ' && words[e]!.cap && !words[e - 1]!.possessive && !NON_NAME_WORDS.has(words[e]!.t)) {
          e++;
          continue;
        }
        // one "for" or "of" joins the name, and two more capitalised words may follow its first
        const joined = limit === 4 && !words[e - 1]!.possessive ? joinedAt(e) : 0;
        if (!joined) break;
        limit = joined + 3 - i;
        e = joined + 1;
      }
      // "provider Locala Health and Wellbeing": a name may end in "Health and Wellbeing" or "Health and Care"
      // (not "… Health and Care Partnership", a body of its own that other rules name)
      const join = words[e];
      const closing = words[e + 1];
      if (/^(?:Health|Care)$/.test(words[e - 1]!.t) && join && (join.t === 'and' || join.t === '&') && join.gap === ' ' && closing?.gap === ' ' && /^(?:Wellbeing|Care|Health)$/.test(closing.t) && !(words[e + 2]?.gap === ' ' && words[e + 2]!.cap)) e += 2;
      out.push({ type: 'organisation', s: i + 1, e, rule: 'company-x', prio: 3 });
      continue;
    }
    // Case study: ReStart in the East of England
    if (w.t === 'study' && words[i - 1]?.t === 'Case' && words[i + 1] && words[i + 1]!.gap === ': ') {
      const x = words[i + 1]!;
      // (not "Case study: AI-assisted triage …": a compound adjective opens no name)
      if (x.cap && !NON_NAME_WORDS.has(x.t) && !COMPOUND_ADJECTIVE.test(x.t)) {
        let e = i + 2;
        while (e < words.length && e - i < 4 && words[e]!.gap === ' ' && words[e]!.cap && !NON_NAME_WORDS.has(words[e]!.t)) e++;
        out.push({ type: 'organisation', s: i + 1, e, rule: 'case-study-x', prio: 2 });
      }
      continue;
    }
    // ReStart has been working with …; ReStart's technical expertise
    // (not a surname, "McAllister said", nor one lower-case letter before capitals, "iPM has", "eMAR was": products)
    if (w.t.length > 2 && hasInnerCapital(w.t) && !w.upper && BRAND.test(w.bare) && !/^Ma?c[A-Z]/.test(w.bare) && !/^[a-z][A-Z]/.test(w.bare) && !COMMON_ACRONYMS.has(w.bare) && !NON_NAME_WORDS.has(w.bare) && !GENERIC_PRODUCT_WORDS.has(w.bare)) {
      const nx = words[i + 1];
      if (!nx || nx.gap !== ' ') continue;
      const pv = words[i - 1];
      if (pv && w.gap === ' ' && (pv.cap || pv.t === 'the' || pv.t === 'a')) continue;
      if (w.upper && w.bare.length < 4) continue;
      if ((!w.possessive && COMPANY_VERBS.has(nx.t)) || (w.possessive && COMPANY_POSSESSIONS.test(nx.t))) {
        out.push({ type: 'organisation', s: i, e: i + 1, rule: 'brand-subject', prio: 1 });
      }
    }
  }
  // "Lunit acquired Volpara Health", "the acquisition of Inhealthcare by Doccla": who buys a business and the
  // business bought are companies
  for (let i = 0; i + 1 < words.length; i++) {
    const between = ACQUIRING.get(words[i]!.t);
    if (!between) continue;
    let k = i + 1;
    if (between.includes(words[k]?.t ?? '')) k++;
    else if (!between.includes('')) continue;
    // ("bought by Nordic health-tech group Medivance": a nationality and what the buyer is come before its name)
    if (words[k] && DEMONYMS.has(words[k]!.bare)) {
      let n = k + 1;
      while (n < words.length && n - k <= 3 && words[n]!.gap === ' ' && /^[a-z][a-z-]*$/.test(words[n]!.t)) n++;
      if (n === k + 1) continue;
      k = n;
    }
    const x = words[k];
    // ("bought UK-based Silverlink Software": the based-x rule names it)
    if (!x || x.gap !== ' ' || !x.cap || NON_NAME_WORDS.has(x.t) || isPlaceName(x.bare) || GENERIC_NAME_WORDS.has(x.t) || BASED.test(x.t) || COMPOUND_ADJECTIVE.test(x.t) || COMMON_ACRONYMS.has(x.bare)) continue;
    const e = partyEnd(words, k);
    // ("avoided buying Quorvex tools trust by trust": a name before a plural noun modifies what is bought)
    if (words[e] && words[e]!.gap === ' ' && /^[a-z]+s$/.test(words[e]!.t) && PRODUCT_NOUNS.has(words[e]!.t.slice(0, -1))) continue;
    out.push({ type: 'organisation', s: k, e, rule: 'acquired-x', prio: 1 });
    // "the merger of X and Y": the second party too
    const and = words[e];
    const y = words[e + 1];
    if (words[i]!.t === 'merger' && and?.t === 'and' && and.gap === ' ' && y && y.gap === ' ' && y.cap && !NON_NAME_WORDS.has(y.t) && !isPlaceName(y.bare) && !GENERIC_NAME_WORDS.has(y.t)) {
      out.push({ type: 'organisation', s: e + 1, e: partyEnd(words, e + 1), rule: 'acquired-x', prio: 1 });
    }
  }
  // "Edinburgh-based Blackford Analysis", "Manchester-based Patchs Health": a name after where it is based is a body
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!w.cap || w.t.length < 8 || !BASED.test(w.t)) continue;
    // ("Manchester's Epic-based Hive EPR": what a system is built on is no place)
    if (basedPlaceStart(words, i, BASED.exec(w.t)![1]!) < 0) continue;
    let e = i + 1;
    while (e < words.length && e - i <= 4 && words[e]!.gap === ' ' && words[e]!.cap && !NON_NAME_WORDS.has(words[e]!.t) && !words[e - 1]!.possessive) e++;
    const named = words.slice(i + 1, e);
    if (named.length === 0 || FIRST_NAMES.has(named[0]!.bare) || isPlaceName(named.map((x) => x.bare).join(' ')) || onlyGeneric(named)) continue;
    out.push({ type: 'organisation', s: i + 1, e, rule: 'based-x', prio: 2 });
  }
  // "One Care, the GP federation for Bristol …", "Kinetiq, a London start-up": the apposition says what the name is
  for (const m of anchoredMatches(doc.norm, APPOSED_ANCHOR, APPOSED_BODY)) {
    const span = wordsAt(ctx, m.index, m[1]!.length);
    if (!span) continue;
    let [s, e] = span;
    // ("Oxford-based Ufonia, the company behind …": where it is based is no part of the name)
    if (e - s > 1 && BASED.test(words[s]!.t)) s++;
    const named = words.slice(s, e);
    // (charities and hospices are often named after a person: "Anna Freud, the children's mental health charity")
    const namedForPerson = FIRST_NAMES.has(named[0]!.bare) && !/ (?:charity|hospice)$/.test(m[0]);
    if (e - s > 4 || !named[named.length - 1]!.cap || namedForPerson || isPlaceName(m[1]!)) continue;
    // ("One Care": a numeral may open a body's name; "Carers First", "Cornwall People First": "First" may close one)
    const nameWord = (x: Word, k: number) => (k === 0 && x.t === 'One' && e - s > 1) || (k > 0 && x.t === 'First');
    if (named.some((x, k) => (NON_NAME_WORDS.has(x.t) && !nameWord(x, k)) || HONORIFICS.has(x.t)) || isRoleWord(named[0]!)) continue;
    // (a name further left, "Chief executive of One Care", is not this name's start)
    const pv = words[s - 1];
    if (pv && named[0]!.gap === ' ' && pv.cap) continue;
    out.push({ type: 'organisation', s, e, rule: 'apposed-body', prio: 2 });
  }
  // "at Compton Care in Wolverhampton": a name of two or more words between "at" and "in <place>" is where
  // someone works or something went live, a body
  for (const m of anchoredMatches(doc.norm, AT_IN_ANCHOR, AT_X_IN_PLACE)) {
    if (!isPlaceName(m[2]!)) continue;
    const span = wordsAt(ctx, m.index + m[0].indexOf(m[1]!), m[1]!.length);
    if (!span) continue;
    // ("at LCHS's Johnson Community Hospital in Spalding": an acronym's possessive is the owner, not part of the name)
    let s0 = span[0];
    for (let k = s0; k < span[1] - 1; k++) if (words[k]!.possessive && words[k]!.upper) s0 = k + 1;
    const named = words.slice(s0, span[1]);
    if (FIRST_NAMES.has(named[0]!.bare) || isPlaceName(m[1]!) || named.some((x) => NON_NAME_WORDS.has(x.t) || HONORIFICS.has(x.t) || TIME_WORD.test(x.t) || EVENT_WORDS.test(x.t)) || onlyGeneric(named)) continue;
    // (an event is no body: "launched at Digital Health Rewired in Birmingham", "spoke at … in …")
    if (EVENT_VERB_BEFORE.test(doc.norm.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ type: 'organisation', s: s0, e: span[1], rule: 'at-x-in-place', prio: 1 });
  }
  // "patient records are held in Adastra, supplied by Advanced", "London's care record, built by OneLondon": what is
  // supplied is a product when it is written as a brand, and who supplied it an organisation
  for (const m of anchoredMatches(doc.norm, MADE_BY_ANCHOR, MADE_BY)) {
    const maker = wordsAt(ctx, m.index + m[0].length - m[2]!.length, m[2]!.length);
    if (maker) {
      let [o, oe] = maker;
      // ("developed by London-based Doccla": where the maker is based is no part of its name)
      // ("made by California-based 3Gen": a name that starts with a digit is not read, and "California-based" names no one)
      if (BASED.test(words[o]!.t)) o++;
      const first = words[o];
      // ("made by South Korean company Lunit": a nationality describes the maker named after it)
      // ("first developed by GPs in Salford": a domain's plural initials name no maker)
      if (first !== undefined && o < oe && !FIRST_NAMES.has(first.bare) && !HONORIFICS.has(first.t) && !(oe - o === 1 && COMMON_ACRONYMS.has(first.t)) && !words.slice(o, oe).some((x) => NON_NAME_WORDS.has(x.t)) && !isPlaceName(m[2]!) && !DEMONYMS.has(words[oe - 1]!.bare)) {
        out.push({ type: 'organisation', s: o, e: oe, rule: 'made-by-x', prio: 2 });
      }
    }
    const span = m[1] ? wordsAt(ctx, m.index, m[1].length) : null;
    if (!span) continue;
    const [p, pe] = span;
    const named = words.slice(p, pe);
    const prev = words[p - 1];
    if ((prev && named[0]!.gap === ' ' && prev.cap) || named[0]!.first || FIRST_NAMES.has(named[0]!.bare)) continue;
    // ("Windows Hello for Business": "for" inside a product's name)
    // ("the board's Clinical Portal, supplied by Orion Health": generic words a body's possessive owns name its system)
    const owned = prev !== undefined && named[0]!.gap === ' ' && (prev.possessive || /^(?:its|their)$/i.test(prev.t));
    // (not a kind of system's initials: "its PACS, which is supplied by Philips")
    const ownedGeneric = owned && onlyGeneric(named) && named.length > 1 && !named.some((x) => COMMON_ACRONYMS.has(x.bare));
    if (!ownedGeneric && (!named.every((x, k) => brandWord(x) || BRAND_SHAPE.test(x.bare) || (x.t === 'for' && k > 0 && k < named.length - 1)) || onlyGeneric(named))) continue;
    if (named.some((x) => ORG_HEADS_WEAK.has(x.bare) || (COMPANY_LAST_WORDS.has(x.bare) && !ownedGeneric))) continue;
    out.push({ type: 'product', s: p, e: pe, rule: 'x-made-by', prio: 2 });
  }
  // "theatre scheduling software from Caresyntax", "analysers from Aidian": who a product comes from is a company
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (w.cap || !SUPPLIED_NOUNS.has(w.t) || words[i + 1]!.t !== 'from' || words[i + 1]!.gap !== ' ') continue;
    const first = words[i + 2]!;
    // ("a platform from Edinburgh-based Corvalis Analysis": based-x names it)
    // ("software from Danish firm Auditdata": the nationality describes the company company-x names)
    // ("from South Korean company Lunit": a compass word before a nationality is the nationality's)
    const nationality = isNationality([first.bare]) || (words[i + 3] !== undefined && isNationality([first.bare, words[i + 3]!.bare]));
    if (first.gap !== ' ' || !first.cap || FIRST_NAMES.has(first.bare) || HONORIFICS.has(first.t) || NATIONAL_BY_FIRST.has(first.t) || first.t === 'NHS' || COMPOUND_ADJECTIVE.test(first.t) || BASED.test(first.t) || nationality) continue;
    let e = i + 2;
    while (e < words.length && e - (i + 2) < 3 && (e === i + 2 || (words[e]!.gap === ' ' && !words[e - 1]!.possessive)) && words[e]!.cap && !NON_NAME_WORDS.has(words[e]!.t)) e++;
    // ("from New York-based Paige": a place of two words before "-based", which based-x reads)
    if (words.slice(i + 2, e).some((x) => BASED.test(x.t))) continue;
    const named = words.slice(i + 2, e);
    if (named.length === 0 || isPlaceName(named.map((x) => x.bare).join(' ')) || isPlaceName(first.bare) || onlyGeneric(named)) continue;
    if (named.some((x) => ORG_HEADS_STRONG.has(x.bare) || ORG_HEADS_WEAK.has(x.bare) || isRoleWord(x))) continue;
    // ("provides forensic services from Roseberry Park in Middlesbrough": a site in a town, a hospital, not a company)
    const site = words[e]?.t === 'in' && words[e]!.gap === ' ' && words[e + 1]?.gap === ' ' && isPlaceName(words[e + 1]!.bare);
    out.push({ type: 'organisation', s: i + 2, e, rule: site ? 'site-in-town' : 'product-from-x', prio: 1 });
  }
  // "relies on a version of TelePath that …", "a single instance of Lorenzo": a version of a name is a product
  for (const m of execAll(VERSION_OF, doc.norm)) {
    const at = m.index + m[0].length - m[1]!.length;
    const span = wordsAt(ctx, at, m[1]!.length);
    if (!span) continue;
    const p = span[0];
    // (up to a possessive: "a single instance of Oracle Health's Millennium" names the maker's product)
    let pe = p;
    while (pe < span[1] && !words[pe]!.possessive) pe++;
    const named = words.slice(p, pe);
    const nx = words[pe];
    if (pe === p || (nx && nx.gap === ' ' && nx.cap) || pe < span[1]) continue;
    if (!named.every((x, k) => brandWord(x) || BRAND_SHAPE.test(x.bare) || (k > 0 && /^\d/.test(x.t))) || onlyGeneric(named)) continue;
    out.push({ type: 'product', s: p, e: pe, rule: 'version-of-x', prio: 2 });
  }
  return out;
}

/** The words [s, e) that cover the `length` characters a regular expression matched at `start`, or null. */
function wordsAt(ctx: Ctx, start: number, length: number): [number, number] | null {
  const s = ctx.byStart.get(start);
  if (s === undefined) return null;
  let e = s;
  while (e < ctx.words.length && ctx.words[e]!.e <= start + length) e++;
  return e > s ? [s, e] : null;
}

/** Every word a generic one: no brand ("Patient Portal", "EPR"). */
const onlyGeneric = (named: readonly Word[]) => named.every((x) => GENERIC_PRODUCT_WORDS.has(x.bare) || DIRECT_GENERIC.has(x.bare) || COMMON_ACRONYMS.has(x.bare));

/** "a version of TelePath", "a single instance of Lorenzo". */
const VERSION_OF = /\b(?:a|an|the|its|their|our) (?:(?:new|newer|latest|older|old|legacy|upgraded|single|separate|local|shared|cloud|hosted|bespoke|customised|customized) )?(?:version|instance) of ([A-Z][\w-]*(?: (?:[A-Z][\w-]*|\d+(?:\.\d+)?)){0,2})/g;

/**
 * The matches of `full` (global) that hold a match of `anchor` (global, a cheap literal-led pattern), each
 * tried only around an anchor: `full` opens on an optional capitalised name, which would make it start
 * a match attempt at every character of the article. `full.index` is an offset in `text`.
 */
function* anchoredMatches(text: string, anchor: RegExp, full: RegExp): Generator<RegExpExecArray> {
  let doneTo = 0;
  for (const a of execAll(anchor, text)) {
    const from = Math.max(doneTo, a.index - ANCHOR_REACH_BACK);
    const window = text.slice(from, a.index + a[0].length + ANCHOR_REACH_AHEAD);
    full.lastIndex = 0;
    for (let m = full.exec(window); m; m = full.exec(window)) {
      if (from + m.index + m[0].length <= a.index) continue;
      m.index += from;
      doneTo = m.index + m[0].length;
      yield m;
    }
  }
}
const ANCHOR_REACH_BACK = 120;
const AT_IN_ANCHOR = / in [A-Z]/g;
const EVENT_WORDS = /^(?:Rewired|Expo|ConfedExpo|Conference|Summit|Festival|Show|Awards?|Week|Congress|Live|Forum|Symposium|Exhibition|Roadshow|Hackathon|Meetup|Day|Christmas|Easter)$/;
const EVENT_VERB_BEFORE = /\b(?:spoke|speaking|speak|presented|presenting|launched|unveiled|announced|showcased|hosted|held|attended|attending|exhibited|exhibiting|demonstrated|appeared)\s+$/i;
const AT_X_IN_PLACE = /\bat ([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}) in ([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b/g;
const ANCHOR_REACH_AHEAD = 80;
// (the verb leads, so the search only stops at these words; MADE_BY then reads the comma, or the common noun before the
// verb: "remote monitoring supplied by Vitalink")
const MADE_BY_ANCHOR = /\b(?:supplied|built|developed|made|manufactured|designed|created|licensed|won) by /g;
/** "Crosscare, the hospice system from Advanced": a kind of body followed by a system noun names a product. */
const SYSTEM_AFTER_KIND = String.raw` (?:system|software|platform|app|application|record|tool|solution|product|portal)s?\b`;
/** The kinds of body or company an apposition names ("One Care, the GP federation for …", "EMPATH, the pathology partnership …", "NECS, the commissioning support unit …"). */
const APPOSED_KINDS = String.raw`(?:GP federation|federation|charity|hospice|organisation|social enterprise|community interest company|primary care network|start-up|startup|company|firm|pathology partnership|pathology network|imaging network|commissioning support unit)`;
/** A GP practice, which an apposition may describe at more length ("Health E1, the specialist homeless GP practice"). */
const APPOSED_PRACTICE = String.raw`(?:GP practice|GP surgery|medical practice)`;
/** An apposition naming one of those kinds (not inside a hyphenated word, "a hospice-specific record", nor a system's kind). */
// (a charity or a practice may be described at more length, "the children's mental health charity")
const APPOSED_KIND_SRC = String.raw`, (?:the|a|an) (?:(?:[\w'-]+ ){0,2}?${APPOSED_KINDS}|(?:[\w'-]+ ){0,3}?(?:charity|${APPOSED_PRACTICE}))\b(?!-|['’]s|${SYSTEM_AFTER_KIND})`;
const APPOSED_ANCHOR = new RegExp(APPOSED_KIND_SRC, 'g');

/** A thing, then who supplied, built or made it: "Adastra, supplied by Advanced". */
// (a full stop inside the maker's name only before a letter: "Inc.", not "… by Orion Health. Hospice data …")
// ("a single-use chest patch made by Ostra Biosignals": "made" or "manufactured" only after a thing a company makes,
// not "a decision made by the board")
const MADE_BY = new RegExp(String.raw`(?:(?:\b([A-Z][\w-]*(?: (?:for )?[A-Z][\w-]*){0,3}))?, (?:(?:which|that) (?:is|was|are|were) )?(?:supplied|built|developed|made|designed|created|licensed|won)|(?<=\b[a-z][a-z-]*) (?:supplied|built|developed|designed|licensed)|(?<=\b(?:${MADE_THINGS.join('|')})s?) (?:made|manufactured)) by (?:the )?([A-Z](?:[\w-]|\.(?=\w))*(?: [A-Z](?:[\w-]|\.(?=\w))*){0,3})`, 'g');

/** A name, then an apposition saying it is a body or a company. */
const APPOSED_BODY = new RegExp(String.raw`\b([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|&|and|of|for)){0,4}?)${APPOSED_KIND_SRC}`, 'g');

// the words the loops above start from, marked by indexWords (TRIG)
for (const set of [COMPANY_NOUN_SET, PRODUCT_NOUNS, SYSTEM_PLURALS, ENGINE_PLURALS]) for (const x of set) TRIGGER_WORDS.add(x);
TRIGGER_WORDS.add('group');
for (const x of ['study', 'app', 'App', 'platform', 'Platform', 'Record', 'record', 'Portal', 'Register', 'Dataset', 'Environment', 'System', 'Solution', 'called', 'named', 'branded', ...SUPPLIED_NOUNS]) TRIGGER_WORDS.add(x);
