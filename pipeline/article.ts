import { z } from 'zod';
import { IsoDay } from './schema.ts';

/** One article as read from disk: header lines stripped, text normalised to LF without a BOM. */
export const Article = z.strictObject({
  id: z.string().min(1),
  source: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  published: IsoDay.nullable(),
  url: z.string().nullable(),
  sha256: z.string(),
});
export type Article = z.infer<typeof Article>;
