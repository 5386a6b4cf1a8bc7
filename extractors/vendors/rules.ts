// Context rules: the English around a company that says it supplies health and care
// bodies, so a supplier missing from the gazetteer is still found. Each rule is a named
// pattern over the normalised text; its named group "name" (one name) or "list" (a list of
// names) is the candidate. How much a rule's word counts is its `strength`:
//   strong — the context alone makes the name a supplier ("OX.DH, a health tech start-up")
//   weak   — a partner of some kind ("partnered with X"): kept when nothing says X is a
//            person, place, product or public body, and, once entities exist, when X is an
//            organisation
//   listed — a name in a list of systems ("systems such as Cerner, Lorenzo"): kept only
//            when the gazetteer or the entities say it is a company
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { SupplierEntry } from './schema.ts';
import { NAME, NAME_LIST, splitList, nonVendorReason } from './names.ts';
import { isHealthBody } from './bodies.ts';

export type Strength = 'gazetteer' | 'strong' | 'weak' | 'listed';

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  strength: Strength;
  /** the gazetteer entry, for gazetteer hits */
  entry?: SupplierEntry;
  /** a legal suffix written after the name ("Ltd"), kept as an alias */
  suffix?: string;
}

export interface Rule {
  id: string;
  strength: Exclude<Strength, 'gazetteer'>;
  pattern: RegExp;
  /** a further test on the match; false drops it */
  check?: (m: RegExpExecArray) => boolean;
}

const re = (source: string) => new RegExp(source, 'dgu');

/** Words that say what a supplier sells, after a possessive ("Lantum's … platform"). */
const OFFERING = String.raw`(?:platform|solution|software|system|app|application|technology|tool|product|service|expertise|engine|portal|device|offering|suite|EPR|EHR|PAS|PACS|feature|module|approach)s?`;

/** Nouns for a company, with the optional words that qualify them ("health tech start-up"). */
const COMPANY_NOUN = String.raw`(?:company|firm|start-?up|supplier|vendor|developer|scale-?up|spin-?out|spinout|SME|provider of (?:[a-z-]+ ){0,3}?(?:software|technology|platforms?|solutions?|systems?|apps?|tools?))`;

