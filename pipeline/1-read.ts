// file → Article. Reads .txt/.md (plain text with optional header lines), .html (the visible
// body text) and .jsonl (one article per line). Every path given or found ends as an
// article, or as a `skipped`/`failed` outcome with a one-line reason: nothing is dropped.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { Article } from './article.ts';

export type ReadProblem = { status: 'skipped' | 'failed'; source: string; reason: string };
export type ReadOutcome = { status: 'ok'; source: string; article: Article } | ReadProblem;

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

/**
 * The largest article text (in characters) that is extracted. News articles are tens of
 * kilobytes; wink's per-document memory is about 100 bytes per character, so a 20 MB "article"
 * (a log or a dump in the wrong folder) would take gigabytes and stall a worker. Larger
 * inputs fail with a reason instead; `--max-mb` raises the limit.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

export interface ReadOptions {
  maxArticleChars?: number;
}

/** POSIX-style path relative to the working directory, so manifests do not depend on where the repo lives. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(path.sep).join('/');
}

/**
 * Expands command-line paths into files, folders recursively in sorted order. Paths that
 * cannot be used (missing, unreadable folder, a link loop) come back as failed outcomes.
 */
export async function discover(inputs: readonly string[]): Promise<{ files: string[]; problems: ReadProblem[] }> {
  const files: string[] = [];
  const problems: ReadProblem[] = [];
  const seenDirs = new Set<string>();
  async function visit(p: string, explicit: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? (explicit ? 'no such file or folder' : 'broken symbolic link')
        : code === 'ELOOP' ? 'symbolic link loop'
        : code === 'EACCES' ? 'permission denied'
        : `cannot stat (${code ?? String(err)})`;
      problems.push({ status: 'failed', source: displayPath(p), reason });
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.realpath(p);
      if (seenDirs.has(real)) {
        problems.push({ status: 'skipped', source: displayPath(p), reason: 'folder already read (symbolic link loop or repeated path)' });
        return;
      }
      seenDirs.add(real);
      let names: string[];
      try {
        names = await fs.readdir(p);
      } catch (err) {
        problems.push({ status: 'failed', source: displayPath(p), reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? err})` });
        return;
      }
      for (const name of names.sort()) {
        // Hidden files and editor droppings are not read, but still listed: nothing found goes unsaid.
        if (name.startsWith('.')) problems.push({ status: 'skipped', source: displayPath(path.join(p, name)), reason: 'hidden file or folder (name starts with ".")' });
        else await visit(path.join(p, name), false);
      }
      return;
    }
    if (!stat.isFile()) {
      problems.push({ status: 'skipped', source: displayPath(p), reason: 'not a regular file' });
      return;
    }
    files.push(p);
  }
  for (const input of inputs) await visit(input, true);
  return { files, problems };
}

const HEADER_KEYS = new Set(['title', 'published', 'url']);

/** Splits optional `key: value` header lines (title, published, url) ended by a blank line. */
export function splitHeader(text: string): { header: Record<string, string>; body: string } {
  const lines = text.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([a-z]+):[ \t]*(.*?)\s*$/i.exec(lines[i]!);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) break;
    header[m[1]!.toLowerCase()] = m[2]!;
  }
  if (i > 0 && i < lines.length && lines[i]!.trim() === '') {
    return { header, body: lines.slice(i + 1).join('\n') };
  }
  if (i > 0 && i === lines.length) return { header, body: '' };
  return { header: {}, body: text };
}

/** Decodes bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; invalid UTF-8 and binary data are errors. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`binary file (NUL byte at offset ${nul})`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'title', 'figcaption', 'dd', 'dt']);
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe']);

/** The visible text of an HTML document: scripts, styles and comments dropped, entities decoded, blocks on their own lines. */
export function htmlToText(html: string): { text: string; title: string | null } {
  let out = '';
  let title = '';
  let hidden = 0;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (HIDDEN_TAGS.has(name) && name !== 'head') hidden++;
        if (BLOCK_TAGS.has(name)) out += '\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (hidden === 0) out += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (HIDDEN_TAGS.has(name) && name !== 'head') hidden = Math.max(0, hidden - 1);
        if (BLOCK_TAGS.has(name)) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title: title.trim() || null };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// ids become file names under output/json: no separators, control characters or leading dot
const SAFE_ID = /^[^./\\\x00-\x1f][^/\\\x00-\x1f]{0,199}$/;

/**
 * A copy of a short string that does not point into the long one it was cut from. V8 keeps
 * substrings as slices of their parent, so a title cut from an article would keep the whole
 * file's text alive for as long as the run remembers the title (all run long, for articles.csv).
 */
function detach(s: string | null): string | null {
  return s === null ? null : Buffer.from(s, 'utf16le').toString('utf16le');
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

function makeArticle(id: string, source: string, text: string, meta: { title?: string | null; published?: string | null; url?: string | null }, maxChars: number): Article {
  if (text.length > maxChars) throw new Error(`article text is ${thousands(text.length)} characters, over the limit of ${thousands(maxChars)} (--max-mb)`);
  if (!SAFE_ID.test(id) || id === '.' || id === '..') throw new Error(`article id "${id}" cannot be used as a file name`);
  const published = meta.published?.trim() || null;
  if (published !== null && (!ISO_DAY.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new Error(`published "${published}" is not a YYYY-MM-DD date`);
  }
  if (text.trim() === '') throw new Error(text === '' ? 'empty article' : 'article has only white space');
  const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  return Article.parse({
    id,
    source,
    text,
    title: detach(meta.title?.trim() || (firstLine && firstLine.length <= 300 ? firstLine : null)),
    published,
    url: detach(meta.url?.trim() || null),
    sha256: createHash('sha256').update(text).digest('hex'),
  });
}

/** Reads one file into one or more outcomes (a .jsonl file yields one per line). */
export async function readArticles(file: string, options: ReadOptions = {}): Promise<ReadOutcome[]> {
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const source = displayPath(file);
  const ext = path.extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    return [{ status: 'skipped', source, reason: `unknown extension "${ext || '(none)'}"; expected ${ARTICLE_EXTENSIONS.join(', ')}` }];
  }
  let raw: string;
  try {
    // A single-article file far over the limit is refused before it is read into memory
    // (HTML gets room for its markup); a .jsonl file holds many articles and is checked per line.
    if (ext !== '.jsonl') {
      const bytes = (await fs.stat(file)).size;
      if (bytes > maxChars * 4) return [{ status: 'failed', source, reason: `file is ${(bytes / 1e6).toFixed(1)} MB, over 4 × the article limit of ${thousands(maxChars)} characters (--max-mb)` }];
    }
    raw = normaliseLineEnds(decode(await fs.readFile(file)));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied' : code ? `cannot read (${code})` : (err as Error).message;
    return [{ status: 'failed', source, reason }];
  }
  const id = path.basename(file, path.extname(file));
  try {
    if (ext === '.jsonl') return readJsonl(raw, source, maxChars);
    if (ext === '.html' || ext === '.htm') {
      const { text, title } = htmlToText(raw);
      return [{ status: 'ok', source, article: makeArticle(id, source, text, { title }, maxChars) }];
    }
    const { header, body } = splitHeader(raw);
    return [{ status: 'ok', source, article: makeArticle(id, source, body, header, maxChars) }];
  } catch (err) {
    return [{ status: 'failed', source, reason: (err as Error).message }];
  }
}

function readJsonl(raw: string, fileSource: string, maxChars: number): ReadOutcome[] {
  const outcomes: ReadOutcome[] = [];
  const lines = raw.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const source = `${fileSource}:${i + 1}`;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        throw new Error(`malformed JSON on line ${i + 1}: ${(err as Error).message}`);
      }
      if (typeof obj !== 'object' || obj === null) throw new Error(`line ${i + 1} is not a JSON object`);
      const o = obj as Record<string, unknown>;
      if (typeof o.id !== 'string' || o.id.trim() === '') throw new Error(`line ${i + 1} has no string "id"`);
      if (typeof o.text !== 'string') throw new Error(`line ${i + 1} has no string "text"`);
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const article = makeArticle(o.id.trim(), source, normaliseLineEnds(o.text), { title: str(o.title), published: str(o.published), url: str(o.url) }, maxChars);
      outcomes.push({ status: 'ok', source, article });
    } catch (err) {
      outcomes.push({ status: 'failed', source, reason: (err as Error).message });
    }
  });
  if (outcomes.length === 0) outcomes.push({ status: 'failed', source: fileSource, reason: 'empty .jsonl file' });
  return outcomes;
}
