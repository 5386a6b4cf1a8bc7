// Zod parse of every record plus the invariants that need the article text: a broken
// extractor fails loudly (the article is marked failed, nothing of it written) instead of
// writing wrong rows.
import { z } from 'zod';
import type { Prepared } from './2-prepare.ts';
import type { Extracted } from '../extractors/index.ts';
import { ArticleResult } from './records.ts';
import type { ArticleMeta, Mention, Span } from './schema.ts';

export class ValidationError extends Error {
  constructor(articleId: string, detail: string) {
    super(`article ${articleId}: ${detail}`);
    this.name = 'ValidationError';
  }
}

export function articleMeta(doc: Prepared): ArticleMeta {
  const a = doc.article;
  return { id: a.id, source: a.source, title: a.title, published: a.published, sha256: a.sha256, chars: a.text.length, sentences: doc.sentences.length };
}

/** Returns the validated result of one article, or throws a ValidationError naming the record and field. */
export function validate(doc: Prepared, extracted: Extracted): ArticleResult {
  const parsed = ArticleResult.safeParse({ article: articleMeta(doc), ...extracted });
  if (!parsed.success) throw new ValidationError(doc.article.id, z.prettifyError(parsed.error).replace(/\n/g, ' '));
  const result = parsed.data;
  const problems: string[] = [];
  const text = doc.text;
  const nSent = doc.sentences.length;
  const checkSpan = (where: string, s: Span, expected: string) => {
    if (s.end > text.length || s.start > s.end) problems.push(`${where}: span [${s.start}, ${s.end}) lies outside the article (${text.length} chars)`);
    else if (text.slice(s.start, s.end) !== expected) problems.push(`${where}: span text ${JSON.stringify(text.slice(s.start, s.end))} ≠ ${JSON.stringify(expected)}`);
  };
  const checkSentence = (where: string, i: number) => {
    if (i >= Math.max(1, nSent)) problems.push(`${where}: sentence ${i} does not exist (${nSent} sentences)`);
  };
  const checkMentions = (where: string, ms: readonly Mention[]) =>
    ms.forEach((m, j) => {
      checkSpan(`${where}.mentions[${j}]`, m, m.text);
      checkSentence(`${where}.mentions[${j}].sentence`, m.sentence);
    });
  result.entities.forEach((e, i) => checkMentions(`entities[${i}] (${e.name})`, e.mentions));
  result.vendors.forEach((v, i) => checkMentions(`vendors[${i}] (${v.name})`, v.mentions));
  result.dates.forEach((d, i) => {
    const where = `dates[${i}] (${d.text})`;
    checkSpan(`${where}.span`, d.span, d.text);
    checkSentence(`${where}.sentence`, d.sentence);
    if ((d.start === null) !== (d.end === null)) problems.push(`${where}: start and end must both be set or both be null`);
    if (d.start !== null && d.end !== null && d.start > d.end) problems.push(`${where}: start ${d.start} is after end ${d.end}`);
    if (d.kind === 'deadline' && d.trigger === null) problems.push(`${where}.trigger: a deadline needs its trigger`);
  });
  result.metrics.forEach((m, i) => {
    const where = `metrics[${i}] (${m.text})`;
    checkSpan(`${where}.span`, m.span, m.text);
    checkSentence(`${where}.sentence`, m.sentence);
  });
  if (problems.length > 0) throw new ValidationError(doc.article.id, problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : ''));
  return result;
}
