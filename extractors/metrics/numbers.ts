// Finding and reading numbers: digits with separators and scale words ("1.5 million", "£4.1m",
// "30k"), and number words ("twenty-five", "two and a half", "a dozen", "half a million").
import { UNITS_WORDS, SCALES, FRACTIONS, QUALIFIER_SRC } from './lexicon.ts';

const WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)';
// Joiners between number words; each repetition must consume a number word, so the loop is linear.
// ("and" joins number words only after a scale, "one hundred and twenty", or before "a half": "four and six months" is two numbers)
const WORDS = `${WORD}(?:(?:\\s+and\\s+a\\s+|(?<=(?:hundred|thousand|million|billion|trillion))\\s+and\\s+|\\s+a\\s+|[ -])${WORD}){0,7}`;
const DIGITS = '\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?|\\.\\d{1,6}';
const SCALE = '(?:\\s?(?:million|billion|trillion|thousand|hundred)|(?:bn|mn|m|k|b|tn))(?![a-z0-9])';

/**
 * One pass over the normalised text finds every number; the groups are:
 * 1 currency symbol ("A$" is the Australian dollar), 2 digits, 3 digit scale, 4 "a"/"an" before a word number, 5 word number,
 * 6 "a" standing for one before a unit word that has no number ("more than a decade"),
 * 7 the same after an approximation ("more than an hour": without one, "a day" is mostly a rate).
 */
export const NUMBER_RE = new RegExp(
  `(?:(US\\$|A\\$|£|\\$|€)\\s?)?(?:(?<![\\w.,])(${DIGITS})(${SCALE})?|\\b(an?\\s+)?(${WORDS})(?:\\b|(?=fold\\b))|\\b(an?)(?=\\s+(?:decade|fortnight|(?:hour|day|week|month|year)\\s+and\\s+a\\s+half)\\b)|(?<=\\b${QUALIFIER_SRC}\\s)(an?)(?=\\s+(?:hour|day|week|month|year)\\b))`,
  'giy',
);

/**
 * Token texts at which a number can start ("fourfold" too), in lower, capitalised and upper case: the walk over
 * tokens tries NUMBER_RE only there, with one set look-up and no lower-casing per token.
 */
export const NUMBER_STARTS: ReadonlySet<string> = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen half a an £ $ € us$ a$'
    .split(' ')
    .flatMap((w) => (/^[a-z]+$/.test(w) && w.length > 2 ? [w, `${w}fold`] : [w]))
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** Reads a digit string with an optional scale ("4.1", "m") → 4100000. */
export function readDigits(digits: string, scale: string | undefined): number {
  const v = Number(digits.replace(/,/g, ''));
  const s = scale ? SCALES.get(scale.trim().toLowerCase()) ?? 1 : 1;
  // a decimal written in the text is exact to 15 digits, and so is its product with a scale ("£8.2m" is 8200000,
  // where 8.2 × 1e6 in binary floating point is 8199999.999999999)
  return s === 1 ? tidyNumber(v) : Number((v * s).toPrecision(15));
}

/**
 * Clears floating-point noise ("0.1 × 3" = 0.30000000000000004 → 0.3) but keeps a value that is no short
 * decimal whole: a third is 1/3 to the double's precision, as written in full, not 0.333333333.
 */
export function tidyNumber(v: number): number {
  const r = Math.round(v * 1e9) / 1e9;
  return Math.abs(v - r) <= 1e-12 * Math.max(1, Math.abs(v)) ? r : v;
}

/**
 * Reads number words ("two and a half", "twenty-five", "a dozen", "half a million", "two thirds").
 * `article` is true when "a"/"an" came before ("a third", "a dozen"). Returns null when the words
 * do not form a quantity on their own (a bare "half" or "third" is an ordinal or a vague part).
 */
export function readWords(words: string, article: boolean): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = article; // "a" counts as one before a scale or fraction
  let and = false;
  // the word before, when it was a unit (1-19) or a tens word: "twenty one" is 21, "four five" no number
  let last: 'unit' | 'tens' | null = null;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (w === 'and') { and = true; continue; }
    if (w === 'a' || w === 'an') { seen = true; continue; }
    const u = UNITS_WORDS.get(w);
    if (u !== undefined) {
      if (last === 'unit' || (last === 'tens' && (u >= 10 || u % 10 === 0))) return null;
      current += u;
      seen = true;
      and = false;
      last = u >= 20 ? 'tens' : 'unit';
      continue;
    }
    last = null;
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; seen = true; continue; }
    const sc = SCALES.get(w);
    if (sc !== undefined) {
      total += (current || 1) * sc;
      current = 0;
      seen = true;
      continue;
    }
    const den = FRACTIONS.get(w);
    if (den !== undefined) {
      // "half a million": the fraction scales what follows
      const next = parts[i + 1] === 'a' ? parts[i + 2] : undefined;
      const nextScale = next ? SCALES.get(next) : undefined;
      if (nextScale !== undefined && den === 2) return tidyNumber(total + (current || 1) * nextScale / 2);
      if (!seen) return null;
      if (and) current += 1 / den; // "two and a half"
      else current = (current || 1) / den; // "a third", "two thirds"
      and = false;
      continue;
    }
    return null;
  }
  if (!seen) return null;
  return tidyNumber(total + current);
}
