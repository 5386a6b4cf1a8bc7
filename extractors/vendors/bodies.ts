// Health and care bodies: the customers a vendor can have. Names come from the entities
// extractor when it has run (canonical names, aliases, mentions); this module also finds
// them by their head noun ("… NHS Foundation Trust", "… ICB", "… Hospital"), so customers
// are found even without upstream entities, and learns acronyms written in brackets.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { overlapTest } from '../../pipeline/span.ts';
import type { EntityRecord } from '../entities/schema.ts';
import { PUBLISHERS } from '../entities/lexicon.ts';
import { execAll } from '../exec-all.ts';

/**
 * The head of a health or care body's name. Networks, collaborations and partnerships of providers buy shared systems
 * ("the Cheshire and Merseyside Radiology Network is working with Sectra"), as Scotland's health and social care
 * partnerships buy care technology.
 */
const HEAD = String.raw`(?:NHS (?:Foundation )?Trust|Foundation Trust|Trust|ICS|ICB|Integrated Care (?:System|Board|Partnership)|Health and Care Partnership|Hospitals?|GP Federation|GP Confederation|GP Alliance|Federation|PCN|Primary Care Network|CCG|Clinical Commissioning Group|Health Board|Ambulance Service|Hospice|Health Centre|Medical Centre|Medical Practice|Pathology Service|Pathology|Community Health Services|Care Group|Imaging Network|Imaging Collaborative|Radiology Consortium|Pathology Network|Pathology Collaboration|Pathology Partnership|Pathology Alliance|Radiology Network|Stroke Network|Stroke Delivery Network|Cardiac Network|Critical Care Network|Trauma Network|Neonatal Network|Genomic Laboratory Hub|Provider Collaborative|Health and Social Care Partnership|HSCP|Operational Delivery Network|Cancer Alliance|Local Maternity and Neonatal System|Local Maternity System|Council|CIC)`;

/** Words allowed inside a body's name before its head ("Guy's and St Thomas'", "Mid and South Essex"). */
const BODY_WORD = String.raw`(?:[A-Z][A-Za-z0-9'-]*|and|&|of|upon)`;

/**
 * A body's name, tried at a word start: a head-first name ("University Hospitals of Leicester NHS Trust"), or up to
 * ten words ending with a head. Sticky: it only runs where a head was found.
 */
const BODY_AT = new RegExp(String.raw`University Hospitals? (?:of )?[A-Z][A-Za-z'-]+(?: (?:and|&) [A-Z][A-Za-z'-]+| [A-Z][A-Za-z'-]+){0,4}(?: (?:NHS )?(?:Foundation )?Trust)?|[A-Z][A-Za-z0-9'-]*(?: ${BODY_WORD}){0,9} ${HEAD}(?![A-Za-z0-9])`, 'y');

/** Where a body's name can end (its head), or a national body named outright. */
const HEAD_SCAN = new RegExp(String.raw`\b(?:${HEAD}|University Hospitals?)(?![A-Za-z0-9])|\bNHS (?:England|Digital|Scotland|Wales|Improvement)\b`, 'g');
const NATIONAL = /^NHS (?:England|Digital|Scotland|Wales|Improvement)$/;
/** Characters a body's name is made of, for walking back from its head. */
const isNameCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 38 || c === 32 || c === 45;
const isWordCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
const REACH = 120;
const INDEFINITE_BEFORE = /(?:^|[^A-Za-z])(?:a|an|A|An)[ \t]+$/;

/** Body names in the text, each the longest that ends at or after a head, in text order. */
function bodyMatches(norm: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let lastEnd = 0;
  HEAD_SCAN.lastIndex = 0;
  for (let h = HEAD_SCAN.exec(norm); h !== null; h = HEAD_SCAN.exec(norm)) {
    const hs = h.index;
    const he = hs + h[0].length;
    if (hs < lastEnd) continue;
    if (NATIONAL.test(h[0])) {
      out.push({ index: hs, text: h[0] });
      lastEnd = he;
      continue;
    }
    let from = hs;
    while (from > 0 && hs - from < REACH && isNameCode(norm.charCodeAt(from - 1))) from--;
    from = Math.max(from, lastEnd);
    for (let s = from; s <= hs; s++) {
      const c = norm.charCodeAt(s);
      if (c < 65 || c > 90 || (s > 0 && isWordCode(norm.charCodeAt(s - 1)))) continue;
      BODY_AT.lastIndex = s;
      const m = BODY_AT.exec(norm);
      if (m && s + m[0].length >= he) {
        // ("how a Bristol PCN cut locum costs", "an NHS Trust": a body introduced with "a" is a kind of body, not a name)
        if (INDEFINITE_BEFORE.test(norm.slice(Math.max(0, s - 4), s))) break;
        out.push({ index: s, text: m[0] });
        lastEnd = s + m[0].length;
        HEAD_SCAN.lastIndex = Math.max(HEAD_SCAN.lastIndex, lastEnd);
        break;
      }
    }
  }
  return out;
}

