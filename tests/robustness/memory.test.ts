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
  const STRETCHES = 4;
  const marks = Array.from({ length: STRETCHES + 1 }, (_, k) => Math.round(40 + ((articles - 40) * k) / STRETCHES));
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
  // A leak grows the heap in every stretch of the run. V8's own one-off growth and release (bytecode and
  // feedback for code first run late, which its bytecode flushing makes vary from run to run; buffers the
  // writer fills and empties) move one or two stretches by ±20-40 KB per article and the others little, so
  // the median of four stretches is what the run keeps per article.
  const perStretch = marks.slice(1).map((m, k) => (heap[m]! - heap[marks[k]!]!) / (m - marks[k]!));
  const [, second, third] = [...perStretch].sort((a, b) => a - b);
  const perArticle = (second! + third!) / 2;
  expect(articles).toBeGreaterThan(120);
  expect(perArticle).toBeLessThan(8_000);
});
