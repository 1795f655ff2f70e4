import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../../src/lib/enrichment/related.ts';

const doc = (id: string, text: string, story?: string): RelatedInput => ({
  id,
  time: 1_700_000_000_000,
  texts: [text],
  entities: ['Vladimir Putin'],
  story,
});

describe('findRelated with stories', () => {
  it('never lists another version of the same story', () => {
    const inputs = [
      doc('first', 'Putin and Xi sign a partnership agreement in Beijing', 'first'),
      doc('update', 'Putin and Xi sign a partnership agreement in Beijing, officials say', 'first'),
      doc('radio', 'Putin and Xi sign a partnership agreement', 'first'),
      doc('other', 'Putin hosts talks on a partnership agreement with Beijing'),
    ];
    const { related } = findRelated(inputs);
    expect(related.get('first')).toEqual(['other']);
    expect(related.get('update')).toEqual(['other']);
    // One version of another story, not three.
    expect(related.get('other')).toHaveLength(1);
    expect(['first', 'update', 'radio']).toContain(related.get('other')![0]);
  });
});
