import { describe, expect, it } from 'vitest';
import { asYesNoQuestion } from '../../src/question/claim-forms.js';

describe('asYesNoQuestion: the yes-no question a claim in another form means', () => {
  it.each([
    ['True or false: Sessions recused himself', 'Did Sessions recused himself'],
    ["Didn't Trump say he would run?", 'Did Trump say he would run'],
    ['Was Pence the one who said it was stolen?', 'Was it Pence who said it was stolen'],
    ['Is it true that Comey was fired by Trump?', 'Was Comey fired by Trump'],
    ['Is it true that US deaths had passed 200,000?', 'Had US deaths passed 200,000'],
    ['Is there a record of Trump denying it?', 'Did Trump deny it'],
    ['Trump called McCain not a war hero?', 'Did Trump called McCain not a war hero'],
    [
      'Did it come out that Trump had tried to get the Justice Department to prosecute Comey?',
      'Had Trump tried to get the Justice Department to prosecute Comey',
    ],
    ['Was it reported that Pence skipped the dinner?', 'Did Pence skipped the dinner'],
    ['Has it emerged that the memo was leaked?', 'Was the memo leaked'],
    [
      'Was it Interior Secretary Ryan Zinke who ordered oil released from the reserve?',
      'Did Interior Secretary Ryan Zinke order oil released from the reserve',
    ],
    ['Was it the White House that announced the call?', 'Did the White House announce the call'],
    ['Was it Trump himself who greeted Xi on the tarmac?', 'Did Trump greet Xi on the tarmac'],
    ['Was it Comey who was fired in May 2017?', 'Was Comey fired in May 2017'],
  ])('reads "%s" as "%s"', (claim, question) => {
    expect(asYesNoQuestion(claim)).toBe(question);
  });

  it('keeps "was" inside what was said when a verb stands before it', () => {
    expect(asYesNoQuestion('Fact check: Trump said the election was rigged')).toBe(
      'Did Trump said the election was rigged',
    );
  });

  it('gives a cleft\'s verb in its bare form, "-ed" after one consonant mostly ending in "e"', () => {
    // The tagger's lemma of "staged" is "stag"; "blocked" and "stopped" keep no "e".
    expect(asYesNoQuestion('Was it Pence who staged a rally in Yuma?')).toBe(
      'Did Pence stage a rally in Yuma',
    );
    expect(asYesNoQuestion('Was it McConnell who blocked the address?')).toBe(
      'Did McConnell block the address',
    );
    expect(asYesNoQuestion('Was it Pelosi who stopped the speech?')).toBe(
      'Did Pelosi stop the speech',
    );
  });

  it('reads no cleft whose "it" stands for a time, or that has no verb after "who"', () => {
    expect(asYesNoQuestion('Was it in 2017 that Trump fired Comey?')).toBeNull();
    expect(asYesNoQuestion('Was it Pence who?')).toBeNull();
  });

  it('is null for a question already in a form the rules read, or for no claim', () => {
    expect(asYesNoQuestion('Is it true that did Trump say it?')).toBeNull();
    expect(asYesNoQuestion('When did Sessions recuse himself?')).toBeNull();
    expect(asYesNoQuestion('Trump said it')).toBeNull();
  });
});
