// Small, bounded looks at the words around an offset. Each scans a fixed number of
// characters at most, so callers can use them per candidate without quadratic cost.

const WORD_CHAR = /[\p{L}\p{N}'-]/u;
const MAX_WORD = 40;

export const isCapitalised = (text: string, at: number) => /\p{Lu}/u.test(text[at] ?? '');

/** The word right before `at` on the same line with only spaces between, else null (punctuation or line start). */
export function prevWord(norm: string, at: number): string | null {
  let i = at - 1;
  let spaces = 0;
  while (i >= 0 && (norm[i] === ' ' || norm[i] === '\t') && spaces < 4) {
    i--;
    spaces++;
  }
  const end = i + 1;
  let n = 0;
  while (i >= 0 && n < MAX_WORD && WORD_CHAR.test(norm[i]!)) {
    i--;
    n++;
  }
  return end - (i + 1) > 0 ? norm.slice(i + 1, end) : null;
}

/** The word right after `at` on the same line with only spaces between, else null. */
export function nextWord(norm: string, at: number): string | null {
  let i = at;
  let spaces = 0;
  while (i < norm.length && (norm[i] === ' ' || norm[i] === '\t') && spaces < 4) {
    i++;
    spaces++;
  }
  const start = i;
  let n = 0;
  while (i < norm.length && n < MAX_WORD && WORD_CHAR.test(norm[i]!)) {
    i++;
    n++;
  }
  return i > start ? norm.slice(start, i) : null;
}

export const wordCount = (s: string) => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);

/** The first `n` words of `s`. */
export function firstWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.length <= n ? s.trim() : words.slice(0, n).join(' ');
}
