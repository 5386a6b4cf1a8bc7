// Products the article names for a vendor: "Lantum's Connected Scheduling platform",
// "the Cerner EPR system", a product the gazetteer lists for it (in the same or the next
// sentence, or anywhere as a product entity), a product entity written against it ("X's P",
// "P from X", "the company's P"), and the other members of its products' families.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { EntityRecord } from '../entities/schema.ts';
import type { Mention } from '../../pipeline/schema.ts';
import type { SupplierEntry } from './schema.ts';
import { dropTrademarks } from './names.ts';
import { foldKey, THE_COMPANY_NOUN } from './lexicon.ts';
import { bulletsAfter } from './context.ts';
import { standsAlone } from './gazetteer.ts';
import { FAMILY_BRAND } from '../entities/product-cues.ts';

const OFFERING = String.raw`(?:platform|solution|software|system|app|application|technology|tool|product|service|engine|portal|device|offering|suite|feature|module|approach|robot|scanner|analyser|kit|dashboard|viewer|scribe|record)s?`;
const PRODUCT_WORD = String.raw`[A-Z][A-Za-z0-9]*(?:TM|™|®)?`;
const PRODUCT = String.raw`${PRODUCT_WORD}(?: ${PRODUCT_WORD}){0,3}`;

/** After "Vendor": "'s [adjectives] Product Name offering-noun" ("Kelpie Care Technologies' Lumivox platform"). */
const AFTER_POSSESSIVE = new RegExp(String.raw`'s? (?:[a-z][a-z-]* ){0,2}(?<p>${PRODUCT}) ${OFFERING}\b`, 'y');
/** After "Vendor": " ACRONYM offering-noun" ("Cerner EPR system") or " Product Name offering-noun". */
const AFTER_NAME = new RegExp(String.raw` (?:(?<acr>EPR|EHR|PAS|PACS|RIS|LIMS|ePR|EPMA|ePMA|CRM|ERP)|(?<p>${PRODUCT})) ${OFFERING}\b`, 'y');
// ("Imprivata, whose OneSign product": a relative possessive links the maker too; "Accurx or eConsult" lists two)
// ("Triagely's product, TriageFlow, is used by …": the offering in apposition before the name)
// ("Meridian Pharmacy Systems, a Belfast-based company whose Meridian Clinical product", "Carepath Labs, the
// clinician-founded company behind the NoteFlow™ ambient voice scribe", "Kinnect Health, the Manchester-based developer
// of the ClearView video triage platform": an apposition about the company first; "Nurture Digital, offers a maternity
// app, Bloom": what it offers, then the name)
const LINK_BEFORE_PRODUCT = new RegExp(String.raw`^(?:(?:'s|s'|')?\s+(?:(?!(?:and|or|but|nor|in|at|on|for|with|from|than|of|by|via|plus|versus|vs)\s)[a-z][a-z-]*\s+){0,2}|,\s+(?:(?:the|an?)\s+[^,;.]{0,50}?\s+)?(?:whose|behind\s+(?:the|its)|(?:developer|maker|creator|provider|supplier)\s+of\s+(?:the|its))\s+(?:[a-z][a-z-]*\s+){0,3}|(?:'s|s'|')\s+(?:[a-z][a-z-]*\s+){0,3}?${OFFERING},\s+|,?\s+(?:offers|provides|sells|makes|develops|builds|supplies|markets)\s+(?:a|an|its|the)\s+(?:[a-z][a-z-]*\s+){0,3}?${OFFERING},\s+)$`);
// ("Crosscare, the hospice system from Advanced": an apposition saying what the product is may come between)
// ("the CareLoop remote monitoring platform from Monmouth-based Wyeside Health", "ChestSight, is supplied by Boston-based
// Radiant AI", "SkinSight, an AI triage tool developed by …", "the CardioView reporting system, whose supplier, Corvia
// Medical Imaging": the offering may go without an article, and the maker may be introduced by where it is based)
// ("ArriveSafe, a real-time ambulance arrivals board from Bristol-based start-up Handova", "QuickRead, is made by
// Glasgow-based start-up Lumenstrand", "an APOTECAchemo robot from the Italian manufacturer Loccioni")
// ("developed by Channel Islands software firm Tarrant Digital": what the firm does may come before the noun)
const MAKER_INTRO = String.raw`(?:(?:the\s+)?(?:[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?(?:-based)?\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:start-?up|spin-?out|company|firm|supplier|developer|manufacturer|specialist)\s+|(?:the\s+)?[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?-based\s+)?`;
// ("the Northamptonshire Care Record (NCR), supplied by Graphnet Health", "the LLR Care Record, which is built on Orion
// Health's Amadeus platform", "The Devon and Cornwall Care Record, which both ICBs jointly commission from Orion Health",
// "The Lancashire and South Cumbria Care Record, commissioned by the ICB from Graphnet Health")
const LINK_AFTER_PRODUCT = new RegExp(String.raw`^(?:\s*\([A-Z][A-Za-z&]{1,8}\))?(?:,\s+(?:the|a|an)\s+[^,;.()]{1,60}?,?|,?\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,3}?${OFFERING},?|,\s+which\s+(?:[\w-]+\s+){0,4}?(?:commission|commissions|commissioned|buy|buys|bought|procure|procures|procured|license|licenses|licensed)(?=\s+from\s)|,\s+(?:(?:jointly|first|originally)\s+)?(?:commissioned|procured|bought|licensed)\s+by\s+[^,;.()]{1,50}?(?=\s+from\s)|,)?\s+(?:(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|have\s+been)\s+)?(?:(?:now|also|already)\s+)?(?:from|by|developed by|made by|supplied by|built by|built on|provided by|designed by|created by|whose\s+(?:supplier|developer|maker|manufacturer|vendor)(?:,|\s+is))\s+${MAKER_INTRO}$`);

