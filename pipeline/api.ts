// The library entry: `import { extractArticle, extractCorpus } from 'ics-text-mining'`.
// The command lines (cli.ts, diff-cli.ts) are thin layers over these same functions.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';
import { DEFAULT_MAX_ARTICLE_CHARS } from './1-read.ts';
import type { Article } from './article.ts';
import { processArticle } from './process.ts';
import type { ArticleResult } from './records.ts';
import { runPipeline, type RunOptions, type RunResult } from './run.ts';
import { IsoDay } from './schema.ts';

export const ExtractArticleOptions = z.strictObject({
  /** publication day (YYYY-MM-DD) that month-only and relative dates resolve against; null if unknown */
  published: IsoDay.nullable(),
  /** the id the result carries in article.id */
  id: z.string().min(1).default('article'),
  title: z.string().nullable().default(null),
  /** where the text came from, for article.source */
  source: z.string().default('(text)'),
});
export type ExtractArticleOptions = z.input<typeof ExtractArticleOptions>;

function oneLine(err: z.ZodError): string {
  return z.prettifyError(err).split('\n').join(' ');
}

/**
 * Extracts the validated records of one article, synchronously. Spans index into `text`
 * exactly as given (no header lines are stripped, line ends are not changed). Throws with a
 * one-line message when the options are invalid or the article fails validation.
 */
export function extractArticle(text: string, options: ExtractArticleOptions): ArticleResult {
  if (typeof text !== 'string') throw new TypeError(`extractArticle: text must be a string, got ${typeof text}`);
  const parsed = ExtractArticleOptions.safeParse(options);
  if (!parsed.success) throw new TypeError(`extractArticle: invalid options: ${oneLine(parsed.error)}`);
  const o = parsed.data;
  const article: Article = {
    id: o.id,
    source: o.source,
    text,
    title: o.title,
    published: o.published,
    url: null,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  const processed = processArticle(article, o.published);
  if (!processed.ok) throw new Error(`extractArticle: ${o.id}: ${processed.reason}`);
  return processed.result;
}

export const CorpusOptions = z.strictObject({
  /** output folder, replaced as a whole when the run ends */
  outDir: z.string().min(1).default('output'),
  /** reference day for articles without a published header */
  published: IsoDay.nullable().default(null),
  /** files read at once */
  concurrency: z.int().min(1).max(256).default(Math.max(2, os.availableParallelism())),
  /** reuse unchanged per-article results from cacheDir */
  cache: z.boolean().default(true),
  cacheDir: z.string().min(1).default('.cache/extract'),
  /** per-stage milliseconds per input in manifest.json */
  timings: z.boolean().default(false),
  /** worker threads extracting articles; 1 extracts in the calling thread */
  workers: z.int().min(1).max(64).default(1),
  /** a supplier list (same format as the shipped gazetteer) added to the vendors extractor */
  vendorsFile: z.string().min(1).nullable().default(null),
  /** longest article text extracted, in characters; longer ones fail with a reason */
  maxArticleChars: z.int().min(1).default(DEFAULT_MAX_ARTICLE_CHARS),
});

/** Plain settings are checked by CorpusOptions; the callbacks and the signal pass through. */
export type ExtractCorpusOptions = z.input<typeof CorpusOptions> & Pick<RunOptions, 'signal' | 'onProgress' | 'onProblem'>;

/**
 * Runs the whole pipeline over files and folders as the command line does: writes JSON, CSV,
 * schemas and manifest.json to outDir and resolves with the manifest and the exit code the
 * CLI would use (1 when any input failed). Rejects with `Interrupted` when the signal aborts.
 */
export async function extractCorpus(paths: string | readonly string[], options: ExtractCorpusOptions = {}): Promise<RunResult> {
  const { signal, onProgress, onProblem, ...settings } = options;
  const parsed = CorpusOptions.safeParse(settings);
  if (!parsed.success) throw new TypeError(`extractCorpus: invalid options: ${oneLine(parsed.error)}`);
  const list = typeof paths === 'string' ? [paths] : [...paths];
  if (list.length === 0) throw new TypeError('extractCorpus: no paths given');
  return runPipeline({ paths: list, ...parsed.data, signal, onProgress, onProblem });
}

export { Interrupted, type Progress, type RunResult } from './run.ts';
export { checkAgainstBaseline, type CheckOptions, type CheckResult } from './check.ts';
export { diffRuns, diffFolders, readRun, formatDiff, RunDiff, type Run } from './diff.ts';
export { ArticleResult, Manifest } from './records.ts';
export { ArticleMeta, Mention, Span } from './schema.ts';
export { EntityRecord } from '../extractors/entities/schema.ts';
export { DateRecord } from '../extractors/dates/schema.ts';
export { MetricRecord } from '../extractors/metrics/schema.ts';
export { VendorRecord } from '../extractors/vendors/schema.ts';