/** Any of these in a name makes it a health or care body. */
const HEALTH_MARK = new RegExp(String.raw`(?:^|\s)(?:NHS|${HEAD}|Healthcare NHS|University Hospitals?)(?:\s|$)|\sHealth and Care$`);

/**
 * Leading words the body pattern can swallow that are not part of the name: sentence
 * openers, prepositions, verbs of a heading ("Enhancing …") and a person's role ("CEO of …").
 */
const LEADING_WORD = new Set(
  `The At In On For With By From And As Across Both Each All Here There Explore Read Meet Learn See Why How What When Where Meanwhile
  However Recently Currently Today Also Under Over After Before Through Within Between Including Following Alongside Like Unlike
  CEO CIO CCIO CNIO CTO CFO COO SRO MD GP Chair Chairman Chief Head Director Deputy Lead Manager Officer Executive Founder Programme
  Senior Interim Associate Acting Clinical Digital of and & For`.split(/\s+/),
);

/** Drops leading words that are not part of a body's name; returns how many characters went. */
function leadingCut(text: string): number {
  let cut = 0;
  for (;;) {
    const m = /^(\S+)\s+/.exec(text.slice(cut));
    if (!m) return cut;
    const w = m[1]!;
    if (!LEADING_WORD.has(w) && !/ing$/.test(w) && !/^[a-z]/.test(w)) return cut;
    cut += m[0].length;
  }
}

const ONLY_HEAD = new RegExp(String.raw`^(?:NHS |Acute |Local |Combined |Community )?${HEAD}$`);
const ENDS_WITH_HEAD = new RegExp(String.raw`${HEAD}$`);
const JOIN = new RegExp(String.raw`(?<=${HEAD})(?: (?:and|&)|,(?: and)?) (?:the )?(?=[A-Z])`, 'g');

/** Cuts "A NHS Trust and B NHS Foundation Trust" into its two names. */
function splitBodies(text: string, at: number): { start: number; text: string }[] {
  if (!text.includes(' and ') && !text.includes(' & ') && !text.includes(',')) return [{ start: at, text }];
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const j of execAll(JOIN, text)) {
    out.push({ start: at + from, text: text.slice(from, j.index) });
    from = j.index + j[0].length;
  }
  out.push({ start: at + from, text: text.slice(from) });
  return out.filter((p) => ENDS_WITH_HEAD.test(p.text));
}

export interface BodyMention {
  start: number;
  end: number;
  /** the canonical entity name when upstream knows it, else the written name */
  name: string;
}

/**
 * Councils that are no care bodies: regulators, research funders and the like ("General Medical Council",
 * "Medical Research Council"). A local council buys social care technology; these buy none.
 */
