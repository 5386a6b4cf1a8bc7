// The topic body: the body one article is about, or none in a round-up.
import { describe, expect, it } from 'vitest';
import { describedBodies, topicOf } from '../../extractors/topic.ts';

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

describe('describedBodies', () => {
  const at = (text: string, ...names: string[]) => names.map((name) => ({ start: text.indexOf(name), name }));
  it('gives each description the last body of its kind named before it', () => {
    const text = 'Hywel Dda University Health Board works with Digital Health and Care Wales. The health board will pay. The board agreed.';
    expect(describedBodies(text, at(text, 'Hywel Dda University Health Board', 'Digital Health and Care Wales'))).toEqual(['Hywel Dda University Health Board', 'Hywel Dda University Health Board']);
  });
  it('reads a Scottish territorial board as a health board', () => {
    const text = 'NHS Grampian chose Qure.ai. The health board will report.';
    expect(describedBodies(text, at(text, 'NHS Grampian'))).toEqual(['NHS Grampian']);
  });
  it('points a trust description at a trust, a council description at a council', () => {
    const text = 'Wiltshire Council and Salisbury NHS Foundation Trust met. The council paid and the trust hosted.';
    expect(describedBodies(text, at(text, 'Wiltshire Council', 'Salisbury NHS Foundation Trust')).sort()).toEqual(['Salisbury NHS Foundation Trust', 'Wiltshire Council']);
  });
  it('points "the trust" past a trust named once in passing to the trust the article keeps naming', () => {
    const text = 'Avonford NHS Foundation Trust was attacked. Avonford NHS Foundation Trust runs Avonford General Hospital. Patients went to Avonford Ambulance Service NHS Trust. The trust has recovered.';
    const bodies = [...at(text, 'Avonford NHS Foundation Trust'), { start: text.indexOf('Avonford NHS Foundation Trust', 10), name: 'Avonford NHS Foundation Trust' }, ...at(text, 'Avonford General Hospital', 'Avonford Ambulance Service NHS Trust')];
    expect(describedBodies(text, bodies.sort((a, b) => a.start - b.start))).toEqual(['Avonford NHS Foundation Trust']);
  });
  it('points "the trust" at a trust before a hospital named since', () => {
    const text = 'Avonford NHS Foundation Trust runs Avonford General Hospital. The trust has recovered.';
    expect(describedBodies(text, at(text, 'Avonford NHS Foundation Trust', 'Avonford General Hospital'))).toEqual(['Avonford NHS Foundation Trust']);
  });
  it('points "the trust" at the trust the article names far more often than a trust named since', () => {
    const text = 'A Trust. A Trust. A Trust. A Trust. B Trust. B Trust. The trust said so.';
    const bodies = [0, 9, 18, 27, 36, 45].map((start, k) => ({ start, name: k < 4 ? 'A Trust' : 'B Trust' }));
    expect(describedBodies(text, bodies)).toEqual(['A Trust']);
  });
  it('points "the trust" at the nearest where the article names each about as often (a round-up)', () => {
    const text = 'A Trust. A Trust. B Trust. B Trust. The trust said so.';
    const bodies = [0, 9, 18, 27].map((start, k) => ({ start, name: k < 2 ? 'A Trust' : 'B Trust' }));
    expect(describedBodies(text, bodies)).toEqual(['B Trust']);
  });
  it('leaves a description with no body of its kind before it', () => {
    const text = 'The trust said so. Later, Leeds Teaching Hospitals NHS Trust agreed.';
    expect(describedBodies(text, at(text, 'Leeds Teaching Hospitals NHS Trust'))).toEqual([]);
  });
});
