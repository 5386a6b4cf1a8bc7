// Names that the words around them make a product or a company, whatever the name itself looks like:
// - "the online consultation tool Reachly": a kind of product, then its name;
// - "Pennant Monitor, a tablet and Bluetooth kit from Cardiff-based Pennant Health": a name described as something
//   from a maker;
// - "a Bristol company called Clearpath Digital": a company, then "called" and its name.
// Each reads a few words either side of a cue, so the rules need no list of products or suppliers.
import { isPlaceName } from './places.ts';
import { COMMON_ACRONYMS, COMPANY_RULES, FIRST_NAMES, GENERIC_NAME_WORDS, GENERIC_PRODUCT_WORDS, HONORIFICS, NON_NAME_WORDS, ORG_HEADS_STRONG, PRODUCT_NOUNS, isGenericPlural } from './lexicon.ts';
import { COMPANY_NAME_ENDS, companyNames, type Candidate, type Ctx } from './rules.ts';
import { COMPANY_LAST_WORDS, NOT_A_PRODUCT_OWNED } from '../vendors/lexicon.ts';
import { COMMA, INNER, TRIG, TRIGGER_WORDS, type Word } from './words.ts';

/** Nouns for a company, before "called" or "named". */
const COMPANY_NOUNS = new Set(['company', 'firm', 'start-up', 'startup', 'supplier', 'developer', 'business', 'provider', 'spin-out', 'spinout', 'vendor']);
/** Things a body owns and names, besides PRODUCT_NOUNS ("its electronic bed board, FlowView,"). */
const THING_NOUNS = new Set(['board', 'robot', 'kit', 'module']);
/** Product nouns after "the" that a name in apposition names ("the platform, BadgerNet Neonatal,"). */
const THE_PRODUCT_NOUNS = new Set(['platform', 'system', 'app', 'record', 'portal', 'tool', 'software', 'dashboard', 'module']);
/** "eRedbook", "iPlato": one lower-case letter, then a capitalised word of three or more letters. */
const BRAND_LOWER_FIRST = /^[a-z][A-Z][a-z]{3,}[A-Za-z0-9]*$/;
/** Devices a name is given to ("a chest-worn sensor called Trellis"). */
const DEVICE_NOUNS = new Set(['sensor', 'monitor', 'wearable', 'patch', 'robot', 'device', 'kit', 'cabinet', 'headset', 'tablet', 'watch', 'band', 'camera', 'scanner', 'pump']);
/** Words that make the thing an apposition describes a person or a body, not a product ("a nurse from Leeds"). */
const NOT_A_THING = new Set([
  'company', 'firm', 'start-up', 'startup', 'supplier', 'developer', 'business', 'provider', 'charity', 'trust', 'partner', 'consultancy',
  'nurse', 'doctor', 'gp', 'consultant', 'clinician', 'patient', 'manager', 'director', 'officer', 'lead', 'specialist', 'team', 'group',
  'colleague', 'member', 'resident', 'spokesperson', 'spokesman', 'spokeswoman', 'graduate', 'student', 'researcher', 'volunteer',
]);

/** A word that may be part of a name: capitalised or shaped like a brand, and no function word, title or first name. */
const nameWord = (w: Word) =>
  (w.cap || /[A-Z]/.test(w.t)) && !NON_NAME_WORDS.has(w.t) && !HONORIFICS.has(w.t) && !w.possessive && !/^\d/.test(w.t);

/** The name of up to three words starting at word i, as its end, or i when there is none. */
function nameFrom(words: readonly Word[], i: number): number {
  let e = i;
  while (e < words.length && e - i < 3 && (e === i || words[e]!.gap === ' ') && nameWord(words[e]!)) e++;
  return e;
}

