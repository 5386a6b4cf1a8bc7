// The benchmark's reference, run in a worker thread of the bench process: wink-nlp as shipped
// (a plain instance with every default pass) reads each article of the corpus once. Plain
// JavaScript so that it needs no loader; the worker is ended afterwards, which frees the
// model's memory before the pipeline's own peak is sampled.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const wink = winkNLP(model);
const its = wink.its;
let seconds = 0;
let chars = 0;
for (const name of (await fs.readdir(workerData.dir)).sort()) {
  const text = await fs.readFile(path.join(workerData.dir, name), 'utf8');
  const t = performance.now();
  const doc = wink.readDoc(text);
  doc.sentences().out(its.span);
  doc.tokens().out(its.pos);
  doc.entities().out(its.detail);
  seconds += (performance.now() - t) / 1000;
  chars += text.length;
}
parentPort.postMessage({ seconds, chars });
