import { describe, expect, it } from 'vitest';
import { amountsIn, boundsIn, meetsBound } from '../../src/language/amounts.js';

describe('amounts and the bounds claims set on them', () => {
  it('reads amounts with thousands commas, decimals and scale words, not years', () => {
    expect(
      amountsIn('196,410 deaths, 6.6 million cases, 15k refugees and $1.2 billion in 2019').map(
        (amount) => amount.value,
      ),
    ).toEqual([196_410, 6_600_000, 15_000, 1_200_000_000]);
  });

  it('reads the bound a claim sets and which side of it is asked', () => {
    expect(boundsIn('had deaths passed 200,000').map(({ kind, value }) => [kind, value])).toEqual([
      ['above', 200_000],
    ]);
    expect(boundsIn('no more than 15k refugees').map(({ kind, value }) => [kind, value])).toEqual([
      ['at-most', 15_000],
    ]);
    expect(boundsIn('a meeting over lunch')).toEqual([]);
  });

  it('meets a bound only with an amount of the same order on its side', () => {
    const [above] = boundsIn('above 200,000');
    if (above === undefined) throw new Error('no bound read');
    expect(meetsBound(above, amountsIn('The number of deaths is 212,000.'))).toBe(true);
    expect(meetsBound(above, amountsIn('The number of deaths is 196,410.'))).toBe(false);
    // Millions of cases are no count of deaths near 200,000.
    expect(meetsBound(above, amountsIn('There are 6.6 million cases.'))).toBeUndefined();
  });
});
