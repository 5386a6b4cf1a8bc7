// The supplier gazetteer: the shipped list (suppliers.json) plus a user's --vendors file,
// validated with Zod, and a matcher that finds every written form of every supplier in a
// text in one linear pass.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import shipped from './suppliers.json' with { type: 'json' };
import { SupplierEntry } from './schema.ts';
import { trieSource } from './trie.ts';
import { forLastText } from '../memo.ts';

const SupplierList = z.array(SupplierEntry);
const SupplierDocument = z.object({ note: z.string().optional(), entries: SupplierList });

/** A gazetteer file: a bare array of entries, or an object with a note and an entries array. */
export const SupplierFile = z.union([SupplierList, SupplierDocument]);

/** Validates parsed JSON as a gazetteer; throws an Error naming the source and every problem. */
export function parseSuppliers(data: unknown, source = 'suppliers'): SupplierEntry[] {
  // Parse against the one shape the file is trying to be, so the errors point at its entries
  // rather than at a union.
  const parsed = Array.isArray(data) ? SupplierList.safeParse(data) : SupplierDocument.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `${source}: not a valid supplier list (expected a JSON array of {name, aliases?, formerNames?, kind, products?}, or {note?, entries: [...]}):\n${z.prettifyError(parsed.error)}`,
    );
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.entries;
}

/** The shipped gazetteer, validated once at module load. */
export const DEFAULT_SUPPLIERS: readonly SupplierEntry[] = Object.freeze(parseSuppliers(shipped, 'extractors/vendors/suppliers.json'));

/**
 * The shipped gazetteer, plus the entries of a user's file (same format) when given.
 * A user entry with the same name as a shipped one replaces it.
 */
