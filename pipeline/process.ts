// One article through prepare → extract → validate → CSV rows: the CPU-bound unit of work,
// pure apart from the libraries' one-time setup, so it can run in the main thread or a worker.
import type { Article } from './article.ts';
import { prepare } from './2-prepare.ts';
import { extractAll } from './3-extract.ts';
import { articleMeta, validate } from './4-validate.ts';
import { articleCsvChunks } from './csv.ts';
import { stableJson, type ArticleChunks } from './5-write.ts';
import type { ArticleResult, ArticleSummary } from './records.ts';
import type { ArticleMeta } from './schema.ts';
import type { Extractor } from '../extractors/index.ts';
import { loadSuppliers } from '../extractors/vendors/gazetteer.ts';
import { makeVendorExtractor } from '../extractors/vendors/index.ts';
import type { VendorRecord } from '../extractors/vendors/schema.ts';

type Failed = { ok: false; meta: ArticleMeta | null; reason: string; timings: Record<string, number> };
export type Processed = { ok: true; result: ArticleResult; json: string; chunks: ArticleChunks; timings: Record<string, number> } | Failed;

/**
 * An article ready to be written. The records travel only as their JSON and CSV text: a worker
 * that also posted the record objects would make the main thread clone every record for nothing.
 */
export type Written = { ok: true; summary: ArticleSummary; json: string; chunks: ArticleChunks; timings: Record<string, number> } | Failed;

export function summarise(r: ArticleResult): ArticleSummary {
  return { article: r.article, counts: { entities: r.entities.length, dates: r.dates.length, metrics: r.metrics.length, vendors: r.vendors.length } };
}

/** processArticle for a run: the records are dropped once written out as JSON and CSV text. */
export function processForWriting(article: Article, runPublished: string | null, options: ProcessOptions = {}): Written {
  const p = processArticle(article, runPublished, options);
  if (!p.ok) return p;
  return { ok: true, summary: summarise(p.result), json: p.json, chunks: p.chunks, timings: p.timings };
}

/** Run-wide settings every article is processed with; plain data so it can cross into a worker. */
export interface ProcessOptions {
  /** a user's supplier file, added to the shipped gazetteer of the vendors extractor */
  vendorsFile?: string | null;
}

// One vendors extractor per supplier file and thread: the gazetteer is built once, not per article.
const vendorExtractors = new Map<string, Extractor<VendorRecord>>();
function vendorExtractorFor(file: string): Extractor<VendorRecord> {
  let e = vendorExtractors.get(file);
  if (!e) vendorExtractors.set(file, (e = makeVendorExtractor(loadSuppliers(file))));
  return e;
}

export function processArticle(article: Article, runPublished: string | null, options: ProcessOptions = {}): Processed {
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
    const extracted = extractAll(doc, timings, options.vendorsFile ? { vendors: vendorExtractorFor(options.vendorsFile) } : {});
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
