import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { countsOtherwise } from '../../src/answer/verify.js';
import { answererOverDated, askOver, REFERENCE, syntheticDatasetOf } from './datasets.js';

/** Verdicts on claims whose words are only partly quoted: the sentence reports the rest. */
describe('verifying a claim against a sentence that reports a few quoted words', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Trump calls the refugee deal with Australia "dumb" in a tweet.',
      'President Trump becomes the first president to be impeached twice after the House voted yes to impeach Trump on the charge of "incitement of insurrection".',
      'Senator Collins says the tax bill is "a good first step" toward lower rates.',
      'President Trump tweets that "there is NO COLLUSION!" after the indictments.',
      'At the UN, President Trump calls Kim Jong-un "Rocket Man" and threatens to "totally destroy" North Korea.',
      'President Trump attacks James Comey, the fired FBI director, as a "slimeball".',
      'Ambassador Haley says she will be "taking names" of countries that vote against the U.S. and pass them to President Trump.',
      'A soldier was hit by a bullet in the drill.',
    ]),
    { referenceDate: REFERENCE },
  );

  it("says yes when the claim quotes the speaker's own words and the report holds the rest", () => {
    const result = answerer.ask('did trump call the australia refugee deal dumb');
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toBe('dumb');
  });

  it('says "in other words" when the report holds the claim but the quoted words differ', () => {
    const result = answerer.ask('Did Trump say the refugee deal with Australia was stupid?');
    expect(result.verdict).toBe('paraphrase');
  });

  it("never counts a report without the claim's rarest known word as someone else's words", () => {
    const result = answerer.ask('Did Michael Cohen say he would "take a bullet" for Trump?');
    expect(result.verdict).toBe('not-found');
  });

  it('does not count a report that shares the quoted word but not the claim subject', () => {
    const result = answerer.ask(
      'Did Trump answer "yes" when asked if Russia still interferes in elections?',
    );
    expect(result.verdict).not.toBe('exact');
    expect(result.verdict).not.toBe('paraphrase');
  });

  it('compares a misspelt claim as the dataset spells its words', () => {
    const result = answerer.ask('did trump tweet there is NO COLUSION');
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toBe('there is NO COLLUSION!');
  });

  it('names the quoted words themselves, not another fragment of the same report', () => {
    const result = answerer.ask('Did Mattis call Kim Rocket Man?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toBe('Rocket Man');
  });

  it('does not take a report for the claim when the quoted words stand for none of it', () => {
    // "fired" and "Comey" are the reporter's words around the quotation, not what "slimeball" says.
    const result = answerer.ask('Did Trump confirm he fired Comey?');
    expect(result.verdict).not.toBe('exact');
    expect(result.verdict).not.toBe('paraphrase');
  });
});

describe('a claim with the circumstance it was made in', () => {
  it('compares the quotation with the claim, not with "when he announced …" after it', () => {
    const answerer = createAnswerer(
      syntheticDatasetOf([
        'Governor Mark Doe announces the arrest, saying "we caught the number-one smuggler anywhere in the world, Jack Roe, in the harbour".',
      ]),
      { referenceDate: REFERENCE },
    );
    const result = answerer.ask(
      "Did Doe call Jack Roe the world's top smuggler when he announced the arrest?",
    );
    expect(result.verdict).toBe('paraphrase');
  });
});

/** "Did X <do something> …?": claims about what someone did, checked against the events. */
describe('claims about what someone did', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Ambassador Nikki Vale informs Secretary-General Anton Gutt that the country is to remove itself from the refugee declaration.',
      'Secretary of State Rex Till meets the prime minister.',
      'Secretary of Health Tom Pryce announces his commitment to greater Medicaid flexibility for states.',
      'At least five scientists on the Board of Counselors are informed by the Environmental Protection Agency that their terms will not be renewed.',
      'The Environmental Protection Agency publishes a report.',
      'The Department of Homeland Security orders Twitter to reveal the identity of a user whose account was critical of the President.',
      'President John Roe signs an executive order, which enacts a five-year ban on lobbying for presidential appointees after leaving the administration.',
      'A bomb is dropped on a cave complex in Nangarhar Province, Afghanistan, the same province where Sergeant Mark Dale was killed.',
      'Josh Rafe, a senior communications aide, announced his resignation from the administration.',
      'President John Roe attacks James Comey, the fired FBI director, at a rally.',
      'Secretary of State Rex Till meets with United Arab Emirates Foreign Minister Abdullah bin Zayed.',
      'Ann Lee is questioned by the police. In the following days, she deletes her Facebook account and opens a new one.',
      'Ben Marsh is questioned by the police. He changes his telephone number.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('reads a sentence whose subject is "she" after an opening phrase as about the one named before', () => {
    const result = answerer.ask('Did Ann Lee delete her Facebook account?');
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toMatch(/she deletes her Facebook account/);
  });

  it('says a short claim is said when "he" goes on about them with its verb and every word', () => {
    const result = answerer.ask('Did Ben Marsh change his telephone number?');
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toMatch(/He changes his telephone number/);
  });

  it('names the one who did it when the events give it to someone else', () => {
    const result = answerer.ask(
      'Did Rex Till inform Gutt that the country was pulling out of the refugee declaration?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^Ambassador Nikki Vale informs/);
  });

  it('calls an event about the speaker with most of the claim\'s words related, not "not found"', () => {
    const result = answerer.ask('Did Tom Pryce pledge to give states more leeway over Medicaid?');
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toMatch(/Medicaid flexibility/);
  });

  it('finds a speaker named by initials in events that spell the name out', () => {
    const result = answerer.ask('Did the EPA renew the terms of the scientists on its board?');
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toMatch(/terms will not be renewed/);
  });

  it('reads an acronym as the name it stands for when the claim is in the words of an event', () => {
    const result = answerer.ask(
      "Did Rex Till meet the UAE's foreign minister, Abdullah bin Zayed?",
    );
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toMatch(/United Arab Emirates Foreign Minister/);
  });

  it('says an event holding every word of the claim said it, in whatever order', () => {
    const result = answerer.ask(
      "Did John Roe's executive order enact a five-year lobbying ban on appointees when they leave?",
    );
    expect(result.verdict).toBe('exact');
    expect(result.answers[0]?.text).toMatch(/five-year ban on lobbying/);
  });

  it('says a short claim was said when its speaker is the subject of its verb', () => {
    expect(answerer.ask('Did Josh Rafe announce his resignation?').verdict).toBe('exact');
  });

  it("never says so when the claim's verb is not the speaker's", () => {
    expect(answerer.ask('Did John Roe fire James Comey?').verdict).not.toBe('exact');
  });

  it("counts a place's adjective as its name when every word is there", () => {
    const result = answerer.ask(
      'Was the bomb dropped in the same Afghan province where Sergeant Mark Dale had been killed?',
    );
    expect(result.verdict).toBe('exact');
  });

  it("reads what follows an acronym's spelled-out name as the speaker's claim", () => {
    const result = answerer.ask(
      'did DHS tell twitter to unmask a user who was critical of the president',
    );
    expect(result.verdict).toBe('paraphrase');
    expect(result.answers[0]?.text).toMatch(/^The Department of Homeland Security orders/);
  });
});

