// The UK places gazetteer (uk-places.json) as a first-word index over words, so the text is
// walked once and only the few forms sharing a first word are compared at each position.
import shipped from './uk-places.json' with { type: 'json' };
import settlements from './gb-settlements.json' with { type: 'json' };
import { DIRECTIONS, NON_NAME_WORDS, ORG_HEADS_STRONG, ORG_HEADS_WEAK } from './lexicon.ts';
import { isNationality } from '../vendors/lexicon.ts';
import { CAP, type Word } from './words.ts';

type PlaceFile = Record<string, string | string[]>;

const lists = Object.entries(shipped as PlaceFile).filter(([k]) => k !== 'note') as [string, string[]][];
const AMBIGUOUS = new Set((shipped as PlaceFile).ambiguous as string[]);

/** Every place name the gazetteer holds (kind by list), for tests and for other rules. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(lists.flatMap(([, v]) => v));
/** ICS areas: a region that stands for its ICS. */
export const ICS_AREAS: ReadonlySet<string> = new Set(((shipped as PlaceFile).ics_areas as string[]) ?? []);
/** Regions and sub-regions of the gazetteer and ICS areas: what a regional network's name may end with. */
export const REGION_NAMES: ReadonlySet<string> = new Set([...((shipped as PlaceFile).regions as string[]), ...((shipped as PlaceFile).subregions as string[]), ...ICS_AREAS]);

