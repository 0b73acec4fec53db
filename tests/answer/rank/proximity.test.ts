import { describe, expect, it } from 'vitest';
import {
  BROKEN_NAME,
  PAIR_BONUS,
  nameFit,
  namePairs,
  proximityFit,
  stemPairs,
} from '../../../src/answer/rank/proximity.js';

describe('proximityFit: words the question writes together, written together', () => {
  const asked = stemPairs('campaign in New Mexico');

  it('raises a text that keeps a pair of the question together', () => {
    expect(proximityFit('President Lee holds a rally in Rio Rancho, New Mexico.', asked)).toBe(
      1 + PAIR_BONUS,
    );
  });

  it('leaves a text that has the words apart at 1', () => {
    expect(proximityFit('A new trade deal with Mexico and Canada comes into effect.', asked)).toBe(
      1,
    );
  });

  it('is 1 when the question has no pairs', () => {
    expect(proximityFit('Anything at all.', new Set())).toBe(1);
  });
});

describe('namePairs: the two-word names a question gives', () => {
  it('takes adjacent capitalised words past the first word', () => {
    expect(namePairs('When did Trump campaign in New Mexico?', new Set(['trump']))).toEqual(
      new Set(['new mexico']),
    );
  });

  it("leaves out pairs with an asked person's name, whose title varies", () => {
    expect(namePairs('When did President Trump visit Trump Tower', new Set(['trump']))).toEqual(
      new Set(),
    );
  });
});

describe('nameFit: a word of an asked name, used for something else', () => {
  const asked = namePairs('campaign in New Mexico', new Set());

  it('lowers a text naming the last word of the name without the name', () => {
    expect(nameFit('The United States–Mexico–Canada Agreement comes into effect.', asked)).toBe(
      BROKEN_NAME,
    );
  });

  it('leaves a text that holds the whole name at 1', () => {
    expect(nameFit('President Lee holds a rally in Rio Rancho, New Mexico.', asked)).toBe(1);
  });

  it('reads a name that initials stand inside as whole: "Ninth U.S. Circuit" is the Ninth Circuit', () => {
    const ninth = namePairs('Did the Ninth Circuit deny the appeal?', new Set());
    expect(nameFit('The Ninth U.S. Circuit Court of Appeals denies the appeal.', ninth)).toBe(1);
  });

  it('leaves a text with only the first word, or the last in lower case, at 1', () => {
    expect(
      nameFit('A rally in Portsmouth, New Hampshire.', namePairs('in New England', new Set())),
    ).toBe(1);
    expect(
      nameFit('Aid for the state of Florida.', namePairs('the Sunshine State', new Set())),
    ).toBe(1);
  });
});
