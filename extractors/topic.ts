// The body an article is about. A news story, press release or interview about one trust or
// board names it again and again; a regional round-up names many bodies, none often. Where a
// sentence leaves unsaid who committed to a deadline or bought from a supplier, an article with
// a topic body means that body.

import type { EntityRecord } from './entities/schema.ts';
import { execAll } from './exec-all.ts';
import { forLastText } from './memo.ts';

/** Share of all body mentions the topic body must have: under a fifth in every seed round-up. */
const TOPIC_SHARE = 0.25;
const MIN_MENTIONS = 3;
/** How many times more often than any other body it must be named. */
const LEAD = 1.5;

/**
 * The name mentioned most among `names` (one entry per mention of a candidate body), if it is
 * mentioned at least three times, half as often again as any other, and in a quarter of
 * `allMentions` (every body mention in the article, candidates or not); else null.
 */
export function topicOf(names: Iterable<string>, allMentions: number): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let first: string | null = null;
  let most = 0;
  let second = 0;
  for (const [name, n] of counts) {
    if (n > most) {
      second = most;
      first = name;
      most = n;
    } else if (n > second) second = n;
  }
  if (first === null || most < MIN_MENTIONS || most < LEAD * second || most < TOPIC_SHARE * allMentions) return null;
  return first;
}

/**
 * The organisation of the person the article names most often (the first of equals): in an
 * interview with a trust's digital chief, the body "we" and "our" stand for.
 */
export function quotedMostBody(entities: readonly EntityRecord[]): string | null {
  let body: string | null = null;
  let most = 0;
  for (const e of entities) {
    if (e.type !== 'person' || !e.organisation || e.mentions.length <= most) continue;
    [body, most] = [e.organisation, e.mentions.length];
  }
  return body;
}

/** A health board by name: Welsh ones say so, Scotland's fourteen territorial boards are "NHS <region>". */
export const HEALTH_BOARD_NAME = /\bHealth Board\b|^NHS (?:Ayrshire|Borders|Dumfries|Fife|Forth Valley|Grampian|Greater Glasgow|Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|Western Isles)\b/;

/** The kinds of body a description can point back to. */
export type DescribedKind = 'icbs' | 'icb' | 'ics' | 'partnership' | 'trust' | 'healthBoard' | 'board' | 'council' | 'network' | 'collaborative' | 'pcn' | 'federation' | 'hospice' | 'alliance' | 'consortium' | 'group' | 'trusts' | 'government' | 'company';
/** A group of NHS trusts by its name: "University Hospitals of Northamptonshire NHS Group". */
export const NHS_GROUP_NAME = /\b(?:NHS|Hospitals?|Health)\b.*\bGroup$/;

export interface BodyDescription {
  kind: DescribedKind;
  /** global; no capture groups */
  pattern: RegExp;
  /** the names of bodies it can point back to */
  names: (name: string) => boolean;
  /** whether it counts towards the topic body ("the system" is as often the product as the ICS) */
  topic: boolean;
  /** the names it points back to first, when one of them was named before it in the passage */
  prefer?: (name: string) => boolean;
}

