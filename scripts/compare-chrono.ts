// Compares the dates extractor with chrono-node (en-GB, day-first) on the guideline's worked
// examples and negative sentences, and prints where they disagree. Run:
//   npx tsx scripts/compare-chrono.ts
import * as chrono from 'chrono-node';
import { prepareText } from '../tests/helpers.ts';
import { extractDates } from '../extractors/dates/index.ts';
import { POSITIVE, NEGATIVE } from '../extractors/dates/examples.ts';

const REF = new Date(Date.UTC(2024, 4, 14));
const day = (d: Date) => d.toISOString().slice(0, 10);

function chronoOn(sentence: string, published?: string) {
  const ref = published ? new Date(`${published}T12:00:00Z`) : REF;
  return chrono.en.GB.parse(sentence, ref).map((r) => ({
    text: r.text,
    start: day(r.start.date()),
    end: r.end ? day(r.end.date()) : null,
  }));
}

let agree = 0;
let chronoMisses = 0;
const lines: string[] = [];
for (const e of POSITIVE) {
  const c = chronoOn(e.sentence, e.published);
  const hit = c.find((r) => e.text.toLowerCase().includes(r.text.toLowerCase()) || r.text.toLowerCase().includes(e.text.toLowerCase()));
  if (!hit) {
    chronoMisses++;
    lines.push(`chrono finds nothing   ${JSON.stringify(e.text)} (${e.kind})${c.length ? `  chrono: ${c.map((r) => JSON.stringify(r.text)).join(', ')}` : ''}`);
    continue;
  }
  // chrono resolves every expression to an instant (and an end only for explicit ranges) even without a
  // publication date; compare its first day with the guideline's start where the guideline resolves one
  if (e.start === null || hit.start === e.start) agree++;
  else lines.push(`different start        ${JSON.stringify(e.text)}: guideline ${e.start}..${e.end}, chrono ${JSON.stringify(hit.text)} ${hit.start}${hit.end ? `..${hit.end}` : ''}`);
}
let chronoFalse = 0;
let oursFalse = 0;
for (const s of NEGATIVE) {
  const c = chronoOn(s);
  const ours = extractDates(prepareText(s), {});
  if (c.length) {
    chronoFalse++;
    lines.push(`chrono fires on a negative  ${JSON.stringify(s)}: ${c.map((r) => JSON.stringify(r.text)).join(', ')}`);
  }
  if (ours.length) oursFalse++;
}
const oursMisses = POSITIVE.filter((e) => !extractDates(prepareText(e.sentence, { published: e.published ?? null }), {}).some((r) => r.text === e.text && r.kind === e.kind && r.start === e.start && r.end === e.end)).length;
process.stdout.write(`${lines.join('\n')}\n\n`);
process.stdout.write(`positive examples: ${POSITIVE.length}; chrono finds ${POSITIVE.length - chronoMisses}, same start on ${agree}; this extractor matches ${POSITIVE.length - oursMisses}\n`);
process.stdout.write(`negative sentences: ${NEGATIVE.length}; chrono fires on ${chronoFalse}, this extractor on ${oursFalse}\n`);
