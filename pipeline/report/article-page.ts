// One article: its text with every record highlighted, a legend that doubles as a kind
// filter (radio buttons and CSS, so it works without JavaScript), and the list of records
// with their normalised fields, which the details panel shows on hover or focus.
import { esc } from './escape.ts';
import { describe, KINDS, type Kind, type RecordOf } from './describe.ts';
import { collectHighlights, nest, recId, renderHighlighted, type Problem } from './highlights.ts';
import { page } from './page.ts';
import type { LoadedArticle } from './load.ts';

export function articlePage(a: LoadedArticle): string {
  const { result, text, textProblem } = a;
  const meta = result.article;
  const title = meta.title ?? meta.id;
  let problems: Problem[] = [];
  let body: string;
  if (text === null) {
    body = `<p class="problem">${esc(textProblem ?? 'text unavailable')}; the records are listed without highlights.</p>`;
  } else {
    const collected = collectHighlights(result, text);
    problems = collected.problems;
    body = `<div class="text" id="text">${renderHighlighted(text, nest(collected.highlights))}</div>`;
  }
  const counts = Object.fromEntries(KINDS.map((k) => [k, result[k].length])) as Record<Kind, number>;
  const filters =
    `<input class="filters" type="radio" name="kind" id="show-all" checked aria-label="show all kinds">` +
    KINDS.map((k) => `<input class="filters" type="radio" name="kind" id="show-${k}" aria-label="show ${k} only">`).join('');
  const legend =
    `<div class="legend" role="group" aria-label="Kinds (click one to show it alone)"><label for="show-all">all</label>` +
    KINDS.map((k) => `<label for="show-${k}"><span class="swatch k-${k}"></span>${k} <span class="count">${counts[k]}</span></label>`).join('') +
    `</div>`;
  const problemList = problems.length
    ? `<div class="problem"><p>${problems.length} span${problems.length === 1 ? '' : 's'} could not be highlighted:</p><ul>${problems.map((p) => `<li><a href="#rec-${esc(p.rec)}">${esc(p.rec)}</a>: ${esc(p.reason)}</li>`).join('')}</ul></div>`
    : '';
  const html = `
<p><a href="index.html">← all articles</a></p>
<h1>${esc(title)}</h1>
<p class="meta">${esc(meta.id)} · ${esc(meta.source)} · published ${esc(meta.published ?? 'unknown')} · ${meta.chars} characters, ${meta.sentences} sentences</p>
${problemList}
${filters}
${legend}
${body}
<aside id="details" aria-live="polite"></aside>
<h2>Records</h2>
<ol class="records">
${KINDS.flatMap((k) => (result[k] as RecordOf<Kind>[]).map((r, i) => recordItem(k, r, i))).join('\n')}
</ol>`;
  return page(`${title} — extraction review`, html, { script: true, bodyClass: 'article' });
}

function recordItem(kind: Kind, record: RecordOf<Kind>, index: number): string {
  const id = recId(kind, index);
  const d = describe(kind, record);
  return (
    `<li id="rec-${esc(id)}" class="k-${kind}"><a href="#${esc(id)}"><strong>${esc(d.heading)}</strong></a> <span class="meta">${esc(id)}</span>` +
    `<dl class="fields">${d.fields.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></li>`
  );
}