const splitWords = (s: string) => s.replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}](?:[\p{L}\p{N}]|['.&@+-](?=[\p{L}\p{N}]))*'?|,/gu) ?? [];

interface Form {
  words: string[];
  name: string;
  ambiguous: boolean;
}
const byFirst = new Map<string, Form[]>();
for (const name of PLACE_NAMES) {
  const ws = splitWords(name);
  if (ws.length === 0) continue;
  const list = byFirst.get(ws[0]!) ?? [];
  list.push({ words: ws, name, ambiguous: AMBIGUOUS.has(name) });
  byFirst.set(ws[0]!, list);
}
// GeoNames' towns and villages: thousands of names, many of them also surnames, so each counts
// only where an ambiguous name would ("in Elgin", "Salisbury, Chippenham and Devizes"); they stay
// out of PLACE_NAMES, which other rules read as the names that are places wherever they stand.
for (const listed of settlements.settlements) {
  for (const name of settlementForms(listed)) {
    const ws = splitWords(name);
    if (ws.length === 0 || PLACE_NAMES.has(name)) continue;
    const list = byFirst.get(ws[0]!) ?? [];
    if (list.some((f) => f.name === name)) continue;
    list.push({ words: ws, name, ambiguous: true });
    byFirst.set(ws[0]!, list);
  }
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * How articles write a GeoNames settlement: its linking words in lower case ("Berwick-upon-Tweed" for
 * GeoNames' "Berwick-Upon-Tweed"), hyphenated or not ("Sutton in Ashfield", "Sutton-in-Ashfield"), and
 * the town without its river or sea ("Gorleston" for "Gorleston-on-Sea", "Blaydon" for "Blaydon-on-Tyne").
 */
function settlementForms(name: string): string[] {
  const forms = new Set([name]);
  const lowered = name.replace(/([ -])(Upon|On|In|Under|By|Next|Le|The|With|Cum|Over)(?=[ -])/g, (_m, sep: string, w: string) => sep + w.toLowerCase());
  forms.add(lowered);
  const linked = / (upon|on|in|under|by) /.exec(lowered);
  if (linked) forms.add(lowered.replace(linked[0], `-${linked[1]}-`));
  const hyphened = /-(upon|on|in|under|by)-/.exec(lowered);
  if (hyphened) forms.add(lowered.replace(hyphened[0], ` ${hyphened[1]} `));
  const town = /^(\p{Lu}\p{Ll}{3,})[ -](?:upon|on|under|by|next)[ -]/u.exec(lowered);
  if (town) forms.add(town[1]!);
  return [...forms];
}

/** Geographic nouns that end place names ("Fylde Coast", "Morecambe Bay", "Ribble Valley"). */
const GEO_NOUNS: ReadonlySet<string> = new Set(['Coast', 'Bay', 'Valley', 'Vale', 'Peninsula', 'Estuary', 'Dales', 'Moors', 'Forest', 'Marshes', 'Levels']);

/** Islands whose names are also surnames: a place after "on" ("on Skye", "on Lewis and Harris"). */
const AMBIGUOUS_ISLANDS: ReadonlySet<string> = new Set(['Skye', 'Lewis', 'Harris']);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'around', 'near', 'throughout', 'from', 'to', 'within', 'outside', 'covering', 'serving']);

/**
 * The longest gazetteer form starting at word i, as a count of words, or 0. Commas inside a form
 * ("Shropshire, Telford and Wrekin") match ", " gaps. A name that is also a common word or
 * surname ("Chester", "Reading") counts after a place preposition ("in Chester"), or when
 * `listedWithPlace` says it stands in a list next to another place.
 */
function formAt(words: readonly Word[], i: number, listedWithPlace?: (i: number, n: number) => boolean): { n: number; form: Form } | null {
  const list = byFirst.get(words[i]!.bare) ?? byFirst.get(words[i]!.t);
  if (!list) return null;
  for (const f of list) {
    let k = i;
    let ok = true;
    for (let j = 0; j < f.words.length; j++) {
      const fw = f.words[j]!;
      if (fw === ',') continue;
      const w = words[k];
      if (!w) {
        ok = false;
        break;
      }
      if (j > 0) {
        const wantComma = f.words[j - 1] === ',';
        if (wantComma ? w.gap !== ', ' : w.gap !== ' ') {
          ok = false;
          break;
        }
      }
      const last = j === f.words.length - 1;
      // ("the Fylde coast", "the Morecambe bay area": a place's last word that is a geographic noun may be written in lower case)
      // ("Brighton & Hove": an ampersand for a name's "and")
      if (!(w.t === fw || (fw === 'and' && w.t === '&') || (last && (w.bare === fw || (j > 0 && GEO_NOUNS.has(fw) && w.bare === fw.toLowerCase()))))) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    if (f.ambiguous) {
      const prev = words[i - 1];
      // ("a patient on Skye": an island is "on")
      const afterPrep = prev !== undefined && (PLACE_PREPOSITIONS.has(prev.t.toLowerCase()) || (prev.t === 'on' && AMBIGUOUS_ISLANDS.has(f.words.join(' ')) && !(words[k]?.gap === ' ' && words[k]!.cap))) && prev.sent === words[i]!.sent;
      if (!afterPrep && !listedWithPlace?.(i, k - i) && !namedAsPlace(words, i, k) && !pairedAfterFor(words, i, k) && !pairedBeforeAfterFor(words, i)) continue;
    }
    return { n: k - i, form: f };
  }
  return null;
}

/**
 * "new hospitals planned for Lancaster and Preston": after "for", a name that is also a surname counts as a place when
 * "and" joins it to another place name (two surnames joined after "for" are rare in this domain).
 */
function pairedAfterFor(words: readonly Word[], i: number, end: number): boolean {
  const prev = words[i - 1];
  if (prev?.t !== 'for' || prev.sent !== words[i]!.sent) return false;
  // ("work for Barrow as well as for Preston": or "or", "as well as", the "for" said again)
  let k = end;
  const link = words[k];
  if (link?.gap !== ' ') return false;
  if (link.t === 'and' || link.t === 'or') k++;
  else if (link.t === 'as' && words[k + 1]?.t === 'well' && words[k + 2]?.t === 'as') k += 3;
  else return false;
  if (words[k]?.t === 'for' && words[k]!.gap === ' ') k++;
  const other = words[k];
  return other !== undefined && other.gap === ' ' && PLACE_NAMES.has(other.bare);
}

/** The second of such a pair: "for Lancaster and Preston", "for Barrow as well as for Preston". */
function pairedBeforeAfterFor(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  if (words[k]?.t === 'for') k--;
  if (words[k]?.t === 'and' || words[k]?.t === 'or') k--;
  else if (words[k]?.t === 'as' && words[k - 1]?.t === 'well' && words[k - 2]?.t === 'as') k -= 3;
  else return false;
  const other = words[k];
  return other !== undefined && words[k - 1]?.t === 'for' && other.sent === words[i]!.sent && PLACE_NAMES.has(other.bare);
}

/**
 * The principal rivers of the UK (Environment Agency, Natural Resources Wales, SEPA and DAERA main-river lists), for
 * "across the Mersey"; rivers the gazetteer already lists as places ("Medway", "Waveney") are found there, and names
 * that are also common words ("Test", "Cam", "Soar", "Tame", "Lea") are left out.
 */
const RIVERS: ReadonlySet<string> = new Set([
  'Thames', 'Severn', 'Trent', 'Mersey', 'Tyne', 'Wear', 'Tees', 'Humber', 'Ouse', 'Aire', 'Calder', 'Derwent', 'Wharfe',
  'Swale', 'Ure', 'Nidd', 'Don', 'Irwell', 'Ribble', 'Lune', 'Dee', 'Wye', 'Usk', 'Taff', 'Tawe', 'Towy', 'Tywi',
  'Teifi', 'Conwy', 'Clwyd', 'Tay', 'Clyde', 'Forth', 'Spey', 'Tweed', 'Nith', 'Tamar', 'Exe', 'Dart', 'Taw', 'Torridge',
  'Nene', 'Welland', 'Witham', 'Stour', 'Itchen', 'Kennet', 'Cherwell', 'Yare', 'Orwell', 'Bann', 'Foyle', 'Lagan', 'Erne',
]);

/** Nouns for kinds of place, which "like", "such as" or "including" go on to name ("towns such as Glenrothes"). */
const PLACE_KINDS = new Set(['places', 'towns', 'cities', 'villages', 'areas', 'communities', 'counties', 'regions', 'localities', 'boroughs', 'districts', 'islands']);
const AREA_NOUNS = new Set(['area', 'district', 'locality']);
/** "The Leatherhead company", "a Bookham firm": a town before what is based there. */
const BASED_THERE = new Set(['company', 'firm', 'start-up', 'startup', 'business', 'supplier', 'manufacturer', 'developer']);

/**
 * Words around a name that say it is a place: a kind of place and its examples ("places like Stroud",
 * "towns such as Glenrothes", "rural areas including Wick"), "the <name> area" ("the Melton area"), or
 * "the <name> company".
 */
function namedAsPlace(words: readonly Word[], i: number, end: number): boolean {
  const prev = words[i - 1];
  if (!prev || prev.sent !== words[i]!.sent) return false;
  const next = words[end];
  if (prev.t === 'the' && next !== undefined && next.gap === ' ' && AREA_NOUNS.has(next.t)) return true;
  if (/^(?:the|The|a|A)$/.test(prev.t) && next !== undefined && next.gap === ' ' && BASED_THERE.has(next.t)) return true;
  const kind = prev.t === 'like' || prev.t === 'including' ? words[i - 2] : prev.t === 'as' && words[i - 2]?.t === 'such' ? words[i - 3] : undefined;
  return kind !== undefined && PLACE_KINDS.has(kind.t.toLowerCase());
}

/** Places whose parts are named with a compass word in lower case: "north Wales", "south-east London". */
const LOWER_COMPASS_NAMES: ReadonlySet<string> = new Set(['Wales', 'England', 'Scotland', 'Ireland', 'London']);
/** Compass words in lower case before a place: "north Wales", "south-east London". */
export const LOWER_COMPASS = /^(?:north|south|east|west|mid|central|north-east|north-west|south-east|south-west|northern|southern|eastern|western)$/;
const LOWER_COMPASS_JOINED = /^(?:mid|north|south|east|west|central|north-east|north-west|south-east|south-west)-([A-Z][\p{L}'-]+)$/u;

export interface PlaceHit {
  /** word range [s, e) */
  s: number;
  e: number;
  rule: 'gazetteer' | 'direction-place' | 'example-place' | 'river' | 'site';
  /** where the place ends inside its last word ("Manchester" in "Manchester-based") */
  charEnd?: number;
}

/** "Manchester-based Patchs Health", "a Leeds-headquartered firm": a place written into an adjective. */
export const BASED = /^(.+)-(?:based|headquartered|founded)$/;
/** "Sheffield-area trust": a place joined to a word that says it is one ("Sussex-wide" qualifies a scope and stays out). */
const PLACE_JOINED = /^(.+)-area$/;
/** "AIM-listed Feedback plc", "Nasdaq-quoted": where a company's shares trade, written before its name and no part of it. */
export const STOCK_LISTED = /^[A-Za-z]+-(?:listed|quoted)$/;
const BASED_TAIL = /-(?:based|headquartered|founded)$/;
const SETTLEMENT_NAMES: ReadonlySet<string> = new Set(settlements.settlements);

/**
 * Places in the text, longest first at each word: gazetteer forms, and compass or size words
 * before a listed place ("West Essex", "East and North Hertfordshire", "Central Manchester").
 */
export function findPlaces(words: readonly Word[], flags?: Uint16Array): PlaceHit[] {
  const out: PlaceHit[] = [];
  // "Liverpool, Chester and Warrington": a place just before (", " or "and"/"or") or just after
  const isLink = (k: number) => words[k] !== undefined && (words[k]!.t === 'and' || words[k]!.t === 'or') && words[k]!.gap === ' ';
  // the list item before word i starts at: i - 1 after ", ", i - 2 after "and"/"or"; -1 when i opens no item
  const itemBefore = (i: number): number => (words[i]!.gap === ', ' ? i - 1 : isLink(i - 1) && words[i]!.gap === ' ' ? i - 2 : -1);
  const listed = (i: number, n: number): boolean => {
    const last = out[out.length - 1];
    if (last && ((last.e === i && words[i]!.gap === ', ') || (last.e === i - 1 && isLink(i - 1) && words[i]!.gap === ' '))) return true;
    // "Hull, Airedale and Wakefield": past one or two unknown one-word items of the same list
    if (last) {
      let k = itemBefore(i);
      for (let hops = 0; k >= 0 && hops < 2 && words[k]!.cap && words[k]!.sent === words[i]!.sent; hops++) {
        const before = itemBefore(k);
        if (before < 0) break;
        if (last.e === before + 1) return true;
        k = before;
      }
    }
    const k = i + n;
    const next = words[k];
    if (!next || next.sent !== words[i]!.sent) return false;
    let start = next.gap === ', ' ? k : isLink(k) && words[k + 1]?.gap === ' ' ? k + 1 : -1;
    // ("Stroud, Cirencester and the Forest of Dean"; not after a comma: "Florence, the London start-up" is an apposition)
    if (start > k && words[start]!.t === 'the' && words[start + 1]?.gap === ' ') start++;
    if (start < 0 || !words[start]!.cap) return false;
    const after = formAt(words, start);
    return after !== null && !after.form.ambiguous;
  };
  for (let i = 0; i < words.length; i++) {
    if (flags ? (flags[i]! & CAP) === 0 : !words[i]!.cap) {
      // "mid-Powys", "north-east Lincolnshire" written as one word
      const hy = LOWER_COMPASS_JOINED.exec(words[i]!.bare);
      if (hy && PLACE_NAMES.has(hy[1]!) && !AMBIGUOUS.has(hy[1]!)) out.push({ s: i, e: i + 1, rule: 'direction-place' });
      continue;
    }
    const w = words[i]!;
    // "LONDON, 4 February 2026 – …": a press release's dateline writes its town in capitals
    if (w.upper && w.first && w.t.length >= 4 && words[i + 1]?.gap === ', ' && /^\d/.test(words[i + 1]!.t)) {
      const town = w.t[0] + w.t.slice(1).toLowerCase();
      if (PLACE_NAMES.has(town) && !AMBIGUOUS.has(town)) {
        out.push({ s: i, e: i + 1, rule: 'gazetteer' });
        continue;
      }
    }
    // "New York", "New York-based": a place name after "New" is part of another place's name
    if (w.gap === ' ' && words[i - 1]?.t === 'New' && !PLACE_NAMES.has(`New ${w.bare.replace(BASED_TAIL, '')}`)) continue;
    const last = w.t.charCodeAt(w.t.length - 1);
    const based = w.t.length > 6 && (last === 100 || last === 97) ? (BASED.exec(w.t) ?? PLACE_JOINED.exec(w.t)) : null;
    if (based) {
      const s = basedPlaceStart(words, i, based[1]!);
      if (s >= 0 || SETTLEMENT_NAMES.has(based[1]!)) {
        const from = s >= 0 ? s : i;
        while (out.length > 0 && out[out.length - 1]!.e > from) out.pop();
        out.push({ s: from, e: i + 1, rule: 'gazetteer', charEnd: w.s + based[1]!.length });
        continue;
      }
    }
    // compass words: "North", "East and North", "Mid and South" before a place
    let j = i;
    if (DIRECTIONS.has(w.t)) {
      while (j < words.length) {
        const a = words[j]!;
        if (DIRECTIONS.has(a.t) && (j === i || a.gap === ' ')) {
          j++;
          continue;
        }
        if (a.t === 'and' && a.gap === ' ' && j > i && words[j + 1] && DIRECTIONS.has(words[j + 1]!.t) && words[j + 1]!.gap === ' ') {
          j++;
          continue;
        }
        break;
      }
    }
    // "the Wellcome Genome Campus", "Norwich Research Park": a campus or a science park is a place, whatever it is named for
    const site = siteEnd(words, i);
    if (site > 0) {
      out.push({ s: i, e: site, rule: 'site' });
      i = site - 1;
      continue;
    }
    const direct = formAt(words, i, listed);
    let best: PlaceHit | null = direct ? { s: i, e: i + direct.n, rule: 'gazetteer' } : null;
    if (j > i && j < words.length && words[j]!.gap === ' ') {
      const after = formAt(words, j);
      // ("South East and South West London": two areas of one place, each named by two compass words; the second is
      // the one written whole, "East and North Hertfordshire" one area)
      let from = i;
      for (let k = i + 2; k < j; k++) if (words[k]!.t === 'and') from = k + 1;
      if (after && j + after.n > (best ? best.e : i)) best = { s: from, e: j + after.n, rule: 'direction-place' };
    }
    // "across the Mersey", "north of the Tyne": a river after "the", with no capitalised word after it ("the Mersey Care
    // team" names a body)
    if (!best && RIVERS.has(w.t) && w.gap === ' ' && words[i - 1]?.t === 'the' && words[i - 1]!.sent === w.sent && !(words[i + 1]?.gap === ' ' && words[i + 1]!.cap)) best = { s: i, e: i + 1, rule: 'river' };
    // "across the North and Midlands", "contracts in the South": England's north or south after "the", with no capitalised
    // word, "of" or hyphen after it (the read gold files list all 11 such as places)
    if (!best && (w.t === 'North' || w.t === 'South') && w.gap === ' ' && /^the$/i.test(words[i - 1]?.t ?? '') && words[i - 1]!.sent === w.sent) {
      const nx = words[i + 1];
      if (!(nx && nx.gap === ' ' && (nx.cap || nx.t === 'of')) && !(nx && nx.gap === '-')) best = { s: i, e: i + 1, rule: 'direction-place' };
    }
    // "the Waveney Valley", "the Tamar Valley": a geographic noun written with a capital after a place is part of its name
    if (best && words[best.e]?.gap === ' ' && GEO_NOUNS.has(words[best.e]!.t)) best = { s: best.s, e: best.e + 1, rule: best.rule };
    if (best) {
      // "south east Wales", "north Wales": compass words in lower case before a nation or London belong to it; before a
      // county or a town they say which part of it ("northern Lincolnshire", "east Kent": the place is the county, as
      // the hand-made gold of five articles in blind batches 232-240 reads it)
      let s = best.s;
      const partOfNation = best.e - best.s === 1 && LOWER_COMPASS_NAMES.has(words[best.s]!.bare);
      while (partOfNation && s > 0 && LOWER_COMPASS.test(words[s - 1]!.t) && words[s]!.gap === ' ' && words[s - 1]!.sent === words[s]!.sent && !(out.length && out[out.length - 1]!.e > s - 1)) s--;
      if (s < best.s) best = { s, e: best.e, rule: 'direction-place' };
      out.push(best);
      i = best.e - 1;
    }
  }
  return withExamplePlaces(words, joinDualNames(words, withoutMarketNames(words, listedAreasSplit(words, out))));
}

const SITE_PARKS: ReadonlySet<string> = new Set(['Science', 'Research', 'Business', 'Technology', 'Innovation', 'Enterprise']);
/**
 * Where a name of one to three capitalised words that opens at word i and ends in "Campus" or a kind of "Park" ends,
 * or -1. The name must close there ("University Campus Suffolk" goes on into another name).
 */
function siteEnd(words: readonly Word[], i: number): number {
  const prev = words[i - 1];
  if ((prev && prev.cap && words[i]!.gap === ' ' && prev.sent === words[i]!.sent) || words[i]!.t === 'The') return -1;
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    const w = words[k]!;
    if (w.gap !== ' ' || !w.cap) return -1;
    const closes = !(words[k + 1]?.gap === ' ' && words[k + 1]!.cap);
    if (w.t === 'Campus' && closes) return k + 1;
    if (w.t === 'Park' && k - 1 > i && SITE_PARKS.has(words[k - 1]!.t) && closes) return k + 1;
  }
  return -1;
}

/** Names that are only an ICS's area ("Herefordshire and Worcestershire"), not a council or city ("Brighton and Hove"). */
const AREA_ONLY: ReadonlySet<string> = new Set([...ICS_AREAS].filter((n) => lists.every(([k, v]) => k === 'ics_areas' || !v.includes(n))));

/**
 * "across Gloucestershire, Herefordshire and Worcestershire": after a place and a comma, an ICS area of two places joined
 * by "and" is the last two items of a list of places, not the area.
 */
function listedAreasSplit(words: readonly Word[], hits: PlaceHit[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    // (not in a list of areas that are themselves joined: "across Bedfordshire, Luton and Milton Keynes, Norfolk and
    // Waveney, and Suffolk and North East Essex")
    const listed = prev !== undefined && prev.e === h.s && words[h.s]!.gap === ', ' && h.rule === 'gazetteer' && h.charEnd === undefined && !words.slice(prev.s, prev.e).some((w) => w.t === 'and' || w.gap === ', ');
    // (an "and" followed by more items of the list joins no last item: "… the Black Country, Coventry and Warwickshire,
    // Herefordshire and Worcestershire, Shropshire …" names areas)
    const next = words[h.e];
    // ("Greater Manchester, Cheshire and Merseyside, and Lancashire and South Cumbria": a list closed by ", and" after
    // this item has its last "and" there, so the one inside this item joins a name)
    const closedLater = next?.t === 'and' && words[h.e + 1] !== undefined && words[h.e + 1]!.cap;
    // ("… Greater Manchester, Cheshire and Merseyside and Lancashire and South Cumbria": nor one after which "and" opens
    // the last item, itself an area joined by "and")
    const lastAreaAfter = next?.t === 'and' && next.gap === ' ' && hits.some((x) => x.s === h.e + 1 && words.slice(x.s, x.e).some((w) => w.t === 'and'));
    const goesOn = (next !== undefined && next.gap === ', ' && next.sent === words[h.s]!.sent && (next.cap || next.t === 'the' || closedLater)) || lastAreaAfter;
    const and = listed && !goesOn ? words.slice(h.s, h.e).findIndex((w) => w.t === 'and') + h.s : -1;
    if (and > h.s) {
      const name = words.slice(h.s, h.e).map((w) => w.t).join(' ');
      const first = words.slice(h.s, and).map((w) => w.t).join(' ');
      const second = words.slice(and + 1, h.e).map((w) => w.t).join(' ');
      if (AREA_ONLY.has(name) && PLACE_NAMES.has(first) && PLACE_NAMES.has(second)) {
        out.push({ s: h.s, e: and, rule: 'gazetteer' }, { s: and + 1, e: h.e, rule: 'gazetteer' });
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

/**
 * "Swisslog Healthcare UK and Ireland", "Sectra UK and Ireland", "BD's UK and Ireland general manager": after a company's
 * name, "UK and Ireland" names the company's business there, not two places.
 */
function withoutMarketNames(words: readonly Word[], hits: PlaceHit[]): PlaceHit[] {
  const market = (uk: number) => {
    const before = words[uk - 1];
    return words[uk]?.t === 'UK' && words[uk + 1]?.t === 'and' && words[uk + 2]?.t === 'Ireland' && words[uk]!.gap === ' ' && words[uk + 2]!.gap === ' ' && before !== undefined && before.cap && !NON_NAME_WORDS.has(before.t);
  };
  // ("Innovate UK", "Three UK", "Esri UK's ArcGIS", "the UK Core profiles", "UK GDPR": "UK" inside a name)
  const inName = (k: number) => {
    if (words[k]!.t !== 'UK') return false;
    const pv = words[k - 1];
    const nx = words[k + 1];
    return (pv !== undefined && words[k]!.gap === ' ' && pv.cap && !words[k]!.first && !NON_NAME_WORDS.has(pv.t)) || (nx !== undefined && nx.gap === ' ' && nx.cap);
  };
  return hits.filter((h) => !(h.e - h.s === 1 && (market(h.s) || inName(h.s) || (words[h.s]!.t === 'Ireland' && market(h.s - 2)))));
}

/** The two names of one place, written together: "Derry~Londonderry" (the tilde joins no other pair), "Derry/Londonderry". */
function joinDualNames(words: readonly Word[], hits: PlaceHit[]): PlaceHit[] {
  for (let k = hits.length - 1; k > 0; k--) {
    const a = hits[k - 1]!;
    const b = hits[k]!;
    const gap = words[b.s]!.gap;
    if (a.e !== b.s || a.charEnd !== undefined || !(gap === '~' || (gap === '/' && words[a.s]!.t === 'Derry' && words[b.s]!.t === 'Londonderry'))) continue;
    hits.splice(k - 1, 2, { s: a.s, e: b.e, rule: 'gazetteer', ...(b.charEnd !== undefined ? { charEnd: b.charEnd } : {}) });
  }
  return hits;
}

/** Kinds of place whose examples are places even when the gazetteer knows none of them ("suburbs such as Erdington"). */
const SETTLEMENT_KINDS = new Set(['towns', 'cities', 'villages', 'boroughs', 'districts', 'counties', 'suburbs', 'neighbourhoods', 'wards']);
/** Place prepositions a list of places may follow ("in A, B and C"). */
const LIST_PREPOSITIONS = new Set(['in', 'across', 'around', 'throughout', 'covering', 'serving']);
/** Last words of bodies' names besides the organisation heads, which no place ends with either. */
const BODY_LAST_WORDS = new Set(['Trusts', 'Councils', 'PCNs', 'Health', 'Care', 'Practice', 'Surgery']);
const endsBody = (w: Word) => ORG_HEADS_STRONG.has(w.bare) || ORG_HEADS_WEAK.has(w.bare) || BODY_LAST_WORDS.has(w.bare);
/** Capitalised words that name no place: months, weekdays, pronouns and the like, peoples and their adjectives. */
const notAPlace = (name: string) => NON_NAME_WORDS.has(name) || /^I['\u2019]/.test(name) || isNationality(name.split(' '));
/** A list item: one to three capitalised words. */
const MAX_ITEM_WORDS = 3;

/**
 * "areas such as Sutton Coldfield, Erdington and Small Heath", "towns like Ashington and Blyth", "practices in Armley,
 * Seacroft, Morley and Otley": every name the list gives is a place, known to the gazetteer or not. After a loose kind
 * ("areas", "communities") one of the names must be a known place, so "areas such as Radiology and Pathology" stays
 * out; after a preposition, too, and the list must hold three names or more.
 */
function withExamplePlaces(words: readonly Word[], hits: PlaceHit[]): PlaceHit[] {
  let extra: PlaceHit[] | null = null;
  // the hit starting at word k, by binary search over the hits (sorted by start): no table built per article
  const hitAt = (k: number): PlaceHit | undefined => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.s < k) lo = mid + 1;
      else hi = mid;
    }
    return hits[lo]?.s === k ? hits[lo] : undefined;
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const opens = w.t === 'like' || w.t === 'including' ? 1 : w.t === 'as' && words[i - 1]!.t === 'such' ? 2 : 0;
    // "practices in Armley, Seacroft, Morley and Otley": a list after a place preposition, one of whose names is a known place
    // (the word's first letter before the set: this loop sees every word of every article)
    const c0 = w.t.charCodeAt(0);
    const preposition = opens === 0 && (c0 === 105 || c0 === 97 || c0 === 116 || c0 === 99 || c0 === 115) && LIST_PREPOSITIONS.has(w.t);
    if (opens === 0 && !preposition) continue;
    const kind = preposition ? 'preposition' : words[i - opens]?.t.toLowerCase();
    if (kind === undefined || !(preposition || PLACE_KINDS.has(kind) || SETTLEMENT_KINDS.has(kind))) continue;
    if (preposition && !(words[i + 1]?.cap && words[i + 1]!.gap === ' ')) continue;
    const items: PlaceHit[] = [];
    let known = false;
    let notPlaces = false;
    let k = i + 1;
    while (k < words.length && words[k]!.sent === w.sent && words[k]!.cap && words[k]!.gap === (items.length === 0 ? ' ' : words[k]!.gap)) {
      const hit = hitAt(k);
      let e = hit ? hit.e : k + 1;
      if (!hit) {
        while (e < words.length && e - k < MAX_ITEM_WORDS && words[e]!.gap === ' ' && words[e]!.cap) e++;
        const name = e === k + 1 ? words[k]!.t : words.slice(k, e).map((x) => x.t).join(' ');
        known ||= preposition && (SETTLEMENT_NAMES.has(name) || isPlaceName(name));
        // ("in Leeds and Bradford ICB", "across Leeds, Bradford and Airedale NHS trusts": a body's name ends the list;
        // "in March and April", "in AI and robotics", "in European and Australian markets": no list of places)
        if (endsBody(words[e - 1]!) || notAPlace(name)) notPlaces = true;
        for (let x = k; preposition && x < e; x++) if (words[x]!.possessive || words[x]!.upper) notPlaces = true;
      } else known = true;
      items.push(hit ?? { s: k, e, rule: 'example-place' });
      // the next item follows ", ", "and" or "or" (", and" too)
      const next = words[e];
      if (next?.gap === ', ' && next.cap) {
        k = e;
        continue;
      }
      const link = next !== undefined && (next.t === 'and' || next.t === 'or') && (next.gap === ' ' || next.gap === ', ');
      if (!link || words[e + 1]?.gap !== ' ' || !words[e + 1]!.cap) break;
      k = e + 1;
    }
    // (after a preposition, three names or more: "Greater Glasgow and Clyde", "Cardiff and Vale" are two-part names)
    if (items.length === 0 || notPlaces || !(known || SETTLEMENT_KINDS.has(kind)) || (preposition && items.length < 3)) continue;
    for (const item of items) if (item.rule === 'example-place') (extra ??= []).push(item);
    i = items[items.length - 1]!.e - 1;
  }
  if (!extra) return hits;
  return [...hits, ...extra].sort((a, b) => a.s - b.s);
}

/**
 * words[i] is "<where>-based" ("Leeds-based"): the index of the word the place starts at, which may stand up to two
 * words before it ("New York-based", "Milton Keynes-based", "Tel Aviv-based"), or -1 when no listed place is written there.
 */
export function basedPlaceStart(words: readonly Word[], i: number, where: string): number {
  let s = isPlaceName(where) ? i : -1;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (!words[k]!.cap || words[k + 1]!.gap !== ' ') break;
    if (isPlaceName(`${words.slice(k, i).map((x) => x.t).join(' ')} ${where}`)) s = k;
  }
  return s;
}

/** True when the name is a listed place, or a compass word before one. */
export function isPlaceName(name: string): boolean {
  if (PLACE_NAMES.has(name)) return true;
  const m = /^(?:(?:North|South|East|West|Central|Mid|Greater|Inner|Outer)(?: and)? )+(.+)$/.exec(name);
  return m !== null && PLACE_NAMES.has(m[1]!);
}
