// The topic body: the body one article is about, or none in a round-up.
import { describe, expect, it } from 'vitest';
import { topicOf } from '../../extractors/topic.ts';

const names = (spec: Record<string, number>) => Object.entries(spec).flatMap(([n, k]) => Array.from({ length: k }, () => n));

describe('topicOf', () => {
  it('is the body named most, at least three times, half as often again as any other and in a quarter of all mentions', () => {
    expect(topicOf(names({ 'Wye Valley NHS Trust': 8, 'Herefordshire and Worcestershire ICB': 2 }), 14)).toBe('Wye Valley NHS Trust');
  });
  it('is none when named fewer than three times', () => {
    expect(topicOf(names({ A: 2 }), 2)).toBeNull();
  });
  it('is none when another body is named nearly as often', () => {
    expect(topicOf(names({ A: 6, B: 5 }), 11)).toBeNull();
  });
  it('is none in a round-up, where the most named body has under a quarter of the mentions', () => {
    expect(topicOf(names({ 'South East London ICS': 5, B: 3 }), 37)).toBeNull();
  });
  it('is none with no mentions', () => {
    expect(topicOf([], 0)).toBeNull();
  });
});