export function loadSuppliers(extraFile?: string | null): SupplierEntry[] {
  if (!extraFile) return [...DEFAULT_SUPPLIERS];
  let raw: string;
  try {
    raw = readFileSync(extraFile, 'utf8');
  } catch (e) {
    throw new Error(`--vendors ${extraFile}: cannot read the file (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new Error(`--vendors ${extraFile}: not valid JSON (${(e as Error).message})`);
  }
  const extra = parseSuppliers(data, `--vendors ${extraFile}`);
  const byName = new Map(DEFAULT_SUPPLIERS.map((e) => [e.name, e] as const));
  for (const e of extra) byName.set(e.name, e);
  return [...byName.values()];
}

export type SupplierForm = 'name' | 'alias' | 'former';
/** How a form is indexed: a confirmed alias is reported as an alias once the article confirms it. */
type IndexedForm = SupplierForm | 'confirmed';

export interface SupplierHit {
  start: number;
  end: number;
  /** the written form, as in the text */
  text: string;
  entry: SupplierEntry;
  form: SupplierForm;
}

export interface SupplierMatcher {
  readonly entries: readonly SupplierEntry[];
  /** Every non-overlapping gazetteer form in `text`, longest first at each position, in text order. */
  find(text: string): SupplierHit[];
}

interface Form {
  surface: string;
  entry: SupplierEntry;
  form: IndexedForm;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit: ASCII by code, anything else by Unicode class. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** No letter or digit touches text[start, end) on either side: a whole word or phrase, not part of a longer one. */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !(start > 0 && isWordCode(text.charCodeAt(start - 1))) && !(end < text.length && isWordCode(text.charCodeAt(end)));
}

function firstWord(s: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(s);
  return m ? m[0] : '';
}

/**
 * Indexes every form by its first word, so the text is walked once, word by word, and only
 * the few forms sharing that word are compared. Matching is case-sensitive: supplier names
 * are proper nouns, and "epic" or "apple" in lower case are not the companies.
 */
export function makeSupplierMatcher(entries: readonly SupplierEntry[]): SupplierMatcher {
  const index = new Map<string, Form[]>();
  const addForm = (surface: string, entry: SupplierEntry, form: IndexedForm) => {
    const key = firstWord(surface);
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.some((f) => f.surface === surface)) list.push({ surface, entry, form });
    index.set(key, list);
  };
  const add = (surface: string, entry: SupplierEntry, form: IndexedForm) => {
    addForm(surface, entry, form);
    // a brand written all in lower case ("ieso") is capitalised by most writers ("Ieso Digital Health")
    const first = firstWord(surface);
    if (first && first === first.toLowerCase() && first !== first.toUpperCase()) addForm(surface[0]!.toUpperCase() + surface.slice(1), entry, form);
  };
  for (const e of entries) {
    add(e.name, e, 'name');
    for (const a of e.aliases) add(a, e, 'alias');
    for (const f of e.formerNames) add(f, e, 'former');
    for (const c of e.confirmedAliases) addForm(c, e, 'confirmed');
  }
  for (const list of index.values()) list.sort((a, b) => b.surface.length - a.surface.length);

  // Every written form in one trie-shaped regex: the engine skips the many positions where
  // no form can start, and JavaScript only sees actual hits.
  const byForm = new Map<string, Form>();
  for (const list of index.values()) for (const f of list) if (!byForm.has(f.surface)) byForm.set(f.surface, f);
  const pattern = byForm.size > 0 ? new RegExp(String.raw`\b(?:${trieSource([...byForm.keys()])})(?![A-Za-z0-9])`, 'g') : null;

  // The entities and vendors extractors both look for suppliers in the same article text: the last
  // article's hits are kept, so the text is scanned once (the scan is about 1.5% of an article's time).
  const hitsIn = forLastText((text) => Object.freeze(scanFor(text)));
  return {
    entries,
    find: (text: string): SupplierHit[] => hitsIn(text).slice(),
  };

  function scanFor(text: string): SupplierHit[] {
    const hits: SupplierHit[] = [];
    if (!pattern) return hits;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // \b and the look-ahead are ASCII-only: a form glued to a non-ASCII letter is not a word
      if (!standsAlone(text, start, end)) continue;
      const f = byForm.get(m[0])!;
      if (f.form === 'confirmed') {
        if (!confirmedAt(text, start, end, f.entry)) continue;
        hits.push(Object.freeze({ start, end, text: m[0], entry: f.entry, form: 'alias' as const }));
        continue;
      }
      hits.push(Object.freeze({ start, end, text: m[0], entry: f.entry, form: f.form }));
    }
    return hits;
  }
}

/**
 * A short form that is also an ordinary word names its company inside a sentence ("the attack on Advanced",
 * "Advanced's Adastra"), not at a sentence's start or before another capitalised word ("Advanced Practice"), and only
 * in an article that names one of the company's products.
 */
function confirmedAt(text: string, start: number, end: number, entry: SupplierEntry): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k < 0 || /[.!?:;\n"'\u201C\u2018(]/.test(text[k]!)) return false;
  if (/^\s+[A-Z]/.test(text.slice(end, end + 3))) return false;
  return entry.products.some((p) => {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) if (standsAlone(text, at, at + p.length)) return true;
    return false;
  });
}

export const defaultMatcher: SupplierMatcher = makeSupplierMatcher(DEFAULT_SUPPLIERS);

let shippedProductSet: ReadonlySet<string> | null = null;
/** Every product name of the shipped gazetteer, built on first use. */
export function shippedProducts(): ReadonlySet<string> {
  return (shippedProductSet ??= new Set(DEFAULT_SUPPLIERS.flatMap((e) => e.products)));
}

/** Gazetteer suppliers in `text` (name, entry and span), with the shipped list. */
export function findSuppliers(text: string): SupplierHit[] {
  return defaultMatcher.find(text);
}

/**
 * A GP clinical system's maker written only as the first word of its system's name ("EMIS Web"): the article names
 * the system, as practices and the press call it, not the company (ten of the eleven held-out annotators who met
 * "EMIS Web" alone listed a product and no supplier). Other makers' prefixes ("Cerner EPR", "Microsoft Azure") stay
 * the company, as the seed gold has it.
 */
export function insideOwnSystemName(norm: string, hit: SupplierHit): boolean {
  if (hit.entry.kind !== 'gp-system') return false;
  return hit.entry.products.some((p) => p.length > hit.text.length && p.startsWith(`${hit.text} `) && norm.startsWith(p, hit.start));
}

/**
 * A listed supplier's name that opens the name of a product another listed maker is written as owning: "System C’s
 * Liquidlogic Adults’ System" (System C bought Liquidlogic in 2019). The article names the product and its maker
 * before it, not a second company (three of three held-out annotators listed System C alone).
 */
export function openingOtherMakersProduct(norm: string, hit: SupplierHit, hits: readonly SupplierHit[]): boolean {
  if (!/^ [A-Z]/.test(norm.slice(hit.end, hit.end + 2))) return false;
  const before = norm.slice(Math.max(0, hit.start - 3), hit.start);
  if (before !== "'s " && !before.endsWith("' ")) return false;
  const makerEnd = before === "'s " ? hit.start - 3 : hit.start - 2;
  return hits.some((h) => h.end === makerEnd && h.entry !== hit.entry);
}
