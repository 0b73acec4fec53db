import { describe, expect, it } from 'vitest';
import { samePerson } from '../../bench/questions.js';

describe('the question benchmark judges a speaker as a reader would', () => {
  it('takes a title and a surname for the full name', () => {
    expect(samePerson('Donald Trump', 'President Trump')).toBe(true);
    expect(samePerson('Ralph Goodale', 'Public Safety Minister Ralph Goodale')).toBe(true);
  });

  it('still tells apart people who share a surname or a first name', () => {
    expect(samePerson('Mike Pence', 'Karen Pence')).toBe(false);
    expect(samePerson('Donald Trump', 'Donald Trump Jr.')).toBe(false);
    expect(samePerson('Donald Trump', "Donald Trump's campaign")).toBe(false);
  });

  it('takes a body named in other words or with filler', () => {
    expect(samePerson('Justice Department', 'The Department of Justice')).toBe(true);
    expect(samePerson('Golden State Warriors', 'The entire Golden State Warrior team')).toBe(true);
    expect(samePerson('Trump campaign', "President Trump's campaign team")).toBe(true);
    expect(samePerson('Democratic senators', 'Some Democratic senators')).toBe(true);
    expect(
      samePerson(
        'former Justice Department officials',
        'More than 2,000 former Justice Department officials',
      ),
    ).toBe(true);
  });

  it('does not take one word of a body for the body', () => {
    expect(samePerson('The Senate', 'The Senate Judiciary Committee')).toBe(false);
    expect(samePerson('Donald Trump', 'The Trump administration')).toBe(false);
  });

  it('takes a list of the same people, with or without given names', () => {
    expect(samePerson('Pompeo, Haspel and Esper', 'Mike Pompeo, Gina Haspel, and Mark Esper')).toBe(
      true,
    );
    expect(samePerson('Trump and Pence', 'Donald Trump and Mike Pence')).toBe(true);
    expect(samePerson('Trump and Pence', 'Donald Trump and Mike Pompeo')).toBe(false);
    expect(samePerson('Joe Scarborough and Mika Brzezinski', 'Joe Scarborough')).toBe(false);
    expect(samePerson('Donald Trump and Melania Trump', 'Melania Trump')).toBe(false);
  });
});