export const RULES: readonly Rule[] = [
  {
    id: 'partnered-with',
    strength: 'weak',
    pattern: re(String.raw`\b(?:partner(?:ed|ing|s)?|(?:in )?partnership|collaborat(?:ed|ing|ion|es|e)|team(?:ed|ing|s)? up|join(?:ed|ing|s)? forces|work(?:ed|ing|s)?(?: closely| together| directly)?|integration work|integrat(?:ed|ing|ion)|engag(?:ed|ing|ement)) with (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'partnership-between',
    strength: 'weak',
    pattern: re(String.raw`\b(?:partnership|collaboration|deal|agreement|contract|joint venture) between (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'contract-with',
    strength: 'strong',
    pattern: re(String.raw`\b(?:contracts?|deals?|agreements?|framework agreement) (?:with|from) (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'awarded-x-contract',
    strength: 'strong',
    pattern: re(String.raw`\b(?:awarded|handed|given) (?<name>${NAME}) (?:a|an|the|its)\b[^.;\n]{0,80}?\b(?:contract|deal|framework|tender)`),
  },
  {
    id: 'contract-awarded-to-x',
    strength: 'strong',
    pattern: re(String.raw`\b(?:contract|deal|tender|framework) (?:has been |was |is |were |have been )?(?:awarded|given|let) to (?:the )?(?<name>${NAME})`),
  },
  {
    id: 'x-possessive-offering',
    strength: 'strong',
    pattern: re(String.raw`(?<name>${NAME})'s (?:[A-Za-z0-9-]+ ){0,4}?${OFFERING}\b`),
  },
  {
    id: 'x-a-company',
    strength: 'strong',
    pattern: re(String.raw`(?<name>${NAME}),? (?:a|an|the|one of the) (?:[A-Za-z0-9-]+ ){0,5}?${COMPANY_NOUN}\b`),
  },
  {
    id: 'company-x',
    strength: 'strong',
    pattern: re(String.raw`\b(?:company|firm|start-?up|supplier|vendor|developer|scale-?up|spin-?out|spinout|(?:tech|technology|software|digital|IT|AI|data|platform|solutions?) (?:provider|partner)) (?<name>${NAME})`),
  },
  {
    id: 'x-which-provides',
    strength: 'strong',
    pattern: re(String.raw`(?<name>${NAME}), which (?:provides|supplies|develops|offers|makes|builds|sells|specialises|specializes|designs|delivers|produces)\b`),
  },
  {
    id: 'legal-suffix',
    strength: 'strong',
    pattern: re(String.raw`(?<name>${NAME}) (?<suffix>Ltd|Limited|plc|PLC|Plc|Inc|LLP|GmbH|LLC|Corp|Corporation|Pty|BV|AB)(?![\p{L}\p{N}])\.?`),
  },
  {
    id: 'selected-x-to',
    strength: 'strong',
    pattern: re(String.raw`\b(?:selected|chose|chosen|picked|commissioned|engaged|procured|contracted|hired|enlisted|turned to|signed up|signed with|awarded) (?<name>${NAME}) (?:to|as|for)\b`),
  },
  {
    id: 'supplied-by-x',
    strength: 'weak',
    pattern: re(String.raw`\b(?:supplied|provided|developed|built|powered|delivered|designed|created|made|operated|hosted|implemented|manufactured) by (?<name>${NAME})`),
  },
  {
    id: 'x-serves-body',
    strength: 'strong',
    pattern: re(String.raw`(?<name>${NAME}) (?:(?:currently|has|have|had|also|now|recently|successfully|already|is|are|been|proud|delighted|pleased|excited|to|continues|continued|will|would|can) ){0,4}(?:partners?|partnered|partnering|works?|worked|working|supports?|supported|supporting|supplies|supply|supplied|provides?|provided|delivers?|delivered|deployed|implemented|helps?|helped|serves?|served|equips?|equipped)(?: with)? (?:the )?(?<body>${NAME}(?: and ${NAME}){0,2})`),
    check: (m) => isHealthBody(m.groups!.body!),
  },
  {
    id: 'founder-of-x',
    strength: 'strong',
    pattern: re(String.raw`\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Cc]o-?)?[Ff]ounder|[Mm]anaging [Dd]irector|CTO|[Cc]hief [Tt]echnology [Oo]fficer|[Hh]ead of [A-Za-z ]{1,40}?)(?: and (?:[Cc]o-?)?[Ff]ounder)? (?:of|at) (?<name>${NAME})`),
  },
  {
    id: 'systems-such-as',
    strength: 'listed',
    pattern: re(String.raw`\b(?:systems|suppliers|vendors|providers|partners|companies|firms|platforms|solutions|products|technologies|tools|apps)(?:,)? (?:such as|including|like|from) (?:the )?(?<list>${NAME_LIST})`),
  },
];

/** The names of a captured list, less pairs that make one public name ("Track and Trace"). */
function listCandidates(norm: string, from: number, to: number, rule: Rule): Candidate[] {
  const pieces = splitList(norm.slice(from, to));
  const joined = new Set<number>();
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (norm.slice(from + a.offset + a.text.length, from + b.offset) !== ' and ') continue;
    if (nonVendorReason(`${a.text} and ${b.text}`) !== null) joined.add(i).add(i + 1);
  }
  const out: Candidate[] = [];
  pieces.forEach((piece, i) => {
    if (joined.has(i)) return;
    const start = from + piece.offset;
    out.push({ start, end: start + piece.text.length, rule: rule.id, strength: rule.strength });
  });
  return out;
}

/** Runs every rule over the normalised text; candidates come out in rule order. */
export function runRules(doc: Prepared): Candidate[] {
  const out: Candidate[] = [];
  const norm = doc.norm;
  for (const rule of RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(norm); m !== null; m = pattern.exec(norm)) {
      if (rule.check && !rule.check(m)) continue;
      const groups = m.indices!.groups!;
      const name = groups.name;
      const list = groups.list;
      if (name) out.push({ start: name[0], end: name[1], rule: rule.id, strength: rule.strength, suffix: m.groups!.suffix });
      else if (list) out.push(...listCandidates(norm, list[0], list[1], rule));
    }
  }
  return out;
}
