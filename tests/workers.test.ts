// The worker pool writes exactly what one worker writes, and the writer's output does not
// depend on the order articles arrive in.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, readArticles } from '../pipeline/1-read.ts';
import { OutputWriter } from '../pipeline/5-write.ts';
import { processArticle, summarise } from '../pipeline/process.ts';
import type { Manifest } from '../pipeline/records.ts';
import { runPipeline } from '../pipeline/run.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'workers-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Every file of an output folder, path → content, with the manifest's clock times removed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string) => {
    for (const e of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, e.name);
      if (e.isDirectory()) await walk(rel);
      else out[rel] = await readFile(path.join(dir, rel), 'utf8');
    }
  };
  await walk('');
  const m = JSON.parse(out['manifest.json']!) as Manifest;
  out['manifest.json'] = JSON.stringify({ ...m, startedAt: null, finishedAt: null });
  return out;
}

describe('worker pool', () => {
  it('writes byte-identical output with one and with two workers on the seed corpus', async () => {
    const base = { paths: ['corpus'], published: null, concurrency: 2, cache: false, cacheDir: path.join(tmp, 'cache'), timings: false };
    const one = await runPipeline({ ...base, outDir: path.join(tmp, 'one'), workers: 1 });
    const two = await runPipeline({ ...base, outDir: path.join(tmp, 'two'), workers: 2 });
    expect(one.manifest.totals.ok).toBe(5);
    const a = await snapshot(path.join(tmp, 'one'));
    const b = await snapshot(path.join(tmp, 'two'));
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
    expect(two.exitCode).toBe(one.exitCode);
  });
});

describe('OutputWriter', () => {
  it('writes the same CSVs whether articles arrive in id order or not', async () => {
    const articles = [];
    for (const f of (await discover(['corpus'])).files) for (const o of await readArticles(f)) if (o.status === 'ok') articles.push(o.article);
    const done = articles.map((a) => processArticle(a, '2024-06-01'));
    const write = async (name: string, order: number[]) => {
      const w = new OutputWriter(path.join(tmp, name));
      await w.begin();
      for (const i of order) {
        const p = done[i]!;
        if (!p.ok) throw new Error(p.reason);
        await w.addArticle(summarise(p.result), p.json, p.chunks);
      }
      await w.finish({
        tool: { name: 't', version: '0', pipelineHash: 'h' },
        options: { paths: [], published: null, concurrency: 1, cache: false, vendorsFile: null, maxArticleChars: 1 },
        startedAt: '',
        finishedAt: '',
        totals: { inputs: 0, ok: 0, skipped: 0, failed: 0, cached: 0, records: { entities: 0, dates: 0, metrics: 0, vendors: 0 } },
        inputs: [],
      });
      return snapshot(path.join(tmp, name));
    };
    const forward = await write('forward', done.map((_, i) => i));
    const shuffled = await write('shuffled', [3, 0, 4, 2, 1]);
    expect(shuffled).toEqual(forward);
    // rows really are in article order, each table starting with its header
    const metrics = forward[path.join('csv', 'metrics.csv')]!.split('\r\n').slice(1, -1).map((r) => r.split(',')[0]!);
    expect(metrics.length).toBeGreaterThan(10);
    expect(metrics).toEqual([...metrics].sort());
  });
});