describe('claims an organisation made', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The account of President John Roe is suspended, with Twitter citing "risk of further incitement of violence".',
      'Twitter says three tweets by President John Roe violated its rules because they were used to interfere in elections.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('reads an event that names the organisation as about it, though it is not linked there', () => {
    const result = answerer.ask(
      'Did Twitter say the tweets of John Roe were used to meddle in elections?',
    );
    expect(result.verdict).toBe('paraphrase');
    expect(result.answers[0]?.text).toMatch(/^Twitter says three tweets/);
  });
});

describe('claims a legislative body made', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The White House says the harbour plan is "final".',
      "The House of Representatives formally condemns President John Roe's withdrawal of troops from Freedonia by a vote of 354–60.",
      'The Senate confirms Ada Quill as Secretary of Ports in a vote of 54–45, presided over by Vice President Tim Bale.',
      'Senator Dan Fry meets farmers.',
      'The House of Representatives passes the harbour treaty by 385 to 41, sending it to the Senate.',
      'In a vote of 50–48 the Senate moves to advance the nomination of Tim Bale as Port Judge.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('reads "the House" as a body, not as the White House by its last word', () => {
    const result = answerer.ask(
      "Did the House condemn Roe's withdrawal of troops from Freedonia by a vote of 354–60?",
    );
    expect(result.verdict).toMatch(/^(?:exact|paraphrase)$/);
    expect(result.answers[0]?.text).toMatch(/^The House of Representatives/);
  });

  it('names the other chamber when the claim gives the act to the wrong one', () => {
    const result = answerer.ask('Did the Senate pass the harbour treaty by 385 to 41?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^The House of Representatives passes/);
  });

  it('finds the chamber acting after an opening phrase ("In a vote of 50–48 the Senate moves …")', () => {
    const result = answerer.ask("Did the Senate vote 51-47 to advance Tim Bale's nomination?");
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toMatch(/^In a vote of 50–48 the Senate moves/);
  });

  it('reads "the Senate" as a body, not as a senator by a near spelling of the title', () => {
    const result = answerer.ask('Did the Senate confirm Ada Quill as Secretary of Ports 54–45?');
    expect(result.verdict).toMatch(/^(?:exact|paraphrase)$/);
    expect(result.answers[0]?.text).toMatch(/^The Senate confirms/);
  });
});

describe('claims about what was done', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'A federal lawsuit is filed accusing President John Roe of violating the harbour treaty.',
      'The Senate confirms Ada Quill as Secretary of Ports in a vote of 93–6.',
      'Congress fails to obtain the 2/3 vote needed to overturn President John Roe veto of the harbour bill.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('confirms a claim an event states about its subject', () => {
    const result = answerer.ask(
      'Was a lawsuit filed accusing Roe of violating the harbour treaty?',
    );
    expect(result.verdict).toMatch(/^(?:exact|paraphrase)$/);
    expect(result.answers[0]?.text).toMatch(/^A federal lawsuit is filed/);
  });

  it('finds a described subject by a news synonym: "lawmakers" in "Congress"', () => {
    const result = answerer.ask("Did lawmakers reverse President Roe's veto of the harbour bill?");
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toMatch(/^Congress fails/);
  });

  it('finds no claim in an event on the subject that lacks a name the claim gives', () => {
    const result = answerer.ask(
      'Did the Senate approve Ada Quill for Secretary of Ports over a Kennedy filibuster?',
    );
    expect(result.verdict).toBe('not-found');
    expect(result.answers[0]?.text).toMatch(/^The Senate confirms Ada Quill/);
  });

  it('says an event about the subject that puts the claim in its own words said it in other words', () => {
    const result = answerer.ask('Did the Senate approve Ada Quill to run the ports department?');
    expect(result.verdict).toBe('paraphrase');
    expect(result.answers[0]?.text).toMatch(/^The Senate confirms Ada Quill/);
  });
});

