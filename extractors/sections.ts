// Headings of an article: short lines alone in their paragraph, without a closing full stop.
// Round-ups and board papers name the body a section is about in its heading ("Birmingham and
// Solihull"), so extractors look there for what a section's sentences leave unsaid.
import type { Prepared } from '../pipeline/2-prepare.ts';

/** A heading: a sentence alone in its paragraph, short, without a closing full stop. */
export function isHeading(doc: Prepared, index: number): boolean {
  const s = doc.sentences[index];
  if (!s) return false;
  const prev = doc.sentences[index - 1];
  const next = doc.sentences[index + 1];
  if ((prev && prev.paragraph === s.paragraph) || (next && next.paragraph === s.paragraph)) return false;
  if (s.end - s.start > 160) return false;
  if (/[.!?:"')]$/.test(s.text.trimEnd())) return false;
  return s.text.split(/\s+/).length <= 14;
}

/** Indices of the heading sentences, in order: computed once per article. */
export function headings(doc: Prepared): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.sentences.length; i++) if (isHeading(doc, i)) out.push(i);
  return out;
}
