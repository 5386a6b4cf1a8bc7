// Vendors (ANNOTATION.md, "Vendors"): companies that supply technology or services to
// health and care bodies, one record per article with the products and customers the
// article names for each. Candidates come from the supplier gazetteer and from context
// rules (rules.ts); refiners (refiners.ts) drop what is never a vendor; candidates naming the
// same company are merged, every mention of it is collected, then products and customers
// are read around those mentions.
import type { Extractor } from '../types.ts';
import { sketchPrepared, type Prepared } from '../../pipeline/2-prepare.ts';
import type { EntityRecord } from '../entities/schema.ts';
import type { VendorRecord, SupplierEntry } from './schema.ts';
import type { Mention } from '../../pipeline/schema.ts';
import { mention, overlapTest } from '../../pipeline/span.ts';
import { DEFAULT_SUPPLIERS, defaultMatcher, insideOwnSystemName, makeSupplierMatcher, openingOtherMakersProduct, standsAlone, type SupplierMatcher } from './gazetteer.ts';
import { runRules, type Candidate } from './rules.ts';
import { calledACompany, REFINERS, type RefineContext } from './refiners.ts';
import { nonVendorReason } from './names.ts';
import { findHealthBodies, type BodyMention } from './bodies.ts';
import { findProducts } from './products.ts';
import { findCustomers, namesOtherVendor, type DocIndex } from './customers.ts';
import { COMPANY_LAST_WORDS, foldKey, NON_NAME_WORDS, PLACES } from './lexicon.ts';
import { semicolons } from './context.ts';
import { headings } from '../sections.ts';
import { describedBodies, quotedMostBody, topicOf } from '../topic.ts';

interface Group {
  entry?: SupplierEntry;
  entity?: EntityRecord;
  /** written forms (article text), in order of first appearance */
  forms: string[];
  suffixForms: string[];
  first: Candidate;
}

function indexEntities(entities: readonly EntityRecord[]): Map<string, EntityRecord[]> {
  const index = new Map<string, EntityRecord[]>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const key = foldKey(n);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      index.set(key, list);
    }
  }
  return index;
}

/** Gazetteer forms by folded key, so "Orcha" found by a rule joins the ORCHA entry. */
function formsIndex(suppliers: readonly SupplierEntry[]): Map<string, SupplierEntry> {
  const index = new Map<string, SupplierEntry>();
  for (const e of suppliers) for (const f of [e.name, ...e.aliases, ...e.formerNames]) if (!index.has(foldKey(f))) index.set(foldKey(f), e);
  return index;
}

/** Folded names of products that no supplier is called: a product, not a company. */
function productOnly(suppliers: readonly SupplierEntry[], forms: ReadonlyMap<string, SupplierEntry>): Set<string> {
  const out = new Set<string>();
  for (const e of suppliers) for (const p of e.products) if (!forms.has(foldKey(p))) out.add(foldKey(p));
  return out;
}

const MAX_FORMS_FOR_INDEXOF = 40;
const MAX_FORMS_PER_GROUP = 8;

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * Every mention of every group's forms, longest form first where two overlap. A few forms
 * are found with indexOf; many (adversarial text) with one pass of a matcher built for them.
 */
