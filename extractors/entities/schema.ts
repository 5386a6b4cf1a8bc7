import { z } from 'zod';
import { Mention } from '../../pipeline/schema.ts';

export const EntityType = z.enum(['person', 'organisation', 'place', 'product']);
export type EntityType = z.infer<typeof EntityType>;

export const EntityRecord = z.strictObject({
  type: EntityType,
  /** canonical name: the fullest form written in the article, honorifics, possessives and ™ dropped */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** people only: the role the article states for them */
  role: z.string().min(1).nullable(),
  /** people only: the canonical name of the body the article says they work for */
  organisation: z.string().min(1).nullable(),
  /** stable kebab-case id of the rule that found the first mention */
  rule: z.string().min(1),
  mentions: z.array(Mention).min(1),
});
export type EntityRecord = z.infer<typeof EntityRecord>;