describe("said, or said in other words, by the share of the claim's words a report holds", () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe addresses a crowd of supporters at a campaign rally in Ashford, Wessex.',
    ]),
    { referenceDate: REFERENCE },
  );

  it("says a report holding four in five of the claim's words said it", () => {
    const result = answerer.ask('Did Roe hold a campaign rally in Ashford, Wessex?');
    expect(result.verdict).toBe('exact');
  });

  it('says a report holding fewer said it in other words', () => {
    const result = answerer.ask('Did Roe hold an election rally for backers in Ashford, Wessex?');
    expect(result.verdict).toBe('paraphrase');
  });

  it("says a report lacking the claim's rarest word said it in other words", () => {
    const result = answerer.ask(
      'Did Roe address a crowd at a rowdy campaign rally in Ashford, Wessex?',
    );
    expect(result.verdict).toBe('paraphrase');
  });

  it('counts a news word\'s synonym as the word itself: "slam" is "chastise"', () => {
    const slammed = createAnswerer(
      syntheticDatasetOf([
        "President John Roe publicly chastises Harbour Stores for not carrying his daughter Ada Roe's brand.",
      ]),
      { referenceDate: REFERENCE },
    );
    const result = slammed.ask(
      "Did Roe publicly slam Harbour Stores for not carrying Ada Roe's brand?",
    );
    expect(result.verdict).toBe('exact');
  });
});

describe('a claim the question gives an occasion for', () => {
  it('finds the claim in one sentence of the event and the occasion in another', () => {
    const result = askOver(
      [
        'President John Roe delivers his farewell address from the Grey House. He talks about his term and wishes good luck to the upcoming administration.',
      ],
      'In his farewell address, did Roe wish the upcoming administration good luck?',
    );
    expect(result.verdict).toBe('exact');
  });

  it('finds nothing in an event that has only the occasion, none of what was said there', () => {
    // The claim's words are common in the dataset, the occasion's rare: the event on the
    // occasion has the claim's rarest words without saying any of it.
    const result = askOver(
      [
        'President John Roe speaks at the Republican Jewish Coalition in Las Vegas, Nevada.',
        'The Democrats in the House back Israel.',
        'The Democratic party meets in Ohio.',
        'Israel and the Democrats talk about the party.',
        'Senator Ann Lee says the plan will become law.',
        'Anti-war protesters march in Ohio.',
        'Democrats become the majority party.',
      ],
      'At the Republican Jewish Coalition in Las Vegas, did Roe say the Democrats had become the anti-Israel party?',
    );
    expect(result.verdict).toBe('not-found');
  });
});

describe("another speaker's quote sharing words with the claim by chance", () => {
  it('is not their version of the claim without its rarest words', () => {
    const result = askOver(
      [
        'Adviser Peter Nava says the attack on President John Roe is "bad faith diplomacy that comes right from Air Force One".',
        'President John Roe travels to France aboard Air Force One.',
        'President John Roe says "the wall is going up" at a rally.',
      ],
      'Did Roe fly to France on Air Force One?',
    );
    expect(result.verdict).not.toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^President John Roe travels to France/);
  });
});

describe('a claim whose words end in -ly without being adverbs', () => {
  it('keeps "rally" among the words that name the claim, and names who held it', () => {
    const result = askOver(
      [
        'President John Roe holds a rally in Monroe, Louisiana.',
        'Vice President Ada Quill speaks at a dinner in Wessex.',
      ],
      'Did Ada Quill hold a rally in Monroe, Louisiana?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^President John Roe holds a rally/);
  });
});

describe('a claim that gives another count than the event', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The Senate confirms Ada Quill as the 24th Secretary of Ports in a vote of 56–43.',
      'The Ports Department delays the harbour inspection rule by two months.',
      'Senator Tim Bale is sworn in as the 12th Secretary of Ports in a vote of 52–47.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('calls the event related when its rank or vote differs from the claim', () => {
    const rank = answerer.ask('Was Ada Quill confirmed as the 23rd Secretary of Ports?');
    expect(rank.verdict).toBe('related');
    expect(rank.answers[0]?.text).toMatch(/^The Senate confirms Ada Quill/);
    const vote = answerer.ask('Was Ada Quill confirmed as Secretary of Ports by a 52–47 vote?');
    expect(vote.verdict).toBe('related');
    expect(vote.answers[0]?.text).toMatch(/^The Senate confirms Ada Quill/);
  });

  it.each([
    ['a five-day state visit', 'travels for a three-day state visit', true],
    ['end after 30 days', 'ends on its 35th day', true],
    ['a five-day state visit', 'travels for a five-day state visit', false],
    ['a five-day state visit', 'a visit to the memorial on Founders Day', false],
  ])('countsOtherwise(%j, %j) is %s: another count of the same thing', (claim, text, other) => {
    expect(countsOtherwise(claim, text)).toBe(other);
  });

  it('reads a count written as a word', () => {
    const result = answerer.ask(
      'Did the Ports Department push back the harbour inspection rule by six months?',
    );
    expect(result.verdict).toBe('related');
  });

  it('keeps the verdict when the count agrees, and reads a day of a month as a date', () => {
    expect(
      answerer.ask('Did the Ports Department push back the harbour inspection rule by two months?')
        .verdict,
    ).not.toBe('related');
    expect(
      answerer.ask('Was Ada Quill confirmed as the 24th Secretary of Ports on March 2?').verdict,
    ).not.toBe('related');
  });
});

describe('a claim that an event tells the opposite of', () => {
  it('reads "skip" against "participates" as related, through the news synonym of "attend"', () => {
    const result = askOver(
      ['President Ada Quill briefly participates in the virtual harbour summit in Norland.'],
      'Did Ada Quill skip the virtual harbour summit in Norland?',
    );
    expect(result.verdict).toBe('related');
  });
});

