// Scoring as ANNOTATION.md's "How a run is scored" says: per article, per record kind, as
// sets (one-to-one matches); precision, recall and F1 micro-averaged over the corpus.
import { z } from 'zod';
import { fold } from './fold.ts';

export const GoldEntity = z.object({
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  role: z.string().nullable().optional(),
  organisation: z.string().nullable().optional(),
});
export const GoldDate = z.object({
  text: z.string(),
  kind: z.string(),
  trigger: z.string().nullable().optional(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  granularity: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
  commitment: z.string().nullable().optional(),
});
export const GoldMetric = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  noun: z.string().nullable().optional(),
  qualifier: z.string().nullable().optional(),
  per: z.number().nullable().optional(),
});
export const GoldVendor = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  products: z.array(z.string()).default([]),
  customers: z.array(z.string()).default([]),
});
export const GoldArticle = z.object({
  article: z.string(),
  published: z.string().nullable().optional(),
  entities: z.array(GoldEntity),
  dates: z.array(GoldDate),
  metrics: z.array(GoldMetric),
  vendors: z.array(GoldVendor),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
type GE = z.infer<typeof GoldEntity>;
type GD = z.infer<typeof GoldDate>;
type GM = z.infer<typeof GoldMetric>;
type GV = z.infer<typeof GoldVendor>;

/** The scorer's view of a prediction: the gold fields (extra fields ignored). */
export type Predicted = Pick<GoldArticle, 'entities' | 'dates' | 'metrics' | 'vendors'>;


export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Accuracy {
  correct: number;
  total: number;
}

/** One-to-one matching: each gold item takes the first unused prediction that `matches`, trying stronger tiers first. */
function matchSets<G, P>(gold: readonly G[], pred: readonly P[], tiers: readonly ((g: G, p: P) => boolean)[]) {
  const pairs: [G, P][] = [];
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const tier of tiers) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = pred.findIndex((p, i) => !usedP.has(i) && tier(g, p));
      if (pi >= 0) {
        usedG.add(gi);
        usedP.add(pi);
        pairs.push([g, pred[pi]!]);
      }
    });
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: pred.filter((_, i) => !usedP.has(i)),
  };
}

const names = (x: { name: string; aliases?: string[] }) => [x.name, ...(x.aliases ?? [])].map(fold);

function matchEntities(gold: readonly GE[], pred: readonly GE[]) {
  return matchSets(gold, pred, [
    (g, p) => g.type === p.type && fold(g.name) === fold(p.name),
    (g, p) => g.type === p.type && (names(g).includes(fold(p.name)) || names(p).includes(fold(g.name))),
  ]);
}

