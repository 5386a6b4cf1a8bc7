// Refiners: each takes the candidates and returns the ones that survive, in the chrono-node
// manner. They tidy a captured name, drop what the guideline says is never a vendor, and
// keep a weakly attested partner only when something else says it is a company.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { firstIndex } from '../../pipeline/span.ts';
import type { EntityRecord } from '../entities/schema.ts';
import { isWordChar, LEGAL_SUFFIX, RULES, type Candidate } from './rules.ts';
import type { BodyMention } from './bodies.ts';
import { trimName, nonVendorReason } from './names.ts';
import { execAll } from '../exec-all.ts';
import { BASED, isPlaceName, STOCK_LISTED } from '../entities/places.ts';
import { COMPANY_LAST_WORDS, foldKey, FIRST_NAMES, NON_NAME_WORDS, TITLES } from './lexicon.ts';

export interface RefineContext {
  doc: Prepared;
  entities: readonly EntityRecord[];
  /** upstream entities by every folded name and alias */
  entityIndex: ReadonlyMap<string, readonly EntityRecord[]>;
  bodies: readonly BodyMention[];
  /** folded forms that the gazetteer lists as products and never as a company */
  productOnlyForms: ReadonlySet<string>;
}

export type Refiner = (candidates: Candidate[], ctx: RefineContext) => Candidate[];

const LIST_RULES = new Set(RULES.filter((r) => /\(\?<list>/.test(r.pattern.source)).map((r) => r.id));
const PLACE_NOUN_AFTER = /^ (?:hospitals?|trusts?|councils?|university|universities|college|ics|icb|practices?|surgery|gp|region|area|county|borough|city|town|residents|patients|population|system|place|partnership|health)\b/;

const TRAILING_LEGAL_SUFFIX = new RegExp(String.raw`(?<=\S) (${LEGAL_SUFFIX})$`);

const textOf = (c: Candidate, ctx: RefineContext) => ctx.doc.norm.slice(c.start, c.end);

/**
 * Words that open a sentence before a name ("Using Lantum's …", "Today OX.DH …"). A verb or adverb form
 * ("Recently", "Using", "Powered") counts only where it opens the sentence: inside one it is the name's own
 * first word ("commissioned Breaking Free Group"), as is a first name ending so ("Holly Health's app").
 */
function leadingJunk(word: string, opensSentence: boolean): boolean {
  // ("Edinburgh-based Aridhia Informatics": where a company is based is no part of its name, nor where its shares
  // trade: "AIM-listed Feedback plc")
  return NON_NAME_WORDS.has(word) || BASED.test(word) || STOCK_LISTED.test(word) || (opensSentence && /^[A-Z][a-z]+(?:ing|ed|ly)$/.test(word) && !FIRST_NAMES.has(word));
}
/** Whether only spaces, quotes or brackets stand between `at` and a sentence or line start. */
function opensSentence(norm: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"'(]/.test(norm[i]!)) i--;
  return i < 0 || /[\n.!?:;-]/.test(norm[i]!);
}

/** A captured name cut to the company: possessive, trailing joiners, leading sentence words; null when nothing is left. */
export function tidySpan(norm: string, from: number, to: number): { start: number; end: number } | null {
  const t = trimName(norm.slice(from, to));
  if (!t) return null;
  let start = from + t.start;
  const end = from + t.end;
  for (let guard = 0; guard < 6; guard++) {
    const m = /^(\S+)\s+(?=\S)/.exec(norm.slice(start, end));
    const opens = opensSentence(norm, start);
    if (!m || !leadingJunk(m[1]!, opens)) break;
    // ("from Edinburgh company Current Health": inside a sentence, a capitalised word before a company's
    // last word alone is the name's own first word; so is a word that only looks like an adverb, opening one:
    // "Calmly Health, the digital mental health company, …")
    if ((!opens || !NON_NAME_WORDS.has(m[1]!)) && COMPANY_LAST_WORDS.has(norm.slice(start + m[0].length, end))) break;
    start += m[0].length;
  }
  return end > start ? { start, end } : null;
}

const tidyNames: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.strength === 'gazetteer') {
      out.push(c);
      continue;
    }
    const t = tidySpan(ctx.doc.norm, c.start, c.end);
    if (!t) continue;
    // "Khipu Networks Ltd, the UK … specialist": the company is named without its legal suffix, as the legal-suffix rule names it
    const suffix = c.suffix === undefined ? TRAILING_LEGAL_SUFFIX.exec(ctx.doc.norm.slice(t.start, t.end)) : null;
    out.push(suffix ? { ...c, ...t, end: t.end - suffix[0].length, suffix: suffix[1]! } : { ...c, ...t });
  }
  return out;
};

