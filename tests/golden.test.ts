// Golden files: one per stage per corpus article, plus a full run's JSON and CSV. They are
// regression snapshots, not truth: a changed or missing file fails with a diff naming the
// article and the stage; `npm run golden:update` rewrites them on purpose.
import { promises as fs, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, readArticles } from '../pipeline/1-read.ts';
import { prepare, type Prepared } from '../pipeline/2-prepare.ts';
import { EXTRACTORS, type Extracted } from '../extractors/index.ts';
import { runPipeline } from '../pipeline/run.ts';
import type { Article } from '../pipeline/article.ts';

const GOLDEN = path.resolve('fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

async function corpusArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for (const f of (await discover(['corpus'])).files) for (const o of await readArticles(f)) if (o.status === 'ok') out.push(o.article);
  return out;
}

function preparedView(doc: Prepared) {
  return {
    article: doc.article.id,
    referenceDate: doc.referenceDate,
    tokens: doc.tokens.length,
    sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokenEnd - s.tokenStart, text: s.text })),
  };
}

/** Compares `actual` with the golden file, or writes it when updating. */
function checkGolden(rel: string, actual: string, label: string) {
  const file = path.join(GOLDEN, rel);
  if (UPDATE) {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (old !== actual) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    return;
  }
  if (!existsSync(file)) throw new Error(`${label}: golden file ${path.relative(process.cwd(), file)} is missing; run \`npm run golden:update\` and review the diff`);
  expect(actual, `${label} differs from ${path.relative(process.cwd(), file)} (npm run golden:update accepts the change)`).toBe(readFileSync(file, 'utf8'));
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

const articles = await corpusArticles();

describe('golden stages', () => {
  it('the corpus has articles to check', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
  for (const article of articles) {
    describe(article.id, () => {
      const doc = prepare(article, null);
      const upstream: Partial<Extracted> = {};
      it(`prepare › ${article.id}`, () => checkGolden(`prepare/${article.id}.json`, json(preparedView(doc)), `stage "prepare" of article ${article.id}`));
      for (const { kind, run } of EXTRACTORS) {
        const records = run(doc, { ...upstream });
        (upstream as Record<string, unknown>)[kind] = records;
        it(`${kind} › ${article.id}`, () => checkGolden(`${kind}/${article.id}.json`, json(records), `stage "${kind}" of article ${article.id}`));
      }
    });
  }
});

describe('golden full run', () => {
  let out: string;
  beforeAll(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'golden-run-'));
    await runPipeline({ paths: ['corpus'], outDir: path.join(out, 'output'), published: null, concurrency: 2, cache: false, cacheDir: path.join(out, 'cache'), timings: false });
  });
  afterAll(async () => {
    await fs.rm(out, { recursive: true, force: true });
  });
  for (const article of articles) {
    it(`written json › ${article.id}`, async () => {
      checkGolden(`output/json/${article.id}.json`, await fs.readFile(path.join(out, 'output/json', `${article.id}.json`), 'utf8'), `written JSON of article ${article.id}`);
    });
  }
  for (const table of ['articles', 'entities', 'dates', 'deadlines', 'metrics', 'vendors']) {
    it(`written csv › ${table}.csv`, async () => {
      checkGolden(`output/csv/${table}.csv`, await fs.readFile(path.join(out, 'output/csv', `${table}.csv`), 'utf8'), `written CSV ${table}.csv`);
    });
  }
  it('written manifest (times and code hash removed)', async () => {
    const m = JSON.parse(await fs.readFile(path.join(out, 'output/manifest.json'), 'utf8'));
    m.startedAt = m.finishedAt = '<time>';
    m.tool.pipelineHash = '<hash>';
    checkGolden('output/manifest.json', json(m), 'written manifest.json');
  });
});