function matchDates(gold: readonly GD[], pred: readonly GD[]) {
  return matchSets(gold, pred, [
    (g, p) => g.kind === p.kind && g.start !== null && g.start === p.start && g.end === p.end && fold(g.text) === fold(p.text),
    (g, p) => g.kind === p.kind && g.start !== null && g.start === p.start && g.end === p.end,
    (g, p) => {
      if (g.kind !== p.kind || g.start !== null || p.start !== null) return false;
      const a = fold(g.text);
      const b = fold(p.text);
      return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
    },
  ]);
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function matchMetrics(gold: readonly GM[], pred: readonly GM[]) {
  return matchSets(gold, pred, [
    (g, p) => g.unit === p.unit && sameNumber(g.value, p.value) && fold(g.text) === fold(p.text),
    (g, p) => g.unit === p.unit && sameNumber(g.value, p.value) && (fold(g.text).includes(fold(p.text)) || fold(p.text).includes(fold(g.text))),
    (g, p) => g.unit === p.unit && sameNumber(g.value, p.value),
  ]);
}

function matchVendors(gold: readonly GV[], pred: readonly GV[]) {
  return matchSets(gold, pred, [
    (g, p) => fold(g.name) === fold(p.name),
    (g, p) => names(g).includes(fold(p.name)) || names(p).includes(fold(g.name)),
  ]);
}

export interface ArticleScore {
  article: string;
  counts: Record<string, Counts>;
  attributes: Record<string, Accuracy>;
  missed: Record<string, unknown[]>;
  spurious: Record<string, unknown[]>;
}

const add = (c: Record<string, Counts>, key: string, tp: number, fp: number, fn: number) => {
  const x = (c[key] ??= { tp: 0, fp: 0, fn: 0 });
  x.tp += tp;
  x.fp += fp;
  x.fn += fn;
};
const tally = (a: Record<string, Accuracy>, key: string, correct: boolean) => {
  const x = (a[key] ??= { correct: 0, total: 0 });
  x.total++;
  if (correct) x.correct++;
};
const recallOf = (a: Record<string, Accuracy>, key: string, gold: readonly string[], pred: readonly string[]) => {
  const x = (a[key] ??= { correct: 0, total: 0 });
  const p = new Set(pred.map(fold));
  for (const g of gold) {
    x.total++;
    if (p.has(fold(g))) x.correct++;
  }
};

/** Scores one article's prediction against its gold file. */
export function scoreArticle(gold: GoldArticle, pred: Predicted): ArticleScore {
  const counts: Record<string, Counts> = {};
  const attributes: Record<string, Accuracy> = {};
  const missed: Record<string, unknown[]> = {};
  const spurious: Record<string, unknown[]> = {};
  // A subject or customer names an entity: accept any of that entity's names.
  const sameEntity = (goldName: string | null | undefined, predName: string | null | undefined) => {
    if (fold(goldName) === fold(predName)) return true;
    if (!goldName || !predName) return false;
    const ent = gold.entities.find((e) => names(e).includes(fold(goldName)));
    return ent !== undefined && names(ent).includes(fold(predName));
  };

  const ents = matchEntities(gold.entities, pred.entities);
  add(counts, 'entities', ents.pairs.length, ents.spurious.length, ents.missed.length);
  for (const t of ['person', 'organisation', 'place', 'product']) {
    add(counts, `entities.${t}`, ents.pairs.filter(([g]) => g.type === t).length, ents.spurious.filter((p) => p.type === t).length, ents.missed.filter((g) => g.type === t).length);
  }
  for (const [g, p] of ents.pairs) {
    if (g.type !== 'person') continue;
    tally(attributes, 'person.role', fold(g.role) === fold(p.role));
    tally(attributes, 'person.organisation', sameEntity(g.organisation, p.organisation));
  }
  missed.entities = ents.missed;
  spurious.entities = ents.spurious;

  const dates = matchDates(gold.dates, pred.dates);
  add(counts, 'dates', dates.pairs.length, dates.spurious.length, dates.missed.length);
  missed.dates = dates.missed;
  spurious.dates = dates.spurious;
  const dl = matchDates(gold.dates.filter((d) => d.kind === 'deadline'), pred.dates.filter((d) => d.kind === 'deadline'));
  add(counts, 'deadlines', dl.pairs.length, dl.spurious.length, dl.missed.length);
  for (const [g, p] of dl.pairs) tally(attributes, 'deadline.subject', sameEntity(g.subject, p.subject));

  const mets = matchMetrics(gold.metrics, pred.metrics);
  add(counts, 'metrics', mets.pairs.length, mets.spurious.length, mets.missed.length);
  for (const [g, p] of mets.pairs) {
    tally(attributes, 'metric.noun', fold(g.noun) === fold(p.noun));
    tally(attributes, 'metric.qualifier', (g.qualifier ?? null) === (p.qualifier ?? null));
  }
  missed.metrics = mets.missed;
  spurious.metrics = mets.spurious;

  const vens = matchVendors(gold.vendors, pred.vendors);
  add(counts, 'vendors', vens.pairs.length, vens.spurious.length, vens.missed.length);
  for (const [g, p] of vens.pairs) {
    recallOf(attributes, 'vendor.products', g.products, p.products);
    const x = (attributes['vendor.customers'] ??= { correct: 0, total: 0 });
    for (const c of g.customers) {
      x.total++;
      if (p.customers.some((pc) => sameEntity(c, pc))) x.correct++;
    }
  }
  missed.vendors = vens.missed;
  spurious.vendors = vens.spurious;

  return { article: gold.article, counts, attributes, missed, spurious };
}

export interface CorpusScore {
  articles: number;
  kinds: Record<string, Prf>;
  macroF1: number;
  attributes: Record<string, Accuracy & { accuracy: number }>;
  perArticle: { article: string; kinds: Record<string, Prf> }[];
}

export const KINDS = ['entities', 'dates', 'metrics', 'vendors'] as const;

export function scoreCorpus(scores: readonly ArticleScore[]): CorpusScore {
  const counts: Record<string, Counts> = {};
  const attrs: Record<string, Accuracy> = {};
  for (const s of scores) {
    for (const [k, c] of Object.entries(s.counts)) add(counts, k, c.tp, c.fp, c.fn);
    for (const [k, a] of Object.entries(s.attributes)) {
      const x = (attrs[k] ??= { correct: 0, total: 0 });
      x.correct += a.correct;
      x.total += a.total;
    }
  }
  const kinds = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, prf(c)]));
  const macroF1 = KINDS.reduce((sum, k) => sum + (kinds[k]?.f1 ?? 0), 0) / KINDS.length;
  const attributes = Object.fromEntries(
    Object.entries(attrs)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, a]) => [k, { ...a, accuracy: a.total === 0 ? 1 : a.correct / a.total }]),
  );
  const perArticle = scores.map((s) => ({ article: s.article, kinds: Object.fromEntries(KINDS.map((k) => [k, prf(s.counts[k] ?? { tp: 0, fp: 0, fn: 0 })])) }));
  return { articles: scores.length, kinds, macroF1, attributes, perArticle };
}
