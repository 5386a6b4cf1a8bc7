// Runs processForWriting on K worker threads (or inline when K is 1). Callers get one promise
// per article and decide the order results are used in, so output does not depend on K.
// A worker that dies (out of memory, a native crash) fails only the article it was on and
// is replaced.
import v8 from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Article } from './article.ts';
import type { ProcessOptions, Written } from './process.ts';
import { bundledWorker } from './bundle.ts';
import type { WorkerMessage, WorkerSettings, WorkerTask } from './worker.ts';

export interface ArticleRunner {
  readonly size: number;
  run(article: Article): Promise<Written>;
  close(): Promise<void>;
}

export function createRunner(workers: number, published: string | null, options: ProcessOptions): ArticleRunner {
  if (workers <= 1) return lazyRunner(1, () => inlineRunner(published, options));
  return lazyRunner(workers, () => {
    raiseInterruptBudget();
    return new WorkerPool(workers, { published, options });
  });
}

/**
 * How much bytecode a function runs before V8 queues it for optimisation, in a process that
 * runs a pool (V8's default is 67,584).
 *
 * Each worker isolate optimises the same code for itself, and V8 keeps recompiling as the
 * rules meet new shapes of text: over the 20 MB benchmark corpus one thread makes about 890
 * optimised compilations taking 5.4 s of CPU on V8's background thread. With one worker that
 * thread has the second core to itself; with two workers their compilations compete with the
 * workers for the two cores. At 2,000,000 only the really hot functions are optimised (250
 * compilations, 1.5 s): two workers on that corpus ran in 11.1-12.6 s wall, 20-23 s of CPU,
 * against 14.1-14.6 s and 25.6-26.9 s with the default (300,000: 12.9 s; 600,000 and
 * 1,000,000: 12.2 s; 4,000,000: 11.5 s). One worker is slower with it (16.4 s against 14.1 s),
 * so the inline runner leaves the default alone.
 *
 * V8 flags belong to the process, so this is set once, from the main thread, before the
 * workers start; a budget the user gave on the command line is kept.
 */
export const POOL_INTERRUPT_BUDGET = 2_000_000;
/** The V8 flag a pool sets, or null when the process was started with a budget of its own. */
export function poolBudgetFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const given = (a: string) => /^--interrupt[-_]budget(?:=|$)/.test(a);
  if (execArgv.some(given) || (nodeOptions ?? '').split(/\s+/).some(given)) return null;
  return `--interrupt-budget=${POOL_INTERRUPT_BUDGET}`;
}
function raiseInterruptBudget(): void {
  const flag = poolBudgetFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) v8.setFlagsFromString(flag);
}

/**
 * A runner that starts the real one at its first article: a rerun whose articles all come from
 * the cache never loads the NLP models, bundles the worker or starts a thread (measured on the
 * seeds: 1.1 s and 115 MB for such a rerun, against 1.5 s and 147 MB with two workers started
 * and 2.3 s and 175 MB with the models loaded in the main thread).
 */
export function lazyRunner(size: number, start: () => ArticleRunner): ArticleRunner {
  let runner: ArticleRunner | null = null;
  return {
    size,
    run: (article) => (runner ??= start()).run(article),
    close: async () => runner?.close(),
  };
}

/** One worker: the main thread itself, with the models loaded when the runner starts. */
function inlineRunner(published: string | null, options: ProcessOptions): ArticleRunner {
  const load = import('./process.ts');
  return {
    size: 1,
    run: async (article) => (await load).processForWriting(article, published, options),
    close: async () => {},
  };
}

/**
 * What each pooled worker's heap may hold, and what the one-off worker that retries an article
 * gets when that article ran a pooled worker out of memory.
 *
 * A young generation of 16 MB, a quarter of V8's default. The pipeline allocates about 370
 * bytes per character of text, so with 4 MB (the setting of the sixth to twenty-first sessions)
 * each worker ran about 4,300 scavenges over 20 MB of text, against 485 for the one worker in the
 * main thread, and spent 19% of its time collecting; two workers were no faster than one. Two
 * workers on the 50 MB benchmark corpus, interleaved (twenty-second session): 1.43 and 1.38 MB/s,
 * peak RSS 376 and 371 MiB, with 16 MB and the old generation capped at 96 MB, against 1.27, 1.33
 * and 1.29 MB/s, 373, 372 and 370 MiB, with 4 MB and 112 MB; 8 MB with 112 MB ran as fast (1.43,
 * 1.40, 1.42) but peaked at 393 MiB once, over 400 MB.
 *
 * A cap on the old generation, because a worker holds about 47 MB live once loaded but V8 let
 * its heap reach 95-138 MB. Two workers on the 50 MB benchmark corpus, the command line under
 * /usr/bin/time, interleaved: 351 and 353 MiB at 25.8 and 27.5 s with 112 MB against 375 and 377
 * MiB at 26.1 and 26.2 s with 128 MB; uncapped it peaked at 384-386 MiB, over 400 MB counted in
 * millions of bytes. The benchmark read 356-367 MiB with 112 MB, 360-384 MiB with 128 MB and
 * 393-403 MiB uncapped, at 1.82-2.00 MB/s in all three (this machine's spread). On 20 MB, 96 MB
 * ran at 1.37-1.50 MB/s against 1.57-1.59 uncapped, and 64 MB at 0.9 MB/s, collecting all the
 * time. An article that needs more than the cap (one of 2 million characters, the longest the
 * reader takes, does) is run again alone in a worker without it, so no article fails for the
 * cap; that run peaked at 446-466 MiB, and keeps the 4 MB young generation, which costs it
 * time but not memory. The cap was 112 MB until the young generation grew to 16 MB; 96 MB keeps
 * the two-worker peak where it was.
 */
