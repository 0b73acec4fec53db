import { describe, expect, it } from 'vitest';
import { buildDataset, type RawDocument } from '../../src/ingest/index.js';

/** The dataset of one document dated `date` whose paragraphs are `paragraphs`. */
function documentDataset(paragraphs: readonly string[], date = '2018-06-01') {
  const document: RawDocument = {
    date,
    file: 't.txt',
    line: 1,
    paragraphs: paragraphs.map((text, index) => ({ text, line: index + 2 })),
  };
  return buildDataset([document], ['t.txt']);
}

function quotesOf(text: string) {
  return documentDataset([text]).quotes.map((quote) => ({
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    mark: quote.quoteMark,
    fragment: quote.fragment,
  }));
}

function speakersOf(text: string): [string, string | null][] {
  return quotesOf(text).map((quote) => [quote.text, quote.speaker]);
}

describe('quotes', () => {
  it('attributes a single-quoted fragment to the subject of the speech verb', () => {
    expect(
      quotesOf(
        "National Security Advisor Michael Flynn texts a partner that sanctions will be 'ripped up'.",
      ),
    ).toEqual([{ text: 'ripped up', speaker: 'Michael Flynn', mark: 'single', fragment: true }]);
  });

  it('attributes a quotation followed by "X said"', () => {
    expect(
      quotesOf('Senator Jane Doe met reporters. "We will pass this bill next week," Doe said.'),
    ).toMatchObject([{ text: 'We will pass this bill next week', speaker: 'Jane Doe' }]);
  });

  it('resolves "he" to the person named before', () => {
    expect(
      quotesOf(
        'President John Roe visits the base. In a speech there, he says "victory is closer than ever before."',
      ),
    ).toMatchObject([{ speaker: 'John Roe', fragment: false }]);
  });

  it('keeps organisations and described speakers without a person', () => {
    expect(quotesOf("The White House later states that it is 'ridiculous' to ask.")).toMatchObject([
      { speaker: 'The White House', mark: 'single' },
    ]);
  });

  it('resolves "they" to the body the sentence opens with, not the person named since', () => {
    expect(
      speakersOf(
        'The Professional Golfers\' Association announced the championship will no longer be held at President John Roe\'s course as they say it would be "detrimental to the brand".',
      ),
    ).toEqual([['detrimental to the brand', "The Professional Golfers' Association"]]);
  });

  it('leaves the speaker empty when the sentence names none', () => {
    expect(quotesOf('The term "alternative facts" spreads.')).toMatchObject([
      { text: 'alternative facts', speaker: null, fragment: true },
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotesOf("Trump's lawyers and Sessions' aides met at Macy's.")).toEqual([]);
  });

  it('takes the subject before a colon only back to the previous clause', () => {
    expect(quotesOf('Asked about the meetings, AG Jeff Sessions: "My reply was honest."')).toEqual([
      { text: 'My reply was honest.', speaker: 'Jeff Sessions', mark: 'double', fragment: true },
    ]);
  });

  it('looks for the speech verb after the last closed quotation, past nested quotes', () => {
    const found = quotesOf(
      'Senator Jane Doe called it "a \'hoax\' and a sham" and Doe said she "will not resign".',
    );
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ["a 'hoax' and a sham", 'Jane Doe'],
      ['hoax', 'Jane Doe'],
      ['will not resign', 'Jane Doe'],
    ]);
  });

  it('finds each speaker in a sentence with thousands of quotations', () => {
    const found = quotesOf('Senator Jane Doe told reporters "a b", and '.repeat(2000));
    expect(found).toHaveLength(2000);
    expect(found.every((quote) => quote.speaker === 'Jane Doe')).toBe(true);
  });

  it('gives a participle clause ("…, calling it") the sentence subject, not the nearest name', () => {
    expect(
      speakersOf(
        'Senator Jane Doe criticizes the plan of Governor John Roe, calling it "a disaster".',
      ),
    ).toEqual([['a disaster', 'Jane Doe']]);
  });

  it("reads the state after a town's comma as part of the place, not the subject of a participle", () => {
    expect(
      speakersOf(
        'Senator Jane Doe issued a statement at her golf club outside Washington, D.C. saying, "The count is far from over."',
      ),
    ).toEqual([['The count is far from over.', 'Jane Doe']]);
  });

  it('takes a name before a noun ("Roe adviser") as a modifier, not the subject', () => {
    const quotes = documentDataset([
      'President John Roe meets the press.',
      'Another Roe adviser, former Gov. Jane Doe of Ohio, echoes the sentiment, saying that "the deal is not a crime".',
    ]).quotes.map((quote) => [quote.text, quote.speaker?.name ?? null]);
    expect(quotes).toEqual([['the deal is not a crime', 'Jane Doe']]);
  });

  it('takes a name after a role noun such as "editor" or "coach" as a person\'s, though its given name is unknown', () => {
    expect(
      speakersOf(
        'According to Freedonia Herald editor Kemi Laso, the movement was able to "really hammer home their message."',
      ),
    ).toEqual([['really hammer home their message.', 'Kemi Laso']]);
  });

  it('gives a verb with no subject of its own ("…, denounces") the sentence subject', () => {
    expect(
      speakersOf(
        'Senator Jane Doe also indicates support for Governor John Roe, denounces Iran as a "corrupt dictatorship".',
      ),
    ).toEqual([['corrupt dictatorship', 'Jane Doe']]);
  });

  it('never takes the object of a preposition for the speaker', () => {
    expect(
      speakersOf(
        'A judge appointed by Governor John Roe says the order is "plainly unlawful" and must end.',
      ),
    ).toEqual([['plainly unlawful', 'A judge']]);
  });

  it('lets an appositive between commas speak for the name before it', () => {
    expect(
      speakersOf('Senator Jane Doe met aides. Rudy Roe, the legal adviser of Doe, says "no deal".'),
    ).toEqual([['no deal', 'Rudy Roe']]);
  });

  it.each([
    [
      'Reporters reached Sergey Markov, a maintainer, however Sergey said he "will not comment at this time".',
      'Sergey',
    ],
    ['Although Senator Jane Doe said she "would never vote for it", she did.', 'Jane Doe'],
  ])('reads past a conjunction opening the clause to its subject: %s', (text, speaker) => {
    expect(quotesOf(text)).toMatchObject([{ speaker }]);
  });

  it('gives a document that "said" to whoever put it out ("released a letter which said")', () => {
    expect(
      speakersOf('Senator Jane Doe released a letter which said "the strike was lawful".'),
    ).toEqual([['the strike was lawful', 'Jane Doe']]);
  });

  it("gives words in a relative clause on a passive verb's agent to the agent", () => {
    expect(
      speakersOf(
        'The remarks are criticized by Senator Jane Doe, who thought his "retraction" was "too late".',
      ),
    ).toEqual([
      ['retraction', 'Jane Doe'],
      ['too late', 'Jane Doe'],
    ]);
  });

  it('reads the name after "that" in an object\'s relative clause as the subject of its verb', () => {
    expect(
      speakersOf(
        'He was told to delete three Tweets that Twitter say violated its terms because they used the platform "for manipulating elections".',
      ),
    ).toEqual([['for manipulating elections', 'Twitter']]);
  });

  it('attributes "according to X"', () => {
    expect(
      speakersOf('The night was "relatively calm" according to spokeswoman Samira Amrouche.'),
    ).toEqual([['relatively calm', 'Samira Amrouche']]);
  });

  it('attributes a statement named by its owner ("X\'s message that …")', () => {
    expect(
      speakersOf(
        'President John Roe replied to President Hassan Rouhani\'s message that war would be "the mother of all wars".',
      ),
    ).toEqual([['the mother of all wars', 'Hassan Rouhani']]);
  });

  it('attributes a passive speech verb to the name after "by"', () => {
    expect(speakersOf("Two nominees were rated 'not qualified' by the ABA.")).toEqual([
      ['not qualified', 'ABA'],
    ]);
  });

  it('leaves quoted words that modify the noun after them without a speaker', () => {
    expect(
      speakersOf(
        'President John Roe blames Democrats for the administration\'s own "zero tolerance" policy.',
      ),
    ).toEqual([['zero tolerance', null]]);
  });

  it("keeps scare quotes after an article as the subject's words", () => {
    expect(
      speakersOf('President John Roe reiterates that he is the subject of a "witch hunt".'),
    ).toEqual([['witch hunt', 'John Roe']]);
  });

  it('still attributes a term that a naming verb introduces', () => {
    expect(speakersOf('President John Roe describes the deal as an "embarrassment".')).toEqual([
      ['embarrassment', 'John Roe'],
    ]);
  });

  it('attributes plural described speakers with no determiner', () => {
    expect(speakersOf('Commentators note that "this would implicate him".')).toEqual([
      ['this would implicate him', 'Commentators'],
    ]);
  });

  it('reads a noun ending in "-ly" before the verb as the subject, not an adverb', () => {
    expect(speakersOf('"We are deeply saddened," the family said in a statement.')).toEqual([
      ['We are deeply saddened', 'The family'],
    ]);
  });

  it('gives `said the mayor of X, Name` to the name the description introduces', () => {
    expect(speakersOf('"We demand answers," said the mayor of Chicago, Lori Lightfoot.')).toEqual([
      ['We demand answers', 'Lori Lightfoot'],
    ]);
  });

  it("gives `said <body>, <place>'s <office>, Name` to the name holding the office", () => {
    expect(
      speakersOf(
        '"He was brilliant," said University of Wessex, Port Cove\'s chancellor, Ada Quill.',
      ),
    ).toEqual([['He was brilliant', 'Ada Quill']]);
  });

  it('gives a saying to the name before the noun for it: "citing the Chuck Jones quote that"', () => {
    expect(
      speakersOf(
        'The couple learned more from failures, citing the Ada Quill quote that "every artist has bad drawings," and went on.',
      ),
    ).toEqual([['every artist has bad drawings', 'Ada Quill']]);
  });

  it('gives both halves of a quotation split by its attribution to the same speaker', () => {
    expect(
      speakersOf('"We stand ready," tweeted Boris Johnson, "to provide whatever help we can."'),
    ).toEqual([
      ['We stand ready', 'Boris Johnson'],
      ['to provide whatever help we can.', 'Boris Johnson'],
    ]);
    expect(speakersOf('"We stand ready" Boris Johnson said "to help."')).toEqual([
      ['We stand ready', 'Boris Johnson'],
      ['to help.', 'Boris Johnson'],
    ]);
  });

  it('continues a split quotation in the next sentence with the same speaker', () => {
    expect(speakersOf('"We will win," Senator Jane Doe said. "And we will win big."')).toEqual([
      ['We will win', 'Jane Doe'],
      ['And we will win big.', 'Jane Doe'],
    ]);
  });

  it('resolves "he" to the subject of the previous sentence rather than the last name', () => {
    expect(
      speakersOf(
        'Senator Jane Doe met Governor John Roe on Monday. She said the talks were "productive".',
      ),
    ).toEqual([['productive', 'Jane Doe']]);
  });

  it('reads back over two asides between a name and its speech verb', () => {
    expect(
      speakersOf(
        'Anderson Cooper, of CNN, one of Vanderbilt\'s four sons, stated, "She was an extraordinary woman."',
      ),
    ).toEqual([['She was an extraordinary woman.', 'Anderson Cooper']]);
  });

  it('does not resolve "he" to an earlier subject whose given name is a woman\'s', () => {
    expect(
      speakersOf(
        'Actress Denise Crosby recalled her first season. Actor Brendan Fraser\'s visit was brief. He quipped "I still have dust in my shoes."',
      ),
    ).toEqual([['I still have dust in my shoes.', 'Brendan Fraser']]);
  });
});

