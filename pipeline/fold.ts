// The one text normalisation records are compared by: the scorer matches gold and predicted
// text with it, and an extractor that merges repeated records uses the same key, so two
// records it keeps apart are never one record to the scorer.

/** Folds case, punctuation, white space, a leading "the" and a possessive. */
export function fold(s: string | null | undefined): string {
  if (s == null) return '';
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
