// The worker pool's failure handling, on small worker scripts instead of the pipeline's: an
// article that kills its worker fails alone, and workers that cannot load fail the run's
// articles with the reason instead of being restarted for ever.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../pipeline/article.ts';
import { POOL_INTERRUPT_BUDGET, WorkerPool, lazyRunner, poolBudgetFlag, type ArticleRunner } from '../pipeline/pool.ts';
import { bundledWorker } from '../pipeline/bundle.ts';

const article = (id: string): Article => ({ id, source: id, text: id, title: null, published: null, url: null, sha256: '' });
const script = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);
const settings = { published: null, options: {} };

/** Answers each article with its id as the reason; exits the thread on the article "boom". */
const ECHO = `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.article.id === 'boom') process.exit(3);
  parentPort.postMessage({ seq: t.seq, processed: { ok: false, meta: null, reason: 'echo ' + t.article.id, timings: {} } });
});
parentPort.postMessage({ ready: true });`;

describe('worker pool failures', () => {
  it('fails only the article whose worker died, and goes on with a new worker', async () => {
    const pool = new WorkerPool(1, settings, script(ECHO));
    try {
      const results = await Promise.all(['a', 'boom', 'b'].map((id) => pool.run(article(id))));
      expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['echo a', 'worker crashed: exit code 3', 'echo b']);
    } finally {
      await pool.close();
    }
  });

  // Holds about 60 MB live for the article "big": over a 16 MB old generation, not over V8's default.
  const GREEDY = `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  const held = [];
  if (t.article.id === 'big') for (let i = 0; i < 20; i++) held.push(Array.from({ length: 1e5 }, (_, k) => 'x' + k));
  parentPort.postMessage({ seq: t.seq, processed: { ok: false, meta: null, reason: 'held ' + held.length + ' for ' + t.article.id, timings: {} } });
});
parentPort.postMessage({ ready: true });`;
  const capped = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 };

  it('runs an article that ran a pooled worker out of memory again alone without the cap', async () => {
    const pool = new WorkerPool(1, settings, script(GREEDY), { pooled: capped, retry: { maxYoungGenerationSizeMb: 4 } });
    try {
      const results = await Promise.all(['a', 'big', 'b'].map((id) => pool.run(article(id))));
      expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['held 0 for a', 'held 20 for big', 'held 0 for b']);
    } finally {
      await pool.close();
    }
  });

  it('fails the article, with the reason, when it runs out of memory alone too', async () => {
    const pool = new WorkerPool(1, settings, script(GREEDY), { pooled: capped, retry: capped });
    try {
      const results = await Promise.all(['big', 'a'].map((id) => pool.run(article(id))));
      expect(results[0]!.ok ? 'ok' : results[0]!.reason).toMatch(/^worker crashed: .*memory limit.*\(also when run alone without the pool's memory cap\)$/);
      expect(results[1]!.ok ? 'ok' : results[1]!.reason).toBe('held 0 for a');
    } finally {
      await pool.close();
    }
  });

  it('stops restarting workers that fail while loading, and fails every article with the reason', async () => {
    const pool = new WorkerPool(2, settings, script(`throw new Error('broken install');`));
    try {
      const results = await Promise.all(['a', 'b', 'c'].map((id) => pool.run(article(id))));
      for (const r of results) expect(r.ok ? 'ok' : r.reason).toBe('workers could not start: broken install');
      const later = await pool.run(article('d'));
      expect(later.ok ? 'ok' : later.reason).toBe('workers could not start: broken install');
    } finally {
      await pool.close();
    }
  });
});

describe('interrupt budget of a pool', () => {
  it('raises V8\'s budget for a pool unless the process was started with one', () => {
    expect(poolBudgetFlag([], undefined)).toBe(`--interrupt-budget=${POOL_INTERRUPT_BUDGET}`);
    expect(poolBudgetFlag(['--v8-pool-size=1'], '--max-old-space-size=400')).toBe(`--interrupt-budget=${POOL_INTERRUPT_BUDGET}`);
    expect(poolBudgetFlag(['--interrupt-budget=5000'], undefined)).toBeNull();
    expect(poolBudgetFlag([], '--trace-gc --interrupt_budget=5000')).toBeNull();
    // a flag that only starts the same way is not a budget
    expect(poolBudgetFlag(['--interrupt-budget-for-feedback-allocation=900'], undefined)).not.toBeNull();
  });
});

describe('lazy runner', () => {
  it('starts the real runner at the first article, once, and never when no article needs it', async () => {
    let started = 0;
    const start = (): ArticleRunner => {
      started++;
      return { size: 2, run: async (a) => ({ ok: false, meta: null, reason: `ran ${a.id}`, timings: {} }), close: async () => {} };
    };
    const idle = lazyRunner(2, start);
    await idle.close();
    expect(started).toBe(0);
    const used = lazyRunner(2, start);
    const results = await Promise.all(['a', 'b'].map((id) => used.run(article(id))));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ran a', 'ran b']);
    await used.close();
    expect(started).toBe(1);
  });
});

describe('worker bundle', () => {
  it('bundles the worker sources into one JavaScript module that imports only packages', () => {
    const url = bundledWorker();
    expect(url).not.toBeNull();
    const file = fileURLToPath(url!);
    expect(existsSync(file)).toBe(true);
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec).not.toMatch(/^\.|\.ts$/);
    expect(code).toContain('function processForWriting');
  });
});
