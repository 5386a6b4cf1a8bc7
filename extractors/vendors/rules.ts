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
import { trieSource } from './trie.ts';
import { COMPANY_LAST_WORDS, FIRST_NAMES, MADE_THINGS, NOT_A_PRODUCT_OWNED } from './lexicon.ts';
import { isPlaceName } from '../entities/places.ts';
import { DEFAULT_SUPPLIERS, shippedProducts } from './gazetteer.ts';
import { perKey } from '../memo.ts';

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
  /**
   * Literal words where the rule's trigger starts (see ANCHOR_WORDS). A rule whose pattern
   * starts with its trigger is tried at the anchor; a rule whose pattern starts with the name
   * (`nameFirst`) is tried at the word starts just before it.
   */
  anchors: readonly string[];
  nameFirst?: boolean;
  /** for a name-first rule: what must follow at the anchor (sticky), checked before any walking back */
  cue?: RegExp;
  /** sticky: it is run at a given position, never scanned over the text */
  pattern: RegExp;
  /** a further test on the match; false drops it */
  check?: (m: RegExpExecArray) => boolean;
}

const re = (source: string) => new RegExp(source, 'y');

/** Regular-expression source for nouns, each with or without a capital ("the GI Reporting Tool"), and their plurals. */
const nouns = (words: readonly string[]) => `(?:${words.map((w) => (/^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w)).join('|')})s?`;


/** Words that say what a supplier sells, after a possessive ("Lantum's … platform"). */
const OFFERING = String.raw`(?:${nouns([...MADE_THINGS, 'service', 'engine', 'dashboard'])}|(?:expertise|offering|feature|module|approach|integration|interface)s?)`;

/**
 * Nouns for a thing a company makes, before "from X" or "built by X" ("the hospice system from
 * Advanced", "RFID tags from Xerafy", "an integration built by Better"): narrower than OFFERING, because
 * a service or an approach comes from public bodies as often as from companies.
 */
/** A product brand written as one word: "CareDirector", "Read&Write", "ePROGESA", "iPLATO". */
const BRAND_WORD = String.raw`(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*&[A-Z][A-Za-z]*|[a-z]{1,2}[A-Z]{2}[A-Za-z0-9]*)`;
const MADE_THING = nouns([...MADE_THINGS, 'integration', 'beacon', 'camera', 'model']);

/** A company's legal suffix, written after its name. */
export const LEGAL_SUFFIX = String.raw`(?:Ltd|Limited|plc|PLC|Plc|Inc|LLP|GmbH|LLC|Corp|Corporation|Pty|BV|AB)`;

/** A firm, but not one that invests in, advises or defends companies ("venture firm Lakestar", "the law firm Bristows"): those supply no health body. */
const FIRM = String.raw`(?<!\b(?:venture|law|legal|investment|equity|capital|accountancy|audit) )firm`;

/** Nouns for a company, with the optional words that qualify them ("health tech start-up"). */
// (not "community interest company": in health and care a CIC is a provider of services, "Bromley Healthcare, the
// community interest company that provides community services")
const COMPANY_NOUN = String.raw`(?:(?<!\binterest )company|(?<=-based (?:[A-Za-z]+ )?)partner|${FIRM}|start-?up|supplier|vendor|developer|scale-?up|spin-?out|spinout|SME|consultancy|manufacturer|maker|specialist(?! (?!(?:in|on|for|at|of|that|which|whose|who|based|with|and|from|to)\b)[a-z])|contractor|integrator|reseller|distributor|provider of (?:[a-z-]+ ){0,3}?(?:software|technology|platforms?|solutions?|systems?|apps?|tools?))`;

/** Words before a name that say it advises (a law or accountancy firm, a corporate finance adviser), not supplies. */
const ADVISER_BEFORE = /\b(?:law|legal|accountancy|accounting|audit) firms?[ \t]+$|\b(?:solicitors|lawyers|accountants|auditors|advisers?|advisors?)[ \t]+$|\badvised[ \t]+by[ \t]+(?:the[ \t]+)?$/i;

/** Verbs of a company supplying its own offering ("will supply its …"), and of winning a contract. */
const SUPPLY_VERB = String.raw`(?:supply|supplies|supplied|provide|provides|provided|deliver|delivers|delivered|deploy|deploys|deployed|install|installs|installed)`;
const WIN_VERB = String.raw`(?:won|wins|secured|secures|landed|lands)`;
/** An amount of money as a deal's value is written: "£2.6m", "£450,000", "$12 million". */
const AMOUNT = String.raw`[£$€][\d.,]+(?: ?(?:m|bn|k|million|billion))?`;
/** What a deal is worth, between the deal and its party: "worth £2.6m", "valued at up to £1.2bn". */
const WORTH = String.raw`(?:worth|valued at) (?:around |about |up to |more than )?${AMOUNT}`;

