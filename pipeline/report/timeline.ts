// The deadline timeline: an inline SVG, drawn when the page is written so it needs neither
// JavaScript nor network. Subjects are rows, due days (a deadline's `end`) run left to
// right; a deadline without a resolved day sits in an "undated" column so that every
// deadline has exactly one point. Each point links to the deadline's highlight.
import { esc, pageHref } from './escape.ts';

export interface Deadline {
  article: string;
  /** anchor of the highlight on the article page */
  anchor: string;
  subject: string | null;
  due: string | null;
  text: string;
  commitment: string | null;
}

const NO_SUBJECT = '(no subject)';
const ROW = 30;
const LABEL_W = 230;
const PLOT_W = 640;
const UNDATED_W = 70;
const TOP = 30;
const DAY_MS = 86_400_000;

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function timelineSvg(deadlines: readonly Deadline[]): string {
  if (deadlines.length === 0) return '<p class="empty">No deadlines were extracted.</p>';
  const subjects = [...new Set(deadlines.map((d) => d.subject ?? NO_SUBJECT))].sort((a, b) => (a === NO_SUBJECT ? 1 : b === NO_SUBJECT ? -1 : a.localeCompare(b, 'en')));
  const row = new Map(subjects.map((s, i) => [s, i]));
  const days = deadlines.filter((d) => d.due !== null).map((d) => dayNumber(d.due!));
  const hasUndated = days.length < deadlines.length;
  // pad a single day or a short range so points do not sit on the frame
  let lo = days.length ? Math.min(...days) : 0;
  let hi = days.length ? Math.max(...days) : 1;
  const pad = Math.max(15, Math.round((hi - lo) * 0.04));
  lo -= pad;
  hi += pad;
  const x = (day: number) => LABEL_W + ((day - lo) / (hi - lo)) * PLOT_W;
  const height = TOP + subjects.length * ROW + 30;
  const width = LABEL_W + PLOT_W + (hasUndated ? UNDATED_W : 0) + 10;

  const parts: string[] = [];
  parts.push(`<svg class="timeline" role="img" aria-label="Deadlines by subject and due date" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`);
  subjects.forEach((s, i) => {
    const y = TOP + i * ROW + ROW / 2;
    parts.push(`<line class="lane" x1="${LABEL_W}" x2="${width - 10}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text class="subject" x="${LABEL_W - 8}" y="${y + 4}" text-anchor="end"><title>${esc(s)}</title>${esc(truncate(s, 34))}</text>`);
  });
  const axisY = TOP + subjects.length * ROW + 4;
  parts.push(`<line class="axis" x1="${LABEL_W}" x2="${LABEL_W + PLOT_W}" y1="${axisY}" y2="${axisY}"/>`);
  for (const tick of ticks(lo, hi)) {
    const tx = x(tick.day).toFixed(1);
    parts.push(`<line class="tick" x1="${tx}" x2="${tx}" y1="${TOP - 4}" y2="${axisY + 4}"/><text class="tick-label" x="${tx}" y="${axisY + 18}" text-anchor="middle">${esc(tick.label)}</text>`);
  }
  if (hasUndated) {
    const ux = LABEL_W + PLOT_W + UNDATED_W / 2;
    parts.push(`<text class="tick-label" x="${ux}" y="${axisY + 18}" text-anchor="middle">undated</text>`);
  }
  // points that share a day and subject are fanned out a little so each stays clickable
  const seen = new Map<string, number>();
  for (const d of deadlines) {
    const subject = d.subject ?? NO_SUBJECT;
    const baseX = d.due === null ? LABEL_W + PLOT_W + UNDATED_W / 2 : x(dayNumber(d.due));
    const key = `${subject}\u0000${d.due}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    // a grid of 8 × 3 offsets keeps a busy day inside its row; beyond 24 points they overlap
    const cx = (baseX + (n % 8) * 7).toFixed(1);
    const cy = TOP + row.get(subject)! * ROW + ROW / 2 + [0, -7, 7][Math.floor(n / 8) % 3]!;
    const label = `${subject}: ${d.text} (due ${d.due ?? 'unresolved'})${d.commitment ? ` — ${d.commitment}` : ''} [${d.article}]`;
    parts.push(
      `<a class="deadline-link" href="${esc(pageHref(d.article, d.anchor))}" aria-label="${esc(label)}">` +
        `<circle class="deadline-point${d.due === null ? ' undated' : ''}" cx="${cx}" cy="${cy}" r="5" data-due="${esc(d.due ?? '')}"><title>${esc(label)}</title></circle></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** Year ticks for long ranges, quarter or month ticks for short ones. */
function ticks(lo: number, hi: number): { day: number; label: string }[] {
  const start = new Date(lo * DAY_MS);
  const spanYears = (hi - lo) / 365;
  const stepMonths = spanYears > 6 ? 12 * Math.ceil(spanYears / 8) : spanYears > 2 ? 12 : spanYears > 0.75 ? 3 : 1;
  const out: { day: number; label: string }[] = [];
  let y = start.getUTCFullYear();
  let m = stepMonths >= 12 ? 0 : start.getUTCMonth();
  for (let guard = 0; guard < 200; guard++) {
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > hi) break;
    if (day >= lo) out.push({ day, label: stepMonths >= 12 ? String(y) : `${String(m + 1).padStart(2, '0')}/${y}` });
    m += stepMonths;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return out;
}