function collectMentions(text: string, norm: string, sentences: Parameters<typeof mention>[1], groups: readonly Group[]): Map<Group, Mention[]> {
  const formsOf = groups.map((g) => [...new Set([...g.suffixForms, ...g.forms].map((f) => f.replace(/[\u2018\u2019]/g, "'")))]);
  const found: { start: number; end: number; group: Group }[] = [];
  if (formsOf.reduce((n, f) => n + f.length, 0) <= MAX_FORMS_FOR_INDEXOF) {
    groups.forEach((g, i) => {
      for (const form of formsOf[i]!) {
        for (let at = norm.indexOf(form); at >= 0; at = norm.indexOf(form, at + 1)) {
          const end = at + form.length;
          if ((at > 0 && isWordCode(norm.charCodeAt(at - 1))) || (end < norm.length && isWordCode(norm.charCodeAt(end)))) continue;
          found.push({ start: at, end, group: g });
        }
      }
    });
  } else {
    const pseudo: SupplierEntry[] = groups.map((_, i) => ({ name: `\u0000${i}`, aliases: formsOf[i]!, formerNames: [], kind: 'vendor', products: [], confirmedAliases: [] }));
    const byName = new Map(pseudo.map((p, i) => [p.name, groups[i]!] as const));
    for (const hit of makeSupplierMatcher(pseudo).find(norm)) found.push({ start: hit.start, end: hit.end, group: byName.get(hit.entry.name)! });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Map<Group, Mention[]>(groups.map((g) => [g, []]));
  let covered = 0;
  for (const f of found) {
    if (f.start < covered) continue;
    out.get(f.group)!.push(mention(text, sentences, f.start, f.end));
    covered = f.end;
  }
  return out;
}

/** A body that starts with a kept vendor and " and " ("Holovista and Leeds … Trust") starts after it. */
function splitPartiesOffBodies(text: string, bodies: readonly BodyMention[], cands: readonly Candidate[]): BodyMention[] {
  const byStart = new Map(cands.map((c) => [c.start, c] as const));
  return bodies.map((b) => {
    const c = byStart.get(b.start);
    if (!c || c.end >= b.end || text.slice(c.end, c.end + 5) !== ' and ') return b;
    const start = c.end + 5;
    return { start, end: b.end, name: text.slice(start, b.end) };
  });
}

function chooseName(g: Group, written: readonly string[]): string {
  if (g.entity && g.entity.type === 'organisation') return g.entity.name;
  if (g.entry) {
    if (written.includes(g.entry.name)) return g.entry.name;
    const official = written.filter((w) => g.entry!.aliases.includes(w));
    if (official.length > 0) return official.sort((a, b) => b.length - a.length)[0]!;
  }
  // "Harbour Analytics Ltd" is written, but the company is "Harbour Analytics"
  const plain = written.filter((w) => !g.suffixForms.includes(w));
  return [...plain].sort((a, b) => b.length - a.length)[0] ?? g.forms[0]!;
}


/**
 * The product entities, each with every place the article writes its name. The entities extractor keeps the
 * mentions its rules read ("The Lighthouse platform will be live by Q3"), but "onto its cloud-based Lighthouse
 * software" earlier names the product too, next to its maker. Not inside another entity's name ("Lighthouse
 * Medical Practice").
 */
function everyOccurrence(doc: Prepared, entities: readonly EntityRecord[]): EntityRecord[] {
  const products = entities.filter((e) => e.type === 'product');
  if (products.length === 0) return products;
  const spans: [number, number][] = [];
  for (const e of entities) if (e.type !== 'product') for (const m of e.mentions) spans.push([m.start, m.end]);
  const insideOther = overlapTest(spans);
  return products.map((e) => {
    const seen = new Set(e.mentions.map((m) => m.start));
    const extra: Mention[] = [];
    for (const form of new Set([e.name, ...e.aliases])) {
      if (form.length < 3) continue;
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if (seen.has(at) || !standsAlone(doc.text, at, end) || insideOther(at, end)) continue;
        seen.add(at);
        extra.push(mention(doc.text, doc.sentences, at, end));
      }
    }
    return extra.length === 0 ? e : { ...e, mentions: [...e.mentions, ...extra].sort((a, b) => a.start - b.start) };
  });
}

/** After a listed supplier's initials, a group of staff: "SAS doctors" (specialty and specialist grades), not SAS the company. */
const STAFF_GROUP_AFTER = /^ (?:doctors?|grades?|clinicians?|consultants?|nurses?|staff)\b/;

/** A mention inside a list of examples: "systems such as Cerner, Lorenzo and Epic", "14 companies, among them Tortus", "suppliers including Accurx". */
const SUCH_AS_BEFORE = /\b(?:such as|among them|including)\b[^.;:]{0,80}$/i;

