import { describe, expect, it } from 'vitest';
import { parseQuestion, whoDidParts } from '../../src/question/index.js';

const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const parse = (text: string) => parseQuestion(text, REFERENCE);

describe('parseQuestion', () => {
  it('reads "when" questions, keeping the rest as the topic', () => {
    expect(parse('When did Sessions recuse himself?')).toMatchObject({
      intent: 'when',
      topic: 'Sessions recuse himself',
    });
    expect(parse('when did flyn resign')).toMatchObject({ intent: 'when', topic: 'flyn resign' });
  });

  it('keeps a date named in a "when" question as a range and out of the topic', () => {
    const parsed = parse('when did trump fire comey in may 2017');
    expect(parsed).toMatchObject({ intent: 'when', topic: 'trump fire comey' });
    expect(parsed.range).toMatchObject({ from: '2017-05-01', to: '2017-05-31' });
  });

  it.each([
    ['What happened on March 2, 2017?', '2017-03-02', '2017-03-02'],
    ['what happened on 2 March 2017', '2017-03-02', '2017-03-02'],
    ['2017-03-02', '2017-03-02', '2017-03-02'],
    ['in June 2018', '2018-06-01', '2018-06-30'],
    ['between January and March 2017', '2017-01-01', '2017-03-31'],
  ])('reads "%s" as a date question', (text, from, to) => {
    const parsed = parse(text);
    expect(parsed.intent).toBe('date');
    expect(parsed.range).toMatchObject({ from, to });
  });

  it('leaves the preposition that introduced a date out of the topic', () => {
    expect(
      parse('What did Trump tweet about North Korea at the end of August 2016?'),
    ).toMatchObject({
      intent: 'said',
      topic: 'North Korea',
      range: { from: '2016-08-21', to: '2016-08-31' },
    });
  });

  it('reads "who <any verb> … "quoted words"" as who said them, but not "who is "…""', () => {
    expect(parse('Who expressed his "sadness and heartbreak" over the shooting?')).toMatchObject({
      intent: 'who-said',
      quote: 'sadness and heartbreak',
    });
    expect(parse('Who is "Rocket Man"?')).toMatchObject({ intent: 'who' });
  });

  it('reads "what did X call Y" as what X said about Y, and an owner for its blog or account', () => {
    expect(parse('What did Trump call Kim Jong-un?')).toMatchObject({
      intent: 'said',
      subject: 'Trump',
      topic: 'Kim Jong-un',
    });
    expect(parse("What did Sam Clovis's blog call progressives?")).toMatchObject({
      intent: 'said',
      subject: 'Sam Clovis',
      topic: 'progressives',
    });
  });

  it('leaves an adverb after the speaker of "what did X say" or "did X …" out of the speaker', () => {
    expect(
      parse('What did Trump mistakenly call the town of Paradise while touring the damage?'),
    ).toMatchObject({ intent: 'said', subject: 'Trump' });
    expect(parse('Did the House formally condemn the withdrawal?')).toMatchObject({
      intent: 'verify',
      subject: 'the House',
    });
    // A noun ending in "-ly" is the speaker's own word.
    expect(parse('What did the Trump family say about the inauguration?')).toMatchObject({
      intent: 'said',
      subject: 'the Trump family',
    });
  });

  it('reads whom the words were told to as neither speaker nor topic', () => {
    expect(
      parse('What did a senior White House official tell the Washington Post about Dan Coats?'),
    ).toMatchObject({
      intent: 'said',
      subject: 'a senior White House official',
      topic: 'Dan Coats',
    });
    expect(parse('What did Trump say to reporters about Comey?')).toMatchObject({
      intent: 'said',
      subject: 'Trump',
      topic: 'Comey',
    });
  });

  it('keeps where the words were said, and a person they were said to, in the topic', () => {
    expect(
      parse('What did Pence say at his press conference in Cartagena about Charlottesville?'),
    ).toMatchObject({
      intent: 'said',
      subject: 'Pence',
      topic: 'Charlottesville at his press conference in Cartagena',
    });
    expect(parse('What did Trump write to Pelosi about the State of the Union?')).toMatchObject({
      intent: 'said',
      topic: 'the State of the Union to Pelosi',
    });
    expect(parse('What did Trump say in April 2018 about firing Mueller?')).toMatchObject({
      topic: 'firing Mueller',
      range: { from: '2018-04-01', to: '2018-04-30' },
    });
  });

  it('reads "According to whom did X …?" as who said the claim after it', () => {
    expect(
      parse('According to whom did Sessions refuse to say whether Trump asked him to resign?'),
    ).toMatchObject({
      intent: 'who-said',
      quote: 'Sessions refuse to say whether Trump asked him to resign',
    });
  });

  it('reads a day that was proclaimed as a word of the question, not as when it was asked', () => {
    expect(parse('Who proclaimed January 15, 2018 as Martin Luther King Jr. Day?')).toMatchObject({
      range: null,
      topic: 'Who proclaimed January 15, 2018 as Martin Luther King Jr. Day',
    });
    expect(parse('Who declared April 15 to 23, 2017 National Park Week?').range).toBeNull();
    expect(parse('Who spoke on January 15, 2018 about the park?').range).toMatchObject({
      from: '2018-01-15',
    });
  });

  it('reads "who is" questions with the name as subject', () => {
    expect(parse('Who is Jeff Sessions?')).toMatchObject({
      intent: 'who',
      subject: 'Jeff Sessions',
    });
    expect(parse('who is sesions')).toMatchObject({ intent: 'who', subject: 'sesions' });
  });

  it('reads "What <thing of up to five words> did X <verb>?" as what X did', () => {
    expect(
      parse(
        'What gun and school safety measures did the Trump administration propose in March 2018?',
      ),
    ).toMatchObject({ intent: 'said', subject: 'the Trump administration' });
  });

  it('reads "What did X do on <topic>?" as what X did, but "do on <a day>" as that day', () => {
    expect(
      parse('What did the Trump administration do on tariffs on Chinese goods on May 10, 2019?'),
    ).toMatchObject({ intent: 'said', subject: 'the Trump administration' });
    expect(parse('What did Trump do on June 6, 2019?').intent).not.toBe('said');
    expect(parse('What did Trump do on his last Christmas Day in office?').intent).not.toBe('said');
  });

  it("never takes the second half of a hyphenated word for the claim's verb", () => {
    expect(
      parse(
        'Did the president-elect publicly thank the GSA chief for letting the transition start?',
      ),
    ).toMatchObject({
      intent: 'verify',
      subject: 'the president-elect',
      quote: 'thank the GSA chief for letting the transition start',
    });
  });

  it('reads the verb before "about" as the verb, not a noun ending the topic', () => {
    expect(
      parse('What did the Interior Department propose about the coal valuation rule?'),
    ).toMatchObject({ intent: 'said', subject: 'the Interior Department' });
  });

  it('reads what someone said, with speaker and topic', () => {
    expect(parse('What did Sessions say about Franken?')).toMatchObject({
      intent: 'said',
      subject: 'Sessions',
      topic: 'Franken',
    });
    expect(parse('quotes by the attorney general about the Russians')).toMatchObject({
      intent: 'said',
      subject: 'the attorney general',
      topic: 'the Russians',
    });
    expect(parse('What did Trump say?')).toMatchObject({
      intent: 'said',
      subject: 'Trump',
      topic: '',
    });
  });

  it('reads who said a quotation, in straight or curly quotes', () => {
    expect(parse("Who said 'the latest attack against the Trump Administration'?")).toMatchObject({
      intent: 'who-said',
      quote: 'the latest attack against the Trump Administration',
    });
    expect(parse('Who said “I have not met with any Russians”?').quote).toBe(
      'I have not met with any Russians',
    );
  });

  it('reads a claim to verify, with its speaker', () => {
    expect(parse('Did Sessions say he never met with any Russians?')).toMatchObject({
      intent: 'verify',
      subject: 'Sessions',
      quote: 'he never met with any Russians',
    });
  });

  it('falls back to search for anything else, keeping a named date', () => {
    expect(parse('sessions recusal')).toMatchObject({
      intent: 'search',
      topic: 'sessions recusal',
    });
    expect(parse('trump travel ban 2017')).toMatchObject({
      intent: 'search',
      topic: 'trump travel ban',
    });
  });

  it.each([
    'Anything notable happen on October 11, 2017?',
    'Give me the news from October 11, 2017',
    'What was going on October 11, 2017?',
  ])('reads "%s" as what happened on that day: its other words only frame the question', (text) => {
    expect(parse(text)).toMatchObject({
      intent: 'date',
      topic: '',
      range: { from: '2017-10-11', to: '2017-10-11' },
    });
  });

  it.each([
    ['', 'empty'],
    ['😀😀😀', 'emoji only'],
    ['<@123456789> @everyone <#42>', 'mentions only'],
    ['**__~~||`', 'markdown only'],
  ])('turns %j into an empty search (%s)', (text) => {
    expect(parse(text)).toMatchObject({ intent: 'search', topic: '' });
  });

  it('strips mentions and markdown around a real question', () => {
    expect(parse('<@123> **who is** _sesions_?')).toMatchObject({
      intent: 'who',
      subject: 'sesions',
    });
  });

  it('bounds a 10,000-character question', () => {
    expect(parse('word '.repeat(2000)).text.length).toBeLessThanOrEqual(300);
  });
});