const named = (re: RegExp) => (name: string) => re.test(name);
/** What a network may be called for before "network" when the article points back to it: "the radiology network". */
export const NETWORK_QUALIFIER = String.raw`(?:imaging |pathology |radiology |diagnostic |stroke |neonatal |clinical |care )?`;
/** Descriptions that point back to a named body ("the health board", "the network"), in the order a clause is tested for them. */
export const BODY_DESCRIPTIONS: readonly BodyDescription[] = [
  // "The three ICBs have agreed to co-fund the SDE until 2027", "due to go to both boards": of several ICBs, the first
  // the article names with the others (dates/deadline.ts)
  { kind: 'icbs', pattern: /\b(?:[Tt]he (?:two |three |four |five |six |seven )?ICBs|[Bb]oth (?:ICBs|boards)|[Ee]ach (?:ICB|of the (?:two |three |four |five |six |seven )?ICBs))\b/g, names: named(/\b(?:ICB|Integrated Care Board)\b/), topic: false },
  { kind: 'icb', pattern: /\bthe (?:ICB|integrated care board)\b/gi, names: named(/\b(?:ICB|Integrated Care Board)\b/), topic: true },
  { kind: 'ics', pattern: /\bthe (?:ICS|integrated care system)\b/gi, names: named(/\b(?:ICS|Integrated Care System)\b/), topic: true },
  { kind: 'ics', pattern: /\bthe system\b/gi, names: named(/\b(?:ICS|Integrated Care System)\b/), topic: false },
  { kind: 'partnership', pattern: /\bthe partnership\b/gi, names: named(/\bPartnership\b/), topic: false },
  // "the two trusts plan to …": of several trusts, the subject is the first the article names (ANNOTATION.md)
  { kind: 'trusts', pattern: /\bthe (?:two |three |four |five |six |both )?trusts\b/gi, names: named(/\bTrust\b/), topic: false },
  // ("the trust" after "… Foundation Trust runs Furness General Hospital" is the trust, not the hospital)
  { kind: 'trust', pattern: /\bthe (?:trusts?|hospitals?|foundation trusts?)\b/gi, names: named(/\b(?:Trust|Hospitals?)\b/), prefer: named(/\bTrust\b/), topic: true },
  { kind: 'healthBoard', pattern: /\bthe (?:university )?health board\b/gi, names: named(HEALTH_BOARD_NAME), topic: true },
  { kind: 'board', pattern: /\bthe board\b/gi, names: (n) => /\b(?:Board|ICB|Trust)\b/.test(n) || HEALTH_BOARD_NAME.test(n), topic: true },
  { kind: 'council', pattern: /\bthe (?:county |city |borough |local )?council\b/gi, names: named(/\bCouncil\b/), topic: true },
  { kind: 'network', pattern: new RegExp(String.raw`\bthe ${NETWORK_QUALIFIER}network\b`, 'gi'), names: named(/\bNetwork\b/), topic: true },
  // ("the collaboration plans to digitise its histopathology service" after "… Pathology Collaboration")
  { kind: 'collaborative', pattern: /\bthe (?:pathology |provider )?collaborati(?:ve|on)\b/gi, names: named(/\bCollaborati(?:ve|on)\b/), topic: true },
  { kind: 'pcn', pattern: /\b[Tt]he (?:PCN|[Pp]rimary [Cc]are [Nn]etwork)\b/g, names: named(/\b(?:PCN|Primary Care Network)\b/), topic: true },
  { kind: 'federation', pattern: /\bthe (?:GP )?federation\b/gi, names: named(/\bFederation\b/), topic: true },
  { kind: 'hospice', pattern: /\bthe hospice\b/gi, names: named(/\bHospice\b/), topic: true },
  { kind: 'alliance', pattern: /\bthe alliance\b/gi, names: named(/\bAlliance\b/), topic: false },
  { kind: 'consortium', pattern: /\bthe consortium\b/gi, names: named(/\bConsortium\b/), topic: true },
  // "the group must eliminate waits …": a group of NHS trusts ("University Hospitals of Northamptonshire NHS Group"),
  // read only where the article names one (a company is a group too: dates/deadline.ts checks)
  { kind: 'group', pattern: /\bthe (?:hospital |hospitals |NHS )?group\b/gi, names: named(NHS_GROUP_NAME), topic: false },
  // "Ministers now expect to reach that mark by March 2026": the government department the article names
  // (written in lower case: "the Department of Health" is a name, not a description)
  { kind: 'government', pattern: /\b(?:[Tt]he (?:government|department)|[Mm]inisters)\b/g, names: named(/\b(?:Government|Department of Health|DHSC|Northern Ireland Executive)\b/), topic: false },
  // a company is known by how the entities were found, not by its name: the subject finder looks it up (dates/deadline.ts)
  { kind: 'company', pattern: /\bthe (?:company|firm|supplier|vendor)\b/gi, names: () => false, topic: false },
];
const TOPIC_DESCRIPTIONS = BODY_DESCRIPTIONS.filter((d) => d.topic);

const ANY_DESCRIPTION = new RegExp(TOPIC_DESCRIPTIONS.map((d) => `(${d.pattern.source})`).join('|'), 'gi');

/**
 * Where the article describes a body ("the trust", "the ICB") and which of TOPIC_DESCRIPTIONS each is. One pass
 * over the text for every kind (a pass per kind cost 3% of an article's time); the last article's are kept, as
 * the entities, dates and vendors extractors each ask with their own bodies.
 */
const descriptionsIn = forLastText((norm): readonly { at: number; kind: number }[] =>
  Object.freeze([...execAll(ANY_DESCRIPTION, norm)].map((m) => Object.freeze({ at: m.index, kind: m.slice(1).findIndex((g) => g !== undefined) }))),
);

/**
 * The body each description in `norm` ("the health board", "the trust") points back to: the last
 * body of its kind among `bodies` (sorted by start) before it that the article names more than
 * once (else the last at all), unless an earlier one of the kind is named at least three times
 * and twice as often. An article about one trust names it in full a few times and calls it "the
 * trust" from then on, even after naming other trusts in passing; a round-up names each body
 * about as often, and "the ICS" there is the nearest. With these, topicOf counts every time the
 * article speaks of its body.
 */
export function describedBodies(norm: string, bodies: readonly { start: number; name: string }[]): string[] {
  const out: string[] = [];
  if (bodies.length === 0) return out;
  const named = new Map<string, number>();
  for (const b of bodies) named.set(b.name, (named.get(b.name) ?? 0) + 1);
  for (const m of descriptionsIn(norm)) {
    const { names, prefer } = TOPIC_DESCRIPTIONS[m.kind]!;
    let lo = 0;
    let hi = bodies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bodies[mid]!.start < m.at) lo = mid + 1;
      else hi = mid;
    }
    const pointedAt = (ok: (name: string) => boolean): string | null => {
      let last: string | null = null;
      let chosen: string | null = null;
      for (let k = lo - 1; k >= 0; k--) {
        const name = bodies[k]!.name;
        if (!ok(name)) continue;
        last ??= name;
        const n = named.get(name)!;
        if (chosen === null) {
          if (n > 1) chosen = name;
        } else if (n >= 3 && n >= 2 * named.get(chosen)!) return name;
      }
      return chosen ?? last;
    };
    const body = (prefer ? pointedAt(prefer) : null) ?? pointedAt(names);
    if (body !== null) out.push(body);
  }
  return out;
}
