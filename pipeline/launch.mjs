// `node pipeline/launch.mjs <program.ts> [args…]`: runs one of the project's TypeScript programs
// (the command line, the evaluation, the benchmark) on plain Node, from the sources bundled to
// one JavaScript file, instead of under tsx, whose loader thread costs about 23 MB of resident
// memory for the whole run (see pipeline/bundle.ts). When no bundle can be made, it runs the
// sources through tsx's loader as before.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [program] = process.argv.splice(2, 1);
if (!program) {
  process.stderr.write('usage: node pipeline/launch.mjs <program.ts> [args…]\n');
  process.exit(2);
}
const entry = path.resolve(program);
// The program sees itself as the script Node ran, as under tsx: its "am I the main module" test holds.
process.argv[1] = entry;

// bundle.ts imports only Node's modules, so it is compiled alone and loaded from memory; its
// import.meta.url is given its own file's address, which it finds the project's folders from.
const bundler = new URL('./bundle.ts', import.meta.url);
const source = readFileSync(bundler, 'utf8').replaceAll('import.meta.url', JSON.stringify(bundler.href));
const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' });
const { bundledProgram } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

const url = await bundledProgram(entry);
if (url) await import(url.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
