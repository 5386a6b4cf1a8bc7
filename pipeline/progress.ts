// The progress bar on stderr: drawn only on a terminal, redrawn at most ten times a second,
// erased before any other line is printed so problems and the summary stay readable.
import type { Progress } from './run.ts';

export function renderProgress(p: Progress, seconds: number, width = 24): string {
  const mbps = p.chars / 1e6 / Math.max(seconds, 1e-3);
  const left = p.done > 0 ? (seconds / p.done) * (p.total - p.done) : 0;
  const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} files  ${mbps.toFixed(2)} MB/s  ${formatSeconds(left)} left`;
}

function formatSeconds(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export interface ProgressLine {
  update(p: Progress): void;
  /** erases the bar (if drawn) so that a normal line can be written */
  clear(): void;
}

export function progressLine(stream: NodeJS.WritableStream, enabled: boolean, now: () => number = () => performance.now()): ProgressLine {
  if (!enabled) return { update: () => {}, clear: () => {} };
  const t0 = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - last < 100 && p.done < p.total) return;
      last = t;
      drawn = true;
      stream.write(`\r\x1b[K${renderProgress(p, (t - t0) / 1000)}`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
