// The metric rules, chrono-style: each names itself, gives a sticky pattern tried right after a
// number, and an extract that turns the number and the match into a candidate (or nothing).
// The first rule that extracts wins, so specific units come before the counted-noun rules.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import { sentenceAt } from '../../pipeline/span.ts';
import { CARDINAL_WORD_SRC, CHANGE_NOUNS, CHANGE_VERB_SRC, CURRENCY_WORDS, DURATIONS, OTHER_UNITS, QUALIFIER_SRC, THOUSANDS, VALUED_SRC, YEAR_SRC } from './lexicon.ts';
import { readDigits, readWords, tidyNumber } from './numbers.ts';
import { nounPhraseAt, nounPhraseBefore, tokenAt } from './noun.ts';

/** A number found in the text, before any unit is attached. */
export interface NumberHit {
  /** span of the number including a currency symbol and scale word */
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** written in words ("eight") rather than digits */
  words: boolean;
  /** "a"/"an" stood before a word number that does not use it ("a five-year"): where it starts */
  article: boolean;
  lead: number;
  raw: string;
  /** a lone "half", a quantity only in "half of X" */
  bareFraction: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  noun: string | null;
  qualifier: 'more than' | 'less than' | 'about' | 'at least' | 'up to' | null;
  per: number | null;
  rule: string;
  /** the number's own span, for the exclusion refiners */
  numStart: number;
  numEnd: number;
  /** a bare number whose noun comes from the metric before it */
  inherit?: boolean;
  /** "N of the M": the set counted before */
  ofSet?: number;
  words: boolean;
}

/** "day case", "day-case": a day case is an operation, and a number before it counts them. */
const DAY_CASE = /^[ -]cases?\b/i;
/** Words between a number and its time unit that leave it a duration: "two further years", "two full weeks", "38,000 staff hours". */
const MORE_OF_A_DURATION = new Set(['further', 'additional', 'more', 'extra', 'full', 'fewer', 'less', 'whole', 'consecutive', 'working', 'calendar', 'clinical', 'clinician', 'nursing', 'staff', 'admin', 'administrative', 'analyst', 'consultant', 'gp', 'volunteer', 'man', 'person', 'contact', 'training', 'lost']);
const MORE_OF_A_DURATION_SRC = [...MORE_OF_A_DURATION].join('|');

/** What follows a number, read once per number so most rules are skipped without running their pattern. */
export interface Next {
  /** the character right after the number */
  ch: string;
  /** the first character after any white space */
  nc: string;
  /** the lower-case run of letters that starts at `nc` ("" when `nc` is no letter) */
  word: string;
}

export interface Rule {
  id: string;
  /**
   * A cheap necessary condition for `pattern` to match: true for every text the pattern can
   * match (it may be true where the pattern then fails). Without it the pattern always runs.
   */
  when?: (next: Next) => boolean;
  /** A cheap necessary condition on the number itself and the text before it, always checked first. */
  takes?: (hit: NumberHit, doc: Prepared) => boolean;
  /** sticky pattern tried at the end of the number, on the normalised text */
  pattern: RegExp;
  extract: (hit: NumberHit, m: RegExpExecArray, doc: Prepared) => (Omit<Candidate, 'qualifier' | 'per' | 'numStart' | 'numEnd' | 'words' | 'rule'> & { qualifier?: Candidate['qualifier'] }) | null;
}

// ("one in twenty-five": the tens, alone or with a unit joined by a hyphen)
const SMALL = '(?:\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a\\s+hundred|thousand|a\\s+thousand)';

