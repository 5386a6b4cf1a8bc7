// Word lists the metric rules share. They describe English and the domain, never one article:
// number words, scale words, unit words, approximation words and the adjectives an analyst
// strips from a counted noun ("key themes" counts themes).

/** Cardinal number words and their values; "one" is here but the rules keep it only where it counts. */
export const UNITS_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** The number words above as a regular-expression alternation ("four", "twenty"). */
export const CARDINAL_WORD_SRC = [...UNITS_WORDS.keys()].join('|');

/** Scale words and abbreviations that multiply what comes before them. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['m', 1e6], ['mil', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12],
]);

/** Fraction words: denominators. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'], ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'],
]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'], ['quid', 'GBP'],
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
]);

/** Duration words → [unit, factor]. */
export const DURATIONS: ReadonlyMap<string, readonly [string, number]> = new Map<string, readonly [string, number]>([
  ['year', ['year', 1]], ['years', ['year', 1]], ['yr', ['year', 1]], ['yrs', ['year', 1]],
  ['decade', ['year', 10]], ['decades', ['year', 10]],
  ['month', ['month', 1]], ['months', ['month', 1]],
  ['week', ['week', 1]], ['weeks', ['week', 1]], ['fortnight', ['week', 2]], ['fortnights', ['week', 2]],
  ['day', ['day', 1]], ['days', ['day', 1]],
  ['hour', ['hour', 1]], ['hours', ['hour', 1]], ['hr', ['hour', 1]], ['hrs', ['hour', 1]],
  ['minute', ['minute', 1]], ['minutes', ['minute', 1]], ['min', ['minute', 1]], ['mins', ['minute', 1]],
  ['second', ['second', 1]], ['seconds', ['second', 1]], ['secs', ['second', 1]],
]);