describe('speakers that are countries, organisations and the quoted', () => {
  it('lets a country speak through its government', () => {
    expect(speakersOf('Iran claims the drone "violated Iranian airspace".')).toEqual([
      ['violated Iranian airspace', 'Iran'],
    ]);
  });

  it('reads a capitalised organisation without a determiner', () => {
    expect(speakersOf('U.S. military claims it flew over "international airspace".')).toEqual([
      ['international airspace', 'U.S. military'],
    ]);
  });

  it('gives "X quotes Y as saying" to Y', () => {
    expect(
      speakersOf(
        'The Washington Post quotes a White House official as saying the move is "force people to the table".',
      ),
    ).toEqual([['force people to the table', 'A White House official']]);
  });

  it('reads the subject before a colon past the dots of an abbreviation', () => {
    expect(
      speakersOf('The Pentagon verifies an attack on U.S. forces: "Iran launched missiles."'),
    ).toEqual([['Iran launched missiles.', 'The Pentagon']]);
  });

  it('leaves a name introduced as a name without a speaker', () => {
    expect(speakersOf("Trump repeats the name 'Pocahontas' at the event.")).toEqual([
      ['Pocahontas', null],
    ]);
  });
});

describe('speakers named by a role, an owner or a passive', () => {
  it('gives "the president" to the person who holds the role', () => {
    expect(
      speakersOf(
        'President John Roe visits Ohio. The president calls Senator Jane Doe "totally biased".',
      ),
    ).toEqual([['totally biased', 'John Roe']]);
  });

  it('gives a role to whoever held it near the day, and links the event to them', () => {
    const documents: RawDocument[] = [
      ['2017-03-01', 'Attorney General Ann Lee testifies to the Senate.'],
      ['2017-06-01', 'Attorney General Ann Lee recuses herself.'],
      ['2017-09-01', 'Attorney General Ann Lee issues new guidance.'],
      ['2019-03-01', 'Attorney General Bo Park releases a summary of the report.'],
      ['2019-04-01', 'The attorney general calls the report "a total exoneration".'],
      ['2019-05-01', 'The President signs a bill on ports.'],
      ['2019-05-02', 'President Jane Roe visits Ohio.'],
    ].map(([date, text], index) => ({
      date: date ?? '',
      file: 't.jsonl',
      line: index + 1,
      paragraphs: [{ text: text ?? '', line: index + 1 }],
    }));
    const dataset = buildDataset(documents, ['t.jsonl']);
    expect(dataset.quotes.map((quote) => quote.speaker?.name)).toEqual(['Bo Park']);
    const signing = dataset.events.find((event) => event.title.startsWith('The President signs'));
    expect(signing?.personIds).toContain('person-jane-roe');
  });

  it('never gives "the president" to a vice president', () => {
    expect(
      speakersOf(
        'Vice President Joe Doe visits Ohio. "It was perfect," the president said of the call.',
      ),
    ).toEqual([['It was perfect', 'the president']]);
  });

  it('reads a title in quotation marks as a name, not as words anyone said', () => {
    expect(
      speakersOf('President John Roe signs an order, "Promoting Rural Prosperity in America".'),
    ).toEqual([['Promoting Rural Prosperity in America', null]]);
    expect(speakersOf('President John Roe calls Kim "Rocket Man".')).toEqual([
      ['Rocket Man', 'John Roe'],
    ]);
  });

  it('reads lower-case words after "the report" as what someone claims it says, not its title', () => {
    expect(
      speakersOf('President John Roe falsely claims that the report "totally exonerates" him.'),
    ).toEqual([['totally exonerates', 'John Roe']]);
  });

  it("reads someone's people as a described speaker", () => {
    expect(
      speakersOf(
        'President John Roe\'s legal team submits a brief, arguing that the articles are a "dangerous perversion".',
      ),
    ).toEqual([['dangerous perversion', "President John Roe's legal team"]]);
  });

  it('gives "with X saying" to X', () => {
    expect(
      speakersOf(
        'John Roe did not decline, with Press Secretary Jane Doe saying that he is "gonna meet with his team".',
      ),
    ).toEqual([['gonna meet with his team', 'Jane Doe']]);
  });

  it('gives "with X citing" to X inside a clause, even when X is known only by its name', () => {
    expect(
      speakersOf(
        'The account of John Roe is suspended with Twitter citing "risk of further incitement of violence".',
      ),
    ).toEqual([['risk of further incitement of violence', 'Twitter']]);
  });

  it('gives a participle after a passive clause to its agent', () => {
    expect(
      speakersOf(
        'The ban is blocked by Judge Jane Doe, stating that the reasons "do not appear to be supported".',
      ),
    ).toEqual([['do not appear to be supported', 'Jane Doe']]);
  });
});

