// `node pipeline/launch.mjs <program.ts> [args…]`: runs one of the project's TypeScript programs
// (the command line, the evaluation, the benchmark) on plain Node, from the sources bundled to
// one JavaScript file, instead of under tsx, whose loader thread costs about 23 MB of resident
// memory for the whole run (see pipeline/bundle.ts). The bundle is made in a child process, so
// esbuild and its work stay out of the program's memory too (the main thread, the pipeline's
// modules loaded: 80 MB when this process made the bundle itself, 60 MB this way). When no
// bundle can be made, it runs the sources through tsx's loader as before.
//
// The npm scripts start it as `node --v8-pool-size=1 pipeline/launch.mjs …`. V8's pool of
// helper threads (concurrent and parallel garbage collection, background compiling) has four
// threads by default whatever the machine; on two cores they competed with the JavaScript
// threads. With one: one worker 1.21 and 1.23 MB/s on the 50 MB benchmark against 1.18 and
// 1.19, peak RSS 245-247 MiB against 255-263; two workers 1.38 and 1.50 against 1.38 and 1.34,
// 359-361 MiB against 377 (twenty-second session, interleaved). A Node option, so it cannot be
// set from here once the process runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The child's mode: bundle the program named next and print the bundle's file URL (nothing when none could be made). */
const PRINT_BUNDLE = '--print-bundle';

if (process.argv[2] === PRINT_BUNDLE) {
  // bundle.ts imports only Node's modules, so it is compiled alone and loaded from memory; its
  // import.meta.url is given its own file's address, which it finds the project's folders from.
  const { transformSync } = await import('esbuild');
  const bundler = new URL('./bundle.ts', import.meta.url);
  const source = readFileSync(bundler, 'utf8').replaceAll('import.meta.url', JSON.stringify(bundler.href));
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' });
  const { bundledProgram } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  const url = await bundledProgram(path.resolve(process.argv[3]));
  process.stdout.write(url ? url.href : '');
} else {
  const [program] = process.argv.splice(2, 1);
  if (!program) {
    process.stderr.write('usage: node pipeline/launch.mjs <program.ts> [args…]\n');
    process.exit(2);
  }
  const entry = path.resolve(program);
  const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), PRINT_BUNDLE, entry], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const href = made.status === 0 ? made.stdout.trim() : '';
  // The program sees itself as the script Node ran, as under tsx: its "am I the main module" test holds.
  process.argv[1] = entry;
  if (href) await import(href);
  else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(entry).href);
  }
}
