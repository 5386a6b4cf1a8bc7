// A hospital is a site that a trust or health board runs: the body, not the site, buys from a
// supplier and commits to a deadline. Shared by the vendors' customers and the deadlines' subjects.
import { DIRECTIONS, GENERIC_NAME_WORDS } from './entities/lexicon.ts';

// ("Stamford and Rutland Hospital", "Royal Hospital for Children and Young People"… : joining words inside the name)
const HOSPITAL = /^[A-Z][\w'’-]* (?:(?:[A-Z][\w'’-]*|and|&|of|upon|on|in|the) )*(?:Hospital|Infirmary)$/;
/** Words a hospital's name may open with that say nothing of where it is ("Royal", "St", "North", "Western"). */
const notAPlaceWord = (w: string) => GENERIC_NAME_WORDS.has(w) || DIRECTIONS.has(w);
const TRUST = /(?:\bTrust|\bHealth Board)$/;

/** Whether a body's name ends as a hospital's does ("Morriston Hospital", "Hull Royal Infirmary"). */
export function isHospital(name: string): boolean {
  return HOSPITAL.test(name);
}

/**
 * "Medway Maritime Hospital" → "Medway NHS Foundation Trust": the one trust or health board among `bodies` named
 * after the same place as a hospital is the body that runs it; null when there is none or more than one.
 */
export function trustRunning(name: string, bodies: Iterable<string>): string | null {
  if (!isHospital(name)) return null;
  const place = name.split(' ').find((w) => !notAPlaceWord(w));
  if (!place || place === 'Hospital' || place === 'Infirmary') return null;
  let trust: string | null = null;
  for (const b of bodies) {
    if (b === trust || !TRUST.test(b) || !b.split(' ').includes(place)) continue;
    if (trust !== null) return null;
    trust = b;
  }
  return trust;
}
