// Worker-thread side of the pool: processes one article per message with the run's settings.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from './article.ts';
import { processForWriting, type ProcessOptions, type Written } from './process.ts';

export interface WorkerSettings {
  published: string | null;
  options: ProcessOptions;
}
export interface WorkerTask {
  seq: number;
  article: Article;
}
/** What a worker posts: once that it has loaded, then one result per task. */
export type WorkerMessage = { ready: true } | { seq: number; processed: Written };

const settings = workerData as WorkerSettings;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
parentPort!.on('message', (task: WorkerTask) => {
  post({ seq: task.seq, processed: processForWriting(task.article, settings.published, settings.options) });
});
post({ ready: true });