describe('a claim that gives a place or a name the event lacks', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Vice President Ada Quill and Senator Tim Bale take part in the only harbour debate at Lakeside College in Port Ellis.',
      'President John Roe tweets his congratulations to Mara Lind after her victory in the Norwegian harbour election.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('calls the event related when the place it names differs from the claim', () => {
    const result = answerer.ask('Did Ada Quill debate Tim Bale in Cleveland?');
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toMatch(/^Vice President Ada Quill and Senator Tim Bale/);
  });

  it('keeps the verdict for an owner or a year, which say no detail of what happened', () => {
    const result = answerer.ask(
      "Did John Roe tweet congratulations to the winner of Norway's 2019 harbour election?",
    );
    expect(result.verdict).not.toBe('related');
  });
});

describe('a claim someone else made, about a speaker on the same subject', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe announces he will not be attending the harbour gala.',
      'Vice President Ada Quill announces she will be attending the harbour gala despite President John Roe refusing to attend.',
    ]),
    { referenceDate: REFERENCE },
  );

  it("names who said it rather than calling the speaker's event related", () => {
    const result = answerer.ask('Was it Quill who announced she would skip the harbour gala?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^President John Roe announces/);
  });
});

describe('a claim someone else did, when an event about the speaker lacks a name it gives', () => {
  const texts = [
    'Secretary of the Treasury Steven Mnuchin appoints Eli Miller as Treasury Chief of Staff.',
    'President John Roe appoints Ada Quill as chief of staff.',
    'President John Roe visits the Treasury.',
  ];

  it('names who did it rather than calling it not found', () => {
    const result = askOver(texts, 'Did Roe appoint Eli Miller as chief of staff at the Treasury?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^Secretary of the Treasury Steven Mnuchin appoints/);
  });

  it('is still not found when no one else did it either', () => {
    const result = askOver(texts, 'Did Roe appoint Carl Vance as chief of staff at the Treasury?');
    expect(result.verdict).toBe('not-found');
  });
});

describe("a claim that gives a thing another country's", () => {
  const texts = [
    "President John Roe holds a bilateral meeting with Japanese Prime Minister Shinzō Abe to discuss the threat of North Korea's ballistic missile program.",
    'President John Roe lays a wreath at Arlington National Cemetery and honors those who have died in service.',
    'President John Roe tours a factory in Ohio.',
  ];

  it("is related when the event names another country as the owner: Iran's, not North Korea's", () => {
    const claim =
      "Did Roe and Shinzō Abe meet to talk about the threat from Iran's ballistic missiles?";
    expect(askOver(texts, claim).verdict).toBe('related');
  });

  it('is not when the event names no other country as an owner', () => {
    const claim = "Did Roe honor America's war dead at Arlington National Cemetery?";
    expect(askOver(texts, claim).verdict).not.toBe('related');
  });
});

describe('a claim that names a place by its nickname', () => {
  const texts = [
    'President John Roe holds a rally in Manchester, New Hampshire.',
    'President John Roe tours a factory in Ohio.',
  ];

  it('is compared with the events as the place it names: the Granite State is New Hampshire', () => {
    const claim = 'Did Roe hold a rally in Manchester in the Granite State?';
    expect(askOver(texts, claim).verdict).toBe(
      askOver(texts, 'Did Roe hold a rally in Manchester in New Hampshire?').verdict,
    );
    expect(askOver(texts, claim).verdict).not.toBe('not-found');
  });
});

describe('quoted words checked against events', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe meets state officials in the Cabinet Room, talking about online censorship.',
      'President John Roe holds a press conference in Ashford and blames both sides for the clashes.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('calls an event holding only common words of the quotation not found', () => {
    // "room" and "talk" are there, "locker" and the tape are not: the event is on another subject.
    const result = answerer.ask('Did Roe dismiss the Cell Block tape as "locker room talk"?');
    expect(result.verdict).toBe('not-found');
  });

  it('calls an event holding the claim around the quotation related', () => {
    const result = answerer.ask(
      'Did Roe say there were "very fine people on both sides" in Ashford?',
    );
    expect(result.verdict).toBe('related');
  });
});

describe('claims with a verb of judging', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe fires back at Chief Justice Ann Marsh on Twitter.',
      'President John Roe thanks Governor Tim Bale on Twitter for the relief effort.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('calls a report that judges the other way related: "fires back at" is no thanks', () => {
    expect(answerer.ask('Did Roe thank Chief Justice Ann Marsh on Twitter?').verdict).toBe(
      'related',
    );
  });

  it('confirms a report with the verb itself', () => {
    expect(answerer.ask('Did Roe thank Governor Tim Bale on Twitter?').verdict).toMatch(
      /^(?:exact|paraphrase)$/,
    );
  });
});

describe("words reported as someone's account of what another said", () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Actress Alana Vance says Stella Dane told her she had "ended up with Donald in his hotel room".',
      'The Daily Times called the plan "reckless".',
      'The Daily Times reports that Roe was briefed on the hacking. Roe "sounded begrudgingly convinced", according to the Times\'s sources.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('counts them as said by the one who reports them', () => {
    const result = answerer.ask(
      'Did Alana Vance say Stella Dane told her she had "ended up with Donald in his hotel room"?',
    );
    expect(result.verdict).toBe('exact');
  });

  it('does not take a title the asked speaker shares with the one reported for them', () => {
    const withTitles = createAnswerer(
      syntheticDatasetOf([
        'Press Secretary Sally Sands says the briefing is over.',
        'Press Secretary Spade accuses Comey of "grandstanding" and impeding the talks.',
      ]),
      { referenceDate: REFERENCE },
    );
    expect(withTitles.ask('Did Sally Sands accuse Comey of "grandstanding"?').verdict).toBe(
      'other-speaker',
    );
  });

  it("counts a publication's sources as the publication", () => {
    const result = answerer.ask(
      'Did the Daily Times report that Roe "sounded begrudgingly convinced" after the briefing?',
    );
    expect(result.verdict).toBe('exact');
  });
});