describe('speakers without a speech verb', () => {
  it("gives the words to the sentence's subject, organisations and described speakers too", () => {
    expect(
      speakersOf(
        'The Boy Scouts\' chief executive issues an apology for the speech\'s "political rhetoric".',
      ),
    ).toEqual([['political rhetoric', "The Boy Scouts' chief executive"]]);
  });

  it('reads the subject after a leading phrase written without a comma', () => {
    expect(
      speakersOf(
        'In a 300-page report the House Intelligence Committee accuses the president of placing his "personal interests above the national interest".',
      ),
    ).toEqual([
      ['personal interests above the national interest', 'The House Intelligence Committee'],
    ]);
  });

  it('gives them to the subject past "what was said", and to the agent of a passive', () => {
    expect(
      speakersOf(
        'Governor Smith debates reporters about what was said in private and his efforts to "calm things down" in public.',
      ),
    ).toEqual([['calm things down', 'Smith']]);
    expect(speakersOf('It was said the plan was "dead on arrival".')).toEqual([
      ['dead on arrival', null],
    ]);
    expect(
      speakersOf('Jones, who was described as "reckless" by the police, fled the scene.'),
    ).toEqual([['reckless', 'The police']]);
  });
});

describe('quote qualifiers', () => {
  function qualified(text: string) {
    return documentDataset([text]).quotes.map((quote) => [
      quote.text,
      quote.qualifier,
      quote.negated,
    ]);
  }

  it('keeps the negation that frames a fragment', () => {
    expect(qualified('A spokeswoman said his answers were not "misleading."')).toEqual([
      ['misleading.', 'were not', true],
    ]);
  });

  it('keeps a hedge without calling it a negation', () => {
    expect(qualified('He allegedly called it "a hoax".')).toEqual([
      ['a hoax', 'allegedly called it', false],
    ]);
  });

  it('has no qualifier when the words are simply quoted', () => {
    expect(qualified('Senator Jane Doe said "we will win".')).toEqual([
      ['we will win', null, false],
    ]);
  });
});

