// Reads a finished output folder back: the manifest, every article's JSON, and the article
// text from its source (the JSON holds spans, not text). A text that changed since the run
// (sha256 differs) or cannot be read is reported on the page instead of highlighted wrongly.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readArticles, type ReadOutcome } from '../1-read.ts';
import { ArticleResult, Manifest } from '../records.ts';

export interface LoadedArticle {
  result: ArticleResult;
  /** null when the source could not be read back or no longer matches */
  text: string | null;
  textProblem: string | null;
}

export async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'not found (run `npm run extract` first?)' : `cannot read (${code ?? err})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error).split('\n').slice(0, 2).join(' ')}`);
  return parsed.data;
}

/** A source is a path, or "file.jsonl:N" for line N of a .jsonl file. */
export function parseSource(source: string): { file: string; line: number | null } {
  const m = /^(.*\.jsonl):(\d+)$/i.exec(source);
  return m ? { file: m[1]!, line: Number(m[2]) } : { file: source, line: null };
}

/**
 * Reads sources back. Only the last file read is kept: the manifest lists a .jsonl file's
 * lines one after another, so each file is read once and memory stays at one file.
 */
export class SourceReader {
  private last: { file: string; outcomes: Promise<ReadOutcome[]> } | null = null;

  async text(source: string, sha256: string): Promise<{ text: string | null; problem: string | null }> {
    const { file } = parseSource(source);
    if (this.last?.file !== file) this.last = { file, outcomes: readArticles(file) };
    const outcome = (await this.last.outcomes).find((o) => o.source === source);
    if (!outcome) return { text: null, problem: `source ${source} no longer holds this article` };
    if (outcome.status !== 'ok') return { text: null, problem: `source ${source} cannot be read back: ${outcome.reason}` };
    if (outcome.article.sha256 !== sha256) return { text: null, problem: `source ${source} changed since the run (sha256 differs); run extract again` };
    return { text: outcome.article.text, problem: null };
  }
}

export const readManifest = (outDir: string) => readJson(path.join(outDir, 'manifest.json'), Manifest);

export async function loadArticle(outDir: string, id: string, reader: SourceReader): Promise<LoadedArticle> {
  const result = await readJson(path.join(outDir, 'json', `${id}.json`), ArticleResult);
  const { text, problem } = await reader.text(result.article.source, result.article.sha256);
  return { result, text, textProblem: problem };
}