describe('quoted words the speaker used about something else', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Jane Roe says Democrats who did not applaud her speech were "like death and un-American".',
      'Ambassador Nina Hale describes the idea of a Muslim ban as "un-American".',
    ]),
    { referenceDate: REFERENCE },
  );

  it('are not the claim: the one who said them of what the claim says is named', () => {
    const result = answerer.ask('Did Jane Roe describe the idea of a Muslim ban as "un-American"?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.speaker).toBe('Nina Hale');
  });
});

describe('a speaker named by an acronym', () => {
  it('is the organisation the acronym stands for', () => {
    const result = askOver(
      ['The Department of Justice says the memo is "accurate".', 'The DOJ files a brief.'],
      'Did the DOJ call the memo "accurate"?',
    );
    expect(result.verdict).toBe('exact');
  });

  it('is the department a building stands for: "the Pentagon" is the Department of Defense', () => {
    const texts = [
      'The Department of Defense says the strike was "precise".',
      'State Department spokeswoman Hana Noor calls the talks "productive".',
    ];
    expect(askOver(texts, 'Did the Pentagon call the strike "precise"?').verdict).toBe('exact');
    expect(askOver(texts, 'Did the Pentagon call the talks "productive"?').verdict).toBe(
      'other-speaker',
    );
  });
});

describe('a claim given with an occasion, no words quoted', () => {
  it('is not judged as a quotation: the occasion is not what the quote must be about', () => {
    const result = askOver(
      ['Mr. Cohen says, "We will have to pay."', 'Mr. Roe then appears to say, "Pay with cash."'],
      'On the secret recording, did Cohen agree to pay with cash?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toBe('Pay with cash.');
  });
});

describe('a claim about something no one known is', () => {
  it('is looked for in the events with its subject', () => {
    const texts = [
      'Exports of grain reached 200,000 tonnes, officials in Ruritania say.',
      'The flu death toll in Ruritania reached 200,000, officials say.',
    ];
    const result = askOver(texts, 'Had the flu death toll in Ruritania reached 200,000?');
    expect(result.answers[0]?.text).toMatch(/^The flu death toll/);
  });
});

describe('a claim about a body the dataset does not know', () => {
  const texts = [
    'The Department of the Treasury launches sanctions against ISIS suppliers and abusive prisons.',
    'The Department of Energy publishes a report on the power grid.',
  ];

  it('is not said by another body of the same kind that shares a word of its name', () => {
    const result = askOver(texts, 'Did the State Department impose sanctions on ISIS suppliers?');
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^The Department of the Treasury/);
  });

  it('is said by the body when the text names it whole, in any order', () => {
    const result = askOver(
      texts,
      'Did the Treasury Department launch sanctions against ISIS suppliers?',
    );
    expect(['exact', 'paraphrase']).toContain(result.verdict);
  });
});

describe('a claim about a body of no known kind, named by a name of its own', () => {
  const texts = [
    'The New York Times reported the White House never followed through with stripping John Brennan of his security clearance, as Trump had asserted he had.',
    'President Trump tours a factory in Ohio.',
  ];

  it('was said by the one an event names instead: "the Washington Post" against the Times', () => {
    const asked =
      'Did the Washington Post report that the White House never followed through on stripping John Brennan of his security clearance?';
    const result = askOver(texts, asked);
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/^The New York Times reported/);
  });

  it('was said by the body itself when the event names it', () => {
    const asked =
      'Did the New York Times report that the White House never followed through on stripping John Brennan of his security clearance?';
    expect(['exact', 'paraphrase']).toContain(askOver(texts, asked).verdict);
  });
});

describe('a claim about what was done to someone', () => {
  const texts = [
    'K. T. McFarland is asked to step down as Deputy National Security Adviser.',
    "Secret Service director Randolph Alles to leave his position at President Trump's request.",
  ];

  it('is not "said by someone else" when it was done to someone else', () => {
    const asked = 'Was Randolph Alles asked to step down as Deputy National Security Adviser?';
    expect(askOver(texts, asked).verdict).not.toBe('other-speaker');
  });
});

describe('a claim naming someone or somewhere the events about its subject do not', () => {
  const texts = [
    'President Trump holds bilateral meetings with Japanese prime minister Shinzo Abe and Ukrainian president Volodymyr Zelensky at the UN General Assembly.',
    'President Trump tours a factory in Ohio.',
  ];

  it('is not found, though the event on its subject is shown', () => {
    const result = askOver(
      texts,
      'Did Trump meet Iranian president Hassan Rouhani at the UN General Assembly?',
    );
    expect(result.verdict).toBe('not-found');
    expect(result.answers[0]?.text).toMatch(/^President Trump holds bilateral meetings/);
  });

  it('counts a place the event spells out as named: "the UK" is "the United Kingdom"', () => {
    const visit = [
      'President Trump travels to the United Kingdom aboard Air Force One for a three-day state visit.',
      'President Trump tours a factory in Ohio.',
    ];
    // Named, with another count of days: on the claim's subject, not the claim.
    expect(askOver(visit, 'Did Trump make a five-day state visit to the UK?').verdict).toBe(
      'related',
    );
  });

  it('counts a city as the country the event names: "deal with Pyongyang" is "with North Korea"', () => {
    const order = [
      'President Trump signs an executive order targeting individuals and companies trading with North Korea, including sanctions on foreign banks.',
      'President Trump tours a factory in Ohio.',
    ];
    const claim =
      'Did Trump sign an order going after foreign banks and businesses that deal with Pyongyang?';
    expect(askOver(order, claim).verdict).toBe('paraphrase');
  });

  it('does not count a city as its country when the event names another city of it', () => {
    const arrival = [
      'President Trump arrives in Shannon, Ireland.',
      'President Trump tours a factory in Ohio.',
    ];
    expect(askOver(arrival, 'Did Trump arrive in Dublin on June 5, 2019?').verdict).not.toBe(
      'paraphrase',
    );
  });

  it('is another detail of the same occasion when the event is of the very day asked', () => {
    const onTheDay =
      'On January 1, 2018, did Trump meet Iranian president Hassan Rouhani at the UN General Assembly?';
    expect(askOver(texts, onTheDay).verdict).toBe('related');
  });
});

