import { describe, expect, it } from 'vitest';
import {
  askedUnrealised,
  OPPOSITE_FACTOR,
  oppositeFit,
  predicateFit,
  UNREALISED_FACTOR,
} from '../../../src/answer/rank/predicate.js';
import { stem } from '../../../src/search/text.js';

const asked = (...words: string[]): Set<string> => new Set(words.map(stem));

describe('predicateFit: does the text report the asked action as done', () => {
  it('keeps a text where the asked word is a plain verb', () => {
    expect(
      predicateFit('The Senate confirms Mark Doe as attorney general.', asked('confirmed')),
    ).toBe(1);
  });

  it('lowers a text where the asked action is only planned or announced', () => {
    expect(
      predicateFit('The House says it will subpoena Doe to testify next week.', asked('testify')),
    ).toBe(UNREALISED_FACTOR);
  });

  it('lowers a text where the asked word names a step toward the action', () => {
    expect(
      predicateFit('Doe undergoes his confirmation hearing in the Senate.', asked('confirmed')),
    ).toBe(UNREALISED_FACTOR);
  });

  it('lowers a text where the asked word only names someone by what was done before', () => {
    expect(
      predicateFit('Roe attacks Jim Doe, the fired FBI director, on Twitter.', asked('fire')),
    ).toBe(UNREALISED_FACTOR);
    expect(predicateFit('Roe fires Jim Doe, the FBI director.', asked('fire'))).toBe(1);
  });

  it('keeps a text that also reports the action as done somewhere', () => {
    expect(
      predicateFit(
        'After a confirmation hearing in January, the Senate confirms Doe.',
        asked('confirmed'),
      ),
    ).toBe(1);
  });

  it('ignores words the question did not ask about', () => {
    expect(predicateFit('Doe plans to travel to Ohio.', asked('resign'))).toBe(1);
  });
});

describe('askedUnrealised: words the question itself puts in the future', () => {
  it('reads "say he would attend" as asking when it was said, not when he attended', () => {
    const unrealised = askedUnrealised('Pence say he would attend the inauguration');
    expect(unrealised.has(stem('attend'))).toBe(true);
    expect(unrealised.has(stem('inauguration'))).toBe(false);
  });

  it('finds nothing in a question about a done action', () => {
    expect(askedUnrealised('When was Barr confirmed')).toEqual(new Set());
  });
});

describe('oppositeFit: does the text report the opposite of the asked action', () => {
  it('lowers a text that tells of beginning what the question asks was finished', () => {
    const text = 'The defense team begin opening arguments in the impeachment trial.';
    expect(oppositeFit(text, asked('finish', 'opening', 'arguments'))).toBe(OPPOSITE_FACTOR);
  });

  it('keeps a text that holds the asked action, or a synonym of it, beside its opposite', () => {
    expect(
      oppositeFit('The team completes the arguments it began on Saturday.', asked('conclude')),
    ).toBe(1);
    expect(oppositeFit('The team begins and finishes in a day.', asked('finish'))).toBe(1);
  });
});
