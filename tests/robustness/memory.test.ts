// Constant memory: what a run keeps per article once it is written is a manifest entry and an
// articles.csv row (a few kilobytes), never the article's text or records. Measured as the live
// heap after a full garbage collection, part-way and at the end of a run in this thread.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run.ts';
import { buildCorpus } from '../../scripts/bench.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'memory-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

it('keeps under 8 KB of live heap per article written', async () => {
  const { articles } = await buildCorpus('corpus', path.join(tmp, 'corpus'), 4e6);
  const heap: Record<number, number> = {};
  const middle = Math.round((40 + articles) / 2);
  const marks = [40, middle, articles];
  await runPipeline({
    paths: [path.join(tmp, 'corpus')],
    outDir: path.join(tmp, 'out'),
    published: null,
    concurrency: 2,
    workers: 1,
    cache: false,
    cacheDir: path.join(tmp, 'cache'),
    timings: true,
    onProgress: (p) => {
      if (!marks.includes(p.done)) return;
      gc();
      heap[p.done] = process.memoryUsage().heapUsed;
    },
  });
  // A leak grows the heap in every stretch of the run. V8's own one-off growth (bytecode and feedback for code
  // first run late, which its bytecode flushing makes vary from run to run: +0.3 to +1.5 MB in one stretch
  // here) does not, so the slower of the two stretches is what the run keeps per article.
  const perArticle = Math.min((heap[middle]! - heap[40]!) / (middle - 40), (heap[articles]! - heap[middle]!) / (articles - middle));
  expect(articles).toBeGreaterThan(120);
  expect(perArticle).toBeLessThan(8_000);
});