/** A name that stands for a thing: not only generic words, an acronym of the trade, a place or a first name. */
function plausibleName(words: readonly Word[], s: number, e: number): boolean {
  if (e <= s) return false;
  const named = words.slice(s, e);
  if (named.every((w) => GENERIC_PRODUCT_WORDS.has(w.bare) || GENERIC_NAME_WORDS.has(w.bare) || COMMON_ACRONYMS.has(w.bare))) return false;
  if (FIRST_NAMES.has(named[0]!.bare) || named.some((w) => ORG_HEADS_STRONG.has(w.bare))) return false;
  return !isPlaceName(named.map((w) => w.t).join(' '));
}

/** Where the name of up to three words that ends before word i starts, or -1 when no plausible name ends there. */
function nameBefore(words: readonly Word[], i: number): number {
  let s = i - 1;
  while (s > 0 && i - s < 3 && words[s]!.gap === ' ' && nameWord(words[s - 1]!) && !words[s - 1]!.first) s--;
  return nameWord(words[s]!) && plausibleName(words, s, i) ? s : -1;
}

/** What a model of a device is ("robot", "monitors"), besides PRODUCT_NOUNS. */
const MODEL_NOUNS = new Set(['robot', 'robots', 'monitor', 'monitors', 'sensor', 'sensors', 'pump', 'pumps', 'scanner', 'scanners', 'analyser', 'analysers', 'analyzer', 'analyzers', 'cabinet', 'cabinets', 'headset', 'headsets', 'tablet', 'tablets', 'wearable', 'wearables', 'patch', 'patches', 'devices', 'units', 'unit', 'kit', 'kits', 'handset', 'handsets', 'watch', 'watches', 'band', 'bands', 'camera', 'cameras']);
/** A model number: "900", "2", "R8", "X500". */
const MODEL_NUMBER = /^(?:\d{1,4}|[A-Z]{1,3}\d{1,4}[A-Za-z]?)$/;
/** Capitalised words before a number that name a grade, a version of an operating system or a step, not a brand. */
const NOT_A_MODEL_BRAND = new Set(['Windows', 'Band', 'Level', 'Phase', 'Stage', 'Category', 'Tier', 'Type', 'Class', 'Year', 'Ward', 'Room', 'Bay', 'Block', 'Floor', 'Wave', 'Lot', 'Step', 'Version', 'Release', 'Cohort', 'Site', 'Unit', 'Covid', 'COVID', 'Core20PLUS']);
/** A company's verb for its staff: "which employs 14 people". */
const EMPLOYS = /^(?:employs|employed)$/;
/** Participles that name who made a thing after them: "a chest patch made by …". */
const MAKER_VERBS = new Set(['made', 'manufactured', 'supplied', 'built', 'developed', 'designed']);

/**
 * "picked Orrin Health's Orrin Triage": a name that ends as a company's does (and is named after no place), owning a
 * capitalised name that is no title, team or person, owns its product.
 */
function companysProduct(words: readonly Word[], i: number): Candidate | null {
  const w = words[i]!;
  if (i === 0 || !COMPANY_LAST_WORDS.has(w.bare) || words[i - 1]!.gap !== ' ' || !words[i - 1]!.cap || isPlaceName(words[i - 1]!.bare)) return null;
  const s = i + 1;
  const first = words[s];
  if (!first || first.gap !== ' ' || !nameWord(first) || FIRST_NAMES.has(first.bare) || NOT_A_PRODUCT_OWNED.has(first.bare)) return null;
  const e = nameFrom(words, s);
  return plausibleName(words, s, e) && !companyNames().has(words.slice(s, e).map((x) => x.t).join(' ')) ? { type: 'product', s, e, rule: 'company-possessive-product', prio: 2 } : null;
}

/**
 * "Kestrel Digital Care's Kestrel Watch™ system": a name that owns a trade-marked name is the company that makes it.
 * The possessive word is at i.
 */