/** A clause opening after a comma, a spaced dash or "and". */
const CLAUSE_OPENS_BEFORE = /(?:,|\s[-\u2013\u2014]|\sand)\s$/;
/** "Of the 338 practices", "Of its 1.2 million patients": a sentence that opens on the set its counts are taken from. */
const OF_SET_OPENING = /^["'\u201C]?Of\s+(?:the|its|their|our|these|those)\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|thousand))?\s+/;
/** A verb after a count that stands for people or things already named: "6,214 said", "226 use EMIS Web". */
const SUBJECT_VERB_AFTER_COUNT = /^(?:[a-z]{3,}ed|said|told|use|have|had|were|was|are|did|do|need|say|went|got|took|felt|chose|want|prefer|saw|gave|made|run|ran|still|now|also|already|will|would|could|can|may|might|must|should)(?![a-z])/;
/** Whether the word at `at` is such a verb. */
const verbAfterCount = (doc: Prepared, at: number) => SUBJECT_VERB_AFTER_COUNT.test(doc.norm.slice(at, at + 20));

/** The noun phrase starting at the first token that starts at or after `offset` (never the rest of a token the number ends inside, as "m." in "3m."). */
const after = (doc: Prepared, offset: number, max = 5) => {
  let k = tokenAt(doc.tokens, offset);
  const within = doc.tokens[k];
  if (!within) return null;
  if (within.start < offset) {
    k++;
    // "worth £3m. Royal Cornwall …": the rest of the number's token ends its sentence
    if (doc.tokens[k] && doc.tokens[k]!.sentence !== within.sentence) return null;
  }
  return nounPhraseAt(doc, k, max);
};
/** "investment of £4.1 million", "an occupancy rate of 88.8 percent", "location within five feet" */
// A copula links a subject to its amount ("the contract is valued at £118.4 million", "occupancy
// averaged 78 percent"); not for distances and ages ("the trust is 45 miles away").
const LINK_SRC = String.raw`^\s+(?:${VALUED_SRC}|of|at|within|worth|totall?ing|(?:valued|costed|priced)\s+at|(?:costing|costs?|(?:has\s+|have\s+|had\s+)?cost)(?:\s+(?:between|upwards\s+of|in\s+excess\s+of))?|(?:stood|stands|stand|standing|is|was|are|were|peaked|peaks|peaking)\s+at|(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:running|ran|runs)\s+at|(?:has|have|had)\s+been|(?:is|was|are|were)(?:\s+(?:worth|valued\s+at|now|currently|estimated\s+at))?|averag(?:ed|es|ing)|top(?:s|ped)|(?:has|have|had)\s+been\s+at|(?:falls?|rises?|drops?|grows?|increases?|decreases?)\s+(?:to|by|from)|total(?:led|s)|amount(?:ed|s)\s+to|(?:is\s+|was\s+|are\s+|were\s+|being\s+|been\s+|has\s+been\s+)?(?:backed|funded|supported|financed|underpinned)\s+(?:by|with)|reach(?:ed|es|ing)?|(?:has\s+|have\s+|had\s+)?(?:held\s+steady|remained|stayed|sat|sits|settled)\s+at|(?:has\s+been|have\s+been|had\s+been|is|are|was|were|will\s+be)\s+(?:held|kept|capped|frozen)\s+at|by|(?:is\s+|are\s+|was\s+|were\s+)?(?:up|down)|(?:has\s+|have\s+|had\s+)?${CHANGE_VERB_SRC}\s+(?:to|by|from))\s+(?:(?:just\s+|well\s+)?(?:over|under|above|below|around|about|approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|some|roughly|only|an\s+estimated|estimated|a\s+further|a\s+combined|a\s+total\s+of|between)\s+)?$`;
const LINKS = new RegExp(LINK_SRC);
/** For a duration: only a change or an "of" links it to a noun ("waits fell from 11 weeks"); "for", "within" and a copula do not. */
// ("the procurement had taken 18 months", "Reporting now takes four days": what takes the time)
const DURATION_LINKS = new RegExp(String.raw`^\s+(?:of|(?:(?:has|have|had|will|would|could|can)\s+)?(?:now\s+)?(?:taken|took|takes|take|lasted|lasts|last)|(?:has\s+|have\s+|had\s+)?${CHANGE_VERB_SRC}\s+(?:to|by|from)|(?:peaked|peaks|stood|stands|averaged)\s+at|(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:running|ran|runs)\s+at|(?:has\s+|have\s+|had\s+)?(?:held\s+steady|remained|stayed)\s+at)\s+(?:${QUALIFIER_SRC}\s+)?$`);
/** A verb of totalling between a counted subject and a bare number: "Delayed discharges averaged 212 a day". */
const COUNT_SUBJECT_LINKS = new RegExp(String.raw`^\s+(?:averaged|averages|averaging|totalled|totaled|totals|numbered|(?:peaked|peaks|peak|stood|stands)\s+at)\s+(?:${QUALIFIER_SRC}\s+)?$`);
/** "The average wait from referral to first appointment is 14 weeks": a copula links a duration to a subject that is itself a time. */
const DURATION_COPULA = new RegExp(String.raw`^\s+(?:is|was|are|were|is\s+now|was\s+just|is\s+currently)\s+(?:${QUALIFIER_SRC}\s+)?$`);
const TIME_SUBJECT = /(?:^|\s)(?:waits?|waiting times?|times?|delays?|stays?|length of stay|duration|turnaround|turnaround times?)$/i;
const LINKS_NO_COPULA = new RegExp(LINK_SRC.replace(String.raw`(?:is|was|are|were)(?:\s+(?:worth|valued\s+at|now|currently|estimated\s+at))?|`, ''));

// The helpers' patterns are compiled once, at module load; sticky ones are set with lastIndex.
const OF_AFTER = /\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+|all\s+)?/iy;
const CHANGE_TARGET = /\s+(?:in|of|to)\s+(?:the\s+|its\s+|their\s+)?/iy;
const POSSESSIVE = /['\u2019]s?\s+/y;
const OF_WHOLE = /\s+of\s+(?:the\s+|its\s+|their\s+)?/iy;
// "the programme ran for two years", "segmentation, which usually takes doctors between 20 minutes and three hours"
const LASTING_SUBJECT = /([A-Za-z][\w-]{1,30})["']?,?\s+(?:(?:which|that)\s+)?(?:usually\s+|typically\s+|often\s+|normally\s+|can\s+|could\s+|would\s+)?(?:has\s+|have\s+|had\s+|will\s+|(?:is|are|was|were)\s+(?:expected|due|likely|set|planned)\s+to\s+)?(?:lasted|lasts|last|lasting|ran|runs|run|spanned|spans|span|took|takes|take|running)\s+(?:for\s+)?(?:[a-z]+\s+){0,2}["']?(?:between\s+|from\s+)?(?:[\w.,]+\s+(?:and|to|-)\s+)?$/;
/** "Patchwork's contract with the ICB": the head before a lasting subject's prepositional phrase. */
const SUBJECT_PP_BEFORE = /([a-z][\w-]{1,30})\s+(?:with|for|at|of|in|from|across)\s+(?:the\s+|its\s+|their\s+)?$/;
// ("Each tool was run silently for four weeks", "testing is running six weeks behind": an auxiliary is no subject)
const PRONOUN = /^(?:it|this|that|which|who|they|we|he|she|you|and|or|but|also|then|will|would|to|so|is|are|was|were|be|been|being|has|have|had)$/i;
/** "The contract is worth £2.9 million over five years", "The contract, worth £8.7m over ten years": the duration is the subject's, as the amount is. */
const WORTH_OVER = /([A-Za-z][\w-]{1,30})(?:\s+(?:is|was|are|were|will\s+be|would\s+be)|,)?\s+worth\s+(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+|an\s+estimated\s+|estimated\s+|almost\s+|nearly\s+|roughly\s+)?[£$€][\d.,]+\s*(?:m|bn|k|million|billion)?\s+over\s+(?:the\s+next\s+)?$/i;

/** Between "of" and a counted whole: an owner's name ("the area's", "Scotland's") and the whole's own number ("380", "180 or so"). */
const WHOLE_BEFORE_NOUN = /(?:(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['\u2019]s?\s+)?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?(?:\s+or\s+so)?\s+)|(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['\u2019]s?\s+/y;

/** "three times the rate", "twice its cost", "2.3 times as many studies": what a multiplier multiplies, after it. */
const MULTIPLIED = /\s+(?:the|its|their|our|his|her|as\s+many|as\s+much)\s+/iy;

/** The noun a multiplier ending at `end` multiplies, or null ("five times faster" names none). */
function multipliedNoun(doc: Prepared, end: number, fold: boolean): string | null {
  // "a fivefold improvement", "a fourfold rise in referrals"
  if (fold) return measuredAfter(doc, end)?.noun ?? null;
  const m = stickyAt(MULTIPLIED, doc, end, 24);
  return m ? (after(doc, end + m[0].length, 3)?.noun ?? null) : null;
}

/** Runs a sticky pattern at `at` in the normalised text, within `max` characters. */
function stickyAt(re: RegExp, doc: Prepared, at: number, max: number): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(doc.norm.slice(at, at + max));
}

/** The noun a quantity after `end` measures: "of (the) X", "improvement in X", or the phrase right after. */
function measuredAfter(doc: Prepared, end: number): { noun: string; end: number } | null {
  const of = stickyAt(OF_AFTER, doc, end, 40);
  if (of) {
    const from = end + of[0].length;
    // "97% of 380 respondents", "87 per cent of the area's 411 community pharmacies": the whole's
    // owner and its own count stand between "of" and what is counted
    const whole = stickyAt(WHOLE_BEFORE_NOUN, doc, from, 60);
    const counted = whole ? after(doc, from + whole[0].length) : null;
    // (the whole's own number is a metric of its own: the share's text stops before it)
    if (counted) return { noun: counted.noun, end: /\d/.test(whole![0]) ? end : counted.end };
    const np = after(doc, from);
    return np ? { noun: np.noun, end: np.end } : null;
  }
  const np = after(doc, end, 3);
  if (!np) return null;
  const change = np.noun.toLowerCase().split(' ').pop()!;
  if (CHANGE_NOUNS.has(change)) {
    const r = stickyAt(CHANGE_TARGET, doc, np.end, 30);
    if (r) {
      const target = after(doc, np.end + r[0].length);
      if (target) return { noun: target.noun, end: target.end };
    }
  }
  return { noun: np.noun, end: np.end };
}

function measuredBefore(doc: Prepared, start: number, copula = true): string | null {
  return nounPhraseBefore(doc, start, copula ? LINKS : LINKS_NO_COPULA);
}

/** "£640,000 of funding", "£2m of match funding": what the amount is, after "of" (not "of the trust's budget"). */
const MONEY_OF = /\s+of\s+(?=[a-z])(?!the\b|its\b|their\b|our\b|this\b|that\b|which\b|whom\b|it\b|them\b|these\b|those\b)/y;
/**
 * "£31 million of the capital", "£1.3 million of its transformation funding": a share of a pot of money named after "of
 * the" or "of its" is that pot (a body's pot, "of the trust's budget", stays out).
 */
const MONEY_OF_POT = /\s+of\s+(?:the|its|their|our)\s+(?:(?:19|20)\d\d\/\d\d\s+)?((?:(?!is\b|are\b|was\b|were\b)[a-z-]+\s+){0,2}(?:capital|funding|budget|allocation|fund))(?![\w'’-])/y;
const OF_WORDS = /([a-z]+(?:[ -][a-z]+){0,2}?)(?=\s+(?:from|for|to|in|on|by|with|over|at|and|or|which|that|is|was|will)\b|\s*[,.;:)]|\s*$)/y;
/** "up to £1.1 million a year in savings": what the amount is, after "in". */
const MONEY_IN = /\s+(?:(?:a|per|each)\s+(?:year|annum|month)\s+)?in\s+(?:(?:additional|extra|lost|new|further|annual|recurrent|recurring)\s+)?(?=(?:[a-z-]+\s+)?(?:savings|funding|investment|revenue|capital|income|grants?|efficiencies|costs|fees|losses|spending|payments|cash\s+releasing)\b)/iy;
/** "£9.8 million will come from the Welsh Government's fund": an amount that comes from somewhere is funding. */
const COMES_FROM = /\s+(?:(?:will|would|is|are|was|were|has|have)\s+)?(?:(?:expected|set|due|likely)\s+to\s+)?(?:come|comes|coming|came|been\s+drawn)\s+from\b/iy;
/**
 * "backed by £310,000 from NHS England", "a further £3.2 million from the Welsh Government's fund": an amount
 * from a named body or its fund is funding (a month after "from" starts a time: "savings of £2m from April").
 */
const FROM_FUNDER = new RegExp(String.raw`\s+(?:in\s+${YEAR_SRC}\s+)?from\s+(?:the\s+|its\s+|their\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]`, 'y');
/** "an extra £2.6 million has been requested", "a further £8 million would be made available": funding given or sought, after the amount. */
const GIVEN_AFTER = /\s+(?:has|have|had|will|would|is|are|was|were)\s+(?:been\s+|be\s+)?(?:requested|made\s+available|set\s+aside|earmarked|allocated|committed|awarded|approved|ring-?fenced)\b/iy;
/** "… is earmarked for", "… has been allocated to" after an amount (a bracketed aside allowed before it). */
const GIVEN_FOR = /\s+(?:\([^()\n]{1,40}\)\s+)?(?:(?:has|have|had|will|would|is|are|was|were)\s+(?:been\s+|be\s+)?)?(?:earmarked|allocated|set\s+aside|ring-?fenced|reserved)\s+(?:for|to)\s+(?:(?:the|a|an|its|their|our)\s+)?/y;
/** "… will fund", "… pays for" after an amount. */
const FUNDS_VERB = /\s+(?:(?:will|would|could|is\s+to|are\s+to)\s+)?(?:fund|funds|pay\s+for|pays\s+for)\s+(?:(?:the|a|an|its|their|our)\s+)?/y;
/**
 * "ring-fenced £640,000 to fund licences", "£1.2m to pay for PEP integration": what an amount is set aside to
 * pay for, named by a verb of paying or building (not "to help the remaining trusts", "to cover its wards").
 */
const PURPOSE_TO = new RegExp(String.raw`\s+(?:(?:in|for)\s+${YEAR_SRC}\s+|over\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+)?to\s+(?:fund|pay\s+for|build|buy|procure|support|extend|develop|deploy|introduce|implement)\s+(?:(?:the|a|an|its|their|our)\s+)?(?=[a-zA-Z])`, 'y');

const QUALIFIER_TAIL = new RegExp(String.raw`(?:${QUALIFIER_SRC}|an\s+estimated)\s+$`, 'i');

/** An amount given by a verb of funding, with no noun of its own: "committed £1.2m", "put £1.8m into", "can contribute £650k". */
const GIVEN_AS: readonly [RegExp, string][] = [
  [/\b(?:committed|provided|allocated|awarded|granted|pledged|earmarked|given|secured|received|receive|receives|receiving|set\s+aside|sets\s+aside|setting\s+aside|ring-?fenced|requested|asked\s+for)\s+(?:a\s+further\s+|an\s+extra\s+|another\s+|an\s+additional\s+)?$/i, 'funding'],
  // "costing the local system an estimated £1.2m a year": what a thing costs someone
  [/\bcosting\s+(?:the|a|an|its|their|our|us|them|it)\s+(?:[a-z-]+\s+){0,2}(?:an\s+estimated\s+|around\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?$/i, 'cost'],
  // "the ICO fined the company £3.07 million": a penalty
  [/\bfined\s+(?:the\s+(?:[a-z]+\s+){0,2}|it\s+|them\s+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+)?(?:a\s+further\s+|another\s+)?$/, 'fine'],
  // "a move expected to cost £6.3m", "estimated to have cost £14.7 million": what something is expected to cost
  [/\bto\s+(?:have\s+)?cost\s+(?:the\s+[a-z]+\s+|us\s+|them\s+)?(?:an\s+estimated\s+|around\s+|about\s+|roughly\s+|up\s+to\s+|more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|almost\s+)?$/i, 'cost'],
  [/\b(?:invested|invest|invests|investing|put|puts|putting)\s+(?:a\s+further\s+|an\s+extra\s+|another\s+|an\s+additional\s+)?$/i, 'investment'],
  [/\bcontribut(?:e|es|ed|ing)\s+(?:a\s+further\s+|another\s+)?$/i, 'contribution'],
];

/**
 * What an amount pays for: "£12.4 million for EPR convergence", "£2m this year towards the cost of …",
 * "£1.2 million in 2025/26 on a device lending scheme", "£1.1 million for the integration work".
 */
const MONEY_FOR = new RegExp(String.raw`\s+(?:(?:(?:this|next|last|each|a|per)\s+(?:financial\s+)?(?:year|month)|in\s+${YEAR_SRC})\s+)?(?:for|towards|on)\s+(?:(?:the|a|an|its|their|our)\s+)?(?:cost\s+of\s+(?:the\s+|its\s+|their\s+)?)?`, 'iy');
/** A head that says when or how, not what an amount pays for ("for the first time", "on a recurrent basis"). */
const NOT_PURPOSE_HEAD = /(?:^|\s)(?:years?|months?|weeks?|days?|quarters?|periods?|time|basis|occasion|way|moment|trust|trusts|ICB|ICS|board|council|hospital|practices?|patients)$/i;
/** "£9.2 million last year", "£2m a year": a time after an amount is when or how often, never what it measures. */
const TIME_NOUN = /^(?:(?:financial|calendar)\s+)?(?:year|years|month|months|week|weeks|day|days|annum|quarter)$/i;

/** The noun an amount of money measures: the phrase right after, "of X", "in savings", or the phrase before it links to. */
function moneyNoun(doc: Prepared, start: number, end: number): string | null {
  const pot = stickyAt(MONEY_OF_POT, doc, end, 60);
  if (pot) return pot[1]!;
  const of = stickyAt(MONEY_OF, doc, end, 12);
  if (of) {
    const np = after(doc, end + of[0].length, 4);
    if (np) return np.noun;
    // "£185,000 of match funding": a tagger may read the first word as a verb; the words up to a
    // preposition or a stop are still the phrase
    const words = stickyAt(OF_WORDS, doc, end + of[0].length, 40);
    if (words) return words[1]!;
  }
  const inWhat = stickyAt(MONEY_IN, doc, end, 40);
  if (inWhat) {
    const np = after(doc, end + inWhat[0].length, 3);
    if (np) return np.noun;
  }
  // "£1.1 million coming from NHS England": money that comes from somewhere is funding (before the
  // phrase after it, which a tagger may read "coming" into)
  // "A further £3.5 million has been set aside for cyber security", "£2m (around 15 percent) is earmarked for digital
  // services": what an amount is set aside for or pays for, named after it in lower case
  const setFor = stickyAt(GIVEN_FOR, doc, end, 80) ?? stickyAt(FUNDS_VERB, doc, end, 40);
  if (setFor && /^[a-z0-9]/.test(doc.norm.slice(end + setFor[0].length, end + setFor[0].length + 1))) {
    const np = after(doc, end + setFor[0].length, 4);
    if (np && !NOT_PURPOSE_HEAD.test(np.noun)) return np.noun;
  }
  if (stickyAt(COMES_FROM, doc, end, 60) || stickyAt(FROM_FUNDER, doc, end, 30) || stickyAt(GIVEN_AFTER, doc, end, 50)) return 'funding';
  // "any capital spending above £5 million", "contracts over £2m need board sign-off": a threshold's amount measures
  // the phrase it bounds, right before it
  const bounded = nounPhraseBefore(doc, start, THRESHOLD_LINK);
  if (bounded) return bounded;
  const np = after(doc, end, 4);
  if (np && !TIME_NOUN.test(np.noun)) return np.noun;
  // "Under the £3.2 million, seven-year deal": a second modifier (a duration) between the amount and its noun
  const duration = stickyAt(DURATION_MODIFIER, doc, end, 30);
  if (duration) {
    const later = after(doc, end + duration[0].length, 3);
    if (later) return later.noun;
  }
  // "a £7.4m dispatch deal": a noun the tagger read as a verb, then the noun it modifies
  const k = tokenAt(doc.tokens, end);
  const t = doc.tokens[k];
  const nx = doc.tokens[k + 1];
  if (t && nx && t.pos === 'VERB' && /^[a-z]+$/.test(t.text) && !/(?:ed|ing|s)$/.test(t.text) && nx.pos === 'NOUN' && nx.start - t.end === 1) {
    const rest = nounPhraseAt(doc, k + 1, 3);
    if (rest) return `${t.text} ${rest.noun}`;
  }
  // ("an £860,000 overspend against its budget": after "a" or "an" and the amount, one word the tagger read as a verb,
  // then a preposition or a stop, is the noun the amount modifies)
  if (t && t.pos === 'VERB' && /^[a-z]{4,}$/.test(t.text) && !/(?:ed|ing)$/.test(t.text) && /\b(?:a|an)\s+$/i.test(doc.norm.slice(Math.max(0, start - 4), start)) && (!nx || nx.pos === 'ADP' || nx.pos === 'PUNCT' || nx.pos === 'CCONJ')) return t.text;
  // "£12.4 million for EPR convergence", "£4.2 million towards the cost of local implementation teams": what it pays for
  // (a phrase in lower case or opening with initials: "for the trust" or "for Leeds" names who gets it, not what)
  const purpose = stickyAt(MONEY_FOR, doc, end, 60);
  if (purpose && /^(?:[a-z]|[A-Z]{2,}\b)/.test(doc.norm.slice(end + purpose[0].length, end + purpose[0].length + 6))) {
    const np2 = after(doc, end + purpose[0].length, 4);
    // ("for the SDE": initials after an article name a body or a service it funds, not a kind of spending)
    if (np2 && !NOT_PURPOSE_HEAD.test(np2.noun) && !(/^[A-Z\d&-]+$/.test(np2.noun) && /\s(?:the|a|an|its|their|our)\s+$/i.test(purpose[0]))) return np2.noun;
    // "£9.2 million last year on outsourced reporting from …": words the tagger read as verbs are still the phrase
    const words = np2 ? null : stickyAt(OF_WORDS, doc, end + purpose[0].length, 40);
    if (words && !/^(?:the|a|an|its|their|our|this|that|these|those)\b/.test(words[1]!) && !NOT_PURPOSE_HEAD.test(words[1]!)) return words[1]!;
  }
  const paysFor = stickyAt(PURPOSE_TO, doc, end, 70);
  if (paysFor) {
    // ("a contract worth £9.8 million to replace …": the subject an amount is linked to comes first)
    const subject = measuredBefore(doc, start);
    if (subject) return subject;
    const np3 = after(doc, end + paysFor[0].length, 4);
    if (np3 && !NOT_PURPOSE_HEAD.test(np3.noun)) return np3.noun;
  }
  // "The Scottish Government committed £1.2m in 2024/25": an amount a body gives, naming nothing else it is
  // (a qualifier the amount's text leaves out stands between: "asked to contribute around £172,000")
  const lead = doc.norm.slice(Math.max(0, start - 60), start).replace(QUALIFIER_TAIL, '');
  const given = GIVEN_AS.find(([re]) => re.test(lead));
  if (given) return given[1];
  return measuredBefore(doc, start);
}

/**
 * A bound right between a phrase and an amount: "spending above", "contracts over", "orders of more than" (not a bare
 * "more than", which follows objects too: "cost the region more than £1 million").
 */
const THRESHOLD_LINK = /^\s+(?:above|below|over|under|exceeding|of\s+(?:more|less)\s+than)\s+$/i;

/** ", seven-year " or ", 10-year " after an amount: the duration modifies the same noun. */
const DURATION_MODIFIER = new RegExp(String.raw`,[ \t]{1,3}(?:\d{1,2}|${CARDINAL_WORD_SRC})-(?:year|month|week)[ \t]{1,3}`, 'iy');
const SECOND_MODIFIER = /,[ \t]{1,3}(?:[£$€][\d.,]+(?:[ \t]?(?:m|bn|k|million|billion))?|[\d.,]+(?:[ \t]?(?:m|bn|k|million|billion))?)[ \t]{1,3}/y;

/** What lasts: "a five-year partnership", "20 years' IT experience", "five months of the tool's use", "the programme lasted for two years". */
function lasting(doc: Prepared, start: number, end: number, compound: boolean): { noun: string | null; end: number } {
  if (compound) {
    const np = after(doc, end);
    if (np) return { noun: np.noun, end: np.end };
    // "a five-year, £9m contract": a second modifier (an amount) stands between the duration and its noun
    const second = stickyAt(SECOND_MODIFIER, doc, end, 24);
    const later = second ? after(doc, end + second[0].length) : null;
    return { noun: later?.noun ?? null, end };
  }
  const poss = stickyAt(POSSESSIVE, doc, end, 20);
  if (poss) {
    const np = after(doc, end + poss[0].length, 4);
    if (np) return { noun: np.noun, end: np.end };
  }
  const of = stickyAt(OF_WHOLE, doc, end, 40);
  if (of) {
    const np = after(doc, end + of[0].length, 4);
    if (np) return { noun: np.noun, end };
  }
  const lead = doc.norm.slice(Math.max(0, start - 80), start);
  const subj = LASTING_SUBJECT.exec(lead) ?? WORTH_OVER.exec(lead);
  if (subj && !PRONOUN.test(subj[1]!)) {
    // "Patchwork's contract with the ICB runs for three years": the subject's head, before its prepositional phrase
    const pp = SUBJECT_PP_BEFORE.exec(lead.slice(0, subj.index + subj[0].indexOf(subj[1]!)));
    return { noun: pp && !PRONOUN.test(pp[1]!) ? pp[1]! : subj[1]!, end };
  }
  return { noun: null, end };
}

const RATIO_NOUN_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const DURATION_AFTER = /^\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|%|per\b|percent)/i;

function readSmall(s: string): number | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return /^\d/.test(t) ? Number(t) : readWords(t, false);
}

export const RANGE_PENDING = 'range-pending';
/**
 * "Somerset ICS 20.8, Bath and North East Somerset, Swindon and Wiltshire ICS 18.2 …": a decimal right after a body's
 * name, in a list of figures by body, is the body's figure, not part of a name as "Windows 11" is.
 */
export function figureAfterBody(lead: string, raw: string): boolean {
  return /\b(?:ICS|ICB|Trust|Board|Council|System|Partnership)\s+$/.test(lead) && /^\d+\.\d+$/.test(raw);
}
/** A qualifier the second number of a range may carry: "from 11,000 to about 9,350". */
export const RANGE_END_QUALIFIER = String.raw`(?:just\s+(?:under|over)|about|around|approximately|nearly|almost|roughly|some|over|under|more\s+than|less\s+than|fewer\s+than)`;
/** "from 412 to ": the text before the second end of a range of bare numbers. */
// ("from 11 minutes to under four": the first end may carry the unit the second leaves out)
/** "a current median of", "the average of": what the first end of "from … to …" measures, between "from" and its number. */
export const FIRST_END_MEASURE = String.raw`(?:(?:a|an|the|its|their|our)\s+(?:(?:current|previous|typical|national)\s+)?(?:median|average|mean)\s+of\s+)`;
// ("from a current median of nine days to five")
const RANGE_SECOND_LEAD = new RegExp(String.raw`\bfrom\s+${FIRST_END_MEASURE}?(?:${RANGE_END_QUALIFIER}\s+)?(?:\d[\d,.]*|${CARDINAL_WORD_SRC})(?:\s+(?:${[...DURATIONS.keys()].join('|')}|percent|per\s+cent))?\s+to\s+(?:${RANGE_END_QUALIFIER}\s+)?$`, 'i');
const THE_BEFORE = /\bthe\s+$/i;
/** A product's name and version, then the plural it counts: " Windows 10 devices", " iOS 17 phones". */
const VERSIONED_THINGS = /^\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+\d{1,3}(?:\.\d+)?\s+([a-z][a-z-]*[a-z]s)\b/;
const TITLE_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;
/** One capitalised plural word for the people of a place: "Londoners", "Mancunians", "Glaswegians", "Cornish" is no plural. */
const PEOPLE_OF_A_PLACE = /^[A-Z][a-z]+(?:ers|ians|ans|ites)$/;
/** A head that can follow a count above one: a plural, or a collective or mass noun. */
export const isPluralHead = (w: string) => /s$/.test(w) || /^(?:people|staff|children|men|women|population|workforce|data|personnel|feet|teeth)$/i.test(w);
/** Heads before "of N" that name no group ("a total of 35"): the number continues the metric before. */
const GROUP_NOT = /(?:^|\s)(?:total|number|maximum|minimum|average|sum|figure|count|rise|fall|increase|decrease|growth|drop)$/i;
const LINE_START = /(?:^|\n)[ \t(#*-]*$/;
const LIST_MARK = /^[.):](?:\s|$)/;
/** "aged 65", "aged between 40 and 74", "aged 40 to 74": the number is an age. */
const BAND_TO_YEAR_OLDS = /^\s*(?:-|to)\s*\d{1,3}-years?-olds?(?![\w-])/i;
/** A noun phrase whose head is a unit of time ("consultant and nurse hours"). */
/** One person, or pupils, before an age ("a child under five", "pupils over 16"). */
const ONE_PERSON = 'child|adult|patient|person|resident|woman|man|pupils?';
const TIME_HEAD = /(?:^|\s)(?<!watt\s)(hours|minutes|days|weeks|months|years)$/i;
const AGED_BEFORE = new RegExp(String.raw`\b(?:aged\s+(?:between\s+|from\s+|over\s+|under\s+|above\s+|below\s+)?(?:\d{1,3}\s*(?:-|to|and)\s*)?|(?:people|those|them|patients|adults|residents|women|men|children|anyone|everyone|${ONE_PERSON})\s+(?:over|under|above|below)\s+|(?:the\s+)?age\s+of\s+|(?:average|mean|median)\s+age\s+(?:is|was|of)\s+)$`, 'i');
/** After "those over 65": the age ends the phrase, or a clause goes on ("those over 65 with frailty"), no noun is counted. */
/** "from 2.8 per 1,000 administrations to ": the first end of a rate's range, then "to". */
const RATE_RANGE_BEFORE = /\bfrom\s+([\d.,]+)\s+per\s+[\d,]+(?:\s+[a-z-]+){0,3}\s+to\s+$/i;
/** A counted whole, then a colon or "of which", then any parts before this one: "72 beds …: 48 for frailty and ". */
// (a plural, or a noun that is plural without an s: "250,000 people: 84,000 on the Isle of Man, …")
// ("12,500 babies …: roughly 8,900 at NUH … and around 3,600 at …": a part may be approximate)
const PARTS_BEFORE = new RegExp(String.raw`\b\d[\d,]*\s+(?:[a-z-]+\s+){0,3}(?:[a-z]+s|people|staff|children|women|men)\b[^.;:]{0,80}?(?::|,\s+of\s+(?:which|whom|these|those))\s+(?:[^.;:]{1,120}?(?:,|\band)\s+)?(?:${QUALIFIER_SRC}\s+)?$`);
/** "89 practices on SystmOne and 84 on EMIS Web": a count, where it is, then another count of the same in another place. */
const PARALLEL_PART_BEFORE = new RegExp(String.raw`\b\d[\d,]*\s+(?:[a-z-]+\s+){0,3}(?:[a-z]+s|people|staff|children|women|men)\s+(in|on|at|across)\s+(?:the\s+)?[A-Z][^.;:]{0,80}?(?:,|\band)\s+(?:${QUALIFIER_SRC}\s+)?$`);
/** "126 are run by SWFT, ": a count, a passive verb and "by", then a list item ending before the next count. */
const ELIDED_LIST_BEFORE = /\b\d[\d,]*\s+(?:are|were|is|was)\s+(?:run|provided|delivered|managed|held|used|operated|hosted|funded|staffed|owned)\s+by\s+[^.;]{2,160}(?:,|\band)\s+$/;
const AGE_PHRASE_END = /^(?:\s*[,.;:)]|\s+(?:with|and|or|who|in|at|on|are|were|have|had|living|registered|across|from)\b|\s*$)/i;
/** "callers are over 75", "people aged under 18", "children under five": over/under a bare number after people or a copula. */
const AGE_BAND_BEFORE = new RegExp(String.raw`\b(?:(?:are|were|is|was|aged)|(?:people|patients|residents|callers|adults|children|users|those|anyone|women|men|respondents|participants|leavers|carers|students|pupils|parents|mothers|smokers|workers|veterans|clients|individuals|${ONE_PERSON}))\s+(?:over|under)\s+$`, 'i');
/** A fraction word that is also an ordinal ("a third", "a fifth"). */
const ORDINAL_FRACTION = /\b(?:third|fifth|sixth|eighth|tenth)$/i;
const PLURAL_FRACTION = /(?:thirds|quarters|fifths|sixths|eighths|tenths)$/i;
/** "devices, about " before "2,300 of them": a plural noun, a comma, maybe a qualifier. */
const APPOSED_PLURAL = new RegExp(String.raw`\b([a-z][a-z-]*[a-z]s),\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');
const APPROXIMATE_BEFORE = new RegExp(String.raw`\b${QUALIFIER_SRC}\s+$`, 'i');
const BY_BEFORE = new RegExp(String.raw`\bby\s+(?:${QUALIFIER_SRC}\s+)?$`, 'i');
const COMPARED_FROM = new RegExp(String.raw`\b(?:up|down|rising|rose|risen|falling|fell|fallen|increas(?:ed|ing)|decreas(?:ed|ing)|compared|against|peaking|peaked)\s+(?:from|on|with|to|at)\s+(?:(?:just|only|${QUALIFIER_SRC})\s+)?$`, 'i');
/** "rose from around 160,000 in February 2024 to more than " before the second figure: the change's first figure and its date, then "to". */
const COMPARED_FROM_THEN_TO = new RegExp(String.raw`\b(?:rising|rose|risen|falling|fell|fallen|increas(?:ed|ing)|decreas(?:ed|ing)|grew|grown|climbed|dropped)\s+from\s+(?:(?:just|only|${QUALIFIER_SRC})\s+)?[\d,.]+\s+(?:in|on|at)\s+[A-Za-z]+(?:\s+\d{4})?\s+to\s+(?:(?:just|only|${QUALIFIER_SRC})\s+)?$`, 'i');
/** A passive clinical verb after a bare number: its subject is patients. */
const PATIENT_PASSIVE = /^\s+(?:had|has|have|were|was|are|is|will)\s+(?:been\s+|be\s+|now\s+|already\s+)*(?:admitted|readmitted|treated|discharged|referred|diagnosed|vaccinated|screened|hospitali[sz]ed|operated\s+on)\b/i;
/** Words an 'other-unit' match can start with, lower case ("bed" for "bed-days"). */
const OTHER_UNIT_WORDS = new Set([...OTHER_UNITS.keys()].map((k) => k.split(/[- /]/)[0]!));
/** What follows "N times" in a comparison: a comparative, "as", "the", "that of", "more/less/higher". */
const COMPARISON_AFTER = /\s+(?:as|the|that|what|its|their|our|his|her|more|less|fewer|greater|higher|lower|bigger|larger|smaller|likelier|likely|over|[a-z]{2,}er)\b/iy;
/** "a gap of more than four times": a difference, then the number of times it is. */
const DIFFERENCE_OF_BEFORE = /\b(?:gap|difference|increase|rise|growth|jump|fall|drop|reduction)\s+of\s+(?:(?:more\s+than|over|almost|nearly|about|around|roughly|some|at\s+least|up\s+to)\s+)?$/i;
/** "Of the 6,187 GP practices registered, " opening a sentence, up to a part of that whole (group 1: the whole). */
const OF_WHOLE_OPENING = new RegExp(String.raw`^["'(]?of\s+(?:the|these|those|its|their|our|all|all\s+the)\s+(?:[A-Za-z-]+'s\s+)?(\d{1,3}(?:,\d{3})+|\d{1,6})\s+[^,;:]{2,80},\s+(?:(?:${QUALIFIER_SRC}|only|just|some)\s+)?$`, 'i');
/** "the remaining 57", "the other 12", "the first 40": part of a set the article counted. */
const REST_OF_SET = /\b(?:the|its|their)\s+(?:remaining|other|first|last|top)\s+$/i;
/** A verb of reaching a total right before a number; group 1 when it means going past it. */
const REACHED_BEFORE = /\b(?:(pass(?:es|ed)|exceed(?:s|ed)|top(?:s|ped)|surpass(?:es|ed))|reach(?:es|ed)|hit|hits|total(?:s|led|ed))\s+$/i;
/** "out of four" after "three times". */
const OUT_OF = new RegExp(`\\s+out\\s+of\\s+(${SMALL})\\b`, 'iy');
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|last|final|latter|former|other|the|this|that|each|every)\s+$/i;
/** A range's second number with a scale word: "-15m", " to £20 million". */
const SCALED_RANGE_TAIL = /\s*(?:-|to)\s*[£$€]?\d[\d,]*(?:\.\d+)?\s?(?:million|billion|thousand|bn|mn|m|k|tn)(?![a-z0-9])/iy;

/** "rose by a factor of 2.4": the number after "a factor of" multiplies. */
const FACTOR_OF_BEFORE = /\ba\s+factor\s+of\s+$/i;

const HALF_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'these', 'those', 'all']);
/** Before "a quarter" or "a month": a quantity or how often ("six hours a quarter", "twice a year"). */
const FREQUENCY_BEFORE = /(?:\d|\b(?:once|twice|times|hours?|minutes?|days?|sessions?|visits?|calls?|pounds?|[a-z]+s))\s+$/i;
// ("1.8 million across four places": a number after "across" counts where, as a determiner would)
const ACROSS_LOWER = new RegExp(`^\\s+across\\s+(?!(?:the|its|their|our|some|all|${SMALL})\\b)[a-z]`);
export const RULES: readonly Rule[] = [
  {
    id: 'factor-of',
    pattern: /(?:)/y,
    extract: (hit, _m, doc) => {
      const lead = FACTOR_OF_BEFORE.exec(doc.norm.slice(Math.max(0, hit.start - 16), hit.start));
      return lead ? { start: hit.start - lead[0].length, end: hit.end, value: hit.value, unit: 'multiplier', noun: null } : null;
    },
  },
  {
    id: 'fraction-of',
    when: (n) => n.word === 'of',
    // "a third of practices", "half of all trusts", "two-thirds of respondents": the share of a whole
    pattern: /\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+|these\s+|those\s+)?/iy,
    extract: (hit, m, doc) => {
      if (!hit.words || !(hit.value > 0 && hit.value < 1)) return null;
      // "the second half of the year", "the first half of 2024" are parts of dates ("found that a quarter of" is
      // not: no determiner comes before "a")
      if (!/^an?\s/i.test(hit.raw) && ORDINAL_BEFORE.test(doc.norm.slice(Math.max(0, hit.lead - 12), hit.lead))) return null;
      const np = after(doc, hit.end + m[0].length);
      // "fewer than half of those on GP registers", "a third of them", "roughly a tenth of what their peers raised": a share
      // of a group or amount named before or after
      if (!np && (/\b(?:these|those)\s+$/i.test(m[0]) || /^(?:them|what)\b/i.test(doc.norm.slice(hit.end + m[0].length, hit.end + m[0].length + 5)))) {
        return { start: hit.lead, end: hit.end, value: hit.value, unit: 'ratio', noun: null };
      }
      if (!np) return null;
      return { start: hit.lead, end: np.end, value: hit.value, unit: 'ratio', noun: np.noun };
    },
  },
  {
    id: 'fraction-half-the',
    // "half the acute trusts", "half its practices": "half" before a determiner is a share of the plural after it
    // ("half the time", "half the cost": a singular is how much, not a share of a counted whole)
    when: (n) => HALF_DETERMINERS.has(n.word),
    pattern: /\s+(?:the|its|their|our|these|those|all)\s+/iy,
    extract: (hit, m, doc) => {
      if (!/^half$/i.test(hit.raw)) return null;
      const np = after(doc, hit.end + m[0].length);
      if (!np || !isPluralHead(np.noun.slice(np.noun.lastIndexOf(' ') + 1))) return null;
      return { start: hit.lead, end: np.end, value: 0.5, unit: 'ratio', noun: np.noun };
    },
  },
  {
    id: 'fraction-by',
    // "reduced medication errors by a third", "cut waits by half": a share of what was measured
    takes: (hit) => hit.words && hit.value > 0 && hit.value < 1,
    pattern: /(?:)/y,
    extract: (hit, _m, doc) => {
      // (the window holds a qualifier between: "down by roughly a quarter")
      if (!hit.words || !(hit.value > 0 && hit.value < 1) || !BY_BEFORE.test(doc.norm.slice(Math.max(0, hit.lead - 24), hit.lead))) return null;
      // "by half past eight" is a time of day; "fell by half a day" is the duration's ('duration-half')
      if (/^\s+(?:past\b|an?\s+(?:day|hour|week|month|year|minute)\b)/i.test(doc.norm.slice(hit.end, hit.end + 12))) return null;
      return { start: hit.lead, end: hit.end, value: hit.value, unit: 'ratio', noun: measuredBefore(doc, hit.lead) };
    },
  },
  {
    id: 'fraction-plural',
    // "Just under two thirds went with X", "three quarters said so": a share written with a plural fraction
    // word, whose whole the sentence leaves out ("two thirds of …" is 'fraction-of''s)
    takes: (hit) => hit.words && hit.value > 0 && hit.value < 1 && PLURAL_FRACTION.test(hit.raw),
    pattern: /(?=\s+(?!of\b)[a-z])/y,
    extract: (hit) => ({ start: hit.lead, end: hit.end, value: hit.value, unit: 'ratio', noun: null }),
  },
  {
    id: 'age-band',
    when: (n) => n.ch === 's',
    pattern: /s(?![a-z])/y,
    extract: (hit, m, doc) => {
      const lead = doc.norm.slice(Math.max(0, hit.start - 6), hit.start).toLowerCase();
      if (hit.words || !/(?:under|over|aged)[\s-]$/.test(lead)) return null;
      // "over-65s" is written as one word: the band takes its qualifier with it
      const joined = /(under|over)-$/.exec(lead);
      if (joined) return { start: hit.start - joined[0].length, end: hit.end + m[0].length, value: hit.value, unit: 'year', noun: 'age', qualifier: joined[1] === 'over' ? 'more than' : 'less than' };
      return { start: hit.start, end: hit.end + m[0].length, value: hit.value, unit: 'year', noun: 'age' };
    },
  },
  {
    id: 'age-aged',
    // "people aged 65 and over", "participants aged 40 to 74": ages are years of age
    // ("55 to 74-year-olds": the first end of a band written before the second's "-year-olds")
    takes: (hit, doc) => AGED_BEFORE.test(doc.norm.slice(Math.max(0, hit.start - 24), hit.start)) || BAND_TO_YEAR_OLDS.test(doc.norm.slice(hit.end, hit.end + 20)),
    pattern: /(?:\s+years?(?:\s+old)?)?(?:\s+(?:and|or)\s+(over|above|older|under|below|younger))?/iy,
    extract: (hit, m, doc) => {
      const lead = doc.norm.slice(Math.max(0, hit.start - 24), hit.start);
      const aged = AGED_BEFORE.exec(lead);
      if (hit.words && hit.value > 120) return null;
      // ("the average age is 79": an average age is years too)
      if (aged && !/^(?:aged|(?:the\s+)?age\s+of|(?:average|mean|median)\s+age)\b/i.test(aged[0]) && !AGE_PHRASE_END.test(doc.norm.slice(hit.end, hit.end + 12))) return null;
      if (!aged) {
        if (!BAND_TO_YEAR_OLDS.test(doc.norm.slice(hit.end, hit.end + 20))) return null;
        return { start: hit.start, end: hit.end, value: hit.value, unit: 'year', noun: 'age' };
      }
      // the text names which end of the band it is ("aged 25 to 64" and "to 64"), so the two ends of every band in an
      // article are records of their own, not one record per bare number
      const lead0 = hit.start - aged[0].length;
      const second = /\d\s*(?:-|to|and)\s*$/i.exec(aged[0]);
      // "those over 65": the text starts at "over", the people are no part of it
      const bound = /(over|under|above|below)\s+$/i.exec(aged[0]);
      let start = lead0;
      if (/^(?:average|mean|median)\b/i.test(aged[0])) start = hit.start;
      else if (bound && !/^aged/i.test(aged[0])) start = lead0 + bound.index;
      // the second end of a band starts at its joining word ("to 64")
      else if (second) start = lead0 + second.index + 1 + aged[0].slice(second.index + 1).search(/\S/);
      const dir = m[1]?.toLowerCase();
      // ("aged over 65" is more than 65, "aged 65 and over" at least 65)
      const qualifier = dir !== undefined ? (/^(?:over|above|older)$/.test(dir) ? 'at least' as const : 'up to' as const) : bound ? (/^(?:over|above)$/i.test(bound[1]!) ? 'more than' as const : 'less than' as const) : undefined;
      return { start, end: hit.end + m[0].length, value: hit.value, unit: 'year', noun: 'age', ...(qualifier ? { qualifier } : {}) };
    },
  },
  {
    id: 'percentage-points',
    when: (n) => n.nc === '%' || n.word.startsWith('per'),
    pattern: /\s?(?:percentage|%|per\s*cent(?:age)?)\s+points?\b/iy,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      return { start: hit.start, end, value: hit.value, unit: 'percentage point', noun: measuredAfter(doc, end)?.noun ?? measuredBefore(doc, hit.start) };
    },
  },
  {
    id: 'percent',
    when: (n) => n.nc === '%' || n.word.startsWith('per') || n.word === 'pc',
    pattern: /\s?(?:%|percent\b|per\s+cent\b|pc\b)/iy,
    extract: (hit, m, doc) => {
      if (hit.currency) return null;
      const end = hit.end + m[0].length;
      // ("usage up 65 percent year on year": a time after the share says when, not what)
      const measured = measuredAfter(doc, end);
      const np = measured && TIME_NOUN.test(measured.noun) ? null : measured;
      // "Thirty-eight percent were discharged": a share that undergoes care is a share of patients
      const noun = np?.noun ?? measuredBefore(doc, hit.start) ?? (PATIENT_PASSIVE.test(doc.norm.slice(end, end + 40)) ? 'patients' : null);
      return { start: hit.start, end: np && /^\s+of\s/i.test(doc.norm.slice(end, end + 5)) ? np.end : end, value: hit.value, unit: 'percent', noun, inherit: !np };
    },
  },
  {
    id: 'money-pence',
    // "quoted us 4p per message", "a 10p charge": pence, written straight after the number
    when: (n) => n.ch === 'p',
    pattern: /p(?![A-Za-z0-9])/y,
    extract: (hit, m, doc) => {
      if (hit.words || hit.currency || !/^\d{1,3}(?:\.\d+)?$/.test(hit.raw) || /[A-Za-z]$/.test(doc.norm.slice(Math.max(0, hit.start - 1), hit.start))) return null;
      const end = hit.end + m[0].length;
      return { start: hit.start, end, value: tidyNumber(hit.value / 100), unit: 'GBP', noun: moneyNoun(doc, hit.start, end) };
    },
  },
  {
    id: 'money-symbol',
    takes: (hit) => hit.currency !== null,
    pattern: /(?:)/y,
    extract: (hit, _m, doc) => {
      if (!hit.currency) return null;
      // "£10-15m": the first number of a range takes the second one's scale (the 'ranges' refiner)
      SCALED_RANGE_TAIL.lastIndex = hit.end;
      if (/\d$/.test(hit.raw) && SCALED_RANGE_TAIL.test(doc.norm)) return null;
      return { start: hit.start, end: hit.end, value: hit.value, unit: hit.currency, noun: moneyNoun(doc, hit.start, hit.end) };
    },
  },
  {
    id: 'money-word',
    when: (n) => CURRENCY_WORDS.has(n.word),
    pattern: /\s+(?:pounds?|sterling|euros?|dollars?|GBP|USD|EUR)\b/iy,
    extract: (hit, m, doc) => {
      const unit = CURRENCY_WORDS.get(m[0].trim().toLowerCase());
      if (!unit) return null;
      const end = hit.end + m[0].length;
      return { start: hit.start, end, value: hit.value, unit, noun: moneyNoun(doc, hit.start, end) };
    },
  },
  {
    id: 'ratio-in',
    when: (n) => n.ch === '-' || n.word === 'in' || n.word === 'out',
    pattern: new RegExp(`(?:-in-|\\s+in\\s+(?:every\\s+)?|\\s+out\\s+of\\s+)(${SMALL})\\b(?![.,/]\\d)`, 'iy'),
    extract: (hit, m, doc) => {
      const base = readSmall(m[1]!);
      if (base === null || base <= hit.value || base < 2 || (base >= 1900 && base <= 2100)) return null;
      const end = hit.end + m[0].length;
      const np = measuredAfter(doc, end);
      return { start: hit.start, end: np ? np.end : end, value: tidyNumber(hit.value / base), unit: 'ratio', noun: np?.noun ?? null, inherit: !np };
    },
  },
  {
    id: 'ratio-noun-in',
    // "one patient in eight", "one bed in every eight": the counted noun, as written, stands between the two numbers
    when: (n) => n.word !== '',
    takes: (hit) => Number.isInteger(hit.value) && hit.value >= 1 && hit.value <= 20,
    // ("nine days out of ten": "out of" as "in")
    pattern: new RegExp(`\\s+((?:[A-Za-z][A-Za-z-]*\\s+)?[a-z][a-z-]*)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${SMALL})\\b(?![.,/]\\d)`, 'y'),
    extract: (hit, m, doc) => {
      const base = readSmall(m[2]!);
      if (base === null || base <= hit.value || (base >= 1900 && base <= 2100)) return null;
      // ("three times out of four" counts no noun: the share rule below reads it)
      if (m[1] === 'times') return null;
      // a noun phrase, not "one algorithm live in two", "four to one in ten"
      const from = hit.end + m[0].indexOf(m[1]!);
      const first = tokenAt(doc.tokens, from);
      const last = tokenAt(doc.tokens, from + m[1]!.length - 1);
      for (let k = first; k <= last; k++) if (!RATIO_NOUN_POS.has(doc.tokens[k]!.pos)) return null;
      if (doc.tokens[last]!.pos !== 'NOUN') return null;
      const end = hit.end + m[0].length;
      // "two clinics in three towns", "one site in 12 months": the second number counts something of its own
      // (after "one" the tagger's nouns are not trusted: "one patient in eight tells us")
      if (DURATION_AFTER.test(doc.norm.slice(end, end + 12)) || (hit.value > 1 && after(doc, end, 2))) return null;
      return { start: hit.start, end, value: tidyNumber(hit.value / base), unit: 'ratio', noun: m[1]!.replace(/\s+/g, ' ') };
    },
  },
  {
    id: 'multiplier',
    when: (n) => n.word === 'times' || n.word === 'fold' || n.ch === '-' || n.ch === 'x' || n.ch === 'X',
    pattern: /(?:\s+times\b|-?fold\b|[xX](?![\w-]))/y,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      // "10x faster", "a 2x improvement": digits and an x
      if (/^[xX]$/.test(m[0])) {
        if (hit.words) return null;
        const np = after(doc, end, 3);
        COMPARISON_AFTER.lastIndex = 0;
        if (!COMPARISON_AFTER.test(doc.norm.slice(end, end + 24)) && !(np && CHANGE_NOUNS.has(np.noun.toLowerCase().split(' ').pop()!))) return null;
        return { start: hit.start, end, value: hit.value, unit: 'multiplier', noun: null };
      }
      // "three times faster", "twice as many", "five times the rate", "fourfold" compare; without a
      // comparison "N times" counts occurrences ("met eight times", "four times a day", "viewed around
      // 95,000 times"), and "three times out of four" is a share
      if (!/fold$/i.test(m[0])) {
        COMPARISON_AFTER.lastIndex = 0;
        if (!COMPARISON_AFTER.test(doc.norm.slice(end, end + 24)) && !DIFFERENCE_OF_BEFORE.test(doc.norm.slice(Math.max(0, hit.lead - 40), hit.lead))) {
          // ("demand had risen 2.5 times": no one counts occurrences in halves, so a fraction of times multiplies)
          // (not an average rate: "met 2.5 times a week")
          if (!Number.isInteger(hit.value) && hit.value > 1) return /^\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|shift|night)\b/i.test(doc.norm.slice(end, end + 20)) ? null : { start: hit.start, end, value: hit.value, unit: 'multiplier', noun: null };
          if (!Number.isInteger(hit.value) || hit.value < 1) return null;
          OUT_OF.lastIndex = end;
          const share = OUT_OF.exec(doc.norm);
          const base = share ? readSmall(share[1]!) : null;
          if (base !== null && base > hit.value) return { start: hit.start, end: OUT_OF.lastIndex, value: tidyNumber(hit.value / base), unit: 'ratio', noun: null };
          return { start: hit.start, end, value: hit.value, unit: 'count', noun: 'times' };
        }
      }
      return { start: hit.start, end, value: hit.value, unit: 'multiplier', noun: multipliedNoun(doc, end, /fold$/i.test(m[0])) };
    },
  },
  {
    id: 'count-compound',
    when: (n) => n.ch === '-',
    // "a 1,000-bed hospital" counts beds; "a 50-strong team", "a five-strong board" count the team
    pattern: /-(strong|[a-z]{3,})(?![\w-])/iy,
    extract: (hit, m, doc) => {
      const word = m[1]!.toLowerCase();
      const end = hit.end + m[0].length;
      if (word === 'strong') {
        const np = after(doc, end, 3);
        return np ? { start: hit.article ? hit.lead : hit.start, end: np.end, value: hit.value, unit: 'count', noun: np.noun } : null;
      }
      if (hit.words || DURATIONS.has(word) || /^(?:fold|in|year-olds?|olds?|plus)$/.test(word)) return null;
      // "a 200-mile round trip": a unit of measure measures the noun after it
      const measure = OTHER_UNITS.get(word);
      if (measure) {
        const np = after(doc, end, 3);
        return { start: hit.start, end: np ? np.end : end, value: hit.value, unit: measure, noun: np?.noun ?? null };
      }
      const t = doc.tokens[tokenAt(doc.tokens, end - 1)];
      if (!t || t.pos !== 'NOUN' || !/^[a-z]+$/.test(m[1]!)) return null;
      const np = after(doc, end, 3);
      // ("a 38-bed residential home" counts beds: the noun in the plural, as the hand-made gold files write it)
      return { start: hit.start, end: np ? np.end : end, value: hit.value, unit: 'count', noun: hit.value === 1 ? word : plural(word) };
    },
  },
  {
    // "a 15-year-old patient administration system" is 15 years of that system's age; "a 78-year-old"
    // alone, or before a person, is someone's age
    id: 'age-year-old',
    when: (n) => n.ch === '-',
    // ("invites 55 to 74-year-olds": a band of ages, each end an age)
    pattern: /-years?-olds?(?![\w-])/iy,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      const np = after(doc, end, 4);
      const person = !np || /^(?:man|woman|men|women|boy|girl|patient|person|resident|mother|father|grandmother|grandfather|child|son|daughter)s?$/i.test(np.noun);
      return { start: hit.start, end: person ? end : np.end, value: hit.value, unit: 'year', noun: person ? 'age' : np.noun };
    },
  },
  {
    id: 'duration-compound',
    when: (n) => n.ch === '-',
    // ("a 20-second clip", "a six-month-old baby")
    pattern: /-(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)(?:-long|-old)?(?![\w-])/iy,
    extract: (hit, m, doc) => {
      const [unit, f] = DURATIONS.get(m[1]!.toLowerCase())!;
      const end = hit.end + m[0].length;
      const l = lasting(doc, hit.start, end, true);
      return { start: hit.article ? hit.lead : hit.start, end: l.end, value: hit.value * f, unit, noun: l.noun };
    },
  },
  {
    id: 'duration-half',
    // "half a day", "half an hour": a bare "half" of one unit
    takes: (hit) => hit.bareFraction,
    pattern: /\s+an?\s+(years?|decades?|months?|fortnights?|weeks?|days?|hours?|minutes?)\b/iy,
    extract: (hit, m, doc) => {
      const [unit, f] = DURATIONS.get(m[1]!.toLowerCase())!;
      const l = lasting(doc, hit.start, hit.end + m[0].length, false);
      return { start: hit.start, end: l.end, value: tidyNumber(0.5 * f), unit, noun: l.noun };
    },
  },
  {
    id: 'duration',
    // "two further years", "two full weeks", "38,000 staff hours": a word between the number and its unit
    when: (n) => DURATIONS.has(n.word) || MORE_OF_A_DURATION.has(n.word),
    // ("an hour and a half", "a year and a half": the half follows the unit)
    pattern: new RegExp(String.raw`\s+(?:(?:${MORE_OF_A_DURATION_SRC})\s+)?(years?|yrs?|decades?|months?|fortnights?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs)\b(\s+and\s+a\s+half\b(?!-))?`, 'iy'),
    extract: (hit, m, doc) => {
      // "31,500 HR and pay queries": human resources, not hours; "the 10 Year Health Plan": a name
      if (/^HRS?$/.test(m[1]!) || (/^[A-Z][a-z]/.test(m[1]!) && /^\s+[A-Z][a-z]/.test(doc.norm.slice(hit.end + m[0].length, hit.end + m[0].length + 3)))) return null;
      // "for a fifth year running" counts years, it measures none
      if (hit.words && ORDINAL_FRACTION.test(hit.raw)) return null;
      const end = hit.end + m[0].length;
      // "two additional day-surgery theatres": a singular unit opening a compound modifies the noun after it
      if (hit.value !== 1 && !/s$/i.test(m[1]!) && /^-[a-z]/i.test(doc.norm.slice(end, end + 2))) return null;
      // ("1,200 day case procedures": a day case is a kind of operation, counted)
      if (/^day$/i.test(m[1]!) && DAY_CASE.test(doc.norm.slice(end, end + 8))) return null;
      const [unit, f] = DURATIONS.get(m[1]!.toLowerCase())!;
      const l = lasting(doc, hit.start, end, false);
      // "waits fell from 11 weeks", "a length of stay of 6.2 days": what changed or has the length
      let noun = l.noun ?? nounPhraseBefore(doc, hit.start, DURATION_LINKS);
      if (noun === null) {
        const subject = nounPhraseBefore(doc, hit.start, DURATION_COPULA);
        if (subject && TIME_SUBJECT.test(subject)) noun = subject;
      }
      return { start: hit.start, end: l.end, value: tidyNumber((hit.value + (m[2] ? 0.5 : 0)) * f), unit, noun };
    },
  },
  {
    id: 'other-unit',
    when: (n) => OTHER_UNIT_WORDS.has(n.word),
    pattern: /\s?((?:square|sq)\s+(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|ft)|acres?|hectares?|feet|foot|ft|inch(?:es)?|yards?|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|cm|mm|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|lit(?:re|er)s?|gigabytes?|terabytes?|megabytes?|petabytes?|(?:mega|giga)bits?(?:\s+per\s+second)?|[MGk]bps|[MG]b\/s|GB|TB|MB|PB|[kMG]Wh|(?:kilo|mega|giga)watt[- ]hours?|milliseconds?|mg|milligrams?|mph|bed-days?|mmol\/mol|mmol\/l|mmHg|degrees?|tesla)\b/iy,
    extract: (hit, m, doc) => {
      const unit = OTHER_UNITS.get(m[1]!.replace(/\s+/g, ' ').toLowerCase());
      if (!unit) return null;
      const end = hit.end + m[0].length;
      return { start: hit.start, end, value: hit.value, unit, noun: measuredAfter(doc, end)?.noun ?? measuredBefore(doc, hit.start, false) };
    },
  },
  {
    id: 'count-of-set',
    when: (n) => n.word === 'of',
    // "two of the 12", "78 of the area’s 96 pharmacies", "26 of Scotland’s 32 councils", "only 11 of 18 PCNs", "two of
    // Greater Manchester’s largest hospital groups"
    pattern: /\s+of\s+(?:(?:the|these|those|its|their|our|his|her|all)\s+(?:[A-Za-z-]+['\u2019]s\s+)?|[A-Z][A-Za-z-]+['\u2019]s?\s+(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)|(?:[A-Z][A-Za-z-]+\s+){0,3}[A-Z][A-Za-z-]+['\u2019]s\s+(?=[a-z])|(?=\d{1,3}(?:,\d{3})*\s+[A-Za-z]))/y,
    extract: (hit, m, doc) => {
      const from = hit.end + m[0].length;
      // "two of the 12 core functions": the noun follows the set's own number
      // the set's number may have separators, decimals and a scale word ("of its 2.1 million residents")
      const num = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,6}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:\s?(?:million|billion|thousand|bn|m|k)\b)?\b\s*/iy;
      num.lastIndex = from;
      const nm = num.exec(doc.norm);
      const np = after(doc, nm ? num.lastIndex : from);
      if (np) return { start: hit.start, end: np.end, value: hit.value, unit: 'count', noun: np.noun };
      // ("3 of 5 on average": a set written with no determiner must name what it counts)
      if (/^\s+of\s+$/.test(m[0])) return null;
      if (nm) {
        const set = readSmall(nm[1]!);
        return { start: hit.start, end: from + nm[1]!.length, value: hit.value, unit: 'count', noun: null, inherit: true, ofSet: set ?? undefined };
      }
      return null;
    },
  },
  {
    id: 'count-plus',
    // ("1,000-plus vehicles")
    when: (n) => n.nc === '+' || n.word === 'plus' || n.ch === '-',
    pattern: /\+|-plus\b|\s+plus\b(?!\s+(?:the|a|an|\d)\b)/iy,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      const np = after(doc, end);
      return { start: hit.start, end: np ? np.end : end, value: hit.value, unit: 'count', noun: np?.noun ?? null, inherit: !np, qualifier: 'more than' };
    },
  },
  {
    id: 'count-odd',
    // ("170-odd practices", "20-odd years": about that many)
    when: (n) => n.ch === '-',
    pattern: /-odd\b/iy,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      const np = after(doc, end);
      const duration = np ? DURATIONS.get(np.noun) : undefined;
      if (duration) return { start: hit.start, end: np!.end, value: tidyNumber(hit.value * duration[1]), unit: duration[0], noun: null, qualifier: 'about' };
      return { start: hit.start, end: np ? np.end : end, value: hit.value, unit: 'count', noun: np?.noun ?? null, inherit: !np, qualifier: 'about' };
    },
  },
  {
    id: 'count-or-more',
    when: (n) => n.word === 'or',
    // "20 or more patients", "people aged 65 or over"
    pattern: /\s+or\s+(?:more|over|above|greater)\b/iy,
    extract: (hit, m, doc) => {
      const end = hit.end + m[0].length;
      if (/\baged\s+$/i.test(doc.norm.slice(Math.max(0, hit.start - 8), hit.start))) return { start: hit.start, end, value: hit.value, unit: 'year', noun: 'age', qualifier: 'at least' };
      const np = after(doc, end);
      if (!np) return null;
      return { start: hit.start, end: np.end, value: hit.value, unit: 'count', noun: np.noun, qualifier: 'at least' };
    },
  },
  {
    id: 'range-first',
    when: (n) => n.nc === '-' || n.word === 'to' || n.word === 'and' || n.word === 'or',
    // "from 11,000 to about 9,350 images": the second end may carry its own qualifier; "two or three days", "four or
    // five trusts": either number, each a metric
    // (never across a line break: "… aged over 65\n- 200 were admitted" is two lines, not a range)
    pattern: new RegExp(String.raw`[ \t]*(?:-|to|and|or)[ \t]*(?:${RANGE_END_QUALIFIER}\s+)?(?=(?:£|\$|€)?\d|(?!(?:zero|one)\b)(?:${CARDINAL_WORD_SRC})\b)`, 'iy'),
    extract: (hit, m, doc) => {
      const joiner = m[0].trim().toLowerCase();
      if (joiner === 'and' && !/\bbetween\s+$/i.test(doc.norm.slice(Math.max(0, hit.start - 12), hit.start))) return null;
      // "from six hours a quarter to under 30 minutes": "a quarter" after a quantity is how often, not a number
      if (/^an?\s/i.test(hit.raw) && FREQUENCY_BEFORE.test(doc.norm.slice(Math.max(0, hit.start - 24), hit.start))) return null;
      // the unit comes from the second number; the 'ranges' refiner fills it in ("has dropped from 6.1 to …": the noun before)
      return { start: hit.start, end: hit.end, value: hit.value, unit: RANGE_PENDING, noun: measuredBefore(doc, hit.start, false) };
    },
  },
  {
    id: 'count-compared',
    // "17 trusts, down from 25 a year earlier": the earlier figure counts what the later one does
    // ("compared with just 600 in March last year", "up from 19 in January", "rising to more than 11,000 on the busiest days",
    // "up from 163 last time")
    when: (n) => n.word === 'a' || n.word === 'in' || n.word === 'on' || n.word === 'last' || n.word === 'the' || n.word === 'at' || n.word === 'previously' || n.word === 'before' || n.word === 'after',
    pattern: /(?=\s+(?:a\s+year|after\s+(?:a|the)\b|in\s+(?:the\s+)?(?:previous|last|same)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|on\s+(?:the\s+)?(?:busiest|quietest|peak|same|previous)|last\s+(?:year|month|week|quarter|time|round)|the\s+(?:previous|year|month|last\s+time)|at\s+the\s+(?:start|end)|previously|before)\b)/iy,
    extract: (hit, _m, doc) => {
      // ("Referrals fell from 7,300 in January to 5,100 in June": the second figure too)
      if (!COMPARED_FROM.test(doc.norm.slice(Math.max(0, hit.start - 30), hit.start)) && !COMPARED_FROM_THEN_TO.test(doc.norm.slice(Math.max(0, hit.start - 90), hit.start))) return null;
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true };
    },
  },
  {
    id: 'count-after-comparison',
    // "600 homes, up from 300 in its original pilot", "compared with 41 across the rest of the region": a figure the
    // change is measured from counts what the other does, whatever place or time follows it
    when: (n) => n.word !== '' && n.ch !== n.nc,
    pattern: /(?=\s+(?:in|at|on|across|among|under|during|over|when|within)\s)/iy,
    extract: (hit, _m, doc) => {
      if (hit.words && hit.value < 1) return null;
      if (!/\b(?:up|down)\s+from\s+(?:(?:just|only)\s+)?$|\bcompared\s+(?:with|to)\s+(?:(?:just|only)\s+)?$/i.test(doc.norm.slice(Math.max(0, hit.start - 30), hit.start))) return null;
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true };
    },
  },
  {
    id: 'rate-per',
    // "a rate of 5.6 per 1,000", "31.8 per 100,000 population": the base is filled in by the 'rateBase' refiner
    when: (n) => n.word === 'per',
    pattern: /(?=\s+per\s+(?:\d|hundred\b|thousand\b|million\b))/iy,
    extract: (hit, _m, doc) => {
      const noun = measuredBefore(doc, hit.start);
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun, inherit: noun === null };
    },
  },
  {
    id: 'rate-range-end',
    // "fallen from 2.8 per 1,000 administrations to 1.6 on the wards": the second end of a rate's range is a rate too
    // (its base is filled in by the 'rateBase' refiner, its noun taken from the first end)
    takes: (hit, doc) => RATE_RANGE_BEFORE.test(doc.norm.slice(Math.max(0, hit.start - 80), hit.start)),
    pattern: /(?!\s*(?:per\b|%|percent\b|per\s+cent\b))/iy,
    extract: (hit, _m, doc) => {
      if (hit.currency) return null;
      const from = Math.max(0, hit.start - 80);
      const r = RATE_RANGE_BEFORE.exec(doc.norm.slice(from, hit.start))!;
      const noun = measuredBefore(doc, from + r.index + r[0].indexOf(r[1]!));
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun, inherit: noun === null };
    },
  },
  {
    id: 'count-elided',
    // "Of these, 126 are run by SWFT, 64 by UHCW and 24 by George Eliot": counts whose verb the list leaves out after the
    // first (the 'inheritNouns' refiner gives them the first one's noun)
    takes: (hit, doc) => !hit.currency && ELIDED_LIST_BEFORE.test(doc.norm.slice(Math.max(0, hit.start - 200), hit.start)),
    pattern: /(?=\s+by\s+[A-Z])/y,
    extract: (hit) => ({ start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true }),
  },
  {
    id: 'count-of-opening-set',
    // "Of the 29,880 patients who replied – a response rate of 72 per cent – 6,214 said …", "Of the 338 practices in the
    // area, 226 use EMIS Web": after a set named at the sentence's start, a number that opens its clause before a verb
    // counts that set
    takes: (hit, doc) => !hit.currency && !hit.words && CLAUSE_OPENS_BEFORE.test(doc.norm.slice(Math.max(0, hit.lead - 5), hit.lead)),
    pattern: /\s+(?=[a-z])/y,
    extract: (hit, m, doc) => {
      if (!verbAfterCount(doc, hit.end + m[0].length)) return null;
      const sentence = doc.sentences[sentenceAt(doc.sentences, hit.lead)];
      if (!sentence || sentence.start >= hit.lead) return null;
      const opening = OF_SET_OPENING.exec(doc.norm.slice(sentence.start, hit.lead));
      if (!opening) return null;
      const set = after(doc, sentence.start + opening[0].length, 4);
      return set ? { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: set.noun } : null;
    },
  },
  {
    id: 'count-another',
    // "6,214 said they no longer needed treatment. Another 1,150 asked for a call back": "another" and a verb count
    // more of what was counted just before (the 'inheritNouns' refiner gives it that noun, or drops it)
    takes: (hit, doc) => !hit.currency && /\b[Aa]nother\s$/.test(doc.norm.slice(Math.max(0, hit.lead - 8), hit.lead)),
    pattern: /\s+(?=[a-z])/y,
    extract: (hit, m, doc) => {
      return verbAfterCount(doc, hit.end + m[0].length) ? { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true } : null;
    },
  },
  {
    id: 'count-noun',
    // "1.86 million 111 calls": the service's number may open the counted phrase
    // (30 "digital champions": a quoted noun)
    when: (n) => (n.word !== '' || n.nc === '1' || n.nc === '9' || n.nc === '"') && n.ch !== n.nc,
    pattern: /(?=\s+(?:"?[A-Za-z]|(?:111|999)\s+[A-Za-z]))/y,
    extract: (hit, _m, doc) => {
      // "a third BD Rowa Vmax", "a second site": an ordinal before a noun counts nothing
      if (hit.words && hit.value > 0 && hit.value < 1) return null;
      const np = after(doc, hit.end);
      // a lone letter counts nothing ("2 x 3 metre rooms"); "the 10 Year Health Plan" is a name
      if (!np || np.noun.length < 2 || /^\s+(?:Year|Month|Week|Day|Point)\s+[A-Z]/.test(doc.norm.slice(hit.end, hit.end + 12))) return null;
      // "10 Downing Street", "1 Main Street": digits before a Title-case name are an address or a name
      // ("112,000 Londoners", "6,000 Mancunians": a people named after their place is counted)
      if (!hit.words && TITLE_NAME.test(np.noun) && !PEOPLE_OF_A_PLACE.test(np.noun)) {
        // ("around 4,000 Windows 10 devices": a product and its version before a plural counts that plural)
        const versioned = VERSIONED_THINGS.exec(doc.norm.slice(hit.end, hit.end + 60));
        return versioned ? { start: hit.start, end: hit.end + versioned[0].length, value: hit.value, unit: 'count', noun: versioned[1]! } : null;
      }
      // "Three Rivers ICB will contribute": a capitalised number word, a Title-case word and another capitalised word are a name
      if (hit.words && /^[A-Z]/.test(hit.raw) && TITLE_NAME.test(np.noun) && /^\s+[A-Z]/.test(doc.norm.slice(np.end, np.end + 3))) return null;
      // "the 111 online service", "the 999 service": a number before a singular head after "the" is a name
      if (!hit.words && hit.value > 1 && !isPluralHead(np.noun.slice(np.noun.lastIndexOf(' ') + 1)) && THE_BEFORE.test(doc.norm.slice(Math.max(0, hit.start - 5), hit.start))) return null;
      // "around 9,800 hospital bed days": a bed-day is a unit of its own (ANNOTATION.md)
      if (/\bbed[ -]days?$/i.test(np.noun)) return { start: hit.start, end: np.end, value: hit.value, unit: 'bed-day', noun: np.noun };
      // "2,300 consultant and nurse hours", "1,140 vehicle hours": time, whoever spends it
      const time = TIME_HEAD.exec(np.noun);
      if (time) {
        const [unit, f] = DURATIONS.get(time[1]!.toLowerCase())!;
        return { start: hit.start, end: np.end, value: tidyNumber(hit.value * f), unit, noun: np.noun };
      }
      return { start: hit.start, end: np.end, value: hit.value, unit: 'count', noun: np.noun };
    },
  },
  {
    id: 'range-second',
    // "the number of paper forms fell from 412 to 96 in 12 months": the second end of a range of bare numbers,
    // whatever follows it (the 'ranges' refiner gives both ends the unit and noun of the range)
    takes: (hit, doc) => !hit.currency && RANGE_SECOND_LEAD.test(doc.norm.slice(Math.max(0, hit.start - 40), hit.start)),
    pattern: /(?:)/y,
    extract: (hit) => ({ start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true }),
  },
  {
    id: 'count-reached',
    // "as the waiting list passes 9,400", "the list now exceeds 12,000", "downloads reached 50,000 in May": a
    // total a verb says was reached; passing, exceeding or topping it means more than
    takes: (hit) => !hit.words,
    pattern: /(?![\w%])/y,
    extract: (hit, _m, doc) => {
      const verb = REACHED_BEFORE.exec(doc.norm.slice(Math.max(0, hit.start - 24), hit.start));
      if (!verb) return null;
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, ...(verb[1] ? { qualifier: 'more than' as const } : {}) };
    },
  },
  {
    id: 'count-of-whole',
    // "Of the 6,187 GP practices registered, 5,902 (95 percent) published an assessment": a sentence that opens
    // with a counted whole counts a part of it, whatever follows the part
    takes: (hit) => !hit.currency && (!hit.words || hit.value >= 1),
    pattern: /(?![\w%])/y,
    extract: (hit, _m, doc) => {
      const sentence = doc.sentences[sentenceAt(doc.sentences, hit.lead)];
      if (!sentence || hit.lead - sentence.start > 160) return null;
      const whole = OF_WHOLE_OPENING.exec(doc.norm.slice(sentence.start, hit.lead));
      if (!whole) return null;
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true, ofSet: Number(whole[1]!.replace(/,/g, '')) };
    },
  },
  {
    id: 'count-remaining',
    // "The ICB has told the remaining 57 that …", "the other 12 will follow": the rest of a set counted before, whatever follows
    takes: (hit) => !hit.currency && (!hit.words || hit.value >= 2),
    pattern: /(?![\w%-])/y,
    extract: (hit, _m, doc) => {
      const before = doc.norm.slice(Math.max(0, hit.start - 16), hit.start);
      const rest = REST_OF_SET.exec(before);
      if (!rest) return null;
      return { start: hit.start - before.length + rest.index, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true };
    },
  },
  {
    id: 'count-part',
    // "72 beds across the city: 48 for frailty and 24 for respiratory", "56 beds, of which 40 are for frailty and 16 for
    // respiratory patients": the parts of a counted whole, each "for" what it serves (the 'inheritNouns' refiner gives
    // them the whole's noun), or where they are ("250,000 people: 84,000 on the Isle of Man, 103,000 in Jersey"; "89
    // practices on SystmOne and 84 on EMIS Web")
    takes: (hit) => !hit.currency && (!hit.words || hit.value >= 2),
    pattern: /(?=\s+(?:(?:are\s+|were\s+)?for\s+[a-z]|(?:in|on|at|across)\s+(?:the\s+)?[A-Z]))/y,
    extract: (hit, _m, doc) => {
      const lead = doc.norm.slice(Math.max(0, hit.start - 200), hit.start);
      if (!PARTS_BEFORE.test(lead)) {
        const parallel = PARALLEL_PART_BEFORE.exec(lead);
        if (!parallel || !doc.norm.startsWith(` ${parallel[1]!} `, hit.end)) return null;
      }
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true };
    },
  },
  {
    id: 'count-bare',
    // (a line that ends without a stop ends the number too: "- … of whom 62 percent were aged over 65")
    // ("… rise to 300,000 by the end of 2026", "below 2,000 before the new go-live date", "41 currently use EMIS Web",
    // "a further 2,000 expected by March", "we received 4,120 in 2025", "up from 6,200 over the whole of 2023/24")
    // ("up from 74 two years ago", "up from 24,500 five years earlier", "funding to train another 120 over the next two years")
    // ("Of these, 34,120 (65.2%) were …", "peaked at just under 4,000 on Monday", "up from 29 last spring", "to under
    // 3,000 in 18 months", "against roughly 6,500 today", "peaked at 1,100 in a single fortnight", "stood at 2,400 in March")
    pattern: /(?=\s*(?:[;,.:)]|$)|[ \t]*\n|\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\)|\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this)\s+(?:year|month|week|quarter|winter|spring|summer|autumn)|in\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?:days|weeks|months|years)|in\s+(?:a\s+(?:single\s+)?(?:day|week|fortnight|month|year)|january|february|march|april|may|june|july|august|september|october|november|december)|today|at\s+present|at\s+the\s+(?:end|start|beginning|close)\s+of|at\s+(?:its|their|the|a)\s+(?:peak|height|highest|lowest)|(?:before|after|since)\s+(?:the\s+)?(?:pandemic|covid|go-live|launch|switch(?:over)?|merger|pilot|change))\b|\s+(?:had|has|have|was|were|are|is|will|would|could|can|may|might|had|who|and|through|of\s+(?:them|which|whom)|in\s+total|altogether|(?:currently|now|already|still|also)\s+(?!as\b)[a-z]+|(?:expected|due|planned|scheduled|set)\s+(?:to|by|in|for|before|next|this|later)\b|(?:a|per|each)\s+(?:day|week|month|year)\b|across\s+(?:the|its|their|our|some|all|\d|[a-z]+)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)\b|(?:in|over|during)\s+(?:(?:19|20)\d\d(?:\/\d\d)?\b|the\s+(?:whole\s+of|same|previous|first|second|third|fourth|final|last|past|next|coming)\b|(?:last|this)\s+(?:year|month|week|quarter|winter|spring|summer|autumn)\b)|(?:by|before)\s+(?:the\s+(?:end|start|beginning|middle|close)\b|(?:next|this|the\s+new)\s|(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b))\b)/iy,
    extract: (hit, _m, doc) => {
      // ("a population of around 4.1 million across Oxfordshire": across a place, written with a capital, or a determiner;
      // "across lots of sites" goes on to what is counted)
      if (ACROSS_LOWER.test(doc.norm.slice(hit.end, hit.end + 16))) return null;
      // ("a population of about 1.9 million and three stroke units": before "and", only a figure in thousands stands
      // alone; "four and six months" is two numbers of one noun)
      // ("… Devon ICS with 25.9 and Gloucestershire ICS with 23.1": "and" that opens the next item of a list ends it)
      if (/^\s+and\b/i.test(doc.norm.slice(hit.end, hit.end + 5)) && !(hit.value >= 1000 && !hit.words) && !/^\s+and\s+[A-Z]/.test(doc.norm.slice(hit.end, hit.end + 8))) return null;
      // "Level 5", "Integrated Care 24": a number after a capitalised word is part of a name
      const lead = doc.norm.slice(Math.max(0, hit.start - 30), hit.start);
      // ("About 2,300 of them": a qualifier opening the sentence is no name)
      if (/[A-Z][\w&-]*\s*$/.test(lead) && !THOUSANDS.test(hit.raw) && !APPROXIMATE_BEFORE.test(lead) && !figureAfterBody(lead, hit.raw)) return null;
      // "1. Virtual wards", "2) Cyber security": a list item's number at the start of a line
      if (LINE_START.test(lead) && LIST_MARK.test(doc.norm.slice(hit.end, hit.end + 3))) return null;
      // "callers are over 75", "residents were over 85", "children under five": an age
      const age = AGE_BAND_BEFORE.exec(doc.norm.slice(Math.max(0, hit.lead - 40), hit.lead));
      if (age && hit.value >= 2 && hit.value <= 110 && Number.isInteger(hit.value)) return { start: hit.start, end: hit.end, value: hit.value, unit: 'year', noun: 'age' };
      // "around half were living with dementia": an approximate share stands for a ratio
      if (hit.words && hit.value > 0 && hit.value < 1 && APPROXIMATE_BEFORE.test(doc.norm.slice(Math.max(0, hit.lead - 16), hit.lead))) return { start: hit.lead, end: hit.end, value: hit.value, unit: 'ratio', noun: null };
      // a fraction on its own counts nothing ("by a third" is the 'fraction-by' rule's)
      if (hit.words && hit.value > 0 && hit.value < 1) return null;
      // "120 had been admitted", "45 were discharged": who undergoes care is a patient
      const care = PATIENT_PASSIVE.exec(doc.norm.slice(hit.end, hit.end + 40));
      if (care) return { start: hit.start, end: hit.end + care[0].length, value: hit.value, unit: 'count', noun: 'patients' };
      // "all remaining Windows 10 devices, about 2,300 of them, …": the plural noun the apposition counts
      if (/^\s+of\s+them\b/i.test(doc.norm.slice(hit.end, hit.end + 9))) {
        const counted = APPOSED_PLURAL.exec(doc.norm.slice(Math.max(0, hit.lead - 60), hit.lead));
        if (counted) return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: counted[1]! };
      }
      // "a team of 35", "a cohort of 400": the group the number sizes
      const group = measuredBefore(doc, hit.start);
      if (group && !GROUP_NOT.test(group)) return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: group };
      // "Delayed discharges averaged 212 a day": the subject of a verb of totalling
      const subject = nounPhraseBefore(doc, hit.start, COUNT_SUBJECT_LINKS);
      if (subject) return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: subject };
      return { start: hit.start, end: hit.end, value: hit.value, unit: 'count', noun: null, inherit: true };
    },
  },
];