describe('parseQuestion: verbs besides "say"', () => {
  it('reads "Who called … "…"?" as who said the quoted words', () => {
    const parsed = parseQuestion(
      'Who called the firing "the right decision at the right time"?',
      REFERENCE,
    );
    expect(parsed).toMatchObject({
      intent: 'who-said',
      quote: 'the right decision at the right time',
    });
  });

  it('leaves "who called X" without quoted words a search', () => {
    expect(parseQuestion('Who called Trump about the tornado?', REFERENCE).intent).not.toBe(
      'who-said',
    );
  });

  it.each([
    ['Did Trump call George Papadopoulos a "liar"?', 'Trump', 'liar'],
    ['Did Pence tweet that the vote was "a disgrace"?', 'Pence', 'a disgrace'],
    [
      'Did Iran announce it had launched "more than a dozen missiles"?',
      'Iran',
      'more than a dozen missiles',
    ],
  ])('reads "%s" as a verification', (question, subject, quote) => {
    expect(parseQuestion(question, REFERENCE)).toMatchObject({ intent: 'verify', subject, quote });
  });
});

describe('parseQuestion: typos in the question words', () => {
  it.each([
    ['wen did flyn resign', 'when'],
    ['whn was barr confirmed', 'when'],
    ['wat happend on march 2 2017', 'date'],
    // Chat drops the g of -ing.
    ['whats goin on 3/2/17', 'date'],
  ])('reads "%s" as a %s question', (question, intent) => {
    expect(parseQuestion(question, REFERENCE).intent).toBe(intent);
  });

  it('never "corrects" a real question word', () => {
    expect(parseQuestion('why did trump fire comey', REFERENCE).intent).toBe('search');
    expect(parseQuestion('how did sessions react', REFERENCE).intent).toBe('search');
  });
});

