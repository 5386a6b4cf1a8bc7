// Turns records into highlighted text. Spans may overlap or cross ("NHS England" inside
// "by March 2025 NHS England …"); HTML elements can only nest, so a span that crosses the
// end of an enclosing one is cut there and continues after it. Every piece keeps its
// record id, so nothing is lost: the pieces of one highlight concatenate to its text.
import { esc } from './escape.ts';
import { describeAsText, KINDS, type Kind, type RecordOf } from './describe.ts';
import type { ArticleResult } from '../records.ts';

export interface Highlight {
  kind: Kind;
  /** record id shared by all mentions of a record: "dates-3" */
  rec: string;
  /** element id of this highlight, the target of links: "dates-3", "entities-0-m2" */
  anchor: string;
  start: number;
  end: number;
  /** extra class, e.g. "deadline" */
  variant: string | null;
  title: string;
}

export interface Problem {
  rec: string;
  reason: string;
}

/** Record ids are "<kind>-<index in the JSON array>", so a reviewer can find the record in json/<id>.json. */
export function recId(kind: Kind, index: number): string {
  return `${kind}-${index}`;
}

/**
 * Every span of every record, checked against the text: a span outside the text or whose
 * slice differs from the record's text is reported instead of highlighted wrongly.
 */
export function collectHighlights(result: ArticleResult, text: string): { highlights: Highlight[]; problems: Problem[] } {
  const highlights: Highlight[] = [];
  const problems: Problem[] = [];
  const add = (kind: Kind, rec: string, anchor: string, start: number, end: number, expected: string, variant: string | null, title: string) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      problems.push({ rec, reason: `span [${start}, ${end}) lies outside the text (${text.length} characters)` });
    } else if (text.slice(start, end) !== expected) {
      problems.push({ rec, reason: `text at [${start}, ${end}) is "${text.slice(start, end)}", record says "${expected}"` });
    } else if (start === end) {
      problems.push({ rec, reason: `empty span at ${start}` });
    } else {
      highlights.push({ kind, rec, anchor, start, end, variant, title });
    }
  };
  for (const kind of KINDS) {
    (result[kind] as RecordOf<Kind>[]).forEach((record, i) => {
      const rec = recId(kind, i);
      const title = describeAsText(kind, record);
      if ('mentions' in record) {
        record.mentions.forEach((m, j) => add(kind, rec, j === 0 ? rec : `${rec}-m${j}`, m.start, m.end, m.text, null, title));
      } else {
        const variant = kind === 'dates' && (record as RecordOf<'dates'>).kind === 'deadline' ? 'deadline' : null;
        add(kind, rec, rec, record.span.start, record.span.end, record.text, variant, title);
      }
    });
  }
  return { highlights, problems };
}

export interface Piece {
  h: Highlight;
  start: number;
  end: number;
  /** false for the continuation of a highlight cut at an enclosing one's end */
  first: boolean;
  children: Piece[];
}

const KIND_ORDER = new Map(KINDS.map((k, i) => [k, i]));

/** Outer before inner: earlier start, then longer, then a fixed kind and id order, so output is deterministic. */
function byNesting(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER.get(a.h.kind)! - KIND_ORDER.get(b.h.kind)! || (a.h.anchor < b.h.anchor ? -1 : a.h.anchor > b.h.anchor ? 1 : 0);
}

/** Inserts into a list kept sorted by byNesting (binary search; continuations arrive out of order). */
function insertSorted(list: Piece[], p: Piece, from: number): void {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byNesting(list[mid]!, p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, p);
}

/** Builds the forest of properly nested pieces. Empty spans must be filtered out before. */
export function nest(highlights: readonly Highlight[]): Piece[] {
  const queue: Piece[] = highlights.map((h) => ({ h, start: h.start, end: h.end, first: true, children: [] }));
  queue.sort(byNesting);
  const roots: Piece[] = [];
  const stack: Piece[] = [];
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= p.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && p.end > parent.end) {
      // crosses the parent's end: keep the part inside, queue the rest to be placed later
      insertSorted(queue, { h: p.h, start: parent.end, end: p.end, first: false, children: [] }, i + 1);
      p.end = parent.end;
    }
    (parent ? parent.children : roots).push(p);
    stack.push(p);
  }
  return roots;
}

/** The text with pieces as <mark> elements; plain text between them is escaped. */
export function renderHighlighted(text: string, roots: readonly Piece[]): string {
  let out = '';
  const walk = (pieces: readonly Piece[], from: number, to: number) => {
    let pos = from;
    for (const p of pieces) {
      out += esc(text.slice(pos, p.start));
      const h = p.h;
      const cls = ['hl', `k-${h.kind}`, h.variant, p.first ? null : 'cont'].filter(Boolean).join(' ');
      out += `<mark class="${cls}" data-rec="${esc(h.rec)}"${p.first ? ` id="${esc(h.anchor)}"` : ''} tabindex="0" title="${esc(h.title)}">`;
      walk(p.children, p.start, p.end);
      out += '</mark>';
      pos = p.end;
    }
    out += esc(text.slice(pos, to));
  };
  walk(roots, 0, text.length);
  return out;
}