/** Measurement units outside the guideline's table, by their singular word. */
export const OTHER_UNITS: ReadonlyMap<string, string> = new Map([
  ['foot', 'foot'], ['feet', 'foot'], ['ft', 'foot'], ['inch', 'inch'], ['inches', 'inch'], ['yard', 'yard'], ['yards', 'yard'],
  ['mile', 'mile'], ['miles', 'mile'], ['km', 'kilometre'], ['kilometre', 'kilometre'], ['kilometres', 'kilometre'],
  ['kilometer', 'kilometre'], ['kilometers', 'kilometre'], ['metre', 'metre'], ['metres', 'metre'], ['meter', 'metre'], ['meters', 'metre'],
  ['cm', 'centimetre'], ['mm', 'millimetre'], ['kg', 'kilogram'], ['kilogram', 'kilogram'], ['kilograms', 'kilogram'],
  ['kilo', 'kilo'], ['kilos', 'kilo'], ['gram', 'gram'], ['grams', 'gram'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['ton', 'tonne'], ['tons', 'tonne'],
  ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'], ['liters', 'litre'],
  ['gb', 'gigabyte'], ['gigabyte', 'gigabyte'], ['gigabytes', 'gigabyte'], ['tb', 'terabyte'], ['terabyte', 'terabyte'], ['terabytes', 'terabyte'],
  ['mb', 'megabyte'], ['megabyte', 'megabyte'], ['megabytes', 'megabyte'], ['pb', 'petabyte'], ['petabytes', 'petabyte'],
  // data rates and energy: an abbreviation takes the unit's written-out singular, as for "GB" and "TB" (the hand
  // annotations write "megabit per second" for "100Mbps" and "megawatt hour" for "MWh")
  ['mbps', 'megabit per second'], ['mb/s', 'megabit per second'], ['gbps', 'gigabit per second'], ['gb/s', 'gigabit per second'],
  ['kbps', 'kilobit per second'],
  // blood pressure: everyone, the hand annotations too, writes "mmHg"
  ['mmhg', 'mmHg'],
  ['kwh', 'kilowatt hour'], ['mwh', 'megawatt hour'], ['gwh', 'gigawatt hour'],
  ['kilowatt hour', 'kilowatt hour'], ['kilowatt hours', 'kilowatt hour'], ['kilowatt-hour', 'kilowatt hour'], ['kilowatt-hours', 'kilowatt hour'],
  ['megawatt hour', 'megawatt hour'], ['megawatt hours', 'megawatt hour'], ['megawatt-hour', 'megawatt hour'], ['megawatt-hours', 'megawatt hour'],
  ['gigawatt hour', 'gigawatt hour'], ['gigawatt hours', 'gigawatt hour'], ['gigawatt-hour', 'gigawatt hour'], ['gigawatt-hours', 'gigawatt hour'],
  ['millisecond', 'millisecond'], ['milliseconds', 'millisecond'], ['mg', 'milligram'], ['milligram', 'milligram'], ['milligrams', 'milligram'],
  ['megabit per second', 'megabit per second'], ['megabits per second', 'megabit per second'],
  // clinical and physical measures ("HbA1c below 58 mmol/mol", "homes below 16 degrees", "a 1.5 tesla scanner")
  ['mmol/mol', 'mmol/mol'], ['mmol/l', 'mmol/L'], ['degree', 'degree'], ['degrees', 'degree'], ['tesla', 'tesla'],
  ['gigabit per second', 'gigabit per second'], ['gigabits per second', 'gigabit per second'],
  ['megabit', 'megabit'], ['megabits', 'megabit'], ['gigabit', 'gigabit'], ['gigabits', 'gigabit'],
  ['mph', 'mile-per-hour'], ['bed-day', 'bed-day'], ['bed-days', 'bed-day'],
  ['square mile', 'square mile'], ['square miles', 'square mile'], ['square metre', 'square metre'], ['square metres', 'square metre'],
  ['square meter', 'square metre'], ['square meters', 'square metre'], ['sq metres', 'square metre'], ['sq meters', 'square metre'],
  ['square feet', 'square foot'], ['square foot', 'square foot'], ['square ft', 'square foot'], ['sq ft', 'square foot'],
  ['sq feet', 'square foot'], ['sq foot', 'square foot'], ['sq mile', 'square mile'], ['sq miles', 'square mile'], ['sq metre', 'square metre'],
  ['sq meter', 'square metre'], ['acre', 'acre'], ['acres', 'acre'],
  ['square kilometre', 'square kilometre'], ['square kilometres', 'square kilometre'], ['square kilometer', 'square kilometre'],
  ['square kilometers', 'square kilometre'], ['square km', 'square kilometre'], ['sq km', 'square kilometre'],
  ['hectare', 'hectare'], ['hectares', 'hectare'],
]);

/** Words before a number that say how exact it is (longest first when matched). */
export const QUALIFIERS: readonly (readonly [string, 'more than' | 'less than' | 'about' | 'at least' | 'up to'])[] = [
  ['just over', 'more than'], ['more than', 'more than'], ['over', 'more than'], ['in excess of', 'more than'],
  ['upwards of', 'more than'], ['above', 'more than'], ['greater than', 'more than'], ['exceeding', 'more than'],
  ['passing', 'more than'], ['surpassing', 'more than'], ['topping', 'more than'], ['well over', 'more than'],
  ['just under', 'less than'], ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'],
  ['below', 'less than'], ['just short of', 'less than'],
  ['around', 'about'], ['about', 'about'], ['approximately', 'about'], ['approx', 'about'], ['roughly', 'about'],
  ['nearly', 'about'], ['almost', 'about'], ['circa', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['close to', 'about'], ['an average of', 'about'], ['on average', 'about'],
  ['at least', 'at least'], ['a minimum of', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'],
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['a maximum of', 'up to'], ['within', 'up to'],
  ['no more than', 'up to'], ['at most', 'up to'],
];

/** "Agency spend is forecast at £9.6m", "the extension would cost an estimated £540,000": an amount put on the subject. */
export const VALUED_SRC = String.raw`(?:is|was|are|were|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:now\s+)?(?:forecast|estimated|put|valued|budgeted|projected|capped|costed|priced|expected\s+to\s+(?:be|cost|reach))(?:\s+at)?|(?:will|would|could|should|might|may)\s+(?:now\s+|have\s+)?cost`;
/** Verbs that report a change in an amount ("fell from", "has risen to", "was cut by"). */
export const CHANGE_VERB_SRC = String.raw`(?:rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|grew|grown|climbed|improved|reduced|cut|went\s+up|went\s+down|(?:come|came|gone)\s+down|gone\s+up)`;

/** QUALIFIERS as one regular-expression alternation, longest first, white space as \s+ (for rules that look before a number). */
export const QUALIFIER_SRC = `(?:${[...QUALIFIERS.map(([w]) => w)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})`;

/** Adjectives that rate or pick out a set rather than say what it is: dropped from a noun ("key themes" → "themes"). */
export const EVALUATIVE = new Set([
  'new', 'fewer', 'less', 'main', 'key', 'major', 'minor', 'different', 'various', 'several', 'many', 'other', 'additional', 'further',
  'extra', 'more', 'most', 'total', 'overall', 'overarching', 'separate', 'specific', 'individual', 'particular',
  'certain', 'important', 'significant', 'large', 'small', 'big', 'huge', 'great', 'good', 'best', 'top', 'leading',
  'successful', 'initial', 'final', 'current', 'existing', 'previous', 'recent', 'potential', 'possible', 'real',
  'whole', 'entire', 'same', 'similar', 'unique', 'distinct', 'diverse', 'average', 'typical', 'only', 'just',
  'further', 'remaining', 'few', 'fantastic', 'excellent', 'critical', 'crucial', 'vital', 'strategic',
  'ambitious', 'broad', 'wide', 'clear', 'high', 'low', 'higher', 'lower', 'first', 'last', 'next', 'such', 'live',
  'full', 'routine', 'low-value', 'high-value', 'largest', 'biggest', 'smallest', 'highest', 'lowest', 'busiest',
  'neighbouring', 'neighboring', 'own', 'exact',
]);

/**
 * -ed words that name a kind of thing in this domain, so are kept in a noun ("integrated care systems", "automated
 * dispensing cabinets", "unplanned admissions", "missed appointments", "allied health professionals"). Not
 * "registered": the seed gold counts "212 registered practices" as practices, though the held-out helpers kept it.
 */
export const KEPT_PARTICIPLES = new Set(['integrated', 'shared', 'connected', 'advanced', 'specialised', 'specialized', 'dedicated', 'automated', 'planned', 'unplanned', 'missed', 'allied']);

/** Nouns that label an item in a series: a number after them is a name or code ("Level 5", "phase 2"). */
export const LABEL_NOUNS = new Set([
  'level', 'phase', 'stage', 'step', 'tier', 'band', 'version', 'wave', 'cohort', 'chapter', 'section', 'table',
  'figure', 'fig', 'page', 'number', 'no', 'room', 'ward', 'grade', 'type', 'category', 'priority', 'release', 'series',
  'route', 'junction', 'gate', 'floor', 'building', 'unit', 'item', 'question', 'appendix', 'part', 'article', 'clause',
  'rule', 'year', 'class', 'division', 'league', 'platform', 'bus', 'core', 'covid', 'nhs', 'web', 'industry',
  'windows', 'ios', 'android', 'iphone', 'pixel', 'galaxy', 'gen', 'generation', 'episode',
  // ("NHS 111 option 2", "Lot 3 of the framework", "tranche 2 funding")
  'option', 'lot', 'tranche', 'pillar', 'module',
]);

/** Nouns of change: in "an 8 percent improvement in X" the percentage measures X. */
export const CHANGE_NOUNS = new Set([
  'improvement', 'increase', 'reduction', 'rise', 'fall', 'drop', 'decrease', 'growth', 'uplift', 'cut', 'decline',
  'boost', 'gain', 'jump', 'change', 'saving', 'savings', 'uptake', 'shift',
]);

/** Measure nouns whose "of X" belongs to the counted noun ("80 million parts of data"). */
export const PARTITIVE_NOUNS = new Set(['parts', 'pieces', 'items', 'bits', 'units', 'lines', 'pages', 'kinds', 'sorts', 'types', 'forms', 'pieces', 'hours', 'years', 'sets', 'rounds', 'courses', 'episodes', 'doses', 'batches', 'versions', 'sheets', 'ways']);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after which a duration is a relative date, not a metric ("the next 12 months"). */
export const RELATIVE_DATE_BEFORE = /\b(?:next|past|last|coming|previous|preceding|recent)\s+$/;
/** Words after a duration that make it a relative date ("two years ago"). */
/** ("two years before, ..." is relative, "six weeks before the cutover" measures a lead time; "Seven years on, the
 * picture is very different" measures the time since, as the three hand annotations of it read it, but "One year on
 * from the attack" dates the story; "48 hours earlier" and "a year later" measure a gap: the hand-made gold lists
 * 30 of 36 such durations as metrics) */
export const RELATIVE_DATE_AFTER = /^\s+(?:ago|previously|hence|(?:before|prior)(?=\s*(?:[,.;:)]|$))|on(?=\s+from\b))\b/;

/** A year or a UK financial year as written: "2025", "2024/25", "2024/2025". */
export const YEAR_SRC = String.raw`(?:19|20)\d\d(?:\/(?:\d\d|(?:19|20)\d\d))?`;

/** Prepositions that mark a four-digit number as a year. */
export const YEAR_PREPOSITIONS = /\b(?:in|by|since|until|till|from|to|of|during|before|after|between|and|early|late|mid|end|throughout|for|circa|around|this|that|the)\s+$/;

/** A figure with thousands separators ("118,000"): a quantity, never part of a name or code. */
export const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