describe('tweets as statements', () => {
  const build = (paragraphs: string[]) => documentDataset(paragraphs, '2017-01-29');

  it("makes a person's tweet that person's statement, merged with their name in the article", () => {
    const dataset = build([
      'To those fleeing persecution, Canadians will welcome you. — Justin Trudeau (@JustinTrudeau) January 28, 2017',
      'Prime Minister Justin Trudeau spoke on Saturday.',
    ]);
    const statement = dataset.quotes.find((quote) => quote.quoteMark === 'tweet');
    expect(statement).toMatchObject({
      text: 'To those fleeing persecution, Canadians will welcome you.',
      when: { date: '2017-01-28', precision: 'day' },
      speaker: { name: 'Justin Trudeau' },
    });
    expect(dataset.people.filter((person) => person.name.includes('Trudeau'))).toHaveLength(1);
  });

  it("does not make a news outlet's tweet a statement", () => {
    const dataset = build([
      'AG Sessions recuses himself. — ABC News Politics (@ABCPolitics) March 2, 2017',
    ]);
    expect(dataset.quotes.filter((quote) => quote.quoteMark === 'tweet')).toEqual([]);
  });

  it('reads a tweet whose signature stands in a paragraph of its own', () => {
    const dataset = build([
      'We will not back down.',
      '— Jane Doe (@janedoe) January 28, 2017',
      'Advertisement',
      'The senator spoke later.',
    ]);
    const tweets = dataset.sources.filter((source) => source.kind === 'tweet');
    expect(tweets).toMatchObject([{ authorName: 'Jane Doe', text: 'We will not back down.' }]);
    const article = dataset.sources.find((source) => source.kind === 'article');
    expect(article?.text).toBe('The senator spoke later.');
  });

  it('reads a display name that holds parentheses', () => {
    const dataset = build(['Big news today. — Jane Doe (Parody) (@notjane) January 28, 2017']);
    expect(dataset.sources[0]).toMatchObject({ kind: 'tweet', authorName: 'Jane Doe (Parody)' });
  });
});

describe('when quotations were said', () => {
  function datesOf(paragraphs: string[], date = '2019-09-06') {
    return documentDataset(paragraphs, date).quotes.map((quote) => [quote.text, quote.when.date]);
  }

  it('dates quotations after "On Wednesday, …" by that day, not the publication date', () => {
    expect(
      datesOf([
        'On Wednesday, Hong Kong leader Carrie Lam announced the withdrawal of the bill.',
        '"The government will fully withdraw the bill," Lam said in a televised announcement.',
      ]),
    ).toEqual([['The government will fully withdraw the bill', '2019-09-04']]);
  });

  it('does not date the words by the day a proclamation designates', () => {
    expect(
      datesOf([
        'President Jane Roe signs a declaration designating September 8, 2019, as a "Day of Prayer" for the victims.',
      ]),
    ).toEqual([['Day of Prayer', '2019-09-06']]);
  });

  it('does not date the words by a date naming a noun or sitting in a relative clause', () => {
    expect(
      datesOf([
        'After the announcement of September 2, Senator Jane Doe says the plan is "dead on arrival".',
      ]),
    ).toEqual([['dead on arrival', '2019-09-06']]);
    expect(
      datesOf([
        'Jane Doe, who was at the meeting on Tuesday, also said that she had "not read" the memo.',
      ]),
    ).toEqual([['not read', '2019-09-06']]);
  });

  it('dates words by the occasion named right after them ("while addressing the press yesterday")', () => {
    expect(
      datesOf([
        'Minister Jane Doe said, "They need to stand by us", while addressing the press yesterday.',
      ]),
    ).toEqual([['They need to stand by us', '2019-09-05']]);
  });

  it('keeps the publication date when the story names no recent day', () => {
    expect(datesOf(['"We will win," Senator Jane Doe said.'])).toEqual([
      ['We will win', '2019-09-06'],
    ]);
  });

  it('prefers the attribution right after the words to the clause before a colon', () => {
    expect(
      speakersOf(
        'Fellow Democrats were supportive: "Thank you for your campaign", wrote Senator Elizabeth Warren on Twitter.',
      ),
    ).toEqual([['Thank you for your campaign', 'Elizabeth Warren']]);
  });
});

