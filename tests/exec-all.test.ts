import { describe, expect, it } from 'vitest';
import { execAll } from '../extractors/exec-all.ts';

describe('execAll: the matches of a shared global pattern', () => {
  it.each([
    [/\b\d{4}\b/g, 'In 2023 and 2024, not 12345, and 2025.'],
    [/a*/g, 'baaac'],
    [/(?<word>[A-Z]\w+)/g, 'Leeds and York Partnership'],
    [/x/g, 'no match here'],
  ])('finds what matchAll finds: %s', (pattern, text) => {
    const expected = [...text.matchAll(new RegExp(pattern))].map((m) => [m.index, m[0]]);
    expect([...execAll(pattern, text)].map((m) => [m.index, m[0]])).toEqual(expected);
  });
  it('leaves the pattern ready for the next walk, also after a walk broken off', () => {
    const pattern = /\d/g;
    for (const m of execAll(pattern, '1 2 3')) if (m[0] === '2') break;
    expect(pattern.lastIndex).toBe(0);
    expect([...execAll(pattern, '4 5')].map((m) => m[0])).toEqual(['4', '5']);
  });
  it('refuses a pattern without the global flag', () => {
    expect(() => [...execAll(/\d/, '1')]).toThrow(TypeError);
  });
});