describe('a phrase set before the question', () => {
  it('is read after the question, so the question word comes first', () => {
    expect(
      parse('In his speech on June 1, 2020, what did Trump say about the riots?'),
    ).toMatchObject({
      intent: 'said',
      subject: 'Trump',
      range: { from: '2020-06-01', to: '2020-06-01' },
    });
    expect(parse('Besides Comey, who did Trump want prosecuted?').topic).toMatch(
      /^who did .* besides Comey$/,
    );
  });

  it('reads a pronoun after a "When X …," clause as X, and leaves "When did …" a question', () => {
    expect(
      parse('When Trump proclaimed Heritage Month in 2017, did he claim unemployment was low?'),
    ).toMatchObject({ intent: 'verify', subject: 'Trump' });
    expect(parse('In his speech at West Point, did he say the ramp was slippery?').subject).toBe(
      'he',
    );
    expect(parse('When did Trump say, in his speech, that the ramp was slippery?').intent).toBe(
      'when',
    );
  });

  it('checks a claim without the occasion put before the question, which the topic keeps', () => {
    expect(
      parse('At his Greenville rally, did Trump tell the crowd he was immune to the flu?'),
    ).toMatchObject({
      intent: 'verify',
      subject: 'Trump',
      quote: 'he was immune to the flu',
      topic: 'he was immune to the flu at his Greenville rally',
      occasion: 'at his Greenville rally',
    });
    expect(parse('Did Trump tell the crowd he was immune to the flu?').occasion).toBeUndefined();
  });

  it('asks "who said" the claim without the occasion put before the question', () => {
    expect(
      parse('When Roe lifted the travel limits, who said the limits would stay in place?'),
    ).toMatchObject({
      intent: 'who-said',
      quote: 'the limits would stay in place',
      occasion: 'when Roe lifted the travel limits',
    });
  });

  it('leaves "Was it in 2017 that …" a question about a time, not a claim by "in 2017"', () => {
    expect(parse('Was it in 2017 that Trump said the wall was finished?').intent).not.toBe(
      'verify',
    );
  });
});

describe('claims about what was done to someone or something', () => {
  it('reads "Was X <verb> …?" as a claim about X', () => {
    expect(parse('Was Elaine Chao confirmed on a party-line vote?')).toMatchObject({
      intent: 'verify',
      subject: 'Elaine Chao',
      quote: 'confirmed on a party-line vote',
      passive: true,
    });
    // Something the subject did is no passive claim.
    expect(parse('Did Elaine Chao resign?').passive).toBeUndefined();
    expect(parse('Was a lawsuit filed accusing Roe of fraud?')).toMatchObject({
      intent: 'verify',
      subject: 'a lawsuit',
    });
  });

  it('reads "Was/Were there … above N" as a claim of an amount, counting its noun', () => {
    expect(
      parse('Was the American COVID-19 death count already above 200,000 on September 16, 2020?'),
    ).toMatchObject({
      intent: 'verify',
      subject: 'the American COVID-19 death count',
      range: { from: '2020-09-16', to: '2020-09-16' },
    });
    expect(
      parse('Were there more than 2 million confirmed cases in the US by May 20, 2020?'),
    ).toMatchObject({ intent: 'verify', subject: 'confirmed cases' });
  });

  it('leaves "Was it in 2017 that …" and "Is X the Y?" alone', () => {
    expect(parse('Was it in 2017 that Trump said the wall was finished?').intent).not.toBe(
      'verify',
    );
    expect(parse('Is Pence the vice president?').intent).not.toBe('verify');
  });
});

describe('words a chat message opens with before the question', () => {
  it('reads the question after "So", "Hey," or "Quick question:"', () => {
    expect(parse('So when did Trump speak at the convention?')).toMatchObject({
      intent: 'when',
      topic: 'Trump speak at the convention',
    });
    expect(parse('Hey, what happened on March 7th, 2020?')).toMatchObject({
      intent: 'date',
      topic: '',
    });
    expect(parse('Quick question: who is Jeff Sessions?')).toMatchObject({
      intent: 'who',
      subject: 'Jeff Sessions',
    });
  });

  it('keeps an opening word that is part of a name, with no comma after it', () => {
    expect(parse('Well Fargo?').topic).toBe('Well Fargo');
  });
});

describe('chat shorthand in questions', () => {
  it('spells out contractions typed without the apostrophe, but not words like "shed"', () => {
    expect(parse('when did mueller announce hed testify').topic).toBe(
      'mueller announce he would testify',
    );
    expect(parse('when did trump shed staff').topic).toBe('trump shed staff');
  });

  it('spells out places and meetings people abbreviate in chat', () => {
    expect(parse('wen did closing args start').topic).toBe('closing arguments start');
    expect(parse('who did potus meet w at the wh').text).toBe(
      'who did president meet with at the white house',
    );
    expect(parse('when was the nh rally').topic).toBe('the new hampshire rally');
  });

  it('reads a 2 or 4 between lower-case words as "to" or "for", but not a count', () => {
    expect(parse('did potus fly 2 france on af1').quote).toBe('fly to france on air force one');
    expect(parse('did trump vote 4 him').quote).toBe('vote for him');
    expect(parse('who won 2 seats').text).toBe('who won 2 seats');
    expect(parse('were there 2 million cases').text).toBe('were there 2 million cases');
    expect(parse('did deaths pass 4 hundred').text).toBe('did deaths pass 4 hundred');
    expect(parse('did it cost more than 2 dollar').text).toBe('did it cost more than 2 dollar');
  });

  it('gives the question as read, shorthand spelt out, to what answers it', () => {
    // Role holders are read from the question's text: "sec" must be "secretary" there too.
    expect(parse('So who was the dhs sec in 2019?').text).toBe(
      'who was the dhs secretary in 2019?',
    );
  });

  it('spells out shorthand so the question rules read it', () => {
    expect(parse('wat did trump say abt the press')).toMatchObject({
      intent: 'said',
      subject: 'trump',
      topic: 'the press',
    });
    expect(parse('who was AG after barr left').subject).toBe('attorney general after barr left');
    expect(parse('when did trump sign the natl bill for vets').topic).toBe(
      'trump sign the national bill for veterans',
    );
  });

  it('leaves a capital single letter alone, since it may be an initial', () => {
    expect(parse('who is George W Bush').subject).toBe('George W Bush');
  });
});

describe('claims to verify with verbs of judging', () => {
  it.each([
    'Did Trump dismiss the tape as "locker room talk"?',
    'Did Pence brand the report "a hoax"?',
    'Has Barr confirmed that "the investigation is over"?',
    'Did Trump compare the press to the enemy?',
    'Did Trump downplay the threat of the virus?',
    'Did Barr defend the decision to drop the case?',
  ])('reads "%s" as a claim to verify', (text) => {
    expect(parse(text).intent).toBe('verify');
  });
});

