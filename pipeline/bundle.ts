// Under tsx, Node 20 runs tsx's module hooks on a loader thread of its own, which holds tsx and
// esbuild and compiles every module. Measured on this machine: a worker that registered tsx took
// 23 MB more resident memory and about 0.4 s more to start than one loading a single file
// bundled from the same sources; the main thread, with the pipeline's modules loaded, 100 MB
// under tsx against 60 MB bundled, and 0.7 s against 0.4 s to print --help. So the pool's
// workers and the programs (pipeline/launch.mjs) run on one JavaScript file bundled from the
// sources with esbuild, the compiler tsx itself uses, so the code is the same.
//
// This module imports only Node's own modules: the launcher compiles it alone, before anything
// else is loaded.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Inside the project's node_modules, the usual place for a tool's cache: the bundle leaves
 * packages (wink-nlp, zod, ...) as imports, which Node resolves from the file's own folder.
 */
export const BUNDLE_DIR = path.join(ROOT, 'node_modules', '.cache', 'ics-text-mining');
/** Bundles of older sources are removed once unused this long (each run touches its own). */
const STALE_MS = 7 * 24 * 3600 * 1000;
const BUNDLE_NAME = /^(?:worker|program-[a-z0-9-]+)-[0-9a-f]{16}\.mjs$/;

/**
 * Keeps `import.meta.url` meaning each source file's own address inside a program's bundle (which
 * lives elsewhere): modules find package.json, the cache folder and the worker from it.
 */
const ownAddress: import('esbuild').Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

const esbuildOptions = (entry: string) =>
  ({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' }) satisfies import('esbuild').BuildOptions;
const loadEsbuild = () => createRequire(import.meta.url)('esbuild') as typeof import('esbuild');

/**
 * pipeline/worker.ts bundled to one ES module (its modules do not read import.meta.url, and
 * esbuild takes plugins only when it builds asynchronously, which the pool cannot wait for).
 * Null when esbuild cannot be loaded or the folder cannot be written: the pool then boots the
 * worker's sources through tsx's loader.
 */
export function bundledWorker(): URL | null {
  try {
    return saved('worker', loadEsbuild().buildSync(esbuildOptions(path.join(ROOT, 'pipeline', 'worker.ts'))).outputFiles![0]!.contents);
  } catch {
    return null;
  }
}

/** A program (`entry`, a TypeScript file of this project) bundled to one ES module; null as for bundledWorker. */
export async function bundledProgram(entry: string): Promise<URL | null> {
  try {
    const built = await loadEsbuild().build({ ...esbuildOptions(entry), plugins: [ownAddress] });
    return saved(`program-${path.basename(entry, '.ts').toLowerCase().replace(/[^a-z0-9-]/g, '-')}`, built.outputFiles![0]!.contents);
  } catch {
    return null;
  }
}

/**
 * Writes a bundle under BUNDLE_DIR by content hash (so concurrent runs of the same sources share
 * it, and an edit makes a new one) and returns its file URL.
 */
function saved(name: string, code: Uint8Array): URL {
  const file = path.join(BUNDLE_DIR, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // not there yet: write a private copy and rename it into place, so a concurrent run never loads half a file
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, code);
    renameSync(part, file);
    removeStale(file);
  }
  return pathToFileURL(file);
}

function removeStale(keep: string): void {
  const cutoff = Date.now() - STALE_MS;
  for (const name of readdirSync(BUNDLE_DIR)) {
    const file = path.join(BUNDLE_DIR, name);
    if (file === keep || !BUNDLE_NAME.test(name)) continue;
    try {
      if (statSync(file).mtimeMs < cutoff) unlinkSync(file);
    } catch {
      // removed by another run meanwhile
    }
  }
}
