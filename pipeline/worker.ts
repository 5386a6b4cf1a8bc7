// Worker-thread side of the pool: processes one article per message with the run's settings.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from './article.ts';
import { processForWriting, type ProcessOptions } from './process.ts';

export interface WorkerSettings {
  published: string | null;
  options: ProcessOptions;
}
export interface WorkerTask {
  seq: number;
  article: Article;
}

const settings = workerData as WorkerSettings;
parentPort!.on('message', (task: WorkerTask) => {
  parentPort!.postMessage({ seq: task.seq, processed: processForWriting(task.article, settings.published, settings.options) });
});
