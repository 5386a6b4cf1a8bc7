// `npm run bench:warmup [-- --mb N --passes P --workers K]`: how much of a run is warm-up, and
// what it does to the worker pool. Runs the same benchmark corpus (about N MB, default 10) P
// times in a row (default 3) through the one-worker runner (the main thread) and, in a second
// process, through a pool of K workers (default 2), and prints each pass's throughput.
//
// Why it exists: V8 compiles optimised code per isolate. One worker does that on the machine's
// otherwise idle second core; a pool's workers each do it again, on the cores they run on. The
// first pass shows the cost (thirty-fifth session: two workers 1.07-1.45x one over their first
// 5 MB each, 1.6-1.7x once warm), and a change meant to let two workers scale should move the
// first pass, not only the later ones. Only prepare → extract → validate → CSV rows is timed
// (reading the files is not); nothing is written. Not part of `npm test`.
import { fork } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discover, readArticles } from '../pipeline/1-read.ts';
import type { Article } from '../pipeline/article.ts';
import { preferSmallHeap } from '../pipeline/heap.ts';
import { createRunner } from '../pipeline/pool.ts';
import { buildCorpus } from './bench.ts';

interface PassTimes {
  workers: number;
  mb: number;
  seconds: number[];
}

/** One process's part: P passes over the corpus through a runner of `workers`; posts the times. */
async function measure(dir: string, workers: number, passes: number): Promise<PassTimes> {
  const { files } = await discover([dir]);
  const articles: Article[] = [];
  for (const f of files) for (const o of await readArticles(f)) if (o.status === 'ok') articles.push(o.article);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const runner = createRunner(workers, null, {});
  const seconds: number[] = [];
  try {
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      const done = await Promise.all(articles.map((a) => runner.run(a)));
      seconds.push((performance.now() - t0) / 1000);
      const failed = done.filter((d) => !d.ok).length;
      if (failed) throw new Error(`${failed} articles failed on pass ${p + 1}`);
    }
  } finally {
    await runner.close();
  }
  return { workers, mb, seconds };
}

/** Runs `measure` in a child process, so each setting starts from a cold isolate and V8's defaults. */
function inChild(dir: string, workers: number, passes: number): Promise<PassTimes> {
  const launcher = fileURLToPath(new URL('../pipeline/launch.mjs', import.meta.url));
  const self = fileURLToPath(new URL('./warmup.ts', import.meta.url));
  const child = fork(launcher, [self, '--child', dir, '--workers', String(workers), '--passes', String(passes)], {
    execArgv: ['--v8-pool-size=1'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as PassTimes));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the ${workers}-worker pass exited with code ${code}`));
    });
  });
}

const mbps = (t: PassTimes, pass: number) => t.mb / t.seconds[pass]!;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { mb: { type: 'string', default: '10' }, passes: { type: 'string', default: '3' }, workers: { type: 'string', default: '2' }, child: { type: 'string' } },
  });
  const passes = Number(values.passes);
  const workers = Number(values.workers);
  if (!Number.isInteger(passes) || passes < 1 || !Number.isInteger(workers) || workers < 1) {
    throw new Error('usage: npm run bench:warmup -- [--mb N (>0)] [--passes P (>=1)] [--workers K (>=1)]');
  }
  if (values.child !== undefined) {
    const times = await measure(values.child, workers, passes);
    if (process.send) process.send(times);
    else process.stdout.write(`${JSON.stringify(times)}\n`);
    return;
  }
  const mb = Number(values.mb);
  if (!(mb > 0)) throw new Error('usage: npm run bench:warmup -- [--mb N (>0)] [--passes P (>=1)] [--workers K (>=1)]');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'warmup-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    const built = await buildCorpus('corpus', corpus, mb * 1e6);
    process.stderr.write(`warmup: ${built.articles} articles, ${(built.bytes / 1e6).toFixed(1)} MB, ${passes} passes; one worker, then ${workers}\n`);
    const one = await inChild(corpus, 1, passes);
    const pool = await inChild(corpus, workers, passes);
    const rows = one.seconds.map((_, p) => {
      const a = mbps(one, p);
      const b = mbps(pool, p);
      return `${String(p + 1).padStart(4)}  ${a.toFixed(2).padStart(12)}  ${b.toFixed(2).padStart(13)}  ${(b / a).toFixed(2).padStart(7)}x`;
    });
    process.stdout.write(`pass  1 worker MB/s  ${`${workers} workers MB/s`.padStart(15)}  scaling\n${rows.join('\n')}\n`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  preferSmallHeap();
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`warmup: ${err.message.split('\n')[0]}\n`);
    process.exit(1);
  });
}