/**
 * A supplier the article names with no customer in its clauses works, in an article about one
 * health body, for that body ("Most of our beds use Doccla's kit" in the ICB's interview); not
 * one the article only gives as an example ("systems such as Cerner, Lorenzo and Epic"). The only supplier an article
 * about one body names (`sole`) works for that body even where its clauses name other customers: a story about a
 * board's telephony move that also lists the supplier's other sites.
 */
function withTopicBody(customers: string[], mentions: readonly Mention[], norm: string, topic: string | null, sole = false): string[] {
  if (topic === null) return customers;
  if (customers.length > 0) return sole && !customers.some((c) => foldKey(c) === foldKey(topic)) ? [...customers, topic] : customers;
  const onlyExample = mentions.every((m) => SUCH_AS_BEFORE.test(norm.slice(Math.max(0, m.start - 90), m.start)));
  return onlyExample ? customers : [topic];
}

/**
 * Entity rules that name a company by its own name or by what the article calls it, in any sentence, or as the maker a
 * product comes from ("Scribewell Ambient, an AI scribe from Scribewell").
 */
const NAMED_COMPANY_RULES = new Set(['x-company-tail', 'company-called-x', 'x-which-employs', 'trademark-owner', 'product-from-x']);
/**
 * Entity rules that name no supplier: public bodies (national bodies, NHS health boards and ICBs named after their
 * area) and investors ("a round led by Boston-based Harbourline Capital": a fund, however it is introduced).
 */
const NOT_SUPPLIER_RULES = new Set(['national-body', 'nhs-area', 'investor-x']);

/**
 * A care provider the gazetteer lists (an independent-sector hospital group, an NHS 111 provider) is a supplier
 * where the article says it holds a contract, runs or provides a service, or is an independent-sector provider
 * ("The current contract with Integrated Care 24", "Medvivo, which runs the IUC service", "providers such as
 * Priory"); "documents from urgent care provider IC24" shared with a care record name it as a care provider.
 */
const CARE_PROVIDER_KINDS: ReadonlySet<string> = new Set(['independent-provider']);
const SUPPLIES_CARE = /\b(?:contracts?|commissioned|procured|awarded|run by|runs|ran|operated by|operates|provides|provided by|delivers|independent[- ]sector|independent providers?|providers? such as|insourc\w*|outsourc\w*)\b/i;

/** Whether `name` opens on the first word of one of `names` (folded): "Induction Healthcare Group" and "Induction Healthcare". */
function sharesFirstWord(name: string, names: readonly string[]): boolean {
  const first = foldKey(name).split(' ')[0]!;
  return names.some((n) => foldKey(n).split(' ')[0] === first);
}

/** Words a company's name may end on, besides COMPANY_LAST_WORDS, that say what it does or what it is in law. */
const TRADE_WORDS = /^(?:Ltd|Limited|UK|plc|Partnership|Clinical|Audiology|Automation|Pathology|Path|Imaging|Dispatch|Workforce|Genomics|Bioinformatics|Biosignals|Innovations?|Sciences|Tech|MedTech|Medtech|Data|AI|Services|Platforms|Ventures|Intelligence|Care)$/;
/** "Kestrel Health Group" → "Kestrel"; null when the name has no corporate tail or nothing distinctive before it. */
function shortName(name: string): string | null {
  const words = name.split(' ');
  let n = words.length;
  // ("Pinnacle" for "Pinnacle Health Partnership": a company named a partnership drops that too)
  // ("Cadence" for "Cadence Audiology", "Kestrel" for "Kestrel Clinical Systems": the words a company's name ends on
  // that say what it does)
  while (n > 1 && (COMPANY_LAST_WORDS.has(words[n - 1]!) || TRADE_WORDS.test(words[n - 1]!))) n--;
  const short = words.slice(0, n).join(' ');
  return n < words.length && /^[A-Z][A-Za-z]{3,}$/.test(short) ? short : null;
}

/**
 * "Clearwater Care Tech, a Manchester supplier … Clearwater's new hydration module": a group found only by a company's
 * short name (no gazetteer entry of its own) is that company, which the article also names in full.
 */
