// Customers: the health bodies that buy, deploy or partner with a vendor. A body named in
// the same clause as the vendor is one; when the clause names none but points back to one
// ("the trust continued to work with X", "They … in partnership with X"), the body the
// section is about (its first), else the nearest one before, is.
import type { Prepared } from '../../pipeline/2-prepare.ts';
import type { Mention } from '../../pipeline/schema.ts';
import type { BodyMention } from './bodies.ts';
import { clauseAt, sectionStart } from './context.ts';
import { foldKey } from './lexicon.ts';

const ANAPHOR = /\b(?:[Tt]he (?:combined |new |acute |local |merged |whole |same )?(?:trust|hospital|ICS|ICB|board|system|federation|partnership|organisation|health board)|[Tt]hey|[Tt]heir)\b/;
const LOOK_BACK_SENTENCES = 3;
/** How far from the mention an anaphor is looked for (bounds the work in a run-on sentence). */
const ANAPHOR_REACH = 300;

function firstIndexAtOrAfter(bodies: readonly BodyMention[], offset: number): number {
  let lo = 0;
  let hi = bodies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bodies[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findCustomers(doc: Prepared, semis: readonly number[], mentions: readonly Mention[], bodies: readonly BodyMention[]): string[] {
  const found = new Map<string, string>();
  const add = (name: string) => {
    const key = foldKey(name);
    if (key && !found.has(key)) found.set(key, name);
  };
  const seenClauses = new Set<number>();
  for (const m of mentions) {
    const clause = clauseAt(doc, semis, m.start);
    if (seenClauses.has(clause.start)) continue;
    seenClauses.add(clause.start);
    let named = false;
    for (let i = firstIndexAtOrAfter(bodies, clause.start); i < bodies.length && bodies[i]!.start < clause.end; i++) {
      const b = bodies[i]!;
      if (b.end > clause.end) continue;
      add(b.name);
      named = true;
    }
    if (named || !ANAPHOR.test(doc.norm.slice(Math.max(clause.start, m.start - ANAPHOR_REACH), Math.min(clause.end, m.end + ANAPHOR_REACH)))) continue;
    const section = doc.sentences[sectionStart(doc, clause.sentence)];
    const from = section ? section.start : 0;
    const upTo = clause.start;
    const first = firstIndexAtOrAfter(bodies, from);
    if (first < bodies.length && bodies[first]!.start < upTo) {
      add(bodies[first]!.name);
      continue;
    }
    const back = doc.sentences[Math.max(0, clause.sentence - LOOK_BACK_SENTENCES)];
    const nearest = firstIndexAtOrAfter(bodies, upTo) - 1;
    if (back && nearest >= 0 && bodies[nearest]!.start >= back.start) add(bodies[nearest]!.name);
  }
  return [...found.values()];
}