/** Between a product and its maker: ", which ", ", the ", ", the shared care record that " (a short form in brackets may come first). */
const MAKER_NEXT = new RegExp(String.raw`^(?:\s*\([A-Z][A-Za-z&]{1,8}\))?,\s+(?:(?:which|the|its|(?:the|its)\s+(?:[a-z][a-z-]*\s+){0,3}?${OFFERING}\s+(?:that|which))\s+)?$`);
/** After the maker: what it does for the product ("supplies", "built", "-based", "-supplied"), or what the product is ("'s clinical system"). */
const MAKES_IT = new RegExp(String.raw`^(?:-(?:based|supplied|built|powered|developed|hosted)\b|['\u2019]s\s+(?:[a-z][a-z-]*\s+){0,3}?${OFFERING}\b|\s+(?:also\s+|now\s+)?(?:supplies|supplied|provides|provided|operates|operated|runs|ran|hosts|hosted|develops|developed|builds|built|delivers|delivered|designed|makes|made)\b)`);

// ("onto its cloud-based Lighthouse alarm receiving centre software": up to two modifiers between)
// ("to roll out the company's CaseFlow theatre scheduling platform", "The Leeds-based supplier's ShiftPilot™ system")
// (not past a preposition: "to certify its software on Windows 11"; "for its guided cognitive behavioural therapy app, Steady":
// any modifiers before an offering in apposition)
const ITS_BEFORE = /\b(?:its|their)\s+(?:[a-z][a-z-]*\s+){0,4}?(?:app|platform|software|system|tool|service|product|portal|device|record)s?,\s+$|\b(?:its|their|[Tt]he\s+(?:[A-Z][\w-]*-based\s+|[a-z-]+\s+){0,2}?(?:company|firm|supplier|start-?up|developer|manufacturer)'s)\s+(?:(?!(?:on|in|at|for|with|from|to|of|by|into|onto|across|via|and|or|than)\s)[a-z][a-z-]*\s+){0,2}$/;
/** A capitalised name between the vendor and "its": "its" may then be that name's. */
const OTHER_NAME_BETWEEN = /(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/;

/** "the company's [modifiers] " right before a product: "The Leeds-based supplier's ShiftPilot™ system …". */
const THE_COMPANYS = new RegExp(String.raw`\b[Tt]he\s+(?:[A-Z][\w-]*-based\s+|[a-z-]+\s+){0,2}?${THE_COMPANY_NOUN}'s\s+(?:[a-z][a-z-]*\s+){0,2}$`);

/** "its [modifiers] P" after the vendor, with no other capitalised name between that "its" could be the name's. */
function itsBefore(norm: string, vendorEnd: number, productStart: number): boolean {
  const from = Math.max(vendorEnd, productStart - 70);
  const its = ITS_BEFORE.exec(norm.slice(from, productStart));
  if (its === null) return false;
  // ("has been awarded a contract by Derbyshire Community Health Services NHS Foundation Trust to provide its KestrelCare™
  // platform": who provides under a contract is the supplier, whoever awarded it)
  if (SUPPLIES_ITS.test(norm.slice(Math.max(vendorEnd, from + its.index - 30), from + its.index + 4))) return true;
  return !OTHER_NAME_BETWEEN.test(norm.slice(vendorEnd, from + its.index));
}
const SUPPLIES_ITS = /\bto\s+(?:provide|supply|deliver|deploy|install|roll\s+out|implement)\s+its\s$/;

/**
 * "Kestrel Labs, a spin-out from the University of Nottingham, has launched SepsisWatch™", "Quillon Health … today
 * announced the general availability of QuillScribe™": the vendor, as subject, launches the product.
 */
const LAUNCHES = /^(?:,\s[^,.;]{1,90},)?\s+(?:(?:has|have|today|this\s+week|now)\s+)*(?:launched|launches|unveiled|unveils|released|releases|introduced|introduces|announced\s+(?:the\s+)?(?:general\s+availability|launch|release|roll-?out)\s+of)\s+(?:(?:its|their|a|the)\s+)?(?:new\s+)?$/;

/** One ordinary capitalised word: "Hub", "Cloud" (not "MyChart" or "EPR"). */
const PLAIN_WORD = /^[A-Z][a-z]+$/;
/** First words many companies and products share, which tie no product to one maker. */
const GENERIC_FIRST_WORDS: ReadonlySet<string> = new Set(['System', 'Health', 'Digital', 'Care', 'Medical', 'Clinical', 'Smart', 'Better', 'Open', 'Patient', 'Data', 'Cloud', 'Connect', 'Total', 'Advanced', 'Integrated', 'National', 'Global', 'Royal', 'North', 'South', 'East', 'West']);
/** Whether every mention of a product is in a sentence that names another supplier. */
const namesOtherVendorOnly = (e: EntityRecord, namesOtherVendor: (sentence: number) => boolean) => e.mentions.every((pm) => namesOtherVendor(pm.sentence));

export function findProducts(
  doc: Prepared,
  vendorName: string,
  mentions: readonly Mention[],
  entry: SupplierEntry | undefined,
  productEntities: readonly EntityRecord[],
  namesOtherVendor: (sentence: number) => boolean = () => false,
): string[] {
  const found = new Map<string, string>();
  // ("the FlexPool app" is the product FlexPool: gold files name a vendor's product without the noun 38 times to 3)
  const add = (p: string) => {
    const clean = dropTrademarks(p).replace(/ app$/, '');
    const key = foldKey(clean);
    if (!key || key === foldKey(vendorName) || found.has(key)) return;
    found.set(key, clean);
  };
  const norm = doc.norm;
  const sentences = new Set<number>();
  const listed = new Set<number>();
  for (const m of mentions) {
    sentences.add(m.sentence);
    sentences.add(m.sentence + 1);
    for (const i of bulletsAfter(doc, m.sentence)) listed.add(i);
    AFTER_POSSESSIVE.lastIndex = m.end;
    const poss = AFTER_POSSESSIVE.exec(norm);
    if (poss) {
      // the product is the capitalised run just before the offering noun
      const at = m.end + poss[0].indexOf(poss.groups!.p!, 1);
      add(doc.text.slice(at, at + poss.groups!.p!.length));
    }
    AFTER_NAME.lastIndex = m.end;
    const named = AFTER_NAME.exec(norm);
    if (named?.groups!.acr) add(`${m.text} ${named.groups.acr}`);
    else if (named?.groups!.p) {
      // "the Senzari Hub dashboard": a plain word after the maker's name is named with it; "the Heidi AI scribe": an
      // acronym there says what the product is, not what it is called
      const p = named.groups.p;
      if (PLAIN_WORD.test(p)) add(`${m.text} ${p}`);
      else if (!/^[A-Z]{1,3}$/.test(p)) add(p);
    }
    for (const e of productEntities) {
      for (const pm of e.mentions) {
        // "Kestrel Workforce Systems won the contract. The Leeds-based supplier's ShiftPilot™ system will replace …"
        // ("… covers licences and cloud hosting for the company's MedsFlow platform": anywhere in that sentence, if it names no
        // other supplier)
        if (pm.sentence === m.sentence + 1 && pm.start > m.end) {
          const from = Math.max(doc.sentences[pm.sentence]!.start, pm.start - 60);
          const company = THE_COMPANYS.exec(norm.slice(from, pm.start));
          if (company && (from + company.index === doc.sentences[pm.sentence]!.start || !namesOtherVendor(pm.sentence))) add(e.name);
        }
        if (pm.sentence !== m.sentence) continue;
        if (pm.start >= m.end && pm.start - m.end <= 90 && LINK_BEFORE_PRODUCT.test(norm.slice(m.end, pm.start))) add(e.name);
        else if (pm.end <= m.start && m.start - pm.end <= 70 && LINK_AFTER_PRODUCT.test(norm.slice(pm.end, m.start))) add(e.name);
        // ("the NHS Federated Data Platform (FDP), which Palantir Technologies supplies to NHS England", "the Northern
        // Ireland Electronic Care Record (NIECR), the Orion Health-based shared record", "EMIS Web, Optum's clinical system":
        // the maker after the product, then what it does for it or what the product is)
        else if (pm.end <= m.start && m.start - pm.end <= 60 && MAKER_NEXT.test(norm.slice(pm.end, m.start)) && MAKES_IT.test(norm.slice(m.end, m.end + 30))) add(e.name);
        else if (pm.start > m.end && pm.start - m.end <= 140 && LAUNCHES.test(norm.slice(m.end, pm.start))) add(e.name);
        // "Healthcare Communications has secured four contracts, bringing its Patient Hub platform to …": the
        // vendor's own product, named later in its sentence after "its"
        else if (pm.start > m.end && itsBefore(norm, m.end, pm.start)) add(e.name);
        // "Graphnet Health's Great North Care Record" written as one product mention: the name drops its owner;
        // "Lunit INSIGHT CXR", "Accurx Patient Triage": the maker's name opens the product's
        else if (pm.start === m.start && pm.end > m.end && /^(?:['\u2019]s)?\s/.test(norm.slice(m.end, m.end + 3))) add(e.name);
      }
    }
  }
  for (const e of productEntities) if (e.mentions.some((pm) => listed.has(pm.sentence))) add(e.name);
  for (const i of listed) sentences.add(i);
  if (entry && entry.products.length > 0) {
    for (const i of sentences) {
      const s = doc.sentences[i];
      if (!s) continue;
      const text = norm.slice(s.start, s.end);
      for (const p of entry.products) {
        const at = text.indexOf(p);
        if (at >= 0 && standsAlone(text, at, at + p.length)) add(p);
      }
    }
  }
  // "MyChart" or "PowerChart" anywhere in an article that names Epic or Oracle Health: a product entity the gazetteer
  // lists for this supplier is its, however far from the supplier's name
  if (entry && entry.products.length > 0) {
    const listedKeys = new Set(entry.products.map(foldKey));
    // (not one named only beside another supplier that sells it too: "Graphnet Health, which provides the CareCentric platform")
    for (const e of productEntities) if (listedKeys.has(foldKey(dropTrademarks(e.name))) && e.mentions.some((pm) => !namesOtherVendor(pm.sentence))) add(e.name);
  }
  // "CareFlow Vitals …, CareFlow Medicines Management … and CareFlow Connect" beside System C's CareFlow EPR: a product
  // entity opening on the coined word of one of the vendor's products is of the same family
  const families = new Set([...found.values()].map((p) => p.split(' ')[0]!).filter((w) => FAMILY_BRAND.test(w)));
  if (families.size > 0) for (const e of productEntities) if (families.has(e.name.split(' ')[0]!)) add(e.name);
  // "a cloud platform, Caledon Connect" beside Caledon Telecom: a product entity opening on the maker's own first word
  const makerWord = vendorName.split(' ')[0]!;
  if (makerWord.length >= 4 && /^[A-Z]/.test(makerWord) && !GENERIC_FIRST_WORDS.has(makerWord)) {
    for (const e of productEntities) if (e.name.startsWith(`${makerWord} `) && !namesOtherVendorOnly(e, namesOtherVendor)) add(e.name);
  }
  // "Lunit INSIGHT" from the gazetteer inside "Lunit INSIGHT CXR" the article names: the fuller name only
  // (not where the article names the shorter one as a product of its own: "ClearView" and "ClearView Scribe")
  const keys = [...found.keys()];
  const entityKeys = new Set(productEntities.map((e) => foldKey(dropTrademarks(e.name))));
  return [...found.entries()].filter(([k]) => entityKeys.has(k) || !keys.some((o) => o !== k && ` ${o} `.includes(` ${k} `))).map(([, v]) => v);
}
