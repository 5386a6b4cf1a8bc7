// `npm run eval`: scores output/json against fixtures/gold (ANNOTATION.md, "How a run is
// scored"), prints a table and writes output/eval.json.
//   --pred DIR     per-article JSON to score (default output/json)
//   --gold DIR     gold files (default fixtures/gold)
//   --live         run read → prepare → extract in-process on corpus/ instead of reading --pred
//   --misses KIND  also list missed and spurious records of KIND (entities, dates, metrics, vendors)
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { GoldArticle, scoreArticle, scoreCorpus, KINDS, type ArticleScore, type CorpusScore, type Predicted } from './score.ts';

export async function loadGold(dir: string): Promise<Map<string, GoldArticle>> {
  const gold = new Map<string, GoldArticle>();
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.gold.json')).sort()) {
    const g = GoldArticle.parse(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')));
    gold.set(g.article, g);
  }
  return gold;
}

export async function loadPredictions(dir: string): Promise<Map<string, Predicted>> {
  const out = new Map<string, Predicted>();
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const r = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8'));
    out.set(r.article?.id ?? path.basename(name, '.json'), r);
  }
  return out;
}

/** Scores every gold article; an article with no prediction scores as all misses. */
export function evaluate(gold: Map<string, GoldArticle>, pred: Map<string, Predicted>): { score: CorpusScore; articles: ArticleScore[] } {
  const empty: Predicted = { entities: [], dates: [], metrics: [], vendors: [] };
  const articles = [...gold.values()].map((g) => scoreArticle(g, pred.get(g.article) ?? empty));
  return { score: scoreCorpus(articles), articles };
}

const pct = (x: number) => x.toFixed(3);

export function formatTable(score: CorpusScore): string {
  const rows = ['kind                     P      R      F1     tp   fp   fn'];
  const order = [...KINDS.flatMap((k) => (k === 'entities' ? [k, ...['person', 'organisation', 'place', 'product'].map((t) => `entities.${t}`)] : k === 'dates' ? [k, 'deadlines'] : [k]))];
  for (const k of order) {
    const s = score.kinds[k];
    if (!s) continue;
    rows.push(`${k.padEnd(22)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  rows.push(`macro F1 (4 kinds)     ${pct(score.macroF1)}`);
  rows.push('', 'attribute                accuracy  correct/total');
  for (const [k, a] of Object.entries(score.attributes)) rows.push(`${k.padEnd(24)} ${pct(a.accuracy)}     ${a.correct}/${a.total}`);
  return rows.join('\n');
}

export function formatMisses(articles: readonly ArticleScore[], kind: string): string {
  const lines: string[] = [];
  const show = (r: unknown) => {
    const o = r as Record<string, unknown>;
    const keep = ['type', 'name', 'aliases', 'text', 'kind', 'start', 'end', 'value', 'unit', 'noun', 'qualifier', 'subject', 'trigger', 'products', 'customers', 'role', 'organisation', 'rule'];
    return JSON.stringify(Object.fromEntries(keep.filter((k) => k in o && o[k] !== null && !(Array.isArray(o[k]) && (o[k] as unknown[]).length === 0)).map((k) => [k, o[k]])));
  };
  for (const a of articles) {
    lines.push(`== ${a.article}`);
    for (const r of a.missed[kind] ?? []) lines.push(`  - missed   ${show(r)}`);
    for (const r of a.spurious[kind] ?? []) lines.push(`  + spurious ${show(r)}`);
  }
  return lines.join('\n');
}

async function livePredictions(corpus: string, published: string | null): Promise<Map<string, Predicted>> {
  const { discover, readArticles } = await import('./1-read.ts');
  const { prepare } = await import('./2-prepare.ts');
  const { extractAll } = await import('./3-extract.ts');
  const out = new Map<string, Predicted>();
  const timings: Record<string, number> = {};
  let chars = 0;
  for (const file of (await discover([corpus])).files) {
    for (const o of await readArticles(file)) {
      if (o.status !== 'ok') continue;
      const doc = prepare(o.article, published);
      extractAll(doc); // warm-up pass so the timings below are steady-state
      chars += o.article.text.length;
      out.set(o.article.id, extractAll(doc, timings) as unknown as Predicted);
    }
  }
  const mb = chars / 1e6;
  process.stderr.write(`extractor time over ${chars} chars: ${Object.entries(timings).map(([k, ms]) => `${k} ${ms.toFixed(1)} ms (${(mb / (ms / 1000)).toFixed(0)} MB/s)`).join(', ')}\n`);
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      pred: { type: 'string', default: 'output/json' },
      gold: { type: 'string', default: 'fixtures/gold' },
      out: { type: 'string', default: 'output/eval.json' },
      live: { type: 'boolean', default: false },
      corpus: { type: 'string', default: 'corpus' },
      misses: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run eval -- [--pred DIR] [--gold DIR] [--out FILE] [--live] [--misses KIND]\n');
    return 0;
  }
  const gold = await loadGold(values.gold!);
  let pred: Map<string, Predicted>;
  if (values.live) pred = await livePredictions(values.corpus!, null);
  else {
    try {
      pred = await loadPredictions(values.pred!);
    } catch {
      process.stderr.write(`eval: no predictions in ${values.pred}; run \`npm run extract\` first\n`);
      return 2;
    }
  }
  const { score, articles } = evaluate(gold, pred);
  if (values.misses) process.stdout.write(formatMisses(articles, values.misses) + '\n\n');
  process.stdout.write(formatTable(score) + '\n');
  await fs.mkdir(path.dirname(values.out!), { recursive: true });
  await fs.writeFile(values.out!, JSON.stringify(score, null, 2) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code), (err) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
