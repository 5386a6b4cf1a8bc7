import { z } from 'zod';
import { Mention } from '../../pipeline/schema.ts';

export const VendorRecord = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  products: z.array(z.string().min(1)),
  /** canonical names of the health bodies that buy, deploy or partner with it */
  customers: z.array(z.string().min(1)),
  rule: z.string().min(1),
  mentions: z.array(Mention).min(1),
});
export type VendorRecord = z.infer<typeof VendorRecord>;

/** One row of a supplier gazetteer (data/suppliers.json or a user's --vendors file). */
export const SupplierEntry = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  formerNames: z.array(z.string().min(1)).default([]),
  kind: z.string().min(1),
  products: z.array(z.string().min(1)).default([]),
  /**
   * Short forms that are also ordinary words ("Advanced" for OneAdvanced): the company only inside a sentence, not
   * before another capitalised word, and in an article that names one of its products.
   */
  confirmedAliases: z.array(z.string().min(1)).default([]),
});
export type SupplierEntry = z.infer<typeof SupplierEntry>;