function trademarkOwner(ctx: Ctx, i: number): Candidate | null {
  const { words } = ctx;
  let e = i + 1;
  while (e < words.length && e - i <= 3 && words[e]!.gap === ' ' && nameWord(words[e]!)) e++;
  if (e === i + 1 || !/^[\u2122\u00AE]/.test(ctx.doc.norm.slice(words[e - 1]!.e, words[e - 1]!.e + 1))) return null;
  // (the owner's own words: capitalised, and not where it is based, "The Leeds-based supplier's ShiftPilot™")
  if (!words[i]!.cap) return null;
  let s = i;
  while (s > 0 && i - s < 3 && words[s]!.gap === ' ' && nameWord(words[s - 1]!) && !/-based$/.test(words[s - 1]!.t)) s--;
  return plausibleName(words, s, i + 1) ? { type: 'organisation', s, e: i + 1, rule: 'trademark-owner', prio: 2 } : null;
}

export function productCues(ctx: Ctx): Candidate[] {
  const { words, flags } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.possessive) {
      const c = companysProduct(words, i);
      if (c) out.push(c);
      const owner = trademarkOwner(ctx, i);
      if (owner) out.push(owner);
    }
    // every cue is a trigger word, a word after ", " ("from", "a", "an") or a brand's inner capital: the flags
    // let the other nine words in ten pass without a look (this loop sees every word of every article)
    if ((flags[i]! & (TRIG | COMMA | INNER)) === 0) continue;
    const w = words[i]!;
    // "under its LumaPatch brand": a brand a company owns
    if (w.t === 'brand' && /^(?:its|their|the)$/.test(words[i - 2]?.t ?? '') && words[i - 1]!.gap === ' ' && w.gap === ' ' && nameWord(words[i - 1]!)) {
      if (plausibleName(words, i - 1, i)) out.push({ type: 'product', s: i - 1, e: i, rule: 'x-brand', prio: 2 });
      continue;
    }
    const next = words[i + 1];
    if (!next) break;
    // "the online consultation tool Reachly": "the", up to three lower-case words, a product noun, then the name
    if (!w.cap && PRODUCT_NOUNS.has(w.t) && next.gap === ' ' && next.cap) {
      let k = i - 1;
      while (k > 0 && i - k <= 3 && words[k + 1]!.gap === ' ' && /^[a-z][a-z-]*$/.test(words[k]!.t) && !/^(?:the|its|their|our|a|an)$/.test(words[k]!.t)) k--;
      if (/^(?:the|its|their|our)$/.test(words[k]!.t) && k < i - 1 && words[k + 1]!.gap === ' ') {
        const e = nameFrom(words, i + 1);
        // (the name closes the phrase: "the patient portal Patients Know Best", not "the app NHS App store")
        const after = words[e];
        if (plausibleName(words, i + 1, e) && !(after && after.gap === ' ' && after.cap)) out.push({ type: 'product', s: i + 1, e, rule: 'kind-then-name', prio: 2 });
      }
      continue;
    }
    // "extended its electronic bed board, FlowView, to …": a thing the body owns, then its name between commas
    if (!w.cap && (PRODUCT_NOUNS.has(w.t) || THING_NOUNS.has(w.t)) && next.gap === ', ' && nameWord(next)) {
      let k = i - 1;
      while (k > 0 && i - k <= 3 && words[k + 1]!.gap === ' ' && /^[a-z][a-z-]*$/.test(words[k]!.t) && !/^(?:its|their|our)$/.test(words[k]!.t)) k--;
      const e = nameFrom(words, i + 1);
      const closes = words[e] === undefined || words[e]!.gap.startsWith(',') || words[e]!.gap.startsWith('.');
      // ("whose neonatal version of the platform, BadgerNet Neonatal, is …": after "the", a product noun proper)
      const owner = /^(?:its|their|our)$/.test(words[k]!.t) || (words[i - 1]!.t === 'the' && THE_PRODUCT_NOUNS.has(w.t));
      if (owner && closes && plausibleName(words, i + 1, e)) out.push({ type: 'product', s: i + 1, e, rule: 'owned-thing-named', prio: 2 });
      continue;
    }
    // "began offering the eRedbook to every new parent": a brand written with a lower-case letter, then a capitalised
    // word ("eRedbook", "iPlato"), after a determiner (not "eMAR" or "ePMA", which are kinds of system)
    if (BRAND_LOWER_FIRST.test(w.t) && /^(?:the|its|their|our|using|uses|use)$/.test(words[i - 1]!.t) && w.gap === ' ') {
      out.push({ type: 'product', s: i, e: i + 1, rule: 'lower-first-brand', prio: 2 });
      continue;
    }
    // "a Bristol company called Clearpath Digital"; "a chest-worn sensor called Trellis" (a device, as "a tool called
    // DERM" is a product)
    if ((w.t === 'called' || w.t === 'named') && next.gap === ' ' && next.cap && (COMPANY_NOUNS.has(words[i - 1]!.t) || DEVICE_NOUNS.has(words[i - 1]!.t))) {
      const e = nameFrom(words, i + 1);
      const company = COMPANY_NOUNS.has(words[i - 1]!.t);
      if (plausibleName(words, i + 1, e)) out.push({ type: company ? 'organisation' : 'product', s: i + 1, e, rule: company ? 'company-called-x' : 'device-called-x', prio: 3 });
      continue;
    }
    // "chose Triagely, from a Bristol company called Clearpath Digital": a name from a company is its product
    if (w.t === 'from' && w.gap === ', ' && (next.t === 'a' || next.t === 'an') && next.gap === ' ') {
      let k = i + 2;
      while (k < words.length && k - i <= 5 && words[k]!.gap === ' ' && !COMPANY_NOUNS.has(words[k]!.t)) k++;
      if (!words[k] || !COMPANY_NOUNS.has(words[k]!.t) || words[k]!.gap !== ' ') continue;
      const s = nameBefore(words, i);
      if (s >= 0) out.push({ type: 'product', s, e: i, rule: 'x-from-a-company', prio: 2 });
      continue;
    }
    // "Pathlight AI, which employs 14 people and was spun out of the University of Warwick,": what only a company does
    if (w.t === 'which' && w.gap === ', ' && next.gap === ' ' && (EMPLOYS.test(next.t) || (next.t === 'was' && words[i + 2]?.t === 'spun'))) {
      const ok = next.t === 'was' || /^(?:\d[\d,]*|around|about|more|over|nearly|some|almost|roughly)$/.test(words[i + 2]?.t ?? '');
      // (the name may open the sentence: such a clause follows a company's first mention)
      let s = i - 1;
      while (s > 0 && i - s < 4 && words[s]!.gap === ' ' && nameWord(words[s - 1]!)) s--;
      if (ok && nameWord(words[i - 1]!) && plausibleName(words, s, i)) out.push({ type: 'organisation', s, e: i, rule: 'x-which-employs', prio: 3 });
      continue;
    }
    // "each PickSafe 900 robot", "two StockSense R8 dispensing robots", "the PulseBand 2 wrist-worn monitor": a brand
    // and its model number before what the thing is
    if (!w.cap && (MODEL_NOUNS.has(w.t) || PRODUCT_NOUNS.has(w.t))) {
      let k = i - 1;
      while (k > 1 && i - k <= 2 && words[k + 1]!.gap === ' ' && /^[a-z][a-z-]*$/.test(words[k]!.t) && !/^(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|its|their|our|new|more|other)$/.test(words[k]!.t)) k--;
      const model = words[k]!;
      const brand = words[k - 1]!;
      // (not a year or a quarter: "in Q3 2025 units")
      if (words[k + 1]!.gap === ' ' && model.gap === ' ' && MODEL_NUMBER.test(model.t) && !/^(?:19|20)\d\d$/.test(model.t) && !/^Q[1-4]$/.test(brand.t) && nameWord(brand) && !NOT_A_MODEL_BRAND.has(brand.bare) && plausibleName(words, k - 1, k)) {
        let s = k - 1;
        if (s > 0 && brand.gap === ' ' && nameWord(words[s - 1]!) && !words[s - 1]!.first && plausibleName(words, s - 1, k)) s--;
        out.push({ type: 'product', s, e: k + 1, rule: 'brand-model', prio: 3 });
      }
      // (no continue: the word may open another cue)
    }
    // "Pennant Monitor, a tablet and Bluetooth kit from Cardiff-based Pennant Health"
    if ((w.t === 'a' || w.t === 'an') && w.gap === ', ') {
      let k = i + 1;
      let from = -1;
      for (; k < words.length && k - i <= 8 && words[k]!.gap === ' '; k++) {
        if (words[k]!.t === 'from') {
          from = k;
          break;
        }
        // ("the OstraPatch, a single-use chest patch made by Ostra Biosignals")
        if (MAKER_VERBS.has(words[k]!.t) && words[k + 1]?.t === 'by' && words[k + 1]!.gap === ' ' && k > i + 1) {
          from = k + 1;
          break;
        }
        // (capitals only for the trade's own words: "a tablet and Bluetooth kit"; "a former retail unit leased from":
        // a thing some other verb takes from someone comes from no maker)
        if ((words[k + 1]?.t === 'from' && /[a-z]ed$/.test(words[k]!.t)) || NOT_A_THING.has(words[k]!.t.toLowerCase()) || (words[k]!.cap && !GENERIC_PRODUCT_WORDS.has(words[k]!.bare) && !COMMON_ACRONYMS.has(words[k]!.bare))) break;
      }
      if (from < 0 || from === i + 1 || !words[from + 1] || words[from + 1]!.gap !== ' ' || !words[from + 1]!.cap) continue;
      const s = nameBefore(words, i);
      if (s >= 0) out.push({ type: 'product', s, e: i, rule: 'x-a-thing-from', prio: 2 });
    }
  }
  return out;
}

