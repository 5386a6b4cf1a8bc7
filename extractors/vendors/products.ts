// Products the article names for a vendor: "Lantum's Connected Scheduling platform",
// "the Cerner EPR system", a product the gazetteer lists for it in the same or the next
// sentence, or a product entity written against it ("X's P", "P from X").
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { EntityRecord } from '../entities/schema.ts';
import type { Mention } from '../../pipeline/schema.ts';
import type { SupplierEntry } from './schema.ts';
import { dropTrademarks } from './names.ts';
import { foldKey } from './lexicon.ts';
import { bulletsAfter } from './context.ts';

const OFFERING = String.raw`(?:platform|solution|software|system|app|application|technology|tool|product|service|engine|portal|device|offering|suite|feature|module|approach)s?`;
const PRODUCT_WORD = String.raw`[A-Z][A-Za-z0-9]*(?:TM|™|®)?`;
const PRODUCT = String.raw`${PRODUCT_WORD}(?: ${PRODUCT_WORD}){0,3}`;

/** After "Vendor": "'s [adjectives] Product Name offering-noun". */
const AFTER_POSSESSIVE = new RegExp(String.raw`'s (?:[a-z][a-z-]* ){0,2}(?<p>${PRODUCT}) ${OFFERING}\b`, 'y');
/** After "Vendor": " ACRONYM offering-noun" ("Cerner EPR system") or " Product Name offering-noun". */
const AFTER_NAME = new RegExp(String.raw` (?:(?<acr>EPR|EHR|PAS|PACS|RIS|LIMS|ePR|EPMA|ePMA|CRM|ERP)|(?<p>${PRODUCT})) ${OFFERING}\b`, 'y');
// ("Imprivata, whose OneSign product": a relative possessive links the maker too; "Accurx or eConsult" lists two)
const LINK_BEFORE_PRODUCT = /^(?:'s|s'|,\s+whose)?\s+(?:(?!(?:and|or|but|nor|in|at|on|for|with|from|than|of|by|via|plus|versus|vs)\s)[a-z][a-z-]*\s+){0,2}$/;
// ("Crosscare, the hospice system from Advanced": an apposition saying what the product is may come between)
const LINK_AFTER_PRODUCT = new RegExp(String.raw`^,?\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?${OFFERING}\s+)?(?:(?:which|that)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+)?(?:from|by|developed by|made by|supplied by|built by|provided by)\s+$`);

const ITS_BEFORE = /\b(?:its|their)\s+$/;
/** A capitalised name between the vendor and "its": "its" may then be that name's. */
const OTHER_NAME_BETWEEN = /(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/;

export function findProducts(
  doc: Prepared,
  vendorName: string,
  mentions: readonly Mention[],
  entry: SupplierEntry | undefined,
  productEntities: readonly EntityRecord[],
): string[] {
  const found = new Map<string, string>();
  const add = (p: string) => {
    const clean = dropTrademarks(p);
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
      const at = m.end + poss[0].indexOf(poss.groups!.p!, 3);
      add(doc.text.slice(at, at + poss.groups!.p!.length));
    }
    AFTER_NAME.lastIndex = m.end;
    const named = AFTER_NAME.exec(norm);
    if (named?.groups!.acr) add(`${m.text} ${named.groups.acr}`);
    else if (named?.groups!.p) add(named.groups.p);
    for (const e of productEntities) {
      for (const pm of e.mentions) {
        if (pm.sentence !== m.sentence) continue;
        if (pm.start >= m.end && pm.start - m.end <= 40 && LINK_BEFORE_PRODUCT.test(norm.slice(m.end, pm.start))) add(e.name);
        else if (pm.end <= m.start && m.start - pm.end <= 30 && LINK_AFTER_PRODUCT.test(norm.slice(pm.end, m.start))) add(e.name);
        // "Healthcare Communications has secured four contracts, bringing its Patient Hub platform to …": the
        // vendor's own product, named later in its sentence after "its"
        else if (pm.start > m.end && ITS_BEFORE.test(norm.slice(Math.max(m.end, pm.start - 8), pm.start)) && !OTHER_NAME_BETWEEN.test(norm.slice(m.end, pm.start - 6))) add(e.name);
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
        if (at < 0) continue;
        const before = text[at - 1];
        const after = text[at + p.length];
        if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) add(p);
      }
    }
  }
  // "Lunit INSIGHT" from the gazetteer inside "Lunit INSIGHT CXR" the article names: the fuller name only
  const keys = [...found.keys()];
  return [...found.entries()].filter(([k]) => !keys.some((o) => o !== k && ` ${o} `.includes(` ${k} `))).map(([, v]) => v);
}