const sameName = (ctx: RefineContext, name: string) => ctx.entityIndex.get(foldKey(name)) ?? [];

/** People (an honorific before, or a person entity), places and products are not companies. */
const dropPeoplePlacesProducts: Refiner = (cands, ctx) => {
  const personWords = new Set(ctx.entities.filter((e) => e.type === 'person').flatMap((e) => e.name.split(/\s+/)));
  // where each product mention the entities found ends, by where it starts
  const productEnds = new Map<number, number[]>();
  for (const e of ctx.entities) {
    if (e.type !== 'product') continue;
    for (const m of e.mentions) {
      const ends = productEnds.get(m.start);
      if (ends) ends.push(m.end);
      else productEnds.set(m.start, [m.end]);
    }
  }
  return cands.filter((c) => {
    if (c.strength === 'gazetteer') return true;
    const before = /(\S+)\s+$/.exec(ctx.doc.norm.slice(Math.max(0, c.start - 16), c.start));
    if (before && TITLES.has(before[1]!)) return false;
    // the tail of a coordination ("Lancashire and South Cumbria's strategy") is not a name
    if (!LIST_RULES.has(c.rule) && /[A-Z][\p{L}'-]* (?:and|&) $/u.test(ctx.doc.norm.slice(Math.max(0, c.start - 40), c.start))) return false;
    const after = ctx.doc.norm.slice(c.end, c.end + 24);
    // … or its head ("the chief executive of Mid and South Essex")
    if (!LIST_RULES.has(c.rule) && /^ (?:and|&) [A-Z]/.test(after)) return false;
    // a place or body named by a lower-case noun ("a partnership with Bedfordshire hospital")
    if (PLACE_NOUN_AFTER.test(after)) return false;
    const name = textOf(c, ctx);
    // (the first words of a product the entities name: "procured Microsoft Defender for Endpoint and …")
    if (productEnds.get(c.start)?.some((end) => end > c.end && !/^\s*(?:and|&|,)/.test(ctx.doc.norm.slice(c.end, end)))) return false;
    const ents = sameName(ctx, name);
    // ("Fife's care at home service": a place the entities' gazetteer knows, where no entity says so; "Florence, the
    // London start-up": a place's name that the article calls a company and the entities an organisation is one)
    if (isPlaceName(name) && !(CALLED_A_COMPANY.has(c.rule) && ents.some((e) => e.type === 'organisation'))) return false;
    if (ents.length > 0 && ents.every((e) => e.type !== 'organisation')) return false;
    // a person's first or last name alone ("Mark said …"), or a first and last name
    if (personWords.has(name)) return false;
    const words = name.split(' ');
    // (not a company's last word: "Holly Health", "Ada Health")
    if (words.length >= 2 && words.length <= 3 && FIRST_NAMES.has(words[0]!) && /^[A-Z][a-z'-]+$/.test(words[words.length - 1]!) && !COMPANY_LAST_WORDS.has(words[words.length - 1]!)) return false;
    // ("Florence, the London start-up": a product's name the article calls a company is the company's)
    return !ctx.productOnlyForms.has(foldKey(name)) || CALLED_A_COMPANY.has(c.rule);
  });
};

/** The body mention that strictly contains the candidate, if any (bodies sorted by start, non-overlapping). */
function bodyAround(bodies: readonly BodyMention[], c: Candidate): BodyMention | null {
  const lo = firstIndex(bodies.length, (i) => bodies[i]!.start > c.start);
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const b = bodies[i]!;
    if (b.start <= c.start && c.end <= b.end && (b.start < c.start || c.end < b.end)) return b;
  }
  return null;
}

/** The end of a body named after its region: an ICB, an ICS or its partnership. */
const REGION_BODY_END = /\b(?:ICB|ICS|Integrated Care (?:Board|System)|Health and Care Partnership)$/;
/**
 * "a partnership between Holovista and Leeds Teaching Hospitals NHS Trust": the body pattern
 * reads "Holovista and Leeds …" as one name, like "Norfolk and Norwich …". A listed party
 * that is not a place is kept as a name of its own (index.ts then cuts it off the body).
 */
export function partyBeforeBody(ctx: RefineContext, c: Candidate): boolean {
  if (!LIST_RULES.has(c.rule) || !ctx.doc.norm.startsWith(' and ', c.end)) return false;
  // ("a contract with Ribble and Pennine ICB": a region's board or system the entities read whole from the name on is
  // one body; a trust may still follow a party, "between Holovista and Leeds Teaching Hospitals NHS Trust")
  if (ctx.entities.some((e) => e.type === 'organisation' && REGION_BODY_END.test(e.name) && e.mentions.some((m) => m.start === c.start && m.end > c.end + 5))) return false;
  const reason = nonVendorReason(textOf(c, ctx));
  return reason === null;
}

/** Whether the candidate lies inside a longer mention of a national body the entities extractor named. */
function insideNationalBody(ctx: RefineContext, c: Candidate): boolean {
  return ctx.entities.some((e) => e.type === 'organisation' && e.rule === 'national-body' && e.mentions.some((m) => m.start <= c.start && c.end <= m.end && m.end - m.start > c.end - c.start));
}

/** "X, a charity …", "X, the regulator": the article says what X is, and it is not a company. */
// ("Greenhaven Care Group, one of the largest family-owned care home operators in the South West": a care provider buys)
const NON_VENDOR_APPOSITIVE = /^,? (?:a|an|the|one of the) (?:[A-Za-z-]+ ){0,3}?(?:charity|charities|university|trust|council|hospital|hospice|foundation|think[- ]tank|not-for-profit|non-profit|social enterprise|membership (?:body|organisation)|regulator|government|department|agency|body|network|collaborative|partnership|NHS|care home (?:operators?|groups?|providers?)|(?:home |domiciliary |social )?care providers?|housing associations?|(?:GP|general|medical) practice(?! (?:management|software|systems?|platforms?|tools?|manager)\b)|GP surgery)\b/;

/** NON_VENDOR_APPOSITIVE wherever it is, to find the names it follows. */
const APPOSITIVE_ANYWHERE = new RegExp(NON_VENDOR_APPOSITIVE.source.replace(/^\^/, ''), 'g');
const LAST_WORD = /(\S+)$/;
/** A kind of body that is no company, written right before a name: "the charity Student Minds". */
const NON_VENDOR_BEFORE = /\b(?:the|a|an|its|their) (?:[a-z-]+ ){0,2}?(?:charity|think[- ]tank|regulator|membership body|professional body|trade body|royal college|housing association) (?=[A-Z])/g;

/**
 * Whether the article says, after any mention of the candidate's name, that it is no company: "Groundswell, the
 * peer-led homeless health charity, …" rules out "head of peer advocacy at Groundswell". A name cut at a possessive
 * is read whole where the entities name an organisation that way ("St Andrew’s Healthcare, a charity based in …").
 * One reader per article: the text is scanned once, and each answer indexed by the word the appositive follows.
 */
function nonVendorCalls(ctx: RefineContext): (c: Candidate) => boolean {
  const norm = ctx.doc.norm;
  let orgEnds: Map<number, number> | null = null;
  let appositivesAfter: Map<string, number[]> | null = null;
  let calledBefore: number[] | null = null;
  return (c) => {
    let end = c.end;
    if (/^'s [A-Z]/.test(norm.slice(c.end, c.end + 4))) {
      if (!orgEnds) {
        orgEnds = new Map();
        for (const e of ctx.entities) if (e.type === 'organisation') for (const m of e.mentions) orgEnds.set(m.start, Math.max(m.end, orgEnds.get(m.start) ?? 0));
      }
      end = Math.max(end, orgEnds.get(c.start) ?? 0);
    }
    if (!appositivesAfter) {
      appositivesAfter = new Map();
      for (const m of execAll(APPOSITIVE_ANYWHERE, norm)) {
        const word = LAST_WORD.exec(norm.slice(Math.max(0, m.index - 40), m.index));
        if (!word) continue;
        const at = appositivesAfter.get(word[1]!);
        if (at) at.push(m.index);
        else appositivesAfter.set(word[1]!, [m.index]);
      }
    }
    const name = norm.slice(c.start, end);
    const ats = appositivesAfter.get(name.slice(name.lastIndexOf(' ') + 1));
    if (ats !== undefined && ats.some((at) => norm.endsWith(name, at) && !(at > name.length && isWordChar(norm.charCodeAt(at - name.length - 1))))) return true;
    // ("run by the charity Student Minds": the kind of body written before a mention)
    if (!calledBefore) calledBefore = [...execAll(NON_VENDOR_BEFORE, norm)].map((m) => m.index + m[0].length);
    return calledBefore.some((at) => norm.startsWith(name, at) && !isWordChar(norm.charCodeAt(at + name.length)));
  };
}

/** A kind of health body written in lower case right after a name: "Black Country GP alliance", "… GP federation". */
const BODY_KIND_AFTER = /^ (?:alliance|federation|practices?|cluster|surgery|surgeries|collaborative|primary care network)\b/;

/** NHS bodies, ICSs, universities, charities, councils, government and publishers. */
const dropNonVendors: Refiner = (cands, ctx) => {
  const calledANonVendor = nonVendorCalls(ctx);
  return cands.filter((c) => {
    // a gazetteer name inside a health body's name ("Apple Tree Surgery") is that body; a party listed
    // before a body opens it ("Holovista and Leeds … Trust"), where a name inside it ("Humber and North
    // Yorkshire Health and Care Partnership") does not
    const body = bodyAround(ctx.bodies, c);
    if (body && !(body.start === c.start && partyBeforeBody(ctx, c))) return false;
    if (c.strength === 'gazetteer') return true;
    // ("the Information Commissioner's Office fined …": a name inside a national body's is that body's)
    if (insideNationalBody(ctx, c)) return false;
    if (calledANonVendor(c)) return false;
    // ("a care navigation deal with Black Country GP alliance": a lower-case kind of body ends the name of that body)
    if (BODY_KIND_AFTER.test(ctx.doc.norm.slice(c.end, c.end + 20))) return false;
    return !vetoedName(c, textOf(c, ctx));
  });
};

/**
 * Whether a candidate's name rules it out as a vendor. "Khipu Networks Ltd", "Ally Services Limited": a
 * legal suffix makes a company of a name with a business word in it, as does the article calling it a
 * company or saying where it is based (calledACompany); a public body's word ("Trust", "Council",
 * "University") still rules it out.
 */
function vetoedName(c: Candidate, name: string): boolean {
  const reason = nonVendorReason(name);
  return reason !== null && !(c.suffix !== undefined && BUSINESS_WORD_REASON.test(reason)) && !calledACompany(c, reason);
}

/**
 * "Rescape Innovation, the Cardiff-based maker of …", "Cardiff-based Rescape Innovation": a business word in a name
 * the article calls a company's is no veto (`reason` is nonVendorReason's for the name).
 */
export function calledACompany(c: Candidate, reason: string): boolean {
  return CALLED_A_COMPANY.has(c.rule) && BUSINESS_WORD_REASON.test(reason);
}

/** Rules whose context says the name is a company's (one a contract is awarded to supplies under it). */
// ("Corvia Networks": the entities' coined name before a company's last word)
const CALLED_A_COMPANY: ReadonlySet<string> = new Set(['x-a-company', 'company-x', 'based-x', 'awarded-contract-to-x', 'contract-awarded-to-x', 'awarded-x-contract', 'x-company-tail']);
const BUSINESS_WORD_REASON = /^non-vendor-word:(?:network|networks|services?|partnerships?|innovation|research|team|unit|hub|platform|apps?|dashboard|consortium|alliance|centre|center|office|solutions?|tool|toolkit|portal|projects?)$/;

/**
 * A weak candidate stays when the gazetteer or a strong rule names the same company, or
 * the entities call it an organisation; with no entities upstream at all, its own context
 * has to do. A listed one always needs that outside word.
 */
const confirmWeak: Refiner = (cands, ctx) => {
  const firm = new Set(cands.filter((c) => c.strength === 'strong' || c.strength === 'gazetteer').map((c) => foldKey(textOf(c, ctx))));
  const haveEntities = ctx.entities.length > 0;
  return cands.filter((c) => {
    if (c.strength === 'strong' || c.strength === 'gazetteer') return true;
    const key = foldKey(textOf(c, ctx));
    if (firm.has(key)) return true;
    if (sameName(ctx, key).some((e) => e.type === 'organisation')) return true;
    return c.strength === 'weak' && !haveEntities;
  });
};

export const REFINERS: readonly { id: string; run: Refiner }[] = [
  { id: 'tidy-names', run: tidyNames },
  { id: 'drop-people-places-products', run: dropPeoplePlacesProducts },
  { id: 'drop-non-vendors', run: dropNonVendors },
  { id: 'confirm-weak', run: confirmWeak },
];