describe('claims to verify', () => {
  it('keeps the quoted words as the quote and the whole claim as the topic', () => {
    expect(
      parse('Did Trump say there were "very fine people on both sides" in Charlottesville?'),
    ).toMatchObject({
      intent: 'verify',
      quote: 'very fine people on both sides',
      topic: 'there were very fine people on both sides in Charlottesville',
    });
  });

  it('drops the date and "that" from an unquoted claim', () => {
    const parsed = parse('Did the officials say in August 2018 that Russia had stopped meddling?');
    expect(parsed.quote).toBe('Russia had stopped meddling');
    expect(parsed.range).toMatchObject({ from: '2018-08-01', to: '2018-08-31' });
  });
});

describe('claims to verify with any verb of saying', () => {
  it.each([
    ['Did the New York Times report that Trump "sounded convinced"?', 'the New York Times'],
    ['Did Pompeo acknowledge that he listened to the call?', 'Pompeo'],
    ['Has the Army testified that no review took place?', 'the Army'],
    ['Is it true that Conway suggested the firing was planned?', 'Conway'],
  ])('reads "%s" as a claim by %s', (text, subject) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject });
  });

  it.each([
    ['Did Comey testify he felt pressured?', 'Comey'],
    ['Did the Post report the hotel was full?', 'the Post'],
    ['Did Pelosi denounce the order as cruel?', 'Pelosi'],
  ])('reads "%s", a verb of saying without "that", as a claim by %s', (text, subject) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject });
  });

  it('reads "Did X <any verb> …" as a claim about what X did, the verb part of the claim', () => {
    expect(parse('Did Mueller charge Manafort?')).toMatchObject({
      intent: 'verify',
      subject: 'Mueller',
      quote: 'charge Manafort',
    });
    // A title in lower case between names is part of the subject, not its verb.
    expect(parse('Did Roe and Wessex governor Ann Lee talk about the plants?')).toMatchObject({
      subject: 'Roe and Wessex governor Ann Lee',
      quote: 'talk about the plants',
    });
    expect(parse('Did Pence personally invite Mahmoud Abbas to the White House?')).toMatchObject({
      subject: 'Pence',
      quote: 'invite Mahmoud Abbas to the White House',
    });
    // An adverb before the verb is left out of the subject; a noun ending in -ly is not.
    expect(parse('Did the Roe family sue the city of Wessex?')).toMatchObject({
      subject: 'the Roe family',
      quote: 'sue the city of Wessex',
    });
    expect(parse('Did the EPA renew the terms of its counselors?')).toMatchObject({
      subject: 'the EPA',
      quote: 'renew the terms of its counselors',
    });
    expect(parse('Did the homeland security secretary visit the border?')).toMatchObject({
      subject: 'the homeland security secretary',
      quote: 'visit the border',
    });
    // A verb the tagger takes for a noun, before an adjective that opens its object.
    expect(parse('Did the executive order increase federal funding for the city?')).toMatchObject({
      intent: 'verify',
      subject: 'the executive order',
      quote: 'increase federal funding for the city',
    });
  });

  it('reads writing a letter or an op-ed as a thing done, but one carrying quoted words as said', () => {
    expect(parse('Did Ann Lee write a brief letter to the mayor?')).toMatchObject({
      intent: 'verify',
      subject: 'Ann Lee',
      quote: 'write a brief letter to the mayor',
    });
    const essay = parse('Did Ann Lee write an essay warning that cuts would "hurt the port"?');
    expect(essay).toMatchObject({ intent: 'verify', subject: 'Ann Lee' });
    expect(essay.quote).not.toMatch(/^write/);
    expect(parse('Did Ann Lee write that the port was closed?')).toMatchObject({
      quote: 'the port was closed',
    });
  });

  it('never takes a participle that works as a preposition ("including") for the claim\'s verb', () => {
    expect(
      parse(
        'Did senior officials, including Patrick Kenney, quit after Ann Lee chose not to stay on?',
      ),
    ).toMatchObject({
      intent: 'verify',
      subject: 'senior officials, including Patrick Kenney',
      quote: 'quit after Ann Lee chose not to stay on',
    });
  });

  it('never ends the subject of a "did" claim at a verb after "to": that is its purpose', () => {
    expect(parse('Did Rex Tillerson visit Israel to meet Reuven Rivlin?')).toMatchObject({
      intent: 'verify',
      subject: 'Rex Tillerson',
      quote: 'visit Israel to meet Reuven Rivlin',
    });
  });

  it('leaves whom the words were told to out of the claim', () => {
    expect(parse('Did Trump tell Sean Hannity he would cancel the subscriptions?').quote).toBe(
      'he would cancel the subscriptions',
    );
    expect(parse('Did Trump tell reporters that the wall was finished?').quote).toBe(
      'the wall was finished',
    );
    expect(parse('Did Trump tell the truth about the wall?').quote).toBe(
      'the truth about the wall',
    );
  });

  it('leaves out whoever the words were told to before "that", not what they were told to do', () => {
    expect(
      parse('Did Pence tell the West Virginia Chamber of Commerce summit that taxes hurt jobs?')
        .quote,
    ).toBe('taxes hurt jobs');
    expect(parse('Did Trump tell Comey to drop the case that Flynn faced?').quote).toBe(
      'to drop the case that Flynn faced',
    );
  });

  it('reads a promise as telling: whom it was made to is no part of what was promised', () => {
    expect(
      parse('Did Trump promise a room of bank bosses that he would scrap the rules?').quote,
    ).toBe('he would scrap the rules');
    expect(parse('Did Trump promise voters he would drain the swamp?').quote).toBe(
      'he would drain the swamp',
    );
    expect(parse('Did Trump promise to build a wall?').quote).toBe('to build a wall');
  });

  it('leaves a question to the bot ("Does the dataset have …") no claim', () => {
    expect(parse('Does the dataset have anything on Comey?').intent).not.toBe('verify');
  });

  it('keeps a denial in the claim, so it is compared as one', () => {
    expect(parse('Did Conway deny the firing was a cover-up?')).toMatchObject({
      intent: 'verify',
      quote: 'denied the firing was a cover-up',
      topic: 'denied the firing was a cover-up',
    });
  });

  it('reads "reject" as a denial of what it rejects', () => {
    expect(parse('Did Pruitt reject the request to ban the pesticide?')).toMatchObject({
      intent: 'verify',
      topic: 'denied the request to ban the pesticide',
    });
  });
});

