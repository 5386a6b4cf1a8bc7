// The body an article is about. A news story, press release or interview about one trust or
// board names it again and again; a regional round-up names many bodies, none often. Where a
// sentence leaves unsaid who committed to a deadline or bought from a supplier, an article with
// a topic body means that body.

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