export interface PoolLimits {
  pooled: ResourceLimits;
  retry: ResourceLimits;
}
export const POOL_LIMITS: PoolLimits = {
  pooled: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 },
  retry: { maxYoungGenerationSizeMb: 4 },
};

/**
 * Where workers start: a built copy loads worker.js; under tsx, the sources bundled to one
 * JavaScript file (see bundle.ts), or, when that cannot be made, worker.ts booted
 * through tsx's loader.
 */
function workerScript(): URL {
  const self = import.meta.url;
  if (self.endsWith('.js')) return new URL('./worker.js', self);
  const bundled = bundledWorker();
  if (bundled) return bundled;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(new URL('./worker.ts', self).href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/** Workers in a row that die before finishing an article: after this many, the pool stops replacing them. */
const START_FAILURES_ALLOWED = 3;

const failed = (reason: string): Written => ({ ok: false, meta: null, reason, timings: {} });

interface Task {
  seq: number;
  article: Article;
  resolve: (p: Written) => void;
}

const firstLine = (s: string) => s.split('\n')[0]!;

/** Exported for tests, which start it on small worker scripts of their own. */
export class WorkerPool implements ArticleRunner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  /** One-off workers running an article again without the pooled workers' memory cap. */
  private readonly retrying = new Set<Worker>();
  private seq = 0;
  private closed = false;
  private startFailures = 0;
  /** Why workers cannot start, once START_FAILURES_ALLOWED have failed in a row; every article then fails with it. */
  private broken: string | null = null;

  constructor(
    readonly size: number,
    private readonly settings: WorkerSettings,
    private readonly script: URL = workerScript(),
    private readonly limits: PoolLimits = POOL_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  private start(): Worker {
    const w = new Worker(this.script, { workerData: this.settings, resourceLimits: this.limits.pooled });
    w.unref();
    let ready = false;
    w.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        ready = true;
        this.startFailures = 0;
        return;
      }
      const task = this.busy.get(w);
      this.busy.delete(w);
      task?.resolve(m.processed);
      this.idle.push(w);
      this.pump();
    });
    // A crash fails the article in hand with a one-line reason; a fresh worker takes the slot.
    // A worker that dies while loading is not the article's fault: the article waits for the
    // next worker, unless workers keep failing to start (a broken install), which fails them all.
    let dead = false;
    const lost = (why: string, code?: string) => {
      if (dead) return; // 'error' is followed by 'exit': replace the worker once
      dead = true;
      const task = this.busy.get(w);
      this.busy.delete(w);
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      if (this.closed) return;
      const reason = firstLine(why);
      if (ready && task && code === 'ERR_WORKER_OUT_OF_MEMORY') this.retryAlone(task);
      else if (ready) task?.resolve(failed(`worker crashed: ${reason}`));
      else {
        if (task) this.queue.unshift(task);
        if (++this.startFailures >= START_FAILURES_ALLOWED) {
          this.broken = `workers could not start: ${reason}`;
          for (const t of this.queue.splice(0)) t.resolve(failed(this.broken));
          return;
        }
      }
      this.idle.push(this.start());
      this.pump();
    };
    w.on('error', (err: NodeJS.ErrnoException) => lost(err.message, err.code));
    w.on('exit', (code) => lost(`exit code ${code}`));
    return w;
  }

  /**
   * Runs an article that ran a pooled worker out of memory in a worker of its own without the
   * cap, then ends that worker, so the memory it took is given back. A crash there fails the
   * article with its reason.
   */
  private retryAlone(task: Task): void {
    const w = new Worker(this.script, { workerData: this.settings, resourceLimits: this.limits.retry });
    w.unref();
    this.retrying.add(w);
    let settled = false;
    const settle = (p: Written) => {
      if (settled) return;
      settled = true;
      this.retrying.delete(w);
      task.resolve(p);
      void w.terminate();
    };
    w.on('message', (m: WorkerMessage) => {
      if (!('ready' in m)) settle(m.processed);
    });
    w.on('error', (err) => settle(failed(`worker crashed: ${firstLine(err.message)} (also when run alone without the pool's memory cap)`)));
    w.on('exit', (code) => settle(failed(`worker crashed: exit code ${code} (when run alone without the pool's memory cap)`)));
    w.postMessage({ seq: task.seq, article: task.article } satisfies WorkerTask);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.shift()!;
      const task = this.queue.shift()!;
      this.busy.set(w, task);
      w.postMessage({ seq: task.seq, article: task.article } satisfies WorkerTask);
    }
  }

  run(article: Article): Promise<Written> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    if (this.broken) return Promise.resolve(failed(this.broken));
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, article, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys(), ...this.retrying];
    this.retrying.clear();
    this.idle.length = 0;
    this.busy.clear();
    this.queue.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