describe('questions about what someone said, with any verb of saying', () => {
  it.each([
    [
      'What did the Washington Post report about the lobbyists?',
      'the Washington Post',
      'the lobbyists',
    ],
    [
      'What did Haley tell the president of South Sudan in Juba?',
      'Haley',
      'the president of South Sudan in Juba',
    ],
    ['How did the Times describe the tape?', 'the Times', 'the tape'],
    // A ruling and a discussion are what someone said too.
    ['What did Judge Ada Hale rule about the defense?', 'Judge Ada Hale', 'the defense'],
    [
      'What did Pence discuss with business owners in Lancaster?',
      'Pence',
      'with business owners in Lancaster',
    ],
  ])('reads "%s" as what %s said about %s', (text, subject, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'said', subject, topic });
  });

  it.each([
    [
      'What did Tillerson do with the defense minister of Israel?',
      'Tillerson',
      'the defense minister of Israel',
    ],
    ['What did Attorney General Ann Lee order regarding bail?', 'Attorney General Ann Lee', 'bail'],
    // Any verb asks what the subject did.
    [
      'What did Joe Biden achieve in Pennsylvania and Georgia?',
      'Joe Biden',
      'in Pennsylvania and Georgia',
    ],
    // A bare verb after a plural noun or a name, which the tagger alone takes for a noun.
    [
      'What did the House committees release about the ambassador?',
      'the House committees',
      'release about the ambassador',
    ],
    [
      'What did Lee, Cole and Ruiz brief lawmakers about?',
      'Lee, Cole and Ruiz',
      'brief lawmakers about',
    ],
    // "How did X <verb> …?" asks the same: what X did.
    [
      'How did Trump honor the baseball great Mariano Rivera?',
      'Trump',
      'honor the baseball great Mariano Rivera',
    ],
    // The tagger takes "honor" for a noun and tags "shooting" as the verb: after a name, the word
    // it tags a verb once a pronoun stands for the name is the verb.
    [
      'How did Ann Lee honor the victims of the Las Vegas mass shooting?',
      'Ann Lee',
      'honor the victims of the Las Vegas mass shooting',
    ],
    // The subject ends at "do", though a verb of saying ("post") follows.
    [
      'What did Ann Lee do after Roe withdrew her nomination for a Treasury post?',
      'Ann Lee',
      'Roe withdrew her nomination for a Treasury post',
    ],
    // "Why did X <verb> …?" too: the report of what X did gives the reason.
    [
      'Why did Ann Lee visit the harbour families at Blair House?',
      'Ann Lee',
      'visit the harbour families at Blair House',
    ],
  ])('reads "%s" as what %s did and said about %s', (text, subject, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'said', subject, topic });
  });

  it.each([
    ['What invitation did Trump give Rodrigo Duterte?', 'Trump', 'invitation give Rodrigo Duterte'],
    ['What milestone did Ann Lee reach in the vote?', 'Ann Lee', 'milestone reach in the vote'],
    // A verb the tagger takes for an adjective after a name.
    [
      'What criticism did Ambassador Ann Lee direct at the commander?',
      'Ambassador Ann Lee',
      'criticism direct at the commander',
    ],
    // A long thing asked, with abbreviations.
    [
      'What change to the way the U.S. admits workers as immigrants did Trump propose?',
      'Trump',
      'change to the way the U.S. admits workers as immigrants propose',
    ],
  ])('reads "%s" as what %s did, the thing and verb the topic', (text, subject, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'said', subject, topic });
  });

  it('leaves "What day / time did … ?" a question of when', () => {
    expect(parse('What day did Trump visit Paris?').intent).toBe('when');
    expect(parse('What time did the vote start?').intent).toBe('when');
  });

  it('reads no bare verb after "Was <subject>": "visit" in "Was Lee\'s state visit …" is a noun', () => {
    expect(parse("Was Ann Lee's state visit to India a three-day trip?").subject).not.toBe(
      "Ann Lee's state",
    );
  });

  it('leaves "What did X do on <day>?" a question about the day', () => {
    expect(parse('What did Trump do on June 6, 2019?').intent).not.toBe('said');
    expect(parse('What did Trump sign on March 2, 2017?').intent).not.toBe('said');
  });

  it('reads "Who accused X of …" and "Who claimed that …" as asking who said it', () => {
    expect(parse('Who accused Roe of twisting the agreement?')).toMatchObject({
      intent: 'who-said',
      quote: 'Roe of twisting the agreement',
    });
    expect(parse('Who claimed that the votes were illegal?')).toMatchObject({
      intent: 'who-said',
      quote: 'the votes were illegal',
    });
    // Where it was said, between the verb and "that".
    expect(parse('Who announced on Twitter that the summit would move?')).toMatchObject({
      intent: 'who-said',
      quote: 'the summit would move',
    });
  });

  it('reads past an aside after "who"', () => {
    expect(
      parse('Who, along with Joe Scarborough, claimed that the paper was used?'),
    ).toMatchObject({ intent: 'who-said', quote: 'the paper was used' });
  });

  it('leaves "Who welcomed Pence at the airport?" a question about a person', () => {
    expect(parse('Who welcomed Pence at the airport?').intent).not.toBe('who-said');
  });

  it('reads words in single quotes after "who <verb>" as words someone said', () => {
    expect(parse("Who called Elizabeth Warren 'Pocahontas'?")).toMatchObject({
      intent: 'who-said',
      quote: 'Pocahontas',
    });
  });

  it('keeps apostrophes inside single-quoted words, so the quote is the words and not the claim', () => {
    expect(
      parse(
        "Was it Raj Shah who said of Trump's tweet urging Sessions to end the probe, 'It's not an order. It's the president's opinion'?",
      ),
    ).toMatchObject({
      intent: 'verify',
      subject: 'Raj Shah',
      quote: "It's not an order. It's the president's opinion",
    });
    expect(parse("Who said 'we're not going anywhere'?")).toMatchObject({
      intent: 'who-said',
      quote: "we're not going anywhere",
    });
    // A possessive's apostrophe opens no quotation.
    expect(parse("Did Trump call the Democrats' plan 'crazy'?").quote).toBe('crazy');
  });

  it('leaves a quoted name after a preposition a search: it says where or when', () => {
    expect(
      parse("who touted american growth at a small business event during 'American Dream Week'?")
        .intent,
    ).not.toBe('who-said');
    expect(parse('Who spoke at the "Stop the Steal" rally?').intent).not.toBe('who-said');
  });

  it('reads past an adverb between "who" and the verb of saying', () => {
    expect(parse('Who again claimed that the election was rigged?')).toMatchObject({
      intent: 'who-said',
      quote: 'the election was rigged',
    });
    expect(parse('Who publicly accused Comey of lying?')).toMatchObject({ intent: 'who-said' });
  });

  it('never takes a "who" clause as the speaker of what was said', () => {
    // "… for his first statement" once made "Who again condemned … his first" a speaker.
    const parsed = parse(
      'Who again condemned the rally violence, after being criticized for his first statement?',
    );
    expect(parsed.intent).not.toBe('said');
    expect(parsed.subject ?? '').not.toMatch(/^who/i);
  });
});

