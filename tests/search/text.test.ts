import { describe, expect, it } from 'vitest';
import { contentStems, fold, stem, words } from '../../src/search/text.js';
import { synonymsOf, rewritePhrases } from '../../src/search/synonyms.js';
import { allowedEdits, osaDistance } from '../../src/language/edit-distance.js';

describe('text normalisation', () => {
  it('folds case and diacritics so "Vučić" matches "vucic"', () => {
    expect(fold('Aleksandar Vučić')).toBe('aleksandar vucic');
  });

  it('writes numbers out so "200,000" and "200k" are one word, the same word', () => {
    expect(words('deaths reach 200,000')).toEqual(['deaths', 'reach', '200000']);
    expect(words('the 200k mark')).toEqual(['the', '200000', 'mark']);
    // A list of small numbers is no thousands separator.
    expect(words('votes 3, 4 and 5')).toEqual(['votes', '3', '4', 'and', '5']);
  });

  it('writes a letter hyphened to a number as one word, so "G-7" is "G7"', () => {
    expect(words('the 2020 G-7 summit')).toEqual(['the', '2020', 'g7', 'summit']);
    expect(words('G7 and G-20')).toEqual(['g7', 'and', 'g20']);
    // Only a lone letter: "COVID-19" and "Trump-Kim" keep their parts.
    expect(words('COVID-19 at the Trump-Kim summit')).toEqual([
      'covid',
      '19',
      'at',
      'the',
      'trump',
      'kim',
      'summit',
    ]);
  });

  it('drops possessives and inner apostrophes', () => {
    expect(words("Trump's team didn’t")).toEqual(['trump', 'team', 'didnt']);
  });

  it('gives recuse, recused, recusal and recusing the same stem', () => {
    const stems = ['recuse', 'recused', 'recusal', 'recusing'].map(stem);
    expect(new Set(stems).size).toBe(1);
  });

  it('keeps content words only, stemmed', () => {
    expect(contentStems('He recused himself from the investigations')).toEqual([
      'recus',
      'investig',
    ]);
  });
});

describe('synonyms', () => {
  it('relates fire to dismiss and remove, both ways', () => {
    expect(synonymsOf(stem('fire'))).toEqual(
      expect.arrayContaining([stem('dismiss'), stem('remove')]),
    );
    expect(synonymsOf(stem('removes'))).toContain(stem('fire'));
  });

  it('reads "stepped down" as resigning', () => {
    expect(rewritePhrases('when Flynn stepped down')).toBe('when Flynn resign');
  });
});

describe('edit distance', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(osaDistance('sessoins', 'sessions')).toBe(1);
    expect(osaDistance('flyn', 'flynn')).toBe(1);
    expect(osaDistance('comey', 'comey')).toBe(0);
  });

  it('stops early past the allowed number of edits', () => {
    expect(osaDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('allows no typo in very short words and more in longer ones', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
});