for (const x of ['brand', 'called', 'named', ...PRODUCT_NOUNS, ...THING_NOUNS, ...MODEL_NOUNS]) TRIGGER_WORDS.add(x);

/** An apposition that calls the name before it a company: ", a Leeds start-up", ", a Bristol-based wearables company". */
const COMPANY_APPOSITION = /^, (?:a|an|the) [^,.]{0,40}?\b(?:start-up|startup|company|firm|supplier|developer|spin-out|spinout)\b/;
/** An organisation a rule found as a company, or whose apposition calls it one. */
export function isNamedCompany(ctx: Ctx, c: Candidate): boolean {
  if (COMPANY_RULES.has(c.rule)) return true;
  const end = ctx.words[c.e - 1]!.e;
  return c.rule === 'apposed-body' && COMPANY_APPOSITION.test(ctx.doc.norm.slice(end, end + 60));
}

/** A brand with a capital inside ("CareFlow", "HistoNova"). */
export const FAMILY_BRAND = /^[A-Z][a-z]+[A-Z][a-z]+$/;
const COINED = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;
/**
 * A company's first word that the company coined: one capitalised word, no ordinary, generic or place word, no first
 * name, and no participle ("Advanced Nurse Practitioner" is no product of Advanced).
 */
const coinedWord = (w: Word) =>
  COINED.test(w.t) && !/(?:ed|ing)$/.test(w.t) && w.t.length >= 4 && !NON_NAME_WORDS.has(w.t) && !GENERIC_NAME_WORDS.has(w.bare) && !GENERIC_PRODUCT_WORDS.has(w.bare) && !FIRST_NAMES.has(w.bare) && !isPlaceName(w.bare);