let listedWords: Set<string> | null = null;
/** The first words of the listed suppliers' names and products ("Epic", "Lorenzo"). */
function listedNameWords(): ReadonlySet<string> {
  listedWords ??= new Set([...DEFAULT_SUPPLIERS.flatMap((e) => [e.name, ...e.aliases]), ...shippedProducts()].map((n) => n.split(' ')[0]!));
  return listedWords;
}

export const RULES: readonly Rule[] = [
  {
    id: 'partnered-with',
    strength: 'weak',
    anchors: ['partner', 'collaborat', 'teamed up', 'team up', 'teams up', 'teaming up', 'joined forces', 'join forces', 'joins forces', 'joining forces', 'work', 'integrat', 'engag'],
    pattern: re(String.raw`\b(?:partner(?:ed|ing|s)?|partnership|collaborat(?:ed|ing|ion|es|e)|team(?:ed|ing|s)? up|join(?:ed|ing|s)? forces|work(?:ed|ing|s)?(?: closely| together| directly)?|integration work|integrat(?:ed|ing|ion)|engag(?:ed|ing|ement)) with (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    // what goes live is as often a product ("went live with Connect") as its maker
    id: 'went-live-with',
    strength: 'listed',
    anchors: ['go live', 'goes live', 'going live', 'went live', 'gone live'],
    pattern: re(String.raw`\b(?:go|goes|going|went|gone) live with (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'partnership-between',
    strength: 'weak',
    anchors: ['partner', 'collaborat', 'deal', 'agreement', 'contract', 'joint'],
    pattern: re(String.raw`\b(?:partnership|collaboration|deal|agreement|contract|joint venture) between (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'contract-with',
    strength: 'strong',
    anchors: ['contract', 'deal', 'agreement', 'framework'],
    // ("a three-year contract worth £2.6m with Kallisto Health": its value between the deal and the party)
    pattern: re(String.raw`\b(?:contracts?|deals?|agreements?|framework agreement)(?:,? ${WORTH},?)? (?:with|from) (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'awarded-x-contract',
    strength: 'strong',
    anchors: ['awarded', 'handed', 'given'],
    pattern: re(String.raw`\b(?:awarded|handed|given) (?<name>${NAME}) (?:a|an|the|its)\b[^.;\n]{0,80}?\b(?:contract|deal|framework|tender)`),
  },
  {
    // "awarded a £7.9 million device contract to XMA"
    id: 'awarded-contract-to-x',
    strength: 'strong',
    anchors: ['awarded', 'award', 'awards', 'handed', 'gave', 'given'],
    // ("to award a £4.8m contract for a population health management (PHM) platform to Kestrel Analytics", "awarded a
    // three-year contract worth £450,000 to Kestrel Health": what the contract is worth or for may come between)
    pattern: re(String.raw`\b(?:awarded|award|awards|handed|gave|given) (?:a|an|the|its|their)\b(?:[^.;\n]|\.(?=\d)){0,80}?\b(?:contract|deal|tender|order)s?(?: ${WORTH}| for (?:[^.;\n]|\.(?=\d)){1,80}?)? to (?:the )?(?<name>${NAME})`),
  },
  {
    id: 'contract-awarded-to-x',
    strength: 'strong',
    anchors: ['contract', 'deal', 'tender', 'framework', 'award'],
    // ("The board paper recommends a direct award to Cadence Audiology for its Aurora cloud platform")
    pattern: re(String.raw`\b(?:(?:contract|deal|tender|framework) (?:has been |was |is |were |have been )?(?:awarded|given|let)|(?:direct |single[- ]tender )?award) to (?:the )?(?<name>${NAME})`),
  },
  {
    id: 'x-possessive-offering',
    strength: 'strong',
    // ("Unisoft Medical Systems' GI Reporting Tool": a name ending in "s" takes the apostrophe alone)
    anchors: ["'s", "' "],
    nameFirst: true,
    cue: /'s? /y,
    // ("Royal Devon's CCIO on EPR optimisation", "Bridgewater's 0-19 lead on apps": a phrase with a preposition
    // before the offering is about something else the owner has)
    pattern: re(String.raw`(?<name>${NAME})(?:'s|(?<=s)') (?:(?!(?:on|for|in|at|to|with)\b)[A-Za-z0-9-]+ (?:\([A-Za-z]{2,8}\) )?){0,5}?${OFFERING}\b`),
    // (the bare apostrophe only after a company's last word: "Liquidlogic Adults' Social Care System" is one product's name)
    // ("Martha's Rule": a first name's possessive before a capital names a scheme after a person; "Isla's visual
    // clinical record platform" is a company's)
    check: (m) => !(FIRST_NAMES.has(m.groups!.name!) && /^'s? [A-Z]/.test(m[0].slice(m.groups!.name!.length))) && (m[0].charAt(m.groups!.name!.length + 1) === 's' || COMPANY_LAST_WORDS.has(/\S+$/.exec(m.groups!.name!)![0])),
  },
  {
    id: 'x-a-company',
    strength: 'strong',
    anchors: [', a ', ', an ', ', the ', ', one of the '],
    nameFirst: true,
    cue: /, (?:a|an|the|one of the) /y,
    // ("Auditdata Manage, the cloud audiology platform from Danish firm Auditdata": a company noun after "from" or "by" is another name's)
    // ("Limbic Care, the company's between-session support app": the company's thing, not the company)
    // ("Altura Health, the cloud electronic patient record (EPR) company": initials in brackets among the words)
    pattern: re(String.raw`(?<name>${NAME}), (?:a|an|the|one of the) (?:(?!(?:from|by) )[A-Za-z0-9-]+ (?:\([A-Za-z]{2,8}\) )?){0,5}?${COMPANY_NOUN}\b(?!')`),
  },
  {
    id: 'company-x',
    strength: 'strong',
    // the anchor is the noun; what qualifies "provider" or "partner" is looked at behind it
    anchors: ['compan', 'firm', 'start-up', 'startup', 'suppl', 'vendor', 'develop', 'scale-up', 'scaleup', 'spin-out', 'spinout', 'provid', 'partner', 'consultanc', 'manufactur', 'maker', 'contractor', 'integrator', 'reseller', 'distributor', 'specialist'],
    pattern: re(String.raw`\b(?:company|${FIRM}|start-?up|supplier|vendor|developer|scale-?up|spin-?out|spinout|consultancy|manufacturer|maker|contractor|integrator|reseller|distributor|(?<=\b(?:tech|technology|software|digital|IT|AI|data|platform|solutions?|training|telephony|security|cyber|cloud|hosting|analytics|infrastructure|connectivity|transformation|[Ii]mplementation|[Dd]elivery|[Ii]ntegration|[Dd]eployment|authentication|identity|networking|network|telecoms|communications|automation|robotics|rostering|scheduling|messaging|telehealth|imaging) )(?:provider|partner|specialist)) (?<name>${NAME})`),
  },
  {
    // "the CardioView cardiology reporting system, whose supplier, Corvia Medical Imaging, has yet to …": who a system's
    // supplier is, in apposition
    id: 'whose-supplier-x',
    strength: 'strong',
    anchors: ['supplier, ', 'developer, ', 'maker, ', 'manufacturer, ', 'vendor, '],
    pattern: re(String.raw`(?<=\b(?:whose|its|their) )(?:supplier|developer|maker|manufacturer|vendor), (?<name>${NAME}),`),
  },
  {
    // "handled by Malinko, whose tool will be integrated with WCCIS": a name whose product follows
    id: 'x-whose-offering',
    strength: 'strong',
    anchors: [', whose '],
    nameFirst: true,
    cue: /, whose /y,
    // ("ABL Health, whose contract runs until March 2027": a name that holds a contract)
    pattern: re(String.raw`(?<name>${NAME}), whose (?:[A-Za-z0-9-]+ ){0,2}?(?:${OFFERING}|contracts?)\b`),
  },
  {
    id: 'x-which-provides',
    strength: 'strong',
    anchors: [', which ', ', who '],
    nameFirst: true,
    cue: /, (?:which|who) /y,
    // ("a pilot with Vitalink, who make a falls and activity monitoring kit": a company spoken of as its people)
    // (not "Glenview Care, which provides home care to around 900 people": a care provider)
    pattern: re(String.raw`(?<name>${NAME}), (?:which|who) (?:provides|supplies|develops|offers|makes|make|supply|develop|build|sell|builds|sells|specialises|specializes|designs|delivers|produces|manufactures|markets|distributes)\b(?![ \t]+(?:[a-z-]+[ \t]+){0,2}care\b)`),
  },
  {
    // "Tarn Diagnostics will supply its POCTlink middleware": who supplies its own product is a company
    id: 'x-supplies-its-offering',
    strength: 'strong',
    anchors: ['suppl', 'provid', 'deliver', 'deploy', 'install'],
    nameFirst: true,
    cue: new RegExp(String.raw`${SUPPLY_VERB} (?:its|their) `, 'y'),
    pattern: re(String.raw`(?<name>${NAME}) (?:(?:will|would|could|can|is to|has agreed to|is set to|to|also|now) ){0,2}${SUPPLY_VERB} (?:its|their) (?:[A-Za-z0-9-]+ ){0,3}?${OFFERING}\b`),
  },
  {
    // "Kestrel Health has won a £1.8m contract", "Cavell Digital wins £4.9m shared care record contract"
    id: 'x-wins-contract',
    strength: 'strong',
    anchors: ['won', 'wins', 'secured', 'secures', 'landed', 'lands'],
    nameFirst: true,
    cue: new RegExp(String.raw`${WIN_VERB} `, 'y'),
    pattern: re(String.raw`(?<name>${NAME}) (?:(?:has|have|had) )?${WIN_VERB} (?:(?:a|an|the|its|their) )?(?:(?:${AMOUNT}|[a-z0-9-]+) ){0,5}?(?:contract|deal|tender|framework place|place on)\b`),
  },
  {
    id: 'legal-suffix',
    strength: 'strong',
    anchors: ['Ltd', 'Limited', 'plc', 'PLC', 'Plc', 'Inc', 'LLP', 'GmbH', 'LLC', 'Corp', 'Pty', 'BV', 'AB'],
    nameFirst: true,
    cue: new RegExp(String.raw`${LEGAL_SUFFIX}(?![\p{L}\p{N}])`, 'uy'),
    pattern: re(String.raw`(?<name>${NAME}) (?<suffix>${LEGAL_SUFFIX})(?![A-Za-z0-9])\.?`),
    // ("advised by Ashdown Corporate Finance and the law firm Pryor Wells LLP": who advises a deal supplies no health body)
    check: (m) => !ADVISER_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index)),
  },
  {
    id: 'selected-x-to',
    strength: 'strong',
    anchors: ['selected', 'chose', 'picked', 'commissioned', 'engag', 'procured', 'contract', 'hired', 'enlisted', 'turned', 'signed', 'awarded', 'brought in', 'bringing in', 'bring in', 'brings in'],
    pattern: re(String.raw`\b(?:selected|chose|chosen|picked|commissioned|engaged|procured|contracted|hired|enlisted|turned to|signed up|signed with|awarded|brought in|bringing in|brings? in) (?<name>${NAME}) (?:to|as|for)\b`),
  },
  {
    // "Dorset ICB has named Better and Alcidion as partners", "appointed Kainos to deliver the programme": what the
    // names are chosen for says they are suppliers
    id: 'named-x-as-partner',
    strength: 'strong',
    anchors: ['named', 'appointed', 'chosen', 'chose', 'selected', 'picked', 'recommended'],
    pattern: re(String.raw`\b(?:named|appointed|chosen|chose|selected|picked|recommended) (?:the )?(?<list>${NAME_LIST}) (?:as (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:partners?|suppliers?|providers?|vendors?|contractors?)|to (?:run|deliver|provide|build|supply|implement|develop|support|lead|design|manage|host|operate|install|roll out))\b`),
  },
  {
    // "the Blackford Platform from Edinburgh-based Blackford Analysis": a name after where it is based (weak: a
    // charity or university is based somewhere too, so the entities must call it an organisation)
    id: 'based-x',
    strength: 'weak',
    anchors: ['-based ', '-headquartered '],
    pattern: re(String.raw`-(?:based|headquartered) (?<name>${NAME})`),
    // ("the Cloud-based Telephony programme": only where it is based, a place, says the name is a company's)
    // ("Stoke-on-Trent-based", "Milton Keynes-based": a hyphenated place, or one of two or three words)
    check: (m) => {
      const before = /(?:[A-Z][\p{L}'-]* ){0,2}[\p{L}][\p{L}'-]*$/u.exec(m.input.slice(Math.max(0, m.index - 40), m.index));
      if (before === null) return false;
      const words = before[0].split(' ');
      return words.some((_, i) => isPlaceName(words.slice(i).join(' ')));
    },
  },
  {
    id: 'supplied-by-x',
    strength: 'weak',
    anchors: ['suppl', 'provid', 'develop', 'built', 'powered', 'deliver', 'designed', 'created', 'made', 'operated', 'hosted', 'implement', 'manufactured', 'won'],
    // ("The seven-year deal, won by Rostra Health for its Cadence platform": a deal is won by its supplier)
    pattern: re(String.raw`\b(?:supplied|provided|developed|built|powered|delivered|designed|created|made|operated|hosted|implemented|manufactured|(?<=(?:contract|deal|tender|agreement|framework)s?,? )won) by (?<name>${NAME})`),
  },
  {
    // "the hospice system from Advanced", "passive RFID tags from Xerafy"
    id: 'made-thing-from-x',
    strength: 'strong',
    anchors: ['from'],
    // ("from Danish firm Auditdata", "from GP messaging firm Accurx": what the maker is may come between)
    pattern: re(String.raw`(?<=\b${MADE_THING} )from (?:the )?(?:(?:[A-Za-z-]+ ){0,3}?(?:firm|company|start-?up|supplier|specialist|provider|developer|manufacturer|maker) )?(?<name>${NAME})`),
    // ("provides forensic services from Roseberry Park in Middlesbrough": a site in a town is where, not who)
    check: (m) => !inPlaceAfter(m.input, m.index + m[0].length),
  },
  {
    // "Read&Write from Texthelp", "built on CareDirector from Advanced": a brand written as one word with capitals
    // inside (or an ampersand) is a product, so who it comes from makes it
    id: 'brand-from-x',
    strength: 'strong',
    anchors: ['from'],
    pattern: re(String.raw`(?<=${BRAND_WORD} )from (?<name>${NAME})`),
  },
  {
    // "a clinical system, Adastra from Advanced", "Carenotes, from Advanced, at CWP": a product the gazetteer knows,
    // then whom it comes from (a maker whose name is also an English word is not in the gazetteer under it)
    id: 'listed-product-from-x',
    strength: 'strong',
    anchors: ['from'],
    pattern: re(String.raw`from (?<name>${NAME})`),
    check: (m) => endsWithKnownProduct(m.input.slice(Math.max(0, m.index - 48), m.index)),
  },
  {
    // "MAK-SYSTEM's ePROGESA": whose such a brand is
    id: 'x-possessive-brand',
    strength: 'strong',
    anchors: ["'s"],
    nameFirst: true,
    cue: /'s /y,
    pattern: re(String.raw`(?<name>${NAME})'s ${BRAND_WORD}(?![\w-])`),
  },
  {
    // "picked Orrin Health's Orrin Triage": a name that ends as a company's does, owning a capitalised name, is a company
    id: 'company-possessive-name',
    strength: 'strong',
    anchors: ["'s"],
    nameFirst: true,
    cue: /'s [A-Z]/y,
    pattern: re(String.raw`(?<name>${NAME})'s (?<owned>[A-Z][\w-]*)`),
    // (not a body named after its place, "Sheffield Health's Board", nor a team, a board or a title a body has)
    check: (m) => {
      const words = m.groups!.name!.split(' ');
      // (nor a body that runs a listed supplier's system: "Barts Health's Epic system")
      return words.length >= 2 && COMPANY_LAST_WORDS.has(words[words.length - 1]!) && !isPlaceName(words.slice(0, -1).join(' ')) && !NOT_A_PRODUCT_OWNED.has(m.groups!.owned!) && !listedNameWords().has(m.groups!.owned!);
    },
  },
  {
    // "the Nucleus Smart App made by Cochlear", "an integration built by Better": what was made says the maker is a company
    id: 'made-thing-by-x',
    strength: 'strong',
    anchors: ['suppl', 'develop', 'built', 'powered', 'designed', 'created', 'made', 'manufactured'],
    pattern: re(String.raw`(?<=\b${MADE_THING},? )(?:supplied|developed|built|powered|designed|created|made|manufactured) by (?<name>${NAME})`),
  },
  {
    // "Developed by Xim, Lifelight measures …": a fronted clause names the maker of what the sentence is about
    id: 'fronted-made-by-x',
    strength: 'strong',
    anchors: ['Developed', 'Built', 'Made', 'Designed', 'Created', 'Supplied', 'Manufactured', 'Powered'],
    pattern: re(String.raw`(?<![\w,;] )(?:Developed|Built|Made|Designed|Created|Supplied|Manufactured|Powered) by (?<name>${NAME}),`),
  },
  {
    id: 'x-serves-body',
    strength: 'strong',
    anchors: ['partner', 'work', 'support', 'suppl', 'provid', 'deliver', 'deploy', 'implement', 'help', 'serve', 'equip'],
    nameFirst: true,
    cue: /(?:partners?|partnered|partnering|works?|worked|working|supports?|supported|supporting|supplies|supply|supplied|provides?|provided|delivers?|delivered|deployed|implemented|helps?|helped|serves?|served|equips?|equipped)(?: with)? /y,
    pattern: re(String.raw`(?<name>${NAME}) (?:(?:currently|has|have|had|also|now|recently|successfully|already|is|are|been|proud|delighted|pleased|excited|to|continues|continued|will|would|can) ){0,4}(?:partners?|partnered|partnering|works?|worked|working|supports?|supported|supporting|supplies|supply|supplied|provides?|provided|delivers?|delivered|deployed|implemented|helps?|helped|serves?|served|equips?|equipped)(?: with)? (?:the )?(?<body>${NAME}(?: and ${NAME}){0,2})`),
    check: (m) => isHealthBody(m.groups!.body!),
  },
  {
    id: 'x-chosen-by-body',
    strength: 'strong',
    anchors: ['selected', 'chosen', 'appointed', 'commissioned', 'procured', 'contract'],
    nameFirst: true,
    cue: /(?:selected|chosen|appointed|commissioned|procured|contracted) by /y,
    pattern: re(String.raw`(?<name>${NAME}) (?:(?:has|have|had|was|were|is|are|been|now|recently) ){0,3}(?:selected|chosen|appointed|commissioned|procured|contracted) by (?:the )?(?<body>${NAME}(?: and ${NAME}){0,2})`),
    check: (m) => isHealthBody(m.groups!.body!),
  },
  {
    id: 'acquired-by-x',
    strength: 'strong',
    anchors: ['acquired', 'bought', 'acquisition'],
    pattern: re(String.raw`\b(?:acquired by|bought by|acquisition by) (?:the )?(?<name>${NAME})`),
  },
  {
    // "the merger of Ardent Care Systems and Pathway Connect": both parties of a merger are companies (a health
    // body's merger is the refiners' to drop)
    id: 'merger-of-x',
    strength: 'strong',
    anchors: ['merger'],
    pattern: re(String.raw`\bmerger (?:of|between) (?<list>${NAME} and ${NAME})`),
  },
  {
    id: 'founder-of-x',
    strength: 'strong',
    anchors: ['CEO', 'Chief', 'chief', 'Co-', 'co-', 'Founder', 'founder', 'Managing', 'managing', 'CTO', 'Head', 'head'],
    pattern: re(String.raw`\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Cc]o-?)?[Ff]ounder|[Mm]anaging [Dd]irector|CTO|[Cc]hief [Tt]echnology [Oo]fficer|[Hh]ead of [A-Za-z ]{1,40}?)(?: and (?:[Cc]o-?)?[Ff]ounder)? (?:of|at) (?<name>${NAME})`),
    // ("head of medicines management at NEAS": a head of a service works at an NHS body as often as at a company,
    // and its initials are the NHS body's, which the entities extractor links to the name it spells out)
    check: (m) => !(/^[Hh]ead of/.test(m[0]) && /^[A-Z]{2,6}$/.test(m.groups!.name!)),
  },
  {
    // "Companies such as Caresyntax now capture …": the list noun says what they are
    id: 'companies-such-as',
    strength: 'strong',
    anchors: ['such as', 'including', 'like'],
    pattern: re(String.raw`(?<=\b(?:[Ss]uppliers|[Vv]endors|[Cc]ompanies|[Ff]irms|[Ss]tart-?ups|[Ss]cale-?ups|[Mm]anufacturers),? )(?:such as|including|like) (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    // "CPAP manufacturers ResMed and Fisher & Paykel Healthcare", "software suppliers System C and Nervecentre": a plural
    // company noun in lower case before the list of them
    id: 'companies-named',
    strength: 'strong',
    anchors: ['suppliers ', 'vendors ', 'companies ', 'firms ', 'start-ups ', 'startups ', 'manufacturers ', 'makers ', 'developers '],
    pattern: re(String.raw`(?:suppliers|vendors|companies|firms|start-?ups|manufacturers|makers|developers) (?<list>${NAME_LIST})`),
  },
  {
    // "a smaller Liverpool firm, Damibu, built the app": the company an apposition names after its noun
    id: 'a-firm-x',
    strength: 'strong',
    anchors: ['firm, ', 'company, ', 'start-up, ', 'startup, ', 'supplier, ', 'developer, ', 'manufacturer, ', 'maker, ', 'consultancy, '],
    pattern: re(String.raw`(?<=\b(?:[Aa]|[Aa]n|[Tt]he) (?:[A-Za-z-]+ ){0,3})(?:${FIRM}|company|start-?up|supplier|developer|manufacturer|maker|consultancy), (?<name>${NAME})(?=[,.;])`),
  },
  {
    // "Other suppliers with LFPSE-compliant products include Ulysses and InPhase": a list that suppliers or companies make up
    id: 'suppliers-include',
    strength: 'strong',
    anchors: ['include'],
    pattern: re(String.raw`(?<=\b(?:[Ss]uppliers|[Vv]endors|[Cc]ompanies|[Ff]irms)\b[^.;:\n]{0,60}? )(?:include|includes|included) (?:the )?(?<list>${NAME_LIST})`),
  },
  {
    id: 'systems-such-as',
    strength: 'listed',
    // the anchor is the list word; the kind of things listed is looked at behind it
    anchors: ['such as', 'including', 'from'],
    pattern: re(String.raw`(?<=\b(?:systems|suppliers|vendors|providers|partners|companies|firms|platforms|solutions|products|technologies|tools|apps),? )(?:such as|including|from) (?:the )?(?<list>${NAME_LIST})`),
  },
];

/** Whether `before` ends with a gazetteer product's name, then a space or a comma and a space. */
function endsWithKnownProduct(before: string): boolean {
  const knownProducts = shippedProducts();
  const tail = /,? $/.exec(before);
  if (!tail) return false;
  const head = before.slice(0, tail.index);
  for (let i = head.length - 1; i >= 0; i--) {
    if (i > 0 && head[i - 1] !== ' ') continue;
    if (knownProducts.has(head.slice(i))) return true;
  }
  return false;
}

/** The names of a captured list, less pairs that make one public name ("Track and Trace"). */
function listCandidates(norm: string, from: number, to: number, rule: Rule): Candidate[] {
  const pieces = splitList(norm.slice(from, to));
  const joined = new Set<number>();
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (norm.slice(from + a.offset + a.text.length, from + b.offset) !== ' and ') continue;
    // both halves pass alone, together they are a public name
    if (nonVendorReason(`${a.text} and ${b.text}`) !== null && nonVendorReason(a.text) === null && nonVendorReason(b.text) === null) joined.add(i).add(i + 1);
  }
  // "partnered with X, Y developed …": without a final "and" the comma ends the list
  const last = pieces[pieces.length - 1];
  const prev = pieces[pieces.length - 2];
  const closed = !last || !prev || / and (?:the )?$/.test(norm.slice(from + prev.offset + prev.text.length, from + last.offset));
  const out: Candidate[] = [];
  pieces.forEach((piece, i) => {
    if (joined.has(i) || (!closed && i > 0)) return;
    const start = from + piece.offset;
    out.push({ start, end: start + piece.text.length, rule: rule.id, strength: rule.strength });
  });
  return out;
}

/**
 * Every anchor word, longest first so an alternation prefers "partnership" to "partner".
 * One scan for all of them replaces one scan per rule.
 */
const ANCHOR_WORDS = [...new Set(RULES.flatMap((r) => r.anchors))];
// \b: an anchor starts a word, or ("'s", ", ") follows one
const ANCHOR = new RegExp(String.raw`\b(?:${trieSource(ANCHOR_WORDS)})`, 'g');
/** Rules by anchor word; an anchor word that starts with another word also triggers that word's rules. */
const RULES_BY_ANCHOR = new Map<string, Rule[]>(
  ANCHOR_WORDS.map((w) => [w, RULES.filter((r) => r.anchors.some((a) => w.startsWith(a)))] as const),
);

/** How far back from its anchor a name-first rule looks for the start of the name. */
const NAME_REACH = 100;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
export const isWordChar = (c: number) => isUpper(c) || isLower(c) || (c >= 48 && c <= 57) || c > 127;

/** Word starts that can open a name (a capital, or a brand like "accuRx"), farthest first, in [from, to). */
function nameStarts(norm: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = norm.charCodeAt(i);
    if (i > 0 && isWordChar(norm.charCodeAt(i - 1))) continue;
    if (isUpper(c)) out.push(i);
    else if (isLower(c)) {
      for (let k = 1; k <= 4 && i + k < to; k++) {
        const d = norm.charCodeAt(i + k);
        if (isUpper(d)) {
          out.push(i);
          break;
        }
        if (!isLower(d)) break;
      }
    }
  }
  return out;
}

/** Words a name-first rule allows between the name and its verb ("X has also worked with"). */
const FILLERS = new Set(['currently', 'has', 'have', 'had', 'also', 'now', 'recently', 'successfully', 'already', 'is', 'are', 'was', 'were', 'been', 'proud', 'delighted', 'pleased', 'excited', 'to', 'continues', 'continued', 'will', 'would', 'can']);
/** A character of a name's last word: letters, digits and the joiners of "OX.DH", "C2-Ai", "M&S". */
const isNameEndCode = (c: number) => isWordChar(c) || c === 46 || c === 38 || c === 43 || c === 45;
const NAME_LIKE = /^(?:[A-Z]|[a-z]{1,4}[A-Z])/;

/** Name-first rules whose name may stand a few auxiliary words before the cue ("Tarn Diagnostics will supply its …"). */
const FILLERS_BEFORE_CUE = new Set(['x-serves-body', 'x-chosen-by-body', 'x-supplies-its-offering', 'x-wins-contract']);
/**
 * Whether the word just before `at` (after skipping allowed fillers) can end a name: a cheap
 * test that saves walking back from the many anchors that follow ordinary words.
 */
function nameEndsBefore(norm: string, at: number, fillers: boolean): boolean {
  let i = at;
  for (let guard = 0; guard < 6; guard++) {
    while (i > 0 && norm[i - 1] === ' ') i--;
    let j = i;
    while (j > 0 && i - j < 40 && isNameEndCode(norm.charCodeAt(j - 1))) j--;
    if (j === i) return false;
    const word = norm.slice(j, i);
    if (fillers && FILLERS.has(word)) {
      i = j;
      continue;
    }
    return NAME_LIKE.test(word);
  }
  return false;
}

/** Words after a trigger within which its name must start ("Head of ICS Partnerships at Lantum", "awarded a five-year, £2.4 million contract to Sonitor"). */
const TRIGGER_REACH_WORDS = 12;

/**
 * Whether a capitalised word (or a brand like "accuRx") starts within the few words after
 * the anchor word at `at`: a trigger-first rule cannot match without one, and this test is
 * far cheaper than running the rule.
 */
function capitalSoon(norm: string, at: number): boolean {
  const n = Math.min(norm.length, at + 120);
  let i = at;
  while (i < n && isWordChar(norm.charCodeAt(i))) i++;
  for (let words = 0; words < TRIGGER_REACH_WORDS && i < n; words++) {
    while (i < n && !isWordChar(norm.charCodeAt(i))) {
      const c = norm.charCodeAt(i);
      if (c === 10 || c === 59) return false;
      i++;
    }
    if (i >= n) return false;
    const c = norm.charCodeAt(i);
    if (isUpper(c)) return true;
    const wordStart = i;
    while (i < n && isWordChar(norm.charCodeAt(i))) {
      if (i > wordStart && i - wordStart <= 4 && isUpper(norm.charCodeAt(i))) return true;
      i++;
    }
  }
  return false;
}

/** Whether " in " and a place's name follow `at`: "from Roseberry Park in Middlesbrough". */
const IN_NAME = /^ in ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/u;
function inPlaceAfter(norm: string, at: number): boolean {
  const m = IN_NAME.exec(norm.slice(at, at + 40));
  if (!m) return false;
  return isPlaceName(m[1]!) || isPlaceName(m[1]!.split(' ')[0]!);
}

/** Where a name before `at` can start at the earliest: the line's start, at most NAME_REACH back. */
function lineStartBefore(norm: string, at: number): number {
  const from = Math.max(0, at - NAME_REACH);
  for (let i = at - 1; i >= from; i--) if (norm.charCodeAt(i) === 10) return i + 1;
  return from;
}

const INDEXED = new Map<Rule, RegExp>(RULES.map((r) => [r, new RegExp(r.pattern.source, 'dy')] as const));

/** "Leeds-based ", "New York-based ", "Milton Keynes-headquartered ": where a company is based, before its name. */
const BASED_PREFIX = /^(?:[A-Z]\S* ){0,2}\S+-(?:based|headquartered)\s+/;
function candidatesOf(fast: RegExpExecArray, rule: Rule, norm: string): Candidate[] {
  if (rule.check && !rule.check(fast)) return [];
  const indexed = INDEXED.get(rule)!;
  indexed.lastIndex = fast.index;
  const m = indexed.exec(norm);
  if (!m) return [];
  const groups = m.indices!.groups!;
  const name = groups.name;
  const list = groups.list;
  if (name) {
    // "Leeds-based Hippo Digital has been chosen by …": where the company is based is no part of its name
    const based = BASED_PREFIX.exec(norm.slice(name[0], name[1]));
    const start = based ? name[0] + based[0].length : name[0];
    return start < name[1] ? [{ start, end: name[1], rule: rule.id, strength: rule.strength, suffix: m.groups!.suffix }] : [];
  }
  if (list) return listCandidates(norm, list[0], list[1], rule);
  return [];
}

/**
 * Every rule's hits in the article, in text order, computed once per article: the entities extractor reads them
 * too (a name the context calls a company is an organisation), and the text is scanned once for both.
 */
export const runRules = perKey((doc: Prepared): readonly Candidate[] => Object.freeze(scan(doc)));

/**
 * Runs the rules where their anchors are: a trigger-first rule at the anchor, a name-first
 * rule at each word start before it (farthest first, as a left-to-right scan would), so the
 * text is scanned once whatever the number of rules.
 */
function scan(doc: Prepared): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const norm = doc.norm;
  const push = (cs: Candidate[]) => {
    for (const c of cs) {
      const key = `${c.rule}:${c.start}:${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  };
  ANCHOR.lastIndex = 0;
  for (let hit = ANCHOR.exec(norm); hit !== null; hit = ANCHOR.exec(norm)) {
    const at = hit.index;
    // \b lets an anchor start after an apostrophe or hyphen ("co-developed"): a word anchor
    // inside a longer word starts nothing
    if (at > 0 && isWordChar(hit[0].charCodeAt(0)) && isNameEndCode(norm.charCodeAt(at - 1))) continue;
    const rules = RULES_BY_ANCHOR.get(hit[0]);
    if (!rules) continue;
    let soon: boolean | null = null;
    for (const rule of rules) {
      const pattern = rule.pattern;
      if (!rule.nameFirst) {
        soon ??= capitalSoon(norm, at);
        if (!soon) continue;
        pattern.lastIndex = at;
        const m = pattern.exec(norm);
        if (m) push(candidatesOf(m, rule, norm));
        continue;
      }
      if (rule.cue) {
        rule.cue.lastIndex = at;
        if (!rule.cue.test(norm)) continue;
      }
      if (!nameEndsBefore(norm, at, FILLERS_BEFORE_CUE.has(rule.id))) continue;
      for (const start of nameStarts(norm, lineStartBefore(norm, at), at)) {
        pattern.lastIndex = start;
        const m = pattern.exec(norm);
        if (m && m.index + m[0].length > at) {
          push(candidatesOf(m, rule, norm));
          break;
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