const NOT_A_CARE_COUNCIL = /\b(?:Medical|Research|Midwifery|Professions|Pharmaceutical|Optical|Dental|Chiropractic|Osteopathic|Social Work|Arts|Privy|European|Security|Advisory|Science|Design|Sports?|Student|Youth|Parish|Town|British|National|Cabinet|Executive|Governing|Clinical Senate)\b[\w\s'&-]*Council$/;

export function isHealthBody(name: string): boolean {
  return HEALTH_MARK.test(name) && !NOT_A_CARE_COUNCIL.test(name);
}

/** A national health body the entities extractor knows by name ("Digital Health and Care Wales", "Public Health Wales"), not a publisher. */
function isPublicHealthBody(e: EntityRecord): boolean {
  return e.rule === 'national-body' && /\b(?:Health|Care|NHS)\b/.test(e.name) && !PUBLISHERS.has(e.name);
}

/**
 * An apposition or a relative clause that says the body before it is a health or care provider ("the GP
 * federation for …", "the employee-owned provider of community services in Hull", "which runs 11 practices
 * in Hull"); not a new clause ("acquisition of VMware, the trust has been quoted …"), not a possessive
 * ("Everlight, the trust's current provider").
 */
/** The kinds of service a health or care provider provides: "community services", "mental health services". */
const CARE_SERVICES = String.raw`(?:community|health|healthcare|care|NHS|GP|primary care|mental health|social care)[ \t]+services`;
const HEALTH_APPOSITION = new RegExp(String.raw`^,[ \t]+(?:(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:GP group|federation|hospice|primary care network|PCN|GP practice|practice|care provider|health board|trust|provider[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?${CARE_SERVICES}|(?:community[ \t]+interest[ \t]+company|social[ \t]+enterprise)[ \t]+(?:that|which)[ \t]+(?:provides|runs|delivers)[ \t]+(?:[\w-]+[ \t]+){0,2}?${CARE_SERVICES})|one[ \t]+of[ \t]+(?:[\w'-]+[ \t]+){0,4}?(?:GP groups|federations|hospices|primary care networks|PCNs|GP practices|practices|care providers|health boards|trusts)|which[ \t]+(?:runs|operates|manages)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:GP practices|practices|GP surgeries|surgeries|hospitals|care homes|hospices))\b(?!['\u2019]|\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|did|says|said|then|now|also)\b)`, 'i');
/**
 * "One Care, the GP federation for …", "Modality Partnership, one of England's largest GP groups", "Bromley Healthcare,
 * the community interest company that provides community services": a body whose apposition says it is a health or
 * care provider.
 */
function calledHealthBody(doc: Prepared, e: EntityRecord): boolean {
  return e.mentions.some((m) => HEALTH_APPOSITION.test(doc.norm.slice(m.end, m.end + 90)));
}

/** The written name with a trailing possessive dropped. */
function cleanName(s: string): string {
  return s.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
}

/**
 * Every mention of a health or care body, in text order. Upstream organisation entities
 * that are health bodies come first (they know aliases and canonical names); the pattern
 * fills in what they do not cover.
 */
export function findHealthBodies(doc: Prepared, entities: readonly EntityRecord[]): BodyMention[] {
  const out: BodyMention[] = [];
  const taken: [number, number][] = [];
  for (const e of entities) {
    if (e.type !== 'organisation' || !(isHealthBody(e.name) || isPublicHealthBody(e) || calledHealthBody(doc, e))) continue;
    for (const m of e.mentions) {
      out.push({ start: m.start, end: m.end, name: e.name });
      taken.push([m.start, m.end]);
    }
  }
  const overlaps = overlapTest(taken);
  // "the Philips IntelliSite Pathology Solution": a name upstream reads as a product is no body, whatever its head
  const products: [number, number][] = [];
  for (const e of entities) if (e.type === 'product') for (const m of e.mentions) products.push([m.start, m.end]);
  const overlapsProduct = overlapTest(products);
  const acronyms = new Map<string, string>();
  const norm = doc.norm;
  for (const m of bodyMatches(norm)) {
    // the pattern is greedy so "… University Hospitals NHS Foundation Trust" is one name; a
    // list of bodies joined by "and" is then cut back into its names
    for (const piece of splitBodies(m.text, m.index)) {
      let { start, text } = piece;
      const cut = leadingCut(text);
      start += cut;
      text = text.slice(cut);
      const end = start + text.length;
      if (!text || ONLY_HEAD.test(text) || NOT_A_CARE_COUNCIL.test(text) || overlaps(start, end) || overlapsProduct(start, end)) continue;
      const name = cleanName(doc.text.slice(start, end));
      out.push({ start, end, name });
      const acr = /^ \(([A-Z][A-Za-z0-9]{1,7})\)/.exec(norm.slice(end, end + 12));
      if (acr) acronyms.set(acr[1]!, name);
    }
  }
  if (acronyms.size > 0) {
    const ACR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...acronyms.keys()].join('|')})(?![\p{L}\p{N}])`, 'gu');
    for (const m of execAll(ACR, norm)) {
      const end = m.index + m[0].length;
      if (norm[m.index - 1] === '(' || overlaps(m.index, end)) continue;
      out.push({ start: m.index, end, name: acronyms.get(m[0])! });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