describe('attribution after the words', () => {
  it('reads a long title with "of" before the name that said the words', () => {
    expect(
      speakersOf(
        '"This cannot change the facts," Hong Kong director of Amnesty International Man-kei Tam said in a statement.',
      ),
    ).toEqual([['This cannot change the facts', 'Man-kei Tam']]);
  });

  it('still reads "he" after a sentence whose name stands before an owner\'s title', () => {
    expect(
      speakersOf(
        'According to Dr. Tom Frieden, formerly the director of the United States\' Centers for Disease Control and Prevention, the outbreak is "unprecedented." He said, in remarks, "no other virus has spread so."',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Tom Frieden', 'Tom Frieden']);
  });

  it('reads a titled name after the verb past the dot of its title and before its party tag', () => {
    expect(speakersOf('"This is a sad day," tweeted Rep. Ilhan Omar (D-Minn.).')).toEqual([
      ['This is a sad day', 'Ilhan Omar'],
    ]);
  });

  it('reads a programme named in Title Case after "on" as a name, full stop inside or not', () => {
    expect(
      speakersOf(
        '"We are not going anywhere," Senator Jane Doe told a host on "State of the Union."',
      ),
    ).toEqual([
      ['We are not going anywhere', 'Jane Doe'],
      ['State of the Union.', null],
    ]);
  });

  it('reads "Per X," like "According to X,"', () => {
    expect(
      speakersOf('Per a statement from the White House, the leaders "agreed to keep talking."'),
    ).toEqual([['agreed to keep talking.', 'The White House']]);
  });

  it('lets the speech verb of the main clause decide over a leading "According to X,"', () => {
    // The source reports the words; the one the main clause has speak them is their speaker.
    expect(
      speakersOf(
        'According to a statement Jane Doe would later make, John Roe speaks to Doe alone, saying "I hope you can drop this".',
      ),
    ).toEqual([['I hope you can drop this', 'John Roe']]);
  });

  it('gives a quotation standing alone the speaker the next sentence names with a speech verb', () => {
    expect(
      speakersOf(
        'Acting Secretary Jane Doe resigns. "Jane Doe has done an outstanding job." President John Roe tweets that he will name a successor.',
      ),
    ).toEqual([['Jane Doe has done an outstanding job.', 'John Roe']]);
  });

  it('reads a police rank before the name after the verb as a title', () => {
    expect(
      speakersOf('"We are continuing to investigate", said Detective Inspector Steven Jones.'),
    ).toEqual([['We are continuing to investigate', 'Steven Jones']]);
  });

  it('gives "she" the described speaker the sentence before, when that speaker is one person', () => {
    expect(
      speakersOf(
        'The head of the internal investigators told the court "Basic checks were not done." She also said "I regret we were not called."',
      ),
    ).toEqual([
      ['Basic checks were not done.', 'The head of the internal investigators'],
      ['I regret we were not called.', expect.stringMatching(/^The head of the internal/)],
    ]);
  });

  it('does not give "he" an organisation the sentence before named', () => {
    expect(speakersOf('The Justice Department said "it is over." He said "no."')).toEqual([
      ['it is over.', 'The Justice Department'],
      ['no.', null],
    ]);
  });

  it('reads "According to him," as the one the sentence before named', () => {
    expect(
      speakersOf(
        'Spokesperson Yahya Sarea said the group carried out the attack. According to him, it had help from "honourable people inside the kingdom".',
      ),
    ).toEqual([['honourable people inside the kingdom', 'Yahya Sarea']]);
  });

  it('links a surname misspelt by one letter to the one person the document names by it', () => {
    expect(
      speakersOf(
        'Spokesperson Yahya Sarea said the group carried out the attack. "These attacks are our right", Saree said.',
      ),
    ).toEqual([['These attacks are our right', 'Yahya Sarea']]);
  });

  it('calls a described speaker the text names by that name', () => {
    expect(
      speakersOf('"She is just doing this," said a protester using the pseudonym Katya.'),
    ).toEqual([['She is just doing this', 'Katya']]);
  });

  it('does not take a participle after the quotation for its attribution', () => {
    expect(
      speakersOf(
        'During a briefing, correspondent Jane Doe asks President John Roe, "Why is this a competition?" referring to the tests.',
      ),
    ).toEqual([['Why is this a competition?', 'Jane Doe']]);
  });
});

describe('speakers of gerunds, continuing participles and owned statements', () => {
  it('gives a gerund after "by" or "while" the main clause subject, not the nearest name', () => {
    expect(
      speakersOf(
        'Senator Mary Poole answers a charge by Governor Tom Briggs that she misled voters by replying, "I never mislead anyone."',
      ),
    ).toEqual([['I never mislead anyone.', 'Mary Poole']]);
  });

  it('hands the subject through "went on to", "would", "was quick to" to the speech verb', () => {
    expect(
      speakersOf(
        'Professor Wendy Parmet spoke to a magazine. She went on to say, "People tend to blame a group."',
      ),
    ).toEqual([['People tend to blame a group.', 'Wendy Parmet']]);
    expect(
      speakersOf('Senator Jane Doe would later write that the bill was "a disaster".'),
    ).toEqual([['a disaster', 'Jane Doe']]);
  });

  it('never reads "he" as an organisation that was the last subject', () => {
    expect(
      speakersOf(
        'Dr. Tom Frieden spoke on Monday. The agency says the outbreak is "serious." He said, in remarks published in February, "No other virus has spread like this."',
      ),
    ).toEqual([
      ['serious.', 'The agency'],
      ['No other virus has spread like this.', 'Tom Frieden'],
    ]);
  });

  it('gives a participle clause before a colon to the subject, not the name before its comma', () => {
    expect(
      speakersOf(
        'Doug Hurley paraphrased the first American in space, Alan Shepard, commenting before launch: "Let\'s light this candle."',
      ),
    ).toEqual([["Let's light this candle.", 'Doug Hurley']]);
  });

  it("gives a sentence that is only a quotation to the previous sentence's speaking subject", () => {
    expect(
      speakersOf(
        'Senator Mary Poole says the plant had been targeted twice. "I can reveal that it would have been three times."',
      ),
    ).toEqual([['I can reveal that it would have been three times.', 'Mary Poole']]);
    // A subject that did not speak gives a lone quotation to no one.
    expect(speakersOf('Senator Mary Poole visits the plant. "We are ready."')).toEqual([
      ['We are ready.', null],
    ]);
  });

  it('gives a speaking participle joined by "and" to another participle the main subject', () => {
    expect(
      speakersOf(
        'Senator Mary Poole meets Governor Tom Briggs in Albany, reaffirming her support for the plan and citing the "severe" risks of delay.',
      ),
    ).toEqual([['severe', 'Mary Poole']]);
  });

  it("lets a participle right after a statement verb speak for that verb's subject", () => {
    expect(
      speakersOf(
        'The State Department issues a statement warning that the regime "will be held accountable."',
      ),
    ).toEqual([['will be held accountable.', 'The State Department']]);
  });

  it('gives words after "X\'s comment that" to X even when an attribution for other words follows', () => {
    expect(
      speakersOf(
        'Asked about Governor Tom Briggs\'s comment that "the plan is dead," Senator Mary Poole replied "we will revive it."',
      ),
    ).toEqual([
      ['the plan is dead', 'Tom Briggs'],
      ['we will revive it.', 'Mary Poole'],
    ]);
  });

  it('attributes words "in the words of X" to X', () => {
    expect(
      speakersOf(
        'The mayor resigns over what was, in the words of Judge Ellen Price, "a betrayal of trust".',
      ),
    ).toEqual([['a betrayal of trust', 'Ellen Price']]);
  });

  it('takes a subject pronoun right before the speech verb for its subject', () => {
    expect(
      speakersOf(
        'Senator Mary Poole visited the plant. At the rally he attended later, she said the plant was "the future".',
      ),
    ).toEqual([['the future', 'Mary Poole']]);
  });
});

describe('"he" after a sentence with two speakers', () => {
  it('means the speaker of the later clause ("X said … while Y wrote …. He tweeted")', () => {
    expect(
      speakersOf(
        'President Anna Duda said it was "an appalling tragedy" while Interior Minister Jan Kowal wrote he had ordered checks. He tweeted, "I want to express my sympathy to the families".',
      ),
    ).toEqual([
      ['an appalling tragedy', 'Anna Duda'],
      ['I want to express my sympathy to the families', 'Jan Kowal'],
    ]);
  });

  it('keeps the main subject when the later clause only names someone ("said that Y had resigned")', () => {
    expect(
      speakersOf(
        'Governor Tom Briggs said that Senator Mary Poole had resigned. He added, "It is a loss for the state".',
      ).map(([, who]) => who),
    ).toEqual(['Tom Briggs']);
  });
});

describe('a speaker with an age', () => {
  it('reads the name before ", 34," and the verb as the speaker', () => {
    expect(speakersOf('"No human is limited," Eliud Kipchoge, 34, said after the race.')).toEqual([
      ['No human is limited', 'Eliud Kipchoge'],
    ]);
  });
});

describe('a speaker and an appositive after the words', () => {
  it.each([
    ['"We are investigating," John Smith, a spokesman for the agency, said.', 'John Smith'],
    ['"We are investigating," the agency\'s director, Jane Roe, said.', 'Jane Roe'],
  ])('gives "%s" to %s', (text, speaker) => {
    expect(speakersOf(text).map(([, who]) => who)).toEqual([speaker]);
  });

  it('keeps "called the claim" a speech verb, not a name the speaker goes by', () => {
    expect(speakersOf('A military spokesman called the claim "baseless".')).toEqual([
      ['baseless', 'A military spokesman'],
    ]);
  });
});

describe('a relative or participle clause between the subject and the verb', () => {
  it.each([
    [
      'The company, which employs 5,000 people, said it was "reviewing its options".',
      'The company',
    ],
    ['The ministry, citing security concerns, said the flights were "suspended".', 'The ministry'],
  ])('gives "%s" to %s', (text, speaker) => {
    expect(speakersOf(text).map(([, who]) => who)).toEqual([speaker]);
  });
});

describe("a relative clause whose pronoun is the speech verb's subject", () => {
  it.each([
    ['The plan was criticized by some lawmakers who said it came "too late".', 'Some lawmakers'],
    ['The mayor thanked the nurses who called the ward "a second home".', 'The nurses'],
    [
      'The bill is opposed by some Democratic senators, who say it is "a giveaway".',
      'Some Democratic senators',
    ],
  ])('gives "%s" to %s, without the preposition before them', (text, speaker) => {
    expect(speakersOf(text).map(([, who]) => who)).toEqual([speaker]);
  });
});

describe('organisations that speak through a document', () => {
  it.each([
    ['"We are investigating," read a statement from the agency.', 'The agency'],
    ['"We regret the decision," said a statement released by the club.', 'The club'],
    ['"We regret the decision," the club said in a statement.', 'The club'],
    ['The hospital said she was "stable".', 'The hospital'],
  ])('gives "%s" to %s', (text, speaker) => {
    expect(speakersOf(text).map(([, who]) => who)).toEqual([speaker]);
  });
});

describe('described speakers with modifiers and appositives', () => {
  it('reads a head noun followed by "for", "in" or "at" as one described speaker', () => {
    expect(speakersOf('"We will appeal," a spokeswoman for the ministry said.')).toEqual([
      ['We will appeal', 'A spokeswoman for the ministry'],
    ]);
    expect(speakersOf('Officials in Ankara said the visit was "a provocation".')).toEqual([
      ['a provocation', 'Officials in Ankara'],
    ]);
  });

  it('reads "an aide to …" as one described speaker', () => {
    expect(speakersOf('An aide to the senator said she was "weighing her options".')).toEqual([
      ['weighing her options', 'An aide to the senator'],
    ]);
  });

  it('reads a name that its appositive describes as an organisation as the speaker', () => {
    expect(
      speakersOf('Faith Today, a conservative magazine, says the mayor is "corrupt".'),
    ).toEqual([['corrupt', 'Faith Today']]);
  });

  it('reads people familiar with a matter and the prosecution as described speakers', () => {
    expect(speakersOf('"Talks go on," a person familiar with the discussions said.')).toEqual([
      ['Talks go on', 'A person familiar with the discussions'],
    ]);
    expect(speakersOf('People familiar with the matter said the deal was "close".')).toEqual([
      ['close', 'People familiar with the matter'],
    ]);
    expect(speakersOf('The prosecution argued that he had acted "with premeditation".')).toEqual([
      ['with premeditation', 'The prosecution'],
    ]);
  });

  it('reads commissioners, defendants, leaders and court opinions as described speakers', () => {
    expect(speakersOf('"The decision is final," the league\'s commissioner said.')).toEqual([
      ['The decision is final', "The league's commissioner"],
    ]);
    expect(speakersOf('"I am innocent," the defendant told the court.')).toEqual([
      ['I am innocent', 'The defendant'],
    ]);
    expect(speakersOf('"The vote was rigged," opposition leaders claimed.')).toEqual([
      ['The vote was rigged', 'Opposition leaders'],
    ]);
    expect(
      speakersOf('The court\'s majority opinion said the ban was "within his authority".'),
    ).toEqual([['within his authority', "The court's majority opinion"]]);
  });

  it('reads "a source close to …" as one described speaker, before or after its verb', () => {
    expect(
      speakersOf('"They are taking it slow," a source close to the couple told a magazine.'),
    ).toEqual([['They are taking it slow', 'A source close to the couple']]);
    expect(speakersOf('"They are taking it slow," said a source close to the couple.')).toEqual([
      ['They are taking it slow', 'A source close to the couple'],
    ]);
  });

  it('reads insiders, representatives, friends and lawsuits as described speakers', () => {
    expect(speakersOf('An insider said the singer was "devastated" by the split.')).toEqual([
      ['devastated', 'An insider'],
    ]);
    expect(speakersOf('"We have no comment," a rep for the actress said.')).toEqual([
      ['We have no comment', 'A rep for the actress'],
    ]);
    expect(speakersOf('A friend of the actress said she "could not be happier".')).toEqual([
      ['could not be happier', 'A friend of the actress'],
    ]);
    expect(speakersOf('The lawsuit alleges that the firm "knowingly misled" investors.')).toEqual([
      ['knowingly misled', 'The lawsuit'],
    ]);
  });

  it("gives words on an owner's website or account to the owner, and reads the WHO as no pronoun", () => {
    expect(speakersOf('The WHO\'s website said: "There is no evidence."')).toEqual([
      ['There is no evidence.', 'WHO'],
    ]);
    expect(speakersOf('The WHO said: "Test, test, test."')).toEqual([['Test, test, test.', 'WHO']]);
  });

  it('reads "announced to be a "…" by X" as a passive naming its speaker', () => {
    expect(
      speakersOf('The outbreak was announced to be a "pandemic" by the World Health Organization.'),
    ).toEqual([['pandemic', 'The World Health Organization']]);
  });

  it('reads "Seven members of the council send …" as one plural subject, not a person "Seven"', () => {
    expect(
      speakersOf(
        'Seven members of the National Infrastructure Advisory Council send a letter of resignation, asserting that the president pays "insufficient attention" to threats.',
      ),
    ).toEqual([
      ['insufficient attention', 'Seven members of the National Infrastructure Advisory Council'],
    ]);
    expect(
      speakersOf(
        'The members of the council resign, asserting that it pays "no attention" to threats.',
      ),
    ).toEqual([['no attention', 'The members of the council']]);
  });

  it('reads newspapers and networks as speakers: "The New York Times reported …"', () => {
    expect(
      speakersOf('The New York Times reported that the president was "furious" about the leak.'),
    ).toEqual([['furious', 'The New York Times']]);
    expect(speakersOf('Fox News reported that the talks were "stalled".')).toEqual([
      ['stalled', 'Fox News'],
    ]);
  });

  it('reads scholars and professors as described speakers', () => {
    expect(
      speakersOf('One scholar disagreed, adding that it would set a "dangerous precedent".'),
    ).toEqual([['dangerous precedent', 'One scholar']]);
  });

  it("gives words in someone's defence, denial or allegation to that person", () => {
    expect(
      speakersOf(
        'The testimony undermines President John Roe\'s defense that there was no "quid pro quo".',
      ),
    ).toEqual([['quid pro quo', 'John Roe']]);
  });

  it('reads police and authorities as speakers without a determiner', () => {
    expect(speakersOf('"He is armed," police said.')).toEqual([['He is armed', 'Police']]);
  });

  it('gives a document named with its author to the author', () => {
    expect(
      speakersOf('According to a statement from the Pentagon, the strike was "defensive".'),
    ).toEqual([['defensive', 'The Pentagon']]);
  });

  it('lets a described speaker that opens the sentence speak past a relative clause', () => {
    expect(
      speakersOf('The company, which makes chips in Ohio, said it was "disappointed".'),
    ).toEqual([['disappointed', 'The company']]);
  });

  it("ends a colon clause's subject at its speech verb, not at the last name before the colon", () => {
    expect(
      speakersOf('Ann Kurtz explained the reason to name it Rocky Linux: "It honours a friend."'),
    ).toEqual([['It honours a friend.', 'Ann Kurtz']]);
    expect(
      speakersOf('A spokesperson for the ministry told reporters: "We are investigating."'),
    ).toEqual([['We are investigating.', 'A spokesperson for the ministry']]);
  });

  it('reads members of parliament and other news nouns as described speakers', () => {
    expect(speakersOf('One MP told the BBC, "It was always a minority".')).toEqual([
      ['It was always a minority', 'One MP'],
    ]);
    expect(speakersOf('One of the users said "this is yet another example".')).toEqual([
      ['this is yet another example', 'One of the users'],
    ]);
  });

  it('never reads a verb and its object ("told reporters") as a described speaker', () => {
    expect(
      speakersOf(
        'Anna Berg, a spokeswoman for the agency, told reporters in Geneva: "The camps are full."',
      ),
    ).toEqual([['The camps are full.', 'Anna Berg']]);
  });

  it('makes a capitalised name that opens the sentence and is no person an organisation', () => {
    const dataset = documentDataset([
      'Harbor Weekly, a regional magazine, publishes an editorial calling the mayor "unfit for office".',
    ]);
    expect(dataset.quotes.map((quote) => quote.speaker?.name)).toEqual(['Harbor Weekly']);
    expect(dataset.people.find((person) => person.name === 'Harbor Weekly')?.kind).toBe(
      'organisation',
    );
  });

  it('gives a quotation to a capitalised subject of a speech verb that names no person', () => {
    // "Facebook" is a word no person's name holds, so no mention is found for it.
    expect(
      speakersOf(
        'Facebook released a statement which read, in part, "This judgment raises questions". Facebook further claimed, "It undermines a long-standing principle".',
      ),
    ).toEqual([
      ['This judgment raises questions', 'Facebook'],
      ['It undermines a long-standing principle', 'Facebook'],
    ]);
  });

  it('reads no determiner as an organisation when a speech verb is read as its noun', () => {
    // "comments" is the noun here, but reads as a speech verb after "The".
    expect(speakersOf('The comments called her a "corrupt oaf".')).toEqual([['corrupt oaf', null]]);
  });

  it('gives a quotation to the name right after "said" when its clause goes on', () => {
    expect(
      speakersOf(
        '"The situation will worsen in the next few hours", said Vasco Cordeiro, the regional president, as the storm bore down on the islands.',
      ),
    ).toEqual([['The situation will worsen in the next few hours', 'Vasco Cordeiro']]);
  });

  it("makes a lone name that is all of a speech verb's subject an organisation, by its full name", () => {
    const dataset = documentDataset([
      'On Friday Lumen Motor Company announced a recall of its vans.',
      'Lumen said in its filing the fault "does not involve the brakes".',
    ]);
    expect(dataset.quotes.map((quote) => quote.speaker?.name)).toEqual(['Lumen Motor Company']);
    expect(dataset.people.find((person) => person.name === 'Lumen Motor Company')?.kind).toBe(
      'organisation',
    );
  });

  it('leaves a lone name unresolved when it is not the subject of a speech verb', () => {
    // The cheap subject reader takes "Web" for the subject of "Web browsers"; no verb of saying
    // follows it, so it names no speaker.
    const dataset = documentDataset(['Web browsers "download" data while surfing.']);
    expect(dataset.quotes.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('names that look like places', () => {
  it('reads a given name followed by a place word as a person when presented as one', () => {
    expect(
      speakersOf(
        'Former adviser to the president Fiona Hill testifies that it was "a political errand".',
      ),
    ).toEqual([['a political errand', 'Fiona Hill']]);
  });

  it('does not give a name the title of the person it is an adviser to', () => {
    const dataset = documentDataset([
      'Former adviser to the president Fiona Hill testifies that it was "a political errand".',
    ]);
    expect(dataset.people.find((person) => person.name === 'Fiona Hill')?.roles).toEqual([]);
  });
});

describe('speakers of passives, coordinated verbs and opening clauses', () => {
  it('gives words "described by X as" to X', () => {
    expect(
      speakersOf(
        'The mayor signs a plan, one previously described by Governor Tom Briggs as "reckless".',
      ),
    ).toEqual([['reckless', 'Tom Briggs']]);
  });

  it('gives a verb joined by "and" the subject of the verb before it', () => {
    expect(
      speakersOf(
        'Senator Mary Poole was angered by host Ann Lee asking "tough questions" and complained that her rival got "easy questions".',
      ),
    ).toEqual([
      ['tough questions', 'Ann Lee'],
      ['easy questions', 'Mary Poole'],
    ]);
  });

  it("does not give words to a statement's owner when the statement is the subject of a predicate", () => {
    expect(
      speakersOf(
        'Press Secretary Tom Briggs confirms that Governor Mary Poole\'s tweets are to be "treated as official statements".',
      ),
    ).toEqual([['treated as official statements', 'Tom Briggs']]);
  });

  it('finds the subject after an opening "Despite …" clause', () => {
    expect(
      speakersOf(
        'Despite previously calling the relief package "a disgrace", Governor Tom Briggs signs it.',
      ),
    ).toEqual([['a disgrace', 'Tom Briggs']]);
  });

  it('never takes a quotation after an opening clause for the subject', () => {
    expect(
      speakersOf(
        'Although aides knew of the plan in the morning, "the governor still went ahead."',
      ),
    ).toEqual([['the governor still went ahead.', null]]);
  });
});

describe('pronouns and roles that the subject does not name', () => {
  it('gives "he" after a passive clause to its agent, not to a subject of two people', () => {
    expect(
      speakersOf(
        'Senators Ann Lee and Mary Poole are attacked on Twitter by Governor Tom Briggs as he demands they "step aside".',
      ),
    ).toEqual([['step aside', 'Tom Briggs']]);
  });

  it('reads a role right before the verb as the subject after an opening phrase without a comma', () => {
    const dataset = documentDataset([
      'President Tom Briggs arrives in Paris. During the visit the president comments that the city is "in such good shape".',
    ]);
    expect(dataset.quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Briggs']);
  });
});

describe('statements owned through a pronoun, and verbs of praise and blame', () => {
  it('gives "His opening statement is, "…"" to the subject of the sentence before', () => {
    const dataset = documentDataset([
      'Governor Tom Briggs holds a press conference. His opening statement is, "We will win."',
    ]);
    expect(dataset.quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Briggs']);
  });

  it('reads verbs of blame such as "lambasted" as attributions', () => {
    expect(speakersOf('The ministry lambasted the remark as "racist".')).toEqual([
      ['racist', 'The ministry'],
    ]);
  });
});

describe('organisations named by what they are, and names inside an appositive', () => {
  it('reads an acronym after what it names as the organisation', () => {
    expect(speakersOf('State news agency KCNA said the launch was "a success".')).toEqual([
      ['a success', 'KCNA'],
    ]);
  });

  it('reads plural groups and state broadcasters as described speakers', () => {
    expect(speakersOf('Human rights groups called the verdict "a travesty".')).toEqual([
      ['a travesty', 'Human rights groups'],
    ]);
    expect(speakersOf('Iranian state television reported that the strike was "a crime".')).toEqual([
      ['a crime', 'Iranian state television'],
    ]);
  });

  it('gives the words to the name that is the appositive after a described role', () => {
    expect(speakersOf('The union\'s president, Mary Poole, said the deal was "fair".')).toEqual([
      ['fair', 'Mary Poole'],
    ]);
  });
});

describe('speakers of a statement, a group, or a clause before a colon', () => {
  it('gives a statement owned by an organisation\'s initials to them ("RIAA\'s DMCA notice alleged")', () => {
    expect(
      speakersOf(
        'RIAA\'s DMCA notice alleged the script\'s purpose was to "circumvent the protection measures".',
      ),
    ).toEqual([['circumvent the protection measures', 'RIAA']]);
  });

  it('reads "One of the users said" as a described speaker, named as the text names them', () => {
    const dataset = documentDataset([
      'One of the users said "this is yet another example of why we should use git".',
    ]);
    expect(dataset.quotes[0]?.speaker?.name).toBe('One of the users');
    expect(dataset.people.map((person) => person.name)).toContain('One of the users');
  });

  it('gives a quotation after a colon to the subject of a clause that opens with a speech verb', () => {
    expect(
      speakersOf(
        'One of the authors, biologist Ann Lee, told the magazine the pattern suggested a deep cause: "Somehow these frogs turn on old machinery."',
      ),
    ).toEqual([['Somehow these frogs turn on old machinery.', 'Ann Lee']]);
  });
});

describe('described speakers by their office', () => {
  it.each([
    ['The committee\'s chairman said the report was "damning".', "The committee's chairman"],
    ['The club\'s coach told reporters the result was "a disgrace".', "The club's coach"],
  ])('gives "%s" to %s', (text, speaker) => {
    expect(speakersOf(text).map(([, who]) => who)).toEqual([speaker]);
  });
});

describe('a sentence opening with an adverb of time', () => {
  it('keeps "Yesterday" out of the name after it', () => {
    const dataset = documentDataset(['Yesterday Nakamura said the deal was "off".']);
    const names = [
      ...dataset.people.map((person) => person.name),
      ...dataset.quotes.map((quote) => quote.speaker?.name ?? ''),
    ];
    expect(names.filter((name) => name.includes('Yesterday'))).toEqual([]);
  });
});

describe('a name owning the words, or a speaker stating something about it', () => {
  it('gives "…, stating President Roe\'s "…"" to the one stating it', () => {
    expect(
      speakersOf(
        'Mary Ellen Tate, the assistant secretary, resigns, stating President John Roe\'s "comments cut sharply against my core values".',
      ),
    ).toEqual([['comments cut sharply against my core values', 'Mary Ellen Tate']]);
  });
});

describe('a title before a name in the subject', () => {
  it('reads "press" in "press secretary Jane Doe" as part of her title, not as the verb', () => {
    expect(
      speakersOf(
        'Harbour House press secretary Jane Doe condemns the vote, calling the inquiry "a partisan attempt to sink the port".',
      ),
    ).toEqual([['a partisan attempt to sink the port', 'Jane Doe']]);
  });
});
