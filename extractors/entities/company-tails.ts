// Companies named by a word that only companies end their names with: "Oakwell Systems", "Clinova
// Technologies", "Medlink Analytics". The word before must be a coined name (not an English word,
// which "Information Systems" or "Clinical Solutions" would be) so that the rule needs no list of
// suppliers and still does not fire on generic phrases.
import { isEnglishWord } from '../../pipeline/nlp.ts';
import { GENERIC_NAME_WORDS, NON_NAME_WORDS, ORG_HEADS_STRONG, ORG_HEADS_WEAK } from './lexicon.ts';
import { isPlaceName } from './places.ts';
import type { Candidate, Ctx } from './rules.ts';
import { CAP, TRIG, TRIGGER_WORDS } from './words.ts';

/** Last words of a company's name that no public body, place or product uses alone. */
export const COMPANY_TAILS: ReadonlySet<string> = new Set(['Systems', 'Technologies', 'Solutions', 'Software', 'Informatics', 'Analytics', 'Diagnostics', 'Therapeutics', 'Robotics', 'Labs', 'Networks']);

/** Words of a trade that may stand between a company's coined name and its tail. */
const TRADE_MIDDLE: ReadonlySet<string> = new Set(['Health', 'Healthcare', 'Care', 'Medical', 'Clinical', 'Digital', 'Data', 'Imaging', 'Pharmacy', 'Dental', 'Bio']);

export function companyTails(ctx: Ctx): Candidate[] {
  const { words, flags } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    // (the tails are trigger words: most capitalised words pass on the flag, without a look in the set)
    if ((flags[i]! & (CAP | TRIG)) !== (CAP | TRIG) || !COMPANY_TAILS.has(words[i]!.t) || words[i]!.gap !== ' ') continue;
    // ("Oakwell Systems Ltd", "Oakwell Systems UK": a longer name is other rules' to read)
    const next = words[i + 1];
    if (next && next.gap === ' ' && next.cap) continue;
    let s = i;
    while (s > 0 && i - s < 2 && nameWord(words[s - 1]!) && (s === i || words[s]!.gap === ' ')) s--;
    // ("Northway Health Software", "Tyne Medical Systems": a coined name, then a word of the trade, then the tail)
    if (s === i && i >= 2 && TRADE_MIDDLE.has(words[i - 1]!.t) && words[i - 1]!.gap === ' ' && nameWord(words[i - 2]!) && !isEnglishWord(words[i - 2]!.t.toLowerCase()) && !isPlaceName(words[i - 2]!.t)) s = i - 2;
    // ("About Carebridge Systems": a press release's note to editors opens with "About")
    if (s < i - 1 && words[s]!.first && words[s]!.t === 'About') s++;
    if (s === i) continue;
    // the name starts here: no capitalised word of a longer name before it ("Oracle Health Information Systems")
    const before = words[s - 1];
    if (before && before.gap === ' ' && before.cap && !before.first && !NON_NAME_WORDS.has(before.t)) continue;
    const name = words.slice(s, i);
    if (!name.some((w) => !isEnglishWord(w.t.toLowerCase())) || isPlaceName(name.map((w) => w.t).join(' '))) continue;
    out.push({ type: 'organisation', s, e: i + 1, rule: 'x-company-tail', prio: 1 });
  }
  return out;
}

const nameWord = (w: { t: string; bare: string; cap: boolean; possessive: boolean; upper: boolean }) =>
  w.cap && !w.possessive && !w.upper && /^[A-Z][a-z]+$/.test(w.t) && !NON_NAME_WORDS.has(w.t) && !GENERIC_NAME_WORDS.has(w.t) && !ORG_HEADS_STRONG.has(w.bare) && !ORG_HEADS_WEAK.has(w.bare);

for (const x of COMPANY_TAILS) TRIGGER_WORDS.add(x);