function mergeShortNamed(groups: Map<string, Group>): void {
  for (const [key, g] of groups) {
    const short = shortName(g.entry?.name ?? g.entity?.name ?? g.forms[0]!);
    if (!short) continue;
    for (const otherKey of [`e:${short}`, `u:${foldKey(short)}`]) {
      const o = groups.get(otherKey);
      if (!o || o === g || o.entry || (o.entity && o.entity.type !== 'organisation') || !groups.has(key)) continue;
      for (const f of o.forms) if (!g.forms.includes(f)) g.forms.push(f);
      if (o.first.start < g.first.start) g.first = o.first;
      groups.delete(otherKey);
    }
  }
}

/** Whether `word` is a word of one of the body names (each name once, not once per mention). */
function inBodyName(word: string, bodyNames: readonly string[]): boolean {
  return bodyNames.some((n) => n.split(' ').includes(word));
}

/** ", ", ", and ", " and ": what stands between two items of one list. */
const LIST_GAP = /^(?:,? and |, )$/;
const MADE_BY_NEXT = /^ (?:from|by) /;
const POSSESSIVE_NEXT = /^['\u2019]s/;

/**
 * "Cegedim, Sonar and the GP system suppliers": an organisation the entities found only as an item of a list
 * ("listed-with-bodies") whose neighbour in that list is a supplier is listed with suppliers. The candidate is
 * 'listed', so the refiners keep it only as a company (not a health body, place or person).
 */
function listedWithVendors(norm: string, entities: readonly EntityRecord[], cands: readonly Candidate[]): Candidate[] {
  const listed = entities.filter((e) => e.type === 'organisation' && e.rule === 'listed-with-bodies');
  if (listed.length === 0) return [];
  const out: Candidate[] = [];
  const near = [...cands];
  // ("…, Log my Care, PASS from everyLIFE Technologies and …": a name from its maker is the maker's product)
  // ("SYNLAB UK & Ireland, Guy's and St Thomas' and King's": a possessive names an owner, a trust's short name here)
  const waiting = listed.flatMap((e) => e.mentions).filter((m) => !MADE_BY_NEXT.test(norm.slice(m.end, m.end + 6)) && !POSSESSIVE_NEXT.test(norm.slice(m.end, m.end + 2)));
  // ("Cegedim, Zorvex and Quillon": each item found makes its own neighbour listed with suppliers)
  for (let found = true; found; ) {
    found = false;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const m = waiting[i]!;
      const next = near.some((c) => c.start >= m.end && c.start - m.end <= 6 && LIST_GAP.test(norm.slice(m.end, c.start)));
      if (!next && !near.some((c) => c.end <= m.start && m.start - c.end <= 6 && LIST_GAP.test(norm.slice(c.end, m.start)))) continue;
      const c: Candidate = { start: m.start, end: m.end, rule: 'listed-with-vendors', strength: 'listed' };
      out.push(c);
      near.push(c);
      waiting.splice(i, 1);
      found = true;
    }
  }
  return out;
}

