// Builds prepared articles from literal text for unit tests.
import { createHash } from 'node:crypto';
import { prepare, type Prepared } from '../pipeline/2-prepare.ts';
import { extractAll } from '../pipeline/3-extract.ts';

export function prepareText(text: string, opts: { published?: string | null; id?: string } = {}): Prepared {
  return prepare({
    id: opts.id ?? 'test',
    source: 'test',
    text,
    title: null,
    published: opts.published ?? null,
    url: null,
    sha256: createHash('sha256').update(text).digest('hex'),
  });
}

/** Runs every extractor over literal text, as the pipeline would. */
export function extractText(text: string, opts: { published?: string | null } = {}) {
  return extractAll(prepareText(text, opts));
}
