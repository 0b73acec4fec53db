import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../src/search/inverted-index.js';
import { buildQuery, respelled } from '../../src/search/query.js';

const texts = [
  'President Trump removes James Comey from his position as FBI Director.',
  'Michael Flynn resigns as National Security Advisor.',
  'Jessie Liu resigns after the Roger Stone case; Flynn is mentioned and departs, quits, resigns.',
  'Attorney General Sessions recuses himself from the Russia investigation.',
];
const index = new InvertedIndex(texts.map((text) => [{ text, weight: 1 }]));
const top = (query: string): number | undefined =>
  index.search(buildQuery(query, index).groups, { limit: 3 })[0]?.doc;

describe('inverted index', () => {
  it('finds documents by any form of a word', () => {
    expect(top('recusal')).toBe(3);
  });

  it('finds "fire" through its synonym "removes"', () => {
    expect(top('fire Comey')).toBe(0);
  });

  it('corrects a misspelled word to a known one', () => {
    const query = buildQuery('investigaton', index);
    expect(query.corrections).toEqual([{ typed: 'investigaton', read: 'investigation' }]);
    expect(top('investigaton')).toBe(3);
  });

  it('scores a word and its synonyms once, so repeating synonyms does not win', () => {
    // Both documents say "resigns" and "Flynn"; the shorter one must not lose to a synonym pile.
    expect(top('Flynn resigns')).toBe(1);
  });

  it('returns nothing for words it does not know', () => {
    expect(index.search(buildQuery('zebra', index).groups, { limit: 3 })).toEqual([]);
  });

  it('ranks documents matching every word above those matching one', () => {
    const hits = index.search(buildQuery('Sessions Russia', index).groups, { limit: 4 });
    expect(hits[0]?.doc).toBe(3);
    expect(hits[0]?.coverage).toBe(1);
  });

  it('applies filters and boosts', () => {
    const groups = buildQuery('resigns', index).groups;
    expect(index.search(groups, { limit: 3, accept: (doc) => doc !== 1 })[0]?.doc).toBe(2);
    expect(index.search(groups, { limit: 3, boost: (doc) => (doc === 2 ? 10 : 1) })[0]?.doc).toBe(
      2,
    );
  });

  it('completes a partly typed last word when asked to', () => {
    const query = buildQuery('Sessions recu', index, { prefixLast: true });
    expect(index.search(query.groups, { limit: 1 })[0]?.doc).toBe(3);
  });
});

describe('acronyms', () => {
  it('counts the words an acronym stands for together: the whole name beats one or two of them', () => {
    const texts = [
      'Speakers at the Conservative Political Action Conference in Oxon Hill, Maryland, call for lower taxes and fewer rules for small firms.',
      'Action conference.',
      'Conservative politics.',
    ];
    const named = new InvertedIndex(texts.map((text) => [{ text, weight: 1 }]));
    expect(named.search(buildQuery('CPAC', named).groups, { limit: 1 })[0]?.doc).toBe(0);
  });
});

describe('respelled', () => {
  it('respells a word the dataset does not know as the closest one it does', () => {
    expect(respelled('Flynn resings', index)).toBe('flynn resigns');
  });

  it('keeps another form of a word the dataset knows, which is no typo', () => {
    // "recused" is not in the texts, but "recuses" is: a close word would be a different one.
    expect(respelled('Sessions recused himself', index)).toBe('sessions recused himself');
  });

  it('respells a short word only across one edit, so a claim word keeps its meaning', () => {
    expect(respelled('Flynn resigms', index)).toBe('flynn resigns');
    // Two edits from "resigns": another word, not a typo of it.
    expect(respelled('Flynn rezignz', index)).toBe('flynn rezignz');
  });

  it('never respells a word of English or a negation, which are no typos', () => {
    const texts = new InvertedIndex([
      [{ text: 'Ross is concerned the house will haunt him.', weight: 1 }],
    ]);
    // "concealed" is two edits from "concerned" and "hadnt" one from "haunt", but both are words.
    expect(respelled("he hadn't concealed it", texts)).toBe('he hadnt concealed it');
  });

  it('never respells a place WordNet knows, which is no typo of a common word', () => {
    const texts = new InvertedIndex([
      [{ text: 'Sanctions over the Crimean conflict stay; it is no crime.', weight: 1 }],
    ]);
    expect(respelled('the Crimea sanctions', texts)).toBe('the crimea sanctions');
  });

  it('splits two words run together when the dataset knows both', () => {
    expect(respelled('the securityadvisor resigns', index)).toBe('the security advisor resigns');
    // Parts this short make real words too: "leeway" is no "lee way".
    const short = new InvertedIndex([[{ text: 'Lee takes the way out.', weight: 1 }]]);
    expect(respelled('more leeway', short)).toBe('more leeway');
  });
});

describe('place names and their adjectives', () => {
  it('weighs "Brazilian" for "Brazil" almost as the word itself, unlike a looser synonym', () => {
    const places = new InvertedIndex(
      ['Brazil trade talks stall.', 'Brazilian President Jair Bolsonaro visits.'].map((text) => [
        { text, weight: 1 },
      ]),
    );
    const [group] = buildQuery("Brazil's president", places).groups;
    expect(group?.terms).toContainEqual({ stem: 'brazilian', weight: 0.9 });
  });
});

describe('inverted index: the words an acronym stands for', () => {
  const parts = new InvertedIndex(
    [
      'President Trump speaks about politics at a prayer breakfast.',
      'President Trump speaks to the Conservative Political Action Conference.',
    ].map((text) => [{ text, weight: 1 }]),
  );
  const cpac = {
    terms: ['conserv', 'polit', 'action', 'confer'].map((stem) => ({
      stem,
      weight: 0.225,
      part: true,
    })),
  };

  it('count as the acronym only in a text with at least half of them', () => {
    const hits = parts.search([{ terms: [{ stem: 'trump', weight: 1 }] }, cpac], { limit: 2 });
    // "politics" is no match of "CPAC": half the query, not all of it, and no score for it.
    expect(hits.map((hit) => [hit.doc, hit.coverage])).toEqual([
      [1, 1],
      [0, 0.5],
    ]);
    const alone = parts.search([cpac], { limit: 2 });
    expect(alone.map((hit) => hit.doc)).toEqual([1]);
  });

  it('weigh together as one word as rare as the name, though each of them is common', () => {
    const common = new InvertedIndex(
      [
        'President Trump speaks about politics at a prayer breakfast.',
        'President Trump gives a speech to the Conservative Political Action Conference.',
        'Conservative judges speak at a press conference.',
        'A political action committee holds a conference on its action plan.',
        'The governor speaks at a conference of conservative groups.',
        'Political leaders take action after the conference.',
      ].map((text) => [{ text, weight: 1 }]),
    );
    const hits = common.search(buildQuery('Trump speak CPAC', common).groups, { limit: 2 });
    expect(hits[0]?.doc).toBe(1);
  });

  it('hold all of them in as many texts as idfOfAll counts', () => {
    // Both texts write a form of "politics"; one of them a breakfast.
    expect(parts.idfOfAll(['polit', 'breakfast'])).toBe(parts.idf('prayer'));
    expect(parts.idfOfAll(['trump'])).toBe(parts.idf('trump'));
  });
});
