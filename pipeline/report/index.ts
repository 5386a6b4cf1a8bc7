// writeReport(outDir): reads a finished run and writes <outDir>/report/index.html and one
// page per article. Pages are written one article at a time into a staging folder that
// replaces the old report at the end, so a failed report leaves the previous one whole.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { articlePage } from './article-page.ts';
import { KINDS, type Kind } from './describe.ts';
import { pageFile } from './escape.ts';
import { collectHighlights } from './highlights.ts';
import { indexPage, type ArticleSummary } from './index-page.ts';
import { loadArticle, readManifest, SourceReader, type LoadedArticle } from './load.ts';
import type { ManifestInput } from '../records.ts';

export interface ReportResult {
  dir: string;
  pages: number;
  /** articles whose text could not be read back, or with spans that could not be highlighted */
  problems: string[];
}

export function summarise(a: LoadedArticle): ArticleSummary {
  const r = a.result;
  const id = r.article.id;
  const spanProblems = a.text === null ? 1 : collectHighlights(r, a.text).problems.length;
  return {
    id,
    title: r.article.title,
    source: r.article.source,
    counts: Object.fromEntries(KINDS.map((k) => [k, r[k].length])) as Record<Kind, number>,
    deadlines: r.dates.flatMap((d, i) => (d.kind === 'deadline' ? [{ article: id, anchor: `dates-${i}`, subject: d.subject, due: d.end, text: d.text, commitment: d.commitment }] : [])),
    vendors: r.vendors.map((v) => v.name),
    organisations: r.entities.filter((e) => e.type === 'organisation').map((e) => e.name),
    problems: spanProblems,
  };
}

export async function writeReport(outDir: string): Promise<ReportResult> {
  const manifest = await readManifest(outDir);
  const dir = path.join(outDir, 'report');
  const staging = `${dir}.partial-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true });
  try {
    const reader = new SourceReader();
    const summaries: ArticleSummary[] = [];
    const others: ManifestInput[] = [];
    const problems: string[] = [];
    for (const input of manifest.inputs) {
      if (input.status !== 'ok' || input.article === null) {
        others.push(input);
        continue;
      }
      const loaded = await loadArticle(outDir, input.article, reader);
      await fs.writeFile(path.join(staging, pageFile(input.article)), articlePage(loaded));
      const summary = summarise(loaded);
      if (loaded.textProblem) problems.push(`${summary.id}: ${loaded.textProblem}`);
      else if (summary.problems) problems.push(`${summary.id}: ${summary.problems} span(s) not highlighted`);
      summaries.push(summary);
    }
    await fs.writeFile(path.join(staging, 'index.html'), indexPage(manifest, summaries, others));
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(staging, dir);
    return { dir, pages: summaries.length + 1, problems };
  } catch (err) {
    await fs.rm(staging, { recursive: true, force: true });
    throw err;
  }
}
