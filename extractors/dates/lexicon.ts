// Words the date rules are built from. Regex sources are plain alternations of fixed words,
// so every pattern that embeds them stays linear on any input.

/** Full month names first so "Sept" or "Mar" only match when the full name does not. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names, full or abbreviated (abbreviations need a year or day next to them). */
export const MONTH_SRC = `(?:${MONTHS.join('|')}|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?`;
/** Full month names only: a bare "Mar" or "Jan" is too often something else. */
export const FULL_MONTH_SRC = `(?:${MONTHS.join('|')})`;

/** 1-12 for a month word (full or abbreviated, any case, optional trailing dot), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  return i >= 0 ? i + 1 : (ABBREVIATIONS[w] ?? 0);
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export const SEASON_SRC = '(?:spring|summer|autumn|winter)';
/** Day names, Sunday first (JavaScript's getUTCDay order). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const WEEKDAY_SRC = `(?:${WEEKDAYS.join('|')})`;

/** A four-digit year the rules accept: 1900-2099. */
export const YEAR_SRC = '(?:19|20)\\d\\d';

/** Number words a relative expression can carry ("the next five years"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, fifty: 50,
  a: 1, an: 1, couple: 2, few: 3, several: 4,
};
export const NUMBER_WORD_SRC = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|fifty)';

export const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };

/**
 * Plural nouns that make a four-digit number a count, not a year ("2000 patients").
 * Broad domain list (health and care, digital), not the seeds' own numbers.
 */
export const COUNT_NOUN_SRC = '(?:patients|people|persons|staff|users|beds|scans|images|practices|appointments|referrals|nurses|doctors|clinicians|members|residents|homes|sites|devices|records|hours|minutes|miles|employees|jobs|cases|calls|tests|visits|items|units|pounds|households|children|adults|students|pupils|downloads|messages|consultations|prescriptions|admissions|operations|procedures|workers|volunteers|organisations|trusts|hospitals|GPs|pharmacies|licences|licenses|laptops|computers|servers|rooms|wards|carers|citizens|participants|respondents|responses|times|words|pages|km|kg|mg|ml|m2|sq)';

/**
 * Capitalised nouns that end a title carrying a year ("NHS Long Term Plan 2019",
 * "Health Tech Awards 2023"): a year right after one is part of a name.
 */
export const NAME_HEAD_WORDS: ReadonlySet<string> = new Set([
  'plan', 'strategy', 'act', 'awards', 'award', 'conference', 'summit', 'report', 'review', 'framework',
  'programme', 'program', 'vision', 'expo', 'show', 'week', 'festival', 'challenge', 'cup', 'games',
  'survey', 'standard', 'standards', 'regulations', 'bill', 'roadmap', 'charter', 'manifesto', 'congress',
  'forum', 'symposium', 'edition', 'version', 'release', 'windows', 'office', 'server', 'iso',
]);

/**
 * Past participles that do not end in "-ed" or "-en": "has cut the waiting list", "is expected to be paid in April".
 * A regular-expression alternation.
 */
export const IRREGULAR_PARTICIPLE_SRC = '(?:cut|run|seen|grown|fallen|risen|taken|made|begun|become|won|led|set|put|spent|sent|built|brought|bought|paid|held|done|sold|met|laid|read)';

/** Words before a date in its sentence that put it ahead: "… will go live in March", "followed by … over the summer", "… due this spring and the Western Trust following in the autumn", "… to be completed by September". */
export const FUTURE_CUE = /\b(?:will|shall|would|want|wants)\b|['’]ll\b|\b(?:ask|asks|asked|asking|require|requires|required|requiring)[ \t]+(?:[a-z]+[ \t]+){0,3}to[ \t]+[a-z]+|\b(?:is|are) (?:set|due|scheduled|expected|planned|going|to)\b|\b(?:plans?|planned|aims?|aimed|intends?|intended|expects?|expected|hopes?|hoped) to\b|\bfollowed by\b|\bdue\b|\b(?:ends|expires|lapses|stops|ceases)(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:in|on|at)\b|\bfollowing (?:in|by|from|later|over)\b|\bto follow\b|\bto be\b/i;
