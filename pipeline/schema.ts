// Shared envelopes. Record schemas live beside their extractors; types come from z.infer.
import { z } from 'zod';

export const Span = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const Mention = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
  /** index of the sentence (in Prepared.sentences) that holds the mention */
  sentence: z.int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

export const IsoDay = z.iso.date();

export const ArticleMeta = z.strictObject({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().nullable(),
  published: IsoDay.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.int().nonnegative(),
  sentences: z.int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
