// Per-article results cached by the article's content and the pipeline's version, so a
// rerun extracts only new or changed articles. The version is the package version plus a
// hash of the pipeline and extractor code and data files: any change to them misses the cache.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from './article.ts';
import type { Written } from './process.ts';
import { writeFileAtomic } from './5-write.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_DIRS = ['pipeline', 'extractors'];

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(?:[cm]?[jt]s|json|txt|csv|tsv)$/.test(e.name)) out.push(p);
  }
  return out;
}

let hashPromise: Promise<string> | null = null;
/** Package version + hash of every code and data file the extraction depends on. */
export function pipelineHash(): Promise<string> {
  hashPromise ??= (async () => {
    const h = createHash('sha256');
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    h.update(`version ${pkg.version}\n`);
    for (const dir of CODE_DIRS) {
      for (const file of await listFiles(path.join(ROOT, dir))) {
        h.update(`${path.relative(ROOT, file)}\n`);
        h.update(await fs.readFile(file));
      }
    }
    return h.digest('hex').slice(0, 16);
  })();
  return hashPromise;
}

type Cached = Extract<Written, { ok: true }>;

export class ResultCache {
  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  key(article: Article, runPublished: string | null, extra = ''): string {
    return createHash('sha256')
      .update(JSON.stringify([this.version, article.id, article.source, article.title, article.published, article.url, runPublished, extra, article.sha256]))
      .digest('hex');
  }

  async get(key: string): Promise<Cached | null> {
    try {
      const v = JSON.parse(await fs.readFile(path.join(this.dir, key.slice(0, 2), `${key}.json`), 'utf8')) as Cached;
      return v.ok ? v : null;
    } catch {
      return null;
    }
  }

  async put(key: string, value: Cached): Promise<void> {
    const dir = path.join(this.dir, key.slice(0, 2));
    await fs.mkdir(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, `${key}.json`), JSON.stringify({ ...value, timings: {} }));
  }
}
