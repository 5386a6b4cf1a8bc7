// Reading: decoding, header lines, HTML text and .jsonl lines, one outcome per input with a reason.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, htmlToText, readArticles, splitHeader, type ReadOutcome } from '../pipeline/1-read.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'read-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string, content: string | Uint8Array, options = {}): Promise<ReadOutcome[]> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return readArticles(file, options);
}
const only = (outcomes: ReadOutcome[]) => {
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
};

describe('decode', () => {
  it('reads UTF-16 with either byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NHS £5m', 'utf16le')]);
    const be = Buffer.from(Buffer.from('NHS £5m', 'utf16le').swap16());
    expect(decode(le)).toBe('NHS £5m');
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('NHS £5m');
  });
  it('drops a UTF-8 byte-order mark', () => {
    expect(decode(Buffer.from('\uFEFFtext', 'utf8'))).toBe('text');
  });
  it('refuses NUL bytes and invalid UTF-8 with a reason', () => {
    expect(() => decode(Buffer.from([0x61, 0x00, 0x62]))).toThrow(/binary file \(NUL byte at offset 1\)/);
    expect(() => decode(Buffer.from([0x61, 0xc3, 0x28]))).toThrow(/not valid UTF-8/);
  });
});

describe('splitHeader', () => {
  it('strips known header lines ended by a blank line', () => {
    expect(splitHeader('title: T\npublished: 2024-05-14\n\nBody.')).toEqual({ header: { title: 'T', published: '2024-05-14' }, body: 'Body.' });
  });
  it('keeps text that only looks like a header', () => {
    const text = 'Note: this is prose.\n\nMore.';
    expect(splitHeader(text)).toEqual({ header: {}, body: text });
    expect(splitHeader('title: T\nNo blank line after.')).toEqual({ header: {}, body: 'title: T\nNo blank line after.' });
  });
});

describe('htmlToText', () => {
  it('keeps visible text and drops scripts, styles, comments and head', () => {
    const html = `<html><head><title>Headline</title><style>p{color:red}</style><script>var x = "=HIDDEN";</script></head>
      <body><!-- a comment --><p>First &amp; foremost.</p><script type="text/javascript">alert('no')</script><noscript>nojs</noscript><div>Second<br>line</div></body></html>`;
    const { text, title } = htmlToText(html);
    expect(title).toBe('Headline');
    expect(text).toBe('First & foremost.\n\nSecond\n\nline');
    for (const hidden of ['color', 'HIDDEN', 'comment', 'alert', 'nojs']) expect(text).not.toContain(hidden);
  });
});

describe('readArticles', () => {
  it('fails an empty file and a white-space-only file', async () => {
    expect(only(await read('empty.txt', ''))).toMatchObject({ status: 'failed', reason: 'empty article' });
    expect(only(await read('blank.txt', ' \n\t\n  '))).toMatchObject({ status: 'failed', reason: 'article has only white space' });
  });
  it('fails binary and invalid UTF-8 files', async () => {
    expect(only(await read('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^binary file/) });
    expect(only(await read('latin1.txt', Buffer.from('caf\xe9 na\xefve', 'latin1')))).toMatchObject({ status: 'failed', reason: 'not valid UTF-8 text' });
  });
  it('reads a UTF-16 file with a byte-order mark, header and all', async () => {
    const o = only(await read('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: Sixteen\r\n\r\nThe ICS said so.\r\n', 'utf16le')])));
    expect(o.status).toBe('ok');
    if (o.status === 'ok') expect(o.article).toMatchObject({ id: 'utf16', title: 'Sixteen', text: 'The ICS said so.\n' });
  });
  it('skips an unknown extension, saying which ones are read', async () => {
    expect(only(await read('notes.docx', 'PK'))).toMatchObject({ status: 'skipped', reason: expect.stringContaining('unknown extension ".docx"') });
    expect(only(await read('README', 'x'))).toMatchObject({ status: 'skipped', reason: expect.stringContaining('"(none)"') });
  });
  it('reads every good line of a .jsonl file and names the bad line', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'First article.' }),
      '{"id": "b", "text": "broken',
      JSON.stringify({ id: 'c', text: 'Third article.', title: 'C', published: '2024-02-03' }),
      JSON.stringify({ id: 'd' }),
    ];
    const out = await read('many.jsonl', lines.join('\n') + '\n');
    expect(out.map((o) => [o.status, o.source])).toEqual([
      ['ok', expect.stringMatching(/many\.jsonl:1$/)],
      ['failed', expect.stringMatching(/many\.jsonl:2$/)],
      ['ok', expect.stringMatching(/many\.jsonl:3$/)],
      ['failed', expect.stringMatching(/many\.jsonl:4$/)],
    ]);
    expect(out[1]).toMatchObject({ reason: expect.stringMatching(/^malformed JSON on line 2: /) });
    expect(out[3]).toMatchObject({ reason: 'line 4 has no string "text"' });
  });
  it('refuses an article over the size limit, before reading a file far over it', async () => {
    const text = 'word '.repeat(2_000);
    expect(only(await read('long.txt', text, { maxArticleChars: 5_000 }))).toMatchObject({ status: 'failed', reason: 'article text is 10,000 characters, over the limit of 5,000 (--max-mb)' });
    expect(only(await read('huge.txt', text.repeat(3), { maxArticleChars: 5_000 }))).toMatchObject({ status: 'failed', reason: 'file is 0.0 MB, over 4 × the article limit of 5,000 characters (--max-mb)' });
    expect(only(await read('fits.txt', text, { maxArticleChars: 10_000 })).status).toBe('ok');
  });
  it('refuses a 20 MB article by default, with its size', async () => {
    const o = only(await read('twenty.txt', 'The trust said so. '.repeat(1_100_000)));
    expect(o).toMatchObject({ status: 'failed', reason: 'file is 20.9 MB, over 4 × the article limit of 2,000,000 characters (--max-mb)' });
  });
  it('reads a single 1 MB line without punctuation', async () => {
    const o = only(await read('line.txt', 'abc '.repeat(250_000)));
    expect(o.status).toBe('ok');
    if (o.status === 'ok') expect(o.article.text.length).toBe(1_000_000);
  });
  it('refuses ids that cannot be file names', async () => {
    const out = await read('ids.jsonl', [JSON.stringify({ id: '../escape', text: 'x' }), JSON.stringify({ id: '.hidden', text: 'x' })].join('\n'));
    expect(out.every((o) => o.status === 'failed' && /cannot be used as a file name/.test(o.reason))).toBe(true);
  });
  it('refuses a published header that is not a real day', async () => {
    await mkdir(path.join(dir, 'sub'), { recursive: true });
    const o = only(await read('sub/x.md', 'published: 2024-13-01\n\nText.'));
    expect(o).toMatchObject({ status: 'failed', reason: 'published "2024-13-01" is not a YYYY-MM-DD date' });
  });
});