export function makeVendorExtractor(suppliers: readonly SupplierEntry[]): Extractor<VendorRecord> {
  // the shipped list's matcher is the one the entities extractor uses: its scan of an article is shared
  const matcher: SupplierMatcher = suppliers === DEFAULT_SUPPLIERS ? defaultMatcher : makeSupplierMatcher(suppliers);
  const gazetteerForms = formsIndex(suppliers);
  const productOnlyForms = productOnly(suppliers, gazetteerForms);

  return (doc, upstream) => {
    if (!doc.text) return [];
    const entities = upstream.entities ?? [];
    const ctx: RefineContext = {
      doc,
      entities,
      entityIndex: indexEntities(entities),
      bodies: findHealthBodies(doc, entities),
      productOnlyForms,
    };
    const hits = matcher.find(doc.norm);
    let cands: Candidate[] = hits
      .filter((h) => !insideOwnSystemName(doc.norm, h) && !openingOtherMakersProduct(doc.norm, h, hits) && !STAFF_GROUP_AFTER.test(doc.norm.slice(h.end, h.end + 14)))
      .map((h) => ({ start: h.start, end: h.end, rule: 'gazetteer', strength: 'gazetteer' as const, entry: h.entry }));
    cands.push(...runRules(doc));
    cands.push(...listedWithVendors(doc.norm, entities, cands));
    // "Oakwell Systems", "a Bristol company called Clearpath Digital": what names a company whatever the sentence says of it
    for (const e of entities) if (NAMED_COMPANY_RULES.has(e.rule)) for (const m of e.mentions) cands.push({ start: m.start, end: m.end, rule: e.rule, strength: 'strong' });
    for (const r of REFINERS) cands = r.run(cands, ctx);
    if (cands.length === 0) return [];
    ctx.bodies = splitPartiesOffBodies(doc.text, ctx.bodies, cands);
    cands.sort((a, b) => a.start - b.start || b.end - a.end);

    // ("Induction Healthcare Group", where the gazetteer names "Induction Healthcare": the organisation whose
    // mention starts where a gazetteer candidate does, its fuller name)
    const orgAt = new Map<number, EntityRecord>();
    for (const e of entities) if (e.type === 'organisation') for (const m of e.mentions) orgAt.set(m.start, e);
    const groups = new Map<string, Group>();
    for (const c of cands) {
      const surface = doc.text.slice(c.start, c.end);
      const key0 = foldKey(surface);
      // ("Limbic AI to support …" in a headline: a listed supplier's name with "AI" after it is that supplier)
      const entry = c.entry ?? gazetteerForms.get(key0) ?? (key0.endsWith(' ai') ? gazetteerForms.get(key0.slice(0, -3)) : undefined);
      const entity = ctx.entityIndex.get(key0)?.find((e) => e.type === 'organisation') ?? (entry ? orgAt.get(c.start) : undefined);
      const key = entry ? `g:${entry.name}` : entity ? `e:${entity.name}` : `u:${key0}`;
      let g = groups.get(key);
      if (!g) {
        g = { entry, entity, forms: [], suffixForms: [], first: c };
        groups.set(key, g);
      }
      if (!g.forms.includes(surface) && g.forms.length < MAX_FORMS_PER_GROUP) g.forms.push(surface);
      const suffixForm = c.suffix ? `${surface} ${c.suffix}` : null;
      if (suffixForm && !g.suffixForms.includes(suffixForm) && g.suffixForms.length < MAX_FORMS_PER_GROUP) g.suffixForms.push(suffixForm);
      if (entity && !g.entity) g.entity = entity;
    }
    mergeShortNamed(groups);
    const bodyNames = [...new Set(ctx.bodies.map((b) => b.name))];
    for (const g of groups.values()) {
      if (g.entity) for (const a of [g.entity.name, ...g.entity.aliases]) if (!g.forms.includes(a)) g.forms.push(a);
      // "Tidewell makes …" after "Tidewell Digital", "join Kestrel" after "Kestrel Health Group": the name
      // without its corporate tail, when that names nothing else in the article
      const short = shortName(g.entry?.name ?? g.entity?.name ?? g.forms[0]!);
      // (not "Clyde" for "Clyde Digital Care" beside "NHS Greater Glasgow and Clyde": a word of a body's name is that body's)
      if (short && !g.forms.includes(short) && !ctx.entityIndex.has(foldKey(short)) && !PLACES.has(short) && !NON_NAME_WORDS.has(short) && !inBodyName(short, bodyNames)) g.forms.push(short);
    }

    const list = [...groups.values()];
    const mentionsOf = collectMentions(doc.text, doc.norm, doc.sentences, list);
    // ("Dr Anna Baxter, chief executive of …": a supplier's name inside a person's is no mention of the supplier)
    const personSpans: [number, number][] = [];
    for (const e of entities) if (e.type === 'person') for (const m of e.mentions) personSpans.push([m.start, m.end]);
    if (personSpans.length > 0) {
      const inPerson = overlapTest(personSpans);
      for (const [g, ms] of mentionsOf) mentionsOf.set(g, ms.filter((m) => !inPerson(m.start, m.end)));
    }
    const productEntities = everyOccurrence(doc, entities);
    // the body "we" stand for, unless the person quoted most speaks for a company or a body named as no health body
    const speakersBody = quotedMostBody(entities);
    // which groups are vendors, decided before anything is read around their mentions: a candidate dropped here
    // ("Nottinghamshire Healthcare's director …", a trust's short name) is no other supplier for the customers' clauses
    const isVendor = (g: Group): boolean => {
      const mentions = mentionsOf.get(g)!;
      if (mentions.length === 0) return false;
      // "NWAS" when the article calls it North West Ambulance Service NHS Trust, "DHCW" for Digital
      // Health and Care Wales: a body the entities extractor names as a public body is no vendor
      // "the Scottish Ambulance Service (SAS)": a listed supplier's name (SAS the analytics company) that the article
      // defines as another body's initials is that body, which shares no word with the supplier's names
      if (g.entry && g.entity && g.entity.type === 'organisation' && !sharesFirstWord(g.entity.name, [g.entry.name, ...g.entry.aliases, ...g.entry.formerNames, ...g.entry.confirmedAliases])) return false;
      const reason = !g.entry && g.entity ? nonVendorReason(g.entity.name) : null;
      if (!g.entry && g.entity && ((reason !== null && !calledACompany(g.first, reason)) || NOT_SUPPLIER_RULES.has(g.entity.rule))) return false;
      // "eConsult" alone, "Zesty" beside its owner: where the entities read every form as a product and none as a
      // company, the article names the product, not its maker (ANNOTATION.md: a vendor only where the company is named)
      if (g.entry && !g.entity && g.forms.every((f) => {
        const es = ctx.entityIndex.get(foldKey(f));
        return es !== undefined && es.some((e) => e.type === 'product') && !es.some((e) => e.type === 'organisation');
      })) return false;
      // "Induction Healthcare's Induction Zesty portal": a supplier the gazetteer lists as another named supplier's
      // product (Zesty, bought by Induction) is that product here, unless the entities read it as a company
      if (g.entry && !g.entity && list.some((o) => o !== g && o.entry && mentionsOf.get(o)!.length > 0 && o.entry.products.includes(g.entry!.name))) return false;
      // ("Northumbria's patient portal" beside Northumbria Healthcare NHS Foundation Trust: a name that opens a health
      // body's, and no supplier's the gazetteer lists, is that body's short name)
      if (!g.entry && g.forms.every((f) => bodyNames.some((n) => n.startsWith(`${f} `)))) return false;
      if (g.entry && CARE_PROVIDER_KINDS.has(g.entry.kind) && !mentions.some((m) => SUPPLIES_CARE.test(doc.sentences[m.sentence]?.text ?? ''))) return false;
      return true;
    };
    const vendors = list.filter(isVendor);
    const ix: DocIndex = {
      semis: semicolons(doc.norm),
      headings: headings(doc),
      bodies: ctx.bodies,
      bodyStarts: ctx.bodies.map((b) => b.start),
      vendorStarts: vendors.flatMap((g) => mentionsOf.get(g)!.map((m) => m.start)).sort((a, b) => a - b),
      ourBody: speakersBody && ctx.bodies.some((b) => b.name === speakersBody) ? speakersBody : null,
    };
    // descriptions ("the health board") count as mentions of the body they point back to
    const described = describedBodies(doc.norm, ctx.bodies);
    const topic = topicOf([...ctx.bodies.map((b) => b.name), ...described], ctx.bodies.length + described.length);
    const records: VendorRecord[] = [];
    for (const g of vendors) {
      const mentions = mentionsOf.get(g)!;
      const written = [...new Set(mentions.map((m) => m.text))];
      const name = chooseName(g, written);
      const aliases = [...new Set([...written, ...(g.entity?.aliases ?? [])])].filter((a) => foldKey(a) !== foldKey(name));
      const own = new Set(mentions.map((m) => m.start));
      const otherVendorIn = (k: number) => {
        const sentence = doc.sentences[k];
        return sentence !== undefined && namesOtherVendor(ix.vendorStarts, own, sentence.start, sentence.end);
      };
      // ("London Ambulance Service NHS Trust (LAS)" beside Liquidlogic, whose LAS is a product: a name the entities
      // give only to a body, a place or a person is no product)
      const products = findProducts(doc, name, mentions, g.entry, productEntities, otherVendorIn).filter((p) => {
        const es = ctx.entityIndex.get(foldKey(p));
        return es === undefined || es.some((e) => e.type === 'product');
      });
      // a body that deploys the vendor's product is its customer ("… expects to have Annalise
      // Enterprise CXR live at all 10 trusts"): the product's mentions count as the vendor's
      const productKeys = new Set(products.map(foldKey));
      const productMentions = productEntities.filter((e) => productKeys.has(foldKey(e.name))).flatMap((e) => e.mentions);
      // (a provider named like a body, "Spectrum Community Health CIC", is never its own customer)
      const ownNames = new Set([name, ...aliases].map(foldKey));
      records.push({
        name,
        aliases,
        products,
        customers: withTopicBody(findCustomers(doc, ix, productMentions.length > 0 ? [...mentions, ...productMentions].sort((a, b) => a.start - b.start) : mentions), mentions, doc.norm, topic, mentions.length === ix.vendorStarts.length).filter((c) => !ownNames.has(foldKey(c))),
        rule: g.first.rule,
        mentions,
      });
    }
    return oncePerName(records).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  };
}

