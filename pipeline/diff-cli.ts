// `npm run diff -- OLD NEW [--json]`: a thin command line over diffFolders.
// Exit 0 when the runs hold the same records, 1 when they differ, 2 on a usage or read error.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { diffFolders, formatDiff } from './diff.ts';

export const DIFF_HELP = `usage: npm run diff -- OLD_OUTPUT NEW_OUTPUT [--json]

Compares two runs (output folders, or --check baselines) record by record, per article and
per kind. Records are matched by entity type and name, date kind and text, metric text and
vendor name; for each article it prints what was removed (-), added (+) and changed (~,
with the changed fields), then a table of counts per kind.

  --json       print the same as JSON instead of text
  -h, --help   show this help

Exit status: 0 identical, 1 different, 2 usage error or unreadable folder.`;

export interface DiffIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: DiffIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function main(argv: string[], io: DiffIo = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (err) {
    io.err(`diff: ${(err as Error).message.split('\n')[0]} (see --help)\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(DIFF_HELP + '\n');
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    io.err(`diff: expected two folders, OLD and NEW, got ${parsed.positionals.length} (see --help)\n`);
    return 2;
  }
  const [oldDir, newDir] = parsed.positionals as [string, string];
  let diff;
  try {
    diff = await diffFolders(oldDir, newDir);
  } catch (err) {
    io.err(`diff: ${(err as Error).message}\n`);
    return 2;
  }
  io.out(parsed.values.json ? JSON.stringify({ old: oldDir, new: newDir, ...diff }, null, 2) + '\n' : formatDiff(diff));
  return diff.identical ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