describe('a deadline in a claim', () => {
  it('is no time filter: "to resign by January 20, 2021" says what was asked, not when', () => {
    expect(
      parse('Who told all the staff to hand in their resignations by January 20, 2021?').range,
    ).toBeNull();
    expect(parse('Did Roe say the wall would be finished by the end of 2020?').range).toBeNull();
  });

  it('is no time filter when it says from when something holds: "starting September 20, 2020"', () => {
    expect(
      parse('Did the FCC announce that the app would be banned starting September 20, 2020?').range,
    ).toBeNull();
    expect(parse('Did Roe say the tariffs take effect effective June 1, 2019?').range).toBeNull();
  });

  it('reads "now" in a claim as the speaker\'s, keeping another date of the question', () => {
    expect(parse('Did Roe say he is now immune to the flu?').range).toBeNull();
    expect(
      parse('At his Ohio rally in October 2020, did Roe say he was now immune?').range?.from,
    ).toBe('2020-10-01');
  });

  it('reads the year or month something is for as a word of the topic, not its time', () => {
    expect(
      parse('Who announced plans to cut refugee admissions for 2021 to 15,000?'),
    ).toMatchObject({ range: null, topic: expect.stringContaining('for 2021') as unknown });
    expect(parse('What did Roe say about the budget for fiscal 2020?')).toMatchObject({
      range: null,
      topic: 'the budget for fiscal 2020',
    });
    expect(parse('What did Roe proclaim for the month of April 2017?')).toMatchObject({
      range: null,
      topic: 'for the month of April 2017',
    });
    // A day is a time, whatever stands before it.
    expect(parse('What did Roe say for March 3, 2020?').range?.from).toBe('2020-03-03');
  });

  it('reads a year between "the" and a noun as naming the thing, not its time', () => {
    // A dataset that covers 2021, where the year would otherwise bound the answer.
    const span = { first: '2017-01-20', last: '2021-01-20' };
    expect(
      parseQuestion(
        "When did the House vote to override Roe's veto of the 2021 defense bill?",
        REFERENCE,
        span,
      ),
    ).toMatchObject({
      range: null,
      topic: expect.stringContaining('the 2021 defense bill') as unknown,
    });
    // Written as a time, it is one.
    expect(
      parseQuestion('What did Roe say about defense in 2021?', REFERENCE, span).range?.from,
    ).toBe('2021-01-01');
  });

  it('leaves "What happened by March 2017?" a date question', () => {
    expect(parse('What happened by March 2017?').range?.from).toBe('2017-03-01');
  });
});

describe('asking for a day without "what happened"', () => {
  it.each([
    'Give me everything from March 3, 2017.',
    'Show me all the events on March 3, 2017',
    'list everything that happened in March 2017',
    'can you give me a recap of march 2017',
    'Tell me about April 14, 2017.',
    'Remind me what took place on May 3 2018',
  ])('reads "%s" as a date question', (text) => {
    expect(parse(text).intent).toBe('date');
  });
});

describe('the verb of a "did" claim', () => {
  it('is not the second word of a name whose first the tagger takes for a verb ("Rob")', () => {
    expect(parse('Did Rob Porter quit as White House staff secretary?')).toMatchObject({
      intent: 'verify',
      subject: 'Rob Porter',
      topic: 'quit as White House staff secretary',
    });
  });

  it.each([
    [
      'Did Jeff Sessions order immigration judges to deny bail to asylum seekers?',
      'Jeff Sessions',
      'order immigration judges to deny bail to asylum seekers',
    ],
    [
      'Did the Justice Department drop a lawsuit alleging that the voter ID law is racist?',
      'the Justice Department',
      'drop a lawsuit alleging that the voter ID law is racist',
    ],
    [
      'Did Stanley McChrystal dare Trump to revoke his clearance, writing that it was an honor?',
      'Stanley McChrystal',
      'dare Trump to revoke his clearance, writing that it was an honor',
    ],
  ])('comes before a verb of saying after "to" or in "-ing": "%s"', (text, subject, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject, topic });
  });

  it('comes before a clause of the object, whose verb of saying is no claim verb', () => {
    expect(
      parse('Did Trump share an article that named the person alleged to be the whistleblower?'),
    ).toMatchObject({
      intent: 'verify',
      subject: 'Trump',
      topic: 'share an article that named the person alleged to be the whistleblower',
    });
  });

  it('is never a preposition after a name: "visit Andrews in September 2017"', () => {
    expect(parse('Did the president visit Andrews in September 2017?')).toMatchObject({
      intent: 'verify',
      subject: 'the president',
      topic: 'visit Andrews',
    });
  });
});