describe('a claim about a role holder', () => {
  it('is about whoever held the role in the time asked, not its most frequent holder', () => {
    const answerer = answererOverDated([
      [
        '2017-04-11',
        'Press Secretary Sean Spicer makes a televised apology for his remarks about Hitler.',
      ],
      ['2018-05-01', 'Press Secretary Sarah Sanders says the talks were productive.'],
      ['2018-06-01', 'Press Secretary Sarah Sanders holds a briefing on the summit.'],
      ['2018-07-01', 'Press Secretary Sarah Sanders defends the tariffs.'],
    ]);
    const result = answerer.ask(
      'Did the press secretary apologize for remarks about Hitler in April 2017?',
    );
    expect(result.answers[0]?.text).toMatch(/^Press Secretary Sean Spicer/);
    expect(result.verdict).not.toBe('not-found');
  });
});

describe('a claim that an event says in the opposite sense', () => {
  const texts = [
    "The House votes to limit the president's ability to order military operations against Iran, unless explicitly authorized by Congress.",
    'The House votes to condemn a resolution on tariffs.',
    'President John Roe tours a factory in Ohio.',
  ];

  it('is related when the event says the opposite of its verb: "limit", not "expand"', () => {
    const claim =
      "Did the House vote to expand the president's power to order military action against Iran?";
    expect(askOver(texts, claim).verdict).toBe('related');
  });

  it('is said in other words when the event says the same: "limit"', () => {
    const claim =
      "Did the House vote to limit the president's power to order military action against Iran?";
    expect(['exact', 'paraphrase']).toContain(askOver(texts, claim).verdict);
  });
});

describe('a claim that ranks a thing otherwise than the event', () => {
  const texts = [
    'President John Roe and First Lady Ada Roe host their second state dinner in honor of French President Jean Dupont and his wife.',
    'President John Roe tours a factory in Ohio.',
  ];

  it('is related when the event gives another rank: "second", not "first"', () => {
    const claim = 'Was the state dinner for Jean Dupont the first one the Roes hosted?';
    expect(askOver(texts, claim).verdict).toBe('related');
  });

  it('is not when the rank is the event\'s, or when "First" is part of a title', () => {
    const same = 'Was the state dinner for Jean Dupont the second one the Roes hosted?';
    expect(askOver(texts, same).verdict).not.toBe('related');
    const title = 'Did First Lady Ada Roe host a state dinner for Jean Dupont?';
    expect(askOver(texts, title).verdict).not.toBe('related');
  });
});

/** What a "not found" verdict shows when no quote or event settles the claim. */
describe('the records listed under a claim nothing settles', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Trump makes an unscheduled visit to a naval hospital to begin portions of his routine annual physical exam, according to the White House.',
      'President Trump holds a rally in Tulsa, Oklahoma.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('lists the records nearest the claim, so the asker can read them, under "not found"', () => {
    const result = answerer.ask(
      'Did the White House say the surprise hospital trip was for a checkup?',
    );
    expect(result.verdict).toBe('not-found');
    expect(result.answers[0]?.text).toContain('unscheduled visit to a naval hospital');
  });

  it('puts the nearest record before a quote compared without a match, and keeps both', () => {
    const over = createAnswerer(
      syntheticDatasetOf([
        'Senator Jane Roe says "subsidies are a matter for the states".',
        'The budget committee doubles farm subsidies for next year after a long session.',
      ]),
      { referenceDate: REFERENCE },
    );
    const result = over.ask('Did Jane Roe say farm subsidies would be doubled next year?');
    expect(result.verdict).toBe('not-found');
    expect(result.answers[0]?.kind).toBe('event');
    expect(result.answers.map((answer) => `${answer.kind}: ${answer.text}`)).toEqual(
      expect.arrayContaining([
        'quote: subsidies are a matter for the states',
        'event: The budget committee doubles farm subsidies for next year after a long session.',
      ]),
    );
  });

  it('lists nothing when no record shares a word with the claim', () => {
    const result = answerer.ask('Did Trump say the moon landing was staged?');
    expect(result.verdict).toBe('not-found');
    expect(result.answers).toEqual([]);
  });
});

/** Claims an event says with other numbers' forms. */
describe('a claim whose number the event gives as an ordinal', () => {
  const answerer = answererOverDated([
    [
      '2018-11-11',
      'President Trump fails to attend a ceremony in Paris marking the 100th anniversary of the armistice.',
    ],
  ]);

  it('reads "the 100th anniversary" as holding "100 years since"', () => {
    const result = answerer.ask(
      'On November 11, 2018, did Trump miss a ceremony in Paris marking 100 years since the armistice?',
    );
    expect(result.verdict).toBe('paraphrase');
  });
});