export function readHit(m: RegExpExecArray): NumberHit | null {
  let [raw, currency, digits, scale, article, words, lone, approximate] = m;
  let value: number | null;
  let bareFraction = false;
  if (lone !== undefined || approximate !== undefined) value = 1;
  else if (digits !== undefined) value = readDigits(digits, scale);
  else {
    value = readWords(words!, article !== undefined);
    // "four five-year contracts", "six one-to-one sessions": two numbers side by side; the first stands alone
    for (let w = words!; value === null && /[\s-]/.test(w); ) {
      w = w.replace(/[\s-]+[^\s-]*$/, '');
      value = readWords(w, article !== undefined);
      if (value !== null) {
        raw = raw!.slice(0, raw!.length - (words!.length - w.length));
        words = w;
      }
    }
  }
  // a bare "half" quantifies only as "half of X" (the 'fraction-of' rule)
  if (value === null && article === undefined && words !== undefined && /^(?:half|halves)$/i.test(words)) {
    value = 0.5;
    bareFraction = true;
  }
  if (value === null || !Number.isFinite(value)) return null;
  // "a" before a word number that does not use it ("a five-year") is left out of the number
  let start = m.index;
  let isArticle = article !== undefined;
  if (isArticle && words && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(words)) {
    start += article!.length;
  } else if (isArticle) {
    isArticle = false;
  }
  return { start, lead: m.index, end: m.index + raw!.length, value, currency: currency ? currency.toLowerCase() === 'us$' ? 'USD' : currency.toLowerCase() === 'a$' ? 'AUD' : currency === '£' ? 'GBP' : currency === '€' ? 'EUR' : 'USD' : null, words: words !== undefined, article: isArticle, raw: raw!, bareFraction };
}

/** The plural of a count noun written in a compound ("bed" → "beds", "person" → "people", "study" → "studies"). */
function plural(word: string): string {
  if (word === 'person') return 'people';
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
