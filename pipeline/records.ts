// The per-article result and the run manifest: the envelopes a run writes. Kept apart from
// schema.ts because they include the extractors' record schemas, which import schema.ts.
import { z } from 'zod';
import { ArticleMeta } from './schema.ts';
import { EntityRecord } from '../extractors/entities/schema.ts';
import { DateRecord } from '../extractors/dates/schema.ts';
import { MetricRecord } from '../extractors/metrics/schema.ts';
import { VendorRecord } from '../extractors/vendors/schema.ts';

export const ArticleResult = z.strictObject({
  article: ArticleMeta,
  entities: z.array(EntityRecord),
  dates: z.array(DateRecord),
  metrics: z.array(MetricRecord),
  vendors: z.array(VendorRecord),
});
export type ArticleResult = z.infer<typeof ArticleResult>;

/** What the output needs of an article besides its JSON and CSV text: its meta and record counts. */
export interface ArticleSummary {
  article: ArticleMeta;
  counts: { entities: number; dates: number; metrics: number; vendors: number };
}

export const RECORD_SCHEMAS = { entities: EntityRecord, dates: DateRecord, metrics: MetricRecord, vendors: VendorRecord } as const;

export const InputStatus = z.enum(['ok', 'skipped', 'failed']);

export const ManifestInput = z.strictObject({
  source: z.string(),
  status: InputStatus,
  /** one line saying why, for skipped and failed inputs */
  reason: z.string().nullable(),
  article: z.string().nullable(),
  /** true when the result was taken from the cache instead of being extracted again */
  cached: z.boolean(),
  counts: z.strictObject({ entities: z.int(), dates: z.int(), metrics: z.int(), vendors: z.int() }).nullable(),
  /** per-stage milliseconds, with --timings */
  timings: z.record(z.string(), z.number()).optional(),
});
export type ManifestInput = z.infer<typeof ManifestInput>;

export const Manifest = z.strictObject({
  tool: z.strictObject({ name: z.string(), version: z.string(), pipelineHash: z.string() }),
  /** the options that can change what is written (worker count cannot, so it is left out) */
  options: z.strictObject({
    paths: z.array(z.string()),
    published: z.string().nullable(),
    concurrency: z.int(),
    cache: z.boolean(),
    vendorsFile: z.string().nullable(),
    maxArticleChars: z.int(),
  }),
  startedAt: z.string(),
  finishedAt: z.string(),
  totals: z.strictObject({
    inputs: z.int(),
    ok: z.int(),
    skipped: z.int(),
    failed: z.int(),
    cached: z.int(),
    records: z.strictObject({ entities: z.int(), dates: z.int(), metrics: z.int(), vendors: z.int() }),
  }),
  inputs: z.array(ManifestInput),
});
export type Manifest = z.infer<typeof Manifest>;