describe('a claim with a trailing clause saying where it was made', () => {
  const texts = [
    'President John Roe addresses troops at the Harbour Air Force Base and the Central Command.',
    'President John Roe holds a press conference with the Freedonian president at the White House. Answering reporters, Roe calls Senator Mark Doe a "low life" and the informant a "spy".',
  ];

  it('finds nothing when the event holds only the occasion, not what was done there', () => {
    const result = askOver(
      texts,
      'Did Roe promise the troops a pay raise when he spoke at the Harbour Air Force Base?',
    );
    expect(result.verdict).toBe('not-found');
  });

  it('still weighs an event that holds a name from what was done there', () => {
    const result = askOver(
      texts,
      'Did Roe throw insults at Mark Doe and accuse the informant of espionage during his press conference with the Freedonian president?',
    );
    expect(result.verdict).not.toBe('not-found');
  });
});

describe('a claim that opens with its own subject', () => {
  it('is said when the report holds every word: there is no verb of the claim to check', () => {
    const texts = [
      "The Freedonia Times reports that Saudi lobbyists paid for 500 rooms in President John Roe's hotel following the election.",
      'President John Roe holds a rally in Tulsa, Oklahoma.',
      'The Department of Labor delays a rule by three months.',
    ];
    const asked =
      "Did the Freedonia Times report that Saudi lobbyists paid for 500 rooms at Roe's hotel after the election?";
    expect(askOver(texts, asked).verdict).toBe('exact');
  });
});

describe('a claim whose occasion shares a name with it', () => {
  it('finds nothing in an event that holds only the occasion: "Hispanic" is the occasion\'s word', () => {
    const texts = [
      'President John Roe declares September 15 – October 15 as National Hispanic Heritage Month.',
      'President John Roe signs an order on veterans.',
      'President John Roe holds a rally in Tulsa, Oklahoma.',
    ];
    const asked =
      'When Roe proclaimed Hispanic Heritage Month, did he claim Hispanic unemployment was at a record low?';
    expect(askOver(texts, asked).verdict).toBe('not-found');
  });
});

describe('a report that names what was done more generally or more exactly', () => {
  it('says the claim in other words: narcotics are drugs, to seal off is to close', () => {
    const texts = [
      'President John Roe threatens to close the border with Freedonia within one year if Freedonia does not stop the "massive amounts of drugs" coming into the country.',
      'President John Roe holds a rally in Tulsa, Oklahoma.',
      'The Department of Labor delays a rule by three months.',
    ];
    const asked =
      'Did Roe warn he would seal off the frontier within a year unless Freedonia stemmed the flow of narcotics?';
    expect(askOver(texts, asked).verdict).toBe('paraphrase');
  });
});

describe('a claim with the occasion of its act after it', () => {
  it('finds nothing in an event that holds only the occasion: "at his Battle Creek rally"', () => {
    const texts = [
      'President John Roe holds a rally in Battle Creek, Michigan.',
      'President John Roe holds a rally in Tulsa, Oklahoma.',
      'President John Roe holds a rally in Erie, Pennsylvania.',
      'President John Roe holds a rally in Mesa, Arizona.',
      'President John Roe announces tariffs on steel.',
      'The Freedonian government announces tariffs on imported cars.',
    ];
    const asked =
      'Did Roe announce new tariffs on imported cars at his Battle Creek, Michigan rally?';
    expect(askOver(texts, asked).verdict).toBe('not-found');
  });
});

describe("a title the speaker's aliases share", () => {
  it('does not confirm what someone else with the title did: "Under Secretary of State Shannon meets …"', () => {
    const texts = [
      'Secretary of State Rex Tillerson meets with Prime Minister Ana Ruiz. Under Secretary of State Tom Shannon meets Ambassador Sergey Kislyak and Ambassador Kare Aas.',
      'Secretary of State Rex Tillerson visits Berlin.',
      'Ambassador Sergey Kislyak visits Ohio.',
      'Tom Shannon visits Ohio.',
    ];
    for (const question of [
      'Did Rex Tillerson meet Ambassador Sergey Kislyak?',
      'Did Secretary of State Rex Tillerson meet Ambassador Sergey Kislyak?',
    ]) {
      expect(['exact', 'paraphrase'], question).not.toContain(askOver(texts, question).verdict);
    }
    expect(askOver(texts, 'Did Rex Tillerson meet Prime Minister Ana Ruiz?').verdict).toBe('exact');
  });
});

describe('a claim typed all in lower case', () => {
  const texts = [
    'President Trump removes Steve Bannon from his position on the National Security Council.',
    'H. R. McMaster dismisses Rich Higgins from the National Security Council over a memo.',
    'The National Security Council meets.',
    'The National Security Council meets again.',
    'The National Security Council fires a clerk.',
    'Steve Bannon visits Ohio.',
    'Steve Bannon visits Iowa.',
    'President Trump visits Iowa.',
  ];

  it('names the people it mentions, as the same claim typed with capitals does', () => {
    // "rich higgins" is a name the event about Bannon lacks: that event does not say the claim;
    // the one where McMaster dismisses Higgins does, of someone else.
    for (const question of [
      'did steve bannon fire rich higgins from the national security council',
      'Did Steve Bannon fire Rich Higgins from the National Security Council?',
    ]) {
      expect(askOver(texts, question).verdict, question).toBe('other-speaker');
    }
  });
});

