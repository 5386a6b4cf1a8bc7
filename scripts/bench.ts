// `npm run bench [-- --mb N --workers K]`: times a full run (--no-cache) over a corpus of about
// N MB built from the seed articles, and in the same run a bare wink-nlp readDoc pass over the
// same text as the reference, once before and once after the run (each in a child process);
// prints the figures and writes them to output/bench.json.
// The corpus reshuffles the seeds' sentences across articles, so no two articles are equal
// and no cache can help. A fixed seed makes the corpus the same on every run.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import { writeFileAtomic } from '../pipeline/5-write.ts';
import { HEAP_FLAG, preferSmallHeap } from '../pipeline/heap.ts';
import { runPipeline } from '../pipeline/run.ts';

/** mulberry32: a small seeded generator, so the benchmark corpus is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes articles of about the seeds' mean length into `dir` until `bytes` are written, each
 * made of sentences drawn from all seeds in random order. Returns the article count.
 */
export async function buildCorpus(seedDir: string, dir: string, bytes: number, seed = 1): Promise<{ articles: number; bytes: number }> {
  const names = (await fs.readdir(seedDir)).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const sentences: string[] = [];
  let seedBytes = 0;
  for (const n of names) {
    const text = await fs.readFile(path.join(seedDir, n), 'utf8');
    seedBytes += Buffer.byteLength(text);
    // Lines, then sentence ends: a rough cut is enough, the pipeline does the real one.
    for (const line of text.split('\n')) for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z“"‘])/)) if (s.trim()) sentences.push(s.trim());
  }
  if (sentences.length === 0) throw new Error(`no seed articles in ${seedDir}`);
  const target = seedBytes / names.length;
  const rand = random(seed);
  await fs.mkdir(dir, { recursive: true });
  let written = 0;
  let articles = 0;
  while (written < bytes) {
    const lines: string[] = [];
    let size = 0;
    while (size < target) {
      const s = sentences[Math.floor(rand() * sentences.length)]!;
      // about one paragraph break in four sentences, like the seeds
      lines.push(rand() < 0.25 ? `${s}\n` : `${s} `);
      size += Buffer.byteLength(s) + 1;
    }
    const text = `published: 2024-0${1 + (articles % 9)}-15\n\n${lines.join('').trim()}\n`;
    await fs.writeFile(path.join(dir, `bench-${String(articles).padStart(6, '0')}.txt`), text);
    written += Buffer.byteLength(text);
    articles++;
  }
  return { articles, bytes: written };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * The reference: wink's full readDoc (sentences, tokens, entities) over each article, on one
 * thread, in a child process of this run. It ran in a worker thread of this process before,
 * but memory the ended worker had allocated stayed resident (the process held 121 MB when the
 * pipeline started, against 99-108 MB without the reference pass) and was counted in the
 * pipeline's peak.
 */
async function winkPass(dir: string): Promise<{ seconds: number; chars: number }> {
  // Plain node, with the V8 setting this process runs under; the script needs no loader.
  const child = fork(fileURLToPath(new URL('./wink-reference.mjs', import.meta.url)), [dir], { execArgv: [HEAP_FLAG], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    return await new Promise((resolve, reject) => {
      child.once('message', (m) => resolve(m as { seconds: number; chars: number }));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the wink reference pass exited with code ${code}`)));
    });
  } finally {
    child.kill();
  }
}

/** Samples this process's RSS (main thread and workers) until stopped; returns the highest seen. */
function sampleRss(everyMs: number): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { mb: { type: 'string', default: '50' }, workers: { type: 'string' }, out: { type: 'string', default: 'output' } } });
  const mb = Number(values.mb);
  const workers = values.workers === undefined ? os.availableParallelism() : Number(values.workers);
  if (!(mb > 0) || !Number.isInteger(workers) || workers < 1) throw new Error('usage: npm run bench -- [--mb N (>0)] [--workers K (>=1)]');

  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    const built = await buildCorpus('corpus', corpus, mb * 1e6);
    // the Node flags change the figures (npm run bench sets --v8-pool-size=1, see package.json): say which were used
    const flags = process.execArgv.filter((a) => a.startsWith('--')).join(' ') || 'none';
    process.stderr.write(`bench: ${built.articles} articles, ${(built.bytes / 1e6).toFixed(1)} MB in ${corpus}; ${workers} worker(s); node flags: ${flags}\n`);

    // The reference is timed before and after the run and the two are averaged: this machine's
    // speed drifts by 10-30% over minutes, and one pass on one side of the run would carry
    // that drift into the ratio.
    const before = await winkPass(corpus);
    const stopSampling = sampleRss(50);
    const t0 = performance.now();
    const run = await runPipeline({ paths: [corpus], outDir: path.join(tmp, 'out'), published: null, concurrency: 4, workers, cache: false, cacheDir: path.join(tmp, 'cache'), timings: true });
    const seconds = (performance.now() - t0) / 1000;
    // Sampled during the run only; the reference passes run in child processes of their own.
    const peakRssMb = stopSampling() / 2 ** 20;
    if (run.manifest.totals.failed > 0) process.stderr.write(`bench: warning: ${run.manifest.totals.failed} articles failed\n`);

    const perArticle: number[] = [];
    const stages: Record<string, number> = {};
    for (const e of run.manifest.inputs) {
      if (!e.timings) continue;
      perArticle.push(Object.values(e.timings).reduce((a, b) => a + b, 0));
      for (const [k, v] of Object.entries(e.timings)) stages[k] = (stages[k] ?? 0) + v;
    }
    perArticle.sort((a, b) => a - b);
    const busy = Object.values(stages).reduce((a, b) => a + b, 0);
    const after = await winkPass(corpus);
    const mbps = built.bytes / 1e6 / seconds;
    const winkMbps = built.bytes / 1e6 / ((before.seconds + after.seconds) / 2);
    const figures = {
      mb: round(built.bytes / 1e6, 1),
      articles: built.articles,
      workers,
      mbps: round(mbps),
      articlesPerSecond: round(built.articles / seconds, 1),
      msPerArticleMedian: round(quantile(perArticle, 0.5), 1),
      msPerArticleP95: round(quantile(perArticle, 0.95), 1),
      peakRssMb: Math.round(peakRssMb),
      winkMbps: round(winkMbps),
      ratioToWink: round(mbps / winkMbps),
    };
    await fs.mkdir(values.out!, { recursive: true });
    await writeFileAtomic(path.join(values.out!, 'bench.json'), JSON.stringify(figures, null, 2) + '\n');
    process.stdout.write(
      `pipeline  ${figures.mbps} MB/s, ${figures.articlesPerSecond} articles/s, ${figures.msPerArticleMedian} ms/article median, ${figures.msPerArticleP95} ms p95 (${workers} worker(s), ${seconds.toFixed(1)} s)\n` +
        `wink      ${figures.winkMbps} MB/s (bare readDoc, one thread; ${round(built.bytes / 1e6 / before.seconds)} before the run, ${round(built.bytes / 1e6 / after.seconds)} after)\n` +
        `ratio     ${figures.ratioToWink} of wink; peak RSS ${figures.peakRssMb} MiB → ${path.join(values.out!, 'bench.json')}\n` +
        `stages    ${Object.entries(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s (${((100 * v) / busy).toFixed(0)}%)`).join(', ')}; ` +
        `${(busy / 1000).toFixed(2)}s in articles of ${seconds.toFixed(2)}s wall\n`,
    );
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // as the command line runs it
  preferSmallHeap();
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`bench: ${err.message.split('\n')[0]}\n`);
    process.exit(1);
  });
}