describe('"Was X the first/only/biggest …?"', () => {
  it('claims what the subject was, said of them', () => {
    expect(
      parse('Was Trump the first U.S. president to attend Davos since Bill Clinton?'),
    ).toMatchObject({
      intent: 'verify',
      subject: 'Trump',
      topic: 'the first U.S. president to attend Davos since Bill Clinton',
      passive: true,
    });
    expect(
      parse('Was the state dinner for Scott Morrison the first one the Trumps hosted?'),
    ).toMatchObject({
      subject: 'the state dinner for Scott Morrison',
      topic: 'the first one the Trumps hosted',
    });
  });

  it('leaves "Is it true that …" to the rule for claims', () => {
    expect(parse('Is it true that Trump became the only president impeached twice?')).toMatchObject(
      { intent: 'verify', subject: 'Trump' },
    );
  });

  it('does not end a subject with a word that joins it to the ranked phrase', () => {
    expect(parse('Was Yemen the scene of the first drone attacks in 2017?').subject).not.toBe(
      'Yemen the scene of',
    );
  });
});

describe('a question ending in "… true"', () => {
  it('is no fact check when a question word opens it', () => {
    expect(
      parse('Which nominee did Pence say should quit the race if the allegations were true?')
        .intent,
    ).not.toBe('verify');
  });
});

describe('a label before a question', () => {
  it('is no part of the question: "Fact check: did Trump say …?" is by Trump', () => {
    expect(parse('Fact check: did Trump say Mexico would pay?')).toMatchObject({
      intent: 'verify',
      subject: 'Trump',
      topic: 'Mexico would pay',
    });
  });

  it('leaves a phrase set before the question to be read as one', () => {
    const parsed = parse('Fact check: in September 2017, did the president visit Andrews?');
    expect(parsed).toMatchObject({
      intent: 'verify',
      subject: 'the president',
      topic: 'visit Andrews',
    });
    expect(parsed.range).toMatchObject({ from: '2017-09-01', to: '2017-09-30' });
  });
});

describe('claims put as a check rather than a "did" question', () => {
  it.each([
    ['Was it Mattis who called Kim "Rocket Man"?', 'Mattis'],
    // A cleft with any verb asks whether that one did it.
    ['Was it Zinke who ordered oil released from the petroleum reserve?', 'Zinke'],
    ['Was it Mitch McConnell who blocked the State of the Union address?', 'Mitch McConnell'],
    ['Fact check: Trump called Kim Rocket Man', 'Trump'],
    ['Trump said the press is the enemy of the people, true?', 'Trump'],
    ['Trump said the virus would disappear - true or false?', 'Trump'],
    ['Is it accurate that Comey called Trump unfit?', 'Comey'],
    ['Is it correct that Barr said there was no fraud?', 'Barr'],
    ['Can you confirm that Pence said the virus was under control?', 'Pence'],
    ['Was Sessions quoted as saying he had no contacts with Russians?', 'Sessions'],
    ['Is Barr on record saying there was no fraud?', 'Barr'],
    ['Did Trump reportedly say that he wanted to buy Greenland?', 'Trump'],
    ['Did the top diplomat finally own up to listening in on the call?', 'the secretary of state'],
    // "state" after "of" is part of the office's name, not a verb of saying.
    ['Did the secretary of state say he would resign?', 'the secretary of state'],
    ['Did Sessions not say he would recuse?', 'Sessions'],
    // An aside after the name says who they are; the name is the subject.
    ['Did Joseph Yun, the top diplomat on Korea, announce his resignation?', 'Joseph Yun'],
  ])('reads "%s" as a claim by %s', (text, subject) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject });
  });
});

describe('claims in forms the question rules do not read, asked as the "did" question they mean', () => {
  it.each([
    ['True or false: Sessions recused himself', 'Sessions', 'recused himself'],
    ['Is it correct that Haley resigned?', 'Haley', 'resigned'],
    ['Can you confirm that Trump fired Comey?', 'Trump', 'fired Comey'],
    ['Is it accurate to say Trump fired Comey?', 'Trump', 'fired Comey'],
    [
      "Didn't Trump say he would release his tax returns?",
      'Trump',
      'he would release his tax returns',
    ],
    ['Wasn’t Flynn pardoned?', 'Flynn', 'pardoned'],
    ['Was Pence the one who said the election was stolen?', 'Pence', 'the election was stolen'],
    ['Is it true that Comey was fired by Trump?', 'Comey', 'fired by Trump'],
    ['Do you know whether Trump said covid would disappear?', 'Trump', 'covid would disappear'],
    [
      'Is there a record of Trump saying he would release his tax returns?',
      'Trump',
      'he would release his tax returns',
    ],
    ['Is there any evidence of Pence denying the report?', 'Pence', 'denied the report'],
    ['Trump called McCain not a war hero?', 'Trump', 'McCain not a war hero'],
  ])('reads "%s" as a claim by %s: "%s"', (text, subject, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject, topic });
  });

  it('keeps the question as typed', () => {
    expect(parse('True or false: Sessions recused himself').text).toBe(
      'True or false: Sessions recused himself',
    );
  });

  it('reads "Were …" as the word it is, not as a misspelt "where"', () => {
    expect(parse('Were the Proud Boys told to stand back?')).toMatchObject({
      intent: 'verify',
      subject: 'the Proud Boys',
    });
  });
});

describe('other ways to ask who said something', () => {
  it.each([
    ["Whose words were 'Rocket Man'?", 'Rocket Man'],
    ["Who is quoted as saying 'Rocket Man'?", 'Rocket Man'],
    ['who called comey a nut job', 'comey a nut job'],
  ])('reads "%s" as asking who said %s', (text, quote) => {
    expect(parse(text)).toMatchObject({ intent: 'who-said', quote });
  });

  it('leaves "Who called the police?" a question about a person', () => {
    expect(parse('Who called the police?').intent).not.toBe('who-said');
  });
});

describe('the verb of saying a "What did X <verb> …?" asks with', () => {
  it.each([
    ['What did Trump announce about Turkey in October 2019?', 'announce'],
    ['What did Pelosi claim about the aid?', 'claim'],
    ['What did Trump tweet about the Fed?', 'tweet'],
  ])('is kept for "%s"', (question, verb) => {
    expect(parse(question).speechVerb).toBe(verb);
  });

  it('is left out when it says no more than "say"', () => {
    expect(parse('What did Trump say about Turkey?').speechVerb).toBeUndefined();
  });
});

