// The benchmark's reference, run in a child process of the bench: wink-nlp as shipped (a plain
// instance with every default pass) reads each article of the corpus once, and the times of
// its readDoc calls are sent back. Plain JavaScript so that it needs no loader.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const [dir] = process.argv.slice(2);
const wink = winkNLP(model);
const its = wink.its;
let seconds = 0;
let chars = 0;
for (const name of (await fs.readdir(dir)).sort()) {
  const text = await fs.readFile(path.join(dir, name), 'utf8');
  const t = performance.now();
  const doc = wink.readDoc(text);
  doc.sentences().out(its.span);
  doc.tokens().out(its.pos);
  doc.entities().out(its.detail);
  seconds += (performance.now() - t) / 1000;
  chars += text.length;
}
process.send({ seconds, chars });
