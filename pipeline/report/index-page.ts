// The run at a glance: a row per input with counts and status, the deadline timeline, and
// the vendors and organisations named in the most articles.
import { esc, pageHref } from './escape.ts';
import { KINDS, type Kind } from './describe.ts';
import { page } from './page.ts';
import { timelineSvg, type Deadline } from './timeline.ts';
import type { Manifest, ManifestInput } from '../records.ts';

/** What the index keeps of an article once its page is written, so articles need not stay in memory. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string;
  counts: Record<Kind, number>;
  deadlines: Deadline[];
  vendors: string[];
  organisations: string[];
  /** spans that could not be highlighted, plus 1 if the text could not be read back */
  problems: number;
}

export const TOP_N = 15;

/** Names by the number of articles that name them; ties by name, so the order is stable. */
export function topByArticles(summaries: readonly ArticleSummary[], pick: (s: ArticleSummary) => string[], n = TOP_N): { name: string; articles: string[] }[] {
  const by = new Map<string, Set<string>>();
  for (const s of summaries) for (const name of new Set(pick(s))) (by.get(name) ?? by.set(name, new Set()).get(name)!).add(s.id);
  return [...by]
    .map(([name, ids]) => ({ name, articles: [...ids].sort() }))
    .sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n);
}

function topTable(caption: string, rows: { name: string; articles: string[] }[]): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2><p class="empty">None were extracted.</p>`;
  return (
    `<h2>${esc(caption)}</h2><table class="top"><thead><tr><th>name</th><th class="n">articles</th><th>in</th></tr></thead><tbody>` +
    rows.map((r) => `<tr><td>${esc(r.name)}</td><td class="n">${r.articles.length}</td><td>${r.articles.map((id) => `<a href="${esc(pageHref(id))}">${esc(id)}</a>`).join(', ')}</td></tr>`).join('') +
    `</tbody></table>`
  );
}

export function indexPage(manifest: Manifest, summaries: readonly ArticleSummary[], others: readonly ManifestInput[]): string {
  const head = `<tr><th>article</th><th>title</th>${KINDS.map((k) => `<th class="n">${k}</th>`).join('')}<th class="n">deadlines</th><th>status</th></tr>`;
  const okRows = summaries.map(
    (s) =>
      `<tr class="article"><td><a href="${esc(pageHref(s.id))}">${esc(s.id)}</a></td><td>${esc(s.title ?? '')}</td>` +
      KINDS.map((k) => `<td class="n">${s.counts[k]}</td>`).join('') +
      `<td class="n">${s.deadlines.length}</td><td class="status-ok">ok${s.problems ? ` <span class="status-failed" title="see the article page">(${s.problems} not highlighted)</span>` : ''}</td></tr>`,
  );
  const otherRows = others.map(
    (e) => `<tr><td>${esc(e.article ?? '')}</td><td>${esc(e.source)}</td>${KINDS.map(() => '<td class="n"></td>').join('')}<td class="n"></td><td class="status-${e.status}">${esc(e.status)}: ${esc(e.reason ?? '')}</td></tr>`,
  );
  const deadlines = summaries.flatMap((s) => s.deadlines);
  const t = manifest.totals;
  const body = `
<h1>Extraction review</h1>
<p class="meta">${esc(manifest.tool.name)} ${esc(manifest.tool.version)} · run ${esc(manifest.startedAt)} · ${t.ok} ok, ${t.failed} failed, ${t.skipped} skipped · ${KINDS.map((k) => `${t.records[k]} ${k}`).join(', ')}</p>
<table class="articles"><thead>${head}</thead><tbody>
${[...okRows, ...otherRows].join('\n')}
</tbody></table>
<h2>Deadlines (${deadlines.length})</h2>
<p class="meta">Subjects down, due dates across; each point links to its sentence.</p>
${timelineSvg(deadlines)}
${topTable('Top vendors by number of articles', topByArticles(summaries, (s) => s.vendors))}
${topTable('Top organisations by number of articles', topByArticles(summaries, (s) => s.organisations))}`;
  return page('Extraction review', body);
}