describe('the subject and verb of "Who did <subject> <verb> …?"', () => {
  it('is the words between "did" and the verb, whose answer is someone else, and the verb', () => {
    expect(whoDidParts('Who did the president meet at the White House?')).toEqual({
      subject: 'the president',
      verb: 'meet',
    });
    expect(whoDidParts('Who did Trump nominate to the Supreme Court?')).toEqual({
      subject: 'Trump',
      verb: 'nominate',
    });
  });

  it('finds the verb after a subject of several words', () => {
    expect(
      whoDidParts('Whom did the deputy attorney general appoint in May 2017 to lead the inquiry?'),
    ).toEqual({ subject: 'the deputy attorney general', verb: 'appoint' });
  });

  it('takes the word before an infinitive\'s "to" as the verb, whatever its tag', () => {
    expect(whoDidParts('Who did Trump direct to lie to Congress about the tower?')).toEqual({
      subject: 'Trump',
      verb: 'direct',
    });
  });

  it('reads "Which <asked> did <subject> <verb>" too, however many words the asked one takes', () => {
    expect(whoDidParts('Which Indonesian ambassador did Under Secretary Shannon meet?')).toEqual({
      subject: 'Under Secretary Shannon',
      verb: 'meet',
    });
  });

  it('is null for other questions', () => {
    expect(whoDidParts('Who met the president at the White House?')).toBeNull();
    expect(whoDidParts('Who was the president in 2018?')).toBeNull();
  });
});

describe('the verb of a "did" claim', () => {
  it.each([
    [
      'Did Trump award the Medal of Valor to seven responders for the baseball practice shooting?',
      'award the Medal of Valor to seven responders for the baseball practice shooting',
      'an -ing word is no verb after "did"',
    ],
    [
      'Did Trump sign the Securely Expediting Clearances Through Reporting Transparency Act?',
      'sign the Securely Expediting Clearances Through Reporting Transparency Act',
      'a capitalised word is part of a name',
    ],
    [
      'Did Trump visit Calexico, California and meet Border Patrol agents?',
      'visit Calexico, California and meet Border Patrol agents',
      'a verb after "and" is the second of two, though the tagger reads the first as a noun',
    ],
    [
      'Did Trump deliver remarks at the Model United Nations Conference?',
      'deliver remarks at the Model United Nations Conference',
      'a third-person form ("remarks") is no verb of saying after "did"',
    ],
    [
      'Did Trump step in to represent the city in the libel case brought by a woman?',
      'step in to represent the city in the libel case brought by a woman',
      'a past form ("brought") is no verb after "did"',
    ],
    [
      'Did Trump award Rush Limbaugh the Presidential Medal of Freedom during the State of the Union address?',
      'award Rush Limbaugh the Presidential Medal of Freedom during the State of the Union address',
      'a subject holds no preposition but "of": "address" is no verb of it',
    ],
    [
      'Did Trump make a five-day state visit to the UK?',
      'make a five-day state visit to the UK',
      'a verb of saying ("state") after the claim\'s own verb is part of the claim',
    ],
  ])('reads "%s" as claiming "%s" (%s)', (text, topic) => {
    expect(parse(text)).toMatchObject({ intent: 'verify', subject: 'Trump', topic });
  });
});

describe('"by <date>" in a claim', () => {
  it('bounds when, in a claim of what had happened by then', () => {
    expect(parse('Had deaths passed 200,000 by September 2, 2020?').range).toEqual({
      from: '1000-01-01',
      to: '2020-09-02',
      text: 'by September 2, 2020',
    });
  });

  it('stays part of what was said in a claim of words', () => {
    expect(parse('Did Trump say he would resign by January 20, 2021?').range).toBeNull();
  });
});

describe('"Who did X call "…"?"', () => {
  it('asks whom the words were said of, with X as the one who said them', () => {
    expect(parse('Who did Trump reportedly call a "nut job" in May 2017?')).toMatchObject({
      intent: 'who-said',
      subject: 'Trump',
      quote: 'nut job',
      calledWhom: true,
    });
  });

  it('reads "Who did X say had \'…\'?" the same way, single quotation marks too', () => {
    expect(parse("Who did Trump say had 'lost his mind' in January 2018?")).toMatchObject({
      intent: 'who-said',
      subject: 'Trump',
      quote: 'lost his mind',
      calledWhom: true,
    });
  });

  it('leaves "Who called X "…"?" asking who said the words', () => {
    expect(parse('Who called Comey a "nut job"?').calledWhom).toBeUndefined();
  });
});

describe('"What did X <verb> … <noun that is a verb of saying> …?"', () => {
  it('keeps the verb after the subject, not a noun later: "blame for the poor state of …"', () => {
    expect(
      parse('What did Trump blame for the poor state of relations with Russia?'),
    ).toMatchObject({
      intent: 'said',
      subject: 'Trump',
    });
  });

  it.each([
    // "the" before "state": a longer phrase, not the verb of saying.
    [
      "what did joseph yun, the state dept's point man on korea, announce in feb 2018",
      'joseph yun',
    ],
    [
      'What did the House Oversight Committee want Postmaster General Louis DeJoy to testify about?',
      'the House Oversight Committee',
    ],
  ])('never ends the subject before its noun: "%s"', (text, subject) => {
    expect(parse(text)).toMatchObject({ intent: 'said', subject });
  });

  it('still reads a lower-case name the tagger takes for a verb as the subject', () => {
    expect(parse('what did trump and xi talk about at mar-a-lago?')).toMatchObject({
      intent: 'said',
      subject: 'trump and xi',
    });
  });
});

describe('"What did X <verb> …?"', () => {
  it('keeps a verb of doing in the topic: the approval is what is asked', () => {
    expect(parse('What did Trump approve for Puerto Rico?')).toMatchObject({
      intent: 'said',
      subject: 'Trump',
      topic: 'approve for Puerto Rico',
    });
  });

  it('leaves a verb of saying out of the topic', () => {
    expect(parse('What did Trump tweet about Iran?').topic).toBe('Iran');
  });
});
