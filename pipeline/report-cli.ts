// `npm run report -- [--out DIR]`: writes the HTML review pages for a finished run.
// Exit 0 when written, 1 when the run cannot be read, 2 on a usage error.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { displayPath } from './1-read.ts';
import { writeReport } from './report/index.ts';

export const REPORT_HELP = `usage: npm run report -- [--out DIR]

Writes DIR/report/index.html (articles, counts, deadline timeline, top vendors and
organisations) and DIR/report/<article id>.html (the text with every record highlighted)
for a run that \`npm run extract\` finished. Article text is read again from each source,
so run it from the folder the extract ran in.

  --out DIR     the run's output folder (default: output)
  -h, --help    show this help`;

export async function main(argv: string[]): Promise<number> {
  let out: string;
  try {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'output' }, help: { type: 'boolean', short: 'h', default: false } } });
    if (values.help) {
      process.stdout.write(REPORT_HELP + '\n');
      return 0;
    }
    out = values.out!;
  } catch (err) {
    process.stderr.write(`report: ${(err as Error).message.split('\n')[0]} (see --help)\n`);
    return 2;
  }
  try {
    const r = await writeReport(out);
    for (const p of r.problems) process.stderr.write(`report: ${p}\n`);
    process.stderr.write(`report: ${r.pages} pages → ${displayPath(r.dir)}/index.html\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`report: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