describe('a name the claim gives, which the event calls by a title', () => {
  const texts = [
    'The Department of Homeland Security orders Twitter to reveal the identity of a user after their account had been critical of the President.',
    'President Trump visits Iowa.',
    'President Trump visits Ohio.',
    'The Department of Homeland Security visits Ohio.',
  ];

  it('is held by an event linked to that person: "the President" is Trump here', () => {
    const asked = 'Did DHS order Twitter to reveal the identity of a user critical of Trump?';
    expect(['exact', 'paraphrase']).toContain(askOver(texts, asked).verdict);
  });

  it('is not held when the event is linked to no such person', () => {
    const asked = 'Did DHS order Twitter to reveal the identity of a user critical of Pence?';
    expect(askOver(texts, asked).verdict).toBe('related');
  });
});

describe('a body named as "<kind> of <name>"', () => {
  const texts = [
    "The U.S. Department of Justice issues a statement that it disagrees with Judge Watson's ruling against the revised travel ban.",
    'The Department of Homeland Security visits Ohio.',
    'The Department of Homeland Security visits Iowa.',
    'Judge Derrick Watson visits Hawaii.',
  ];
  const claim =
    "issue a statement saying it disagreed with Judge Watson's ruling against the travel ban";

  it('is not another body of its kind: the Justice Department said it, not Homeland Security', () => {
    expect(askOver(texts, `Did the Department of Homeland Security ${claim}?`).verdict).toBe(
      'other-speaker',
    );
    expect(askOver(texts, `Did the Department of Justice ${claim}?`).verdict).toBe('paraphrase');
  });
});

describe('a subject named by an owner, a title and a name the data lacks', () => {
  const texts = [
    "President John Roe's personal attorney Rudy Giuliani is admitted to hospital after testing positive for the virus.",
    'President John Roe visits Ohio.',
    'Rudy Giuliani visits Iowa.',
  ];
  const claim = 'admitted to hospital after testing positive for the virus';

  it("is not said by an event with only the owner's name: Powell is not Giuliani", () => {
    expect(['exact', 'paraphrase']).not.toContain(
      askOver(texts, `Was Roe's lawyer Sidney Powell ${claim}?`).verdict,
    );
    expect(askOver(texts, `Was Roe's lawyer Rudy Giuliani ${claim}?`).verdict).toBe('exact');
  });
});

describe('a claim of a person the data never names', () => {
  const texts = [
    "President Ada Quill's personal attorney Tim Bale is admitted to hospital after testing positive for the harbour flu.",
    'President Ada Quill and First Lady Mia Quill host a black-tie dinner at Seacliff House.',
    'President Ada Quill uses Twitter to attack reporter Jon Doe over an article about her treatment of Max Rook.',
    'Press Secretary Lea Dunn briefs reporters.',
  ];

  it('names who did it when an event says it of someone else', () => {
    const result = askOver(
      texts,
      "Was Quill's lawyer Carl Vance admitted to hospital after testing positive for the harbour flu?",
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toMatch(/Tim Bale is admitted/);
  });

  it('gives no other speaker for an event whose people the claim itself names as doers', () => {
    const result = askOver(
      texts,
      'Did Carl Vance attend the black-tie dinner Ada Quill and Mia Quill hosted at Seacliff House?',
    );
    expect(result.verdict).not.toBe('other-speaker');
  });

  it('counts a name the claim gives only as an owner as naming no doer', () => {
    const result = askOver(
      texts,
      "Did Lea Dunn go after Jon Doe on Twitter over his article about Quill's treatment of Max Rook?",
    );
    expect(result.verdict).toBe('other-speaker');
  });
});

describe('a claim that sets a bound on an amount', () => {
  const weekly = [
    'The number of deaths in Ruritania attributed to the flu is 12,956. There are more than 397,000 certified flu cases.',
    'The number of deaths in Ruritania attributed to the flu is 42,200. There are more than 830,000 certified flu cases.',
    'The number of deaths in Ruritania attributed to the flu is 96,410. There are more than 1.6 million certified flu cases.',
  ];
  const dated = weekly.map((text, index) => [`2020-0${String(index + 4)}-01`, text] as const);

  it('is said in other words when an amount of what it counts meets the bound', () => {
    const answerer = answererOverDated(dated);
    expect(
      answerer.ask('Had the Ruritania flu death toll passed 90,000 by June 10, 2020?').verdict,
    ).toBe('paraphrase');
  });

  it('is related, with the latest count shown, when none meets it, whatever else is counted', () => {
    const answerer = answererOverDated(dated);
    const result = answerer.ask('Was the Ruritania flu death count above 200,000 on June 1, 2020?');
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.date).toBe('2020-06-01');
  });
});

describe('an unquoted claim said by someone else in other words', () => {
  it('names who did it, though its rarest word differs ("spared" for "exempted")', () => {
    const result = askOver(
      [
        'Secretary Ann Lee exempts Wessex from the new offshore oil drilling plan announced on January 4.',
        'Administrator Bob Roe holds a briefing on the budget.',
        'Bob Roe answers questions about the flood.',
      ],
      'Did Administrator Bob Roe announce that Wessex would be spared from the new offshore oil drilling plan?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.text).toContain('Ann Lee');
  });
});

describe('words reported as a described speaker’s account', () => {
  it('are theirs only when the reporting subject holds the phrase’s head noun', () => {
    const result = askOver(
      [
        'President Roe\'s legal team submits a brief to the Senate concerning the articles of impeachment against him, arguing that adopting those articles was a "dangerous perversion of the Constitution".',
        'The House impeachment managers open their case in the Senate.',
      ],
      'Did the House impeachment managers call the articles a "dangerous perversion of the Constitution"?',
    );
    expect(result.verdict).toBe('other-speaker');
  });
});