/** A word that may go on a product's name after its maker's word: capitalised, and no company ending, title, team or place. */
const productWordAfterMaker = (w: Word) =>
  w.cap && w.gap === ' ' && nameWord(w) && !COMPANY_NAME_ENDS.has(w.bare) && w.bare !== 'AI' && !NOT_A_PRODUCT_OWNED.has(w.bare) && !ORG_HEADS_STRONG.has(w.bare) && !FIRST_NAMES.has(w.bare) && !isPlaceName(w.bare);

/**
 * "HistoNova … will deploy HistoNova Grade", "Kestrel Voice has moved 31 practices onto Kestrel Cloud": a company's
 * coined first word, then capitalised words that are not the rest of its own name (and a model number: "Kinetiq Band
 * 3"), name one of its products. Run once the companies are chosen. The products are nested: the maker's word stays
 * a mention of the maker ("Microsoft Power BI" names Microsoft and its product).
 */
export function makerNamedProducts(ctx: Ctx, chosen: readonly Candidate[], nested: readonly Candidate[], ownerOfWord: (k: number) => number): Candidate[] {
  const { words } = ctx;
  // each company's coined first word, with the words that follow it in the company's own names
  const ownNext = new Map<string, Set<string>>();
  for (const c of chosen) {
    if (c.type !== 'organisation' || !coinedWord(words[c.s]!) || !isNamedCompany(ctx, c)) continue;
    const f = words[c.s]!.t;
    const next = ownNext.get(f) ?? new Set<string>();
    if (c.e > c.s + 1) next.add(words[c.s + 1]!.bare);
    ownNext.set(f, next);
  }
  // ("CareFlow Vitals …, CareFlow Medicines Management … and CareFlow Connect": a product family's brand, written with a
  // capital inside, names its other members too)
  for (const c of [...chosen, ...nested]) {
    if (c.type !== 'product' || c.e < c.s + 2 || !FAMILY_BRAND.test(words[c.s]!.t) || !coinedWord(words[c.s]!)) continue;
    const next = ownNext.get(words[c.s]!.t) ?? new Set<string>();
    next.add(words[c.s + 1]!.bare);
    ownNext.set(words[c.s]!.t, next);
  }
  if (ownNext.size === 0) return [];
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const own = ownNext.get(words[k]!.t);
    if (!own || words[k]!.possessive || !productWordAfterMaker(words[k + 1]!) || own.has(words[k + 1]!.bare)) continue;
    let e = k + 2;
    while (e < words.length && e - k < 3 && productWordAfterMaker(words[e]!)) e++;
    if (e < words.length && words[e]!.gap === ' ' && /^\d{1,4}$/.test(words[e]!.t)) e++;
    // ("deploying a Nervecentre EPR": after "a", the maker's kind of system, no name; "wear a Kinetiq Band 3" names one)
    if (k > 0 && /^(?:a|an)$/i.test(words[k - 1]!.t) && words.slice(k + 1, e).every((x) => COMMON_ACRONYMS.has(x.bare) || GENERIC_PRODUCT_WORDS.has(x.bare) || /^\d/.test(x.t))) continue;
    // ("two Cerner EPRs": the maker's generic systems in the plural)
    if (e === k + 2 && isGenericPlural(words[k + 1]!.t)) continue;
    // (inside a longer product already found: "Microsoft Defender for Endpoint")
    if (nested.some((c) => c.type === 'product' && c.s <= k && c.e >= e)) continue;
    // (the name closes: not "Severn Vale" of "Severn Vale GP Federation")
    if (e < words.length && words[e]!.gap === ' ' && /^[A-Z]/.test(words[e]!.t)) continue;
    // the maker's word is free or the company's own one-word mention; the words after it are free
    const o = ownerOfWord(k);
    if (o !== -1 && !(chosen[o]!.type === 'organisation' && chosen[o]!.s === k && chosen[o]!.e === k + 1)) continue;
    let free = true;
    for (let j = k + 1; j < e; j++) if (ownerOfWord(j) !== -1) free = false;
    if (!free) continue;
    out.push({ type: 'product', s: k, e, rule: 'maker-named-product', prio: 2, nested: true });
    k = e - 1;
  }
  return out;
}

