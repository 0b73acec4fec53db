import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../src/ingest/furniture.js';

describe('isPageFurniture', () => {
  it.each([
    'Advertisement',
    'Story Continued Below',
    'Featured image via Twitter',
    '7k SHARES SHARE THIS STORY',
    'Photo: Getty Images',
    'Advertisement...',
    'Read more: !!!',
  ])('drops the page furniture line "%s"', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each([
    'Advertisement revenue fell by a third, the company said.',
    'Sessions shares his view of the investigation.',
    'The story continued below the fold of every paper in the country for a week.',
    `Advertisement${'.'.repeat(200)} A`,
  ])('keeps the article sentence "%s"', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});
