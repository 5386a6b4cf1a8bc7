// One article through prepare → extract → validate → CSV rows: the CPU-bound unit of work,
// pure apart from the libraries' one-time setup, so it can run in the main thread or a worker.
import type { Article } from './article.ts';
import { prepare } from './2-prepare.ts';
import { extractAll } from './3-extract.ts';
import { articleMeta, validate } from './4-validate.ts';
import { articleCsvChunks } from './csv.ts';
import { stableJson, type ArticleChunks } from './5-write.ts';
import type { ArticleResult } from './records.ts';
import type { ArticleMeta } from './schema.ts';

export type Processed =
  | { ok: true; result: ArticleResult; json: string; chunks: ArticleChunks; timings: Record<string, number> }
  | { ok: false; meta: ArticleMeta | null; reason: string; timings: Record<string, number> };

/** Run-wide settings every article is processed with; plain data so it can cross into a worker. */
export interface ProcessOptions {
  /**
   * A supplier list for the vendors extractor. Plumbed through (and part of the cache key)
   * ahead of the vendors extractor's `makeVendorExtractor`; until that hook exists the
   * default gazetteer is used.
   */
  vendorsFile?: string | null;
}

export function processArticle(article: Article, runPublished: string | null, _options: ProcessOptions = {}): Processed {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - t;
    t = now;
  };
  let meta: ArticleMeta | null = null;
  try {
    const doc = prepare(article, runPublished);
    meta = articleMeta(doc);
    lap('prepare');
    const extracted = extractAll(doc, timings);
    t = performance.now();
    const result = validate(doc, extracted);
    lap('validate');
    const json = stableJson(result);
    const chunks = articleCsvChunks(result, doc);
    lap('serialise');
    return { ok: true, result, json, chunks, timings };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, meta, reason: reason.split('\n')[0]!, timings };
  }
}