/**
 * One record per vendor name (ANNOTATION.md: "listed once per article under its canonical name"): two groups
 * can end on one name ("Feedback Medical" from the gazetteer, and "Feedback plc", which the entities make its
 * alias), and are then one vendor with the aliases, products, customers and mentions of both.
 */
function oncePerName(records: VendorRecord[]): VendorRecord[] {
  const byName = new Map<string, VendorRecord>();
  for (const r of records) {
    const key = foldKey(r.name);
    const seen = byName.get(key);
    if (!seen) {
      byName.set(key, r);
      continue;
    }
    const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
    seen.aliases = union(seen.aliases, r.aliases).filter((a) => foldKey(a) !== key);
    seen.products = union(seen.products, r.products);
    seen.customers = union(seen.customers, r.customers);
    seen.mentions = [...seen.mentions, ...r.mentions].sort((a, b) => a.start - b.start || a.end - b.end).filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start || m.end !== all[i - 1]!.end);
  }
  return [...byName.values()];
}

export const extractVendors: Extractor<VendorRecord> = makeVendorExtractor(DEFAULT_SUPPLIERS);

// V8 runs a regular expression from bytecode first and compiles it to native code once it
// runs again, and optimises a function only after many calls: 150 passes over a sample
// that reaches every rule, at module load (a few milliseconds), so the first articles of a
// run do not pay for it. The sample is a hand-made Prepared (no NLP).
const SAMPLE = [
  'Kingston Hospital partnered with Acmedix, a health tech start-up; the contract was awarded to Medisphere Ltd.',
  'Leeds NHS Trust awarded Carevio a contract with Zentrio and a partnership between Holovista and Kinetiq, which provides apps.',
  'Software company Trellica selected Interlink to deliver it, developed by Mindloop; Caresync supports Leeds Teaching Hospitals NHS Trust.',
  'Anna Lee, CEO and founder of Rotaplan, said Brightwell’s Connected Rota platform and the Cerner EPR system, systems such as Epic, are used by the trust.',
].join('\n');
const WARM_UP_PASSES = 150;
function warmUp(): void {
  const doc = sketchPrepared(SAMPLE);
  for (let i = 0; i < WARM_UP_PASSES; i++) extractVendors(doc, {});
}
warmUp();
