import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOutletAccount, parseTweet } from '../../src/ingest/tweets.js';

describe('parseTweet', () => {
  it('reads the text, links, media, author, handle and date of a pasted tweet', () => {
    expect(
      parseTweet(
        'AG Sessions recuses himself https://t.co/4nTtDyMBID pic.twitter.com/S5UjwWshTM — ABC News Politics (@ABCPolitics) March 2, 2017',
      ),
    ).toEqual({
      text: 'AG Sessions recuses himself',
      links: ['https://t.co/4nTtDyMBID'],
      media: ['pic.twitter.com/S5UjwWshTM'],
      authorName: 'ABC News Politics',
      handle: 'ABCPolitics',
      date: '2017-03-02',
    });
  });

  it('accepts every dash a page pastes before the signature', () => {
    for (const dash of ['—', '–', '&mdash;', '--']) {
      expect(parseTweet(`We won. ${dash} Jane Doe (@janedoe) Jan. 28, 2017`)).toMatchObject({
        text: 'We won.',
        authorName: 'Jane Doe',
        date: '2017-01-28',
      });
    }
  });

  it('starts the signature at the first dash that a display name follows', () => {
    expect(parseTweet('Yes -- no -- Jean-Luc -- Paris (@jl) May 1, 2017')).toMatchObject({
      text: 'Yes',
      authorName: 'no -- Jean-Luc -- Paris',
    });
    // An em dash cannot be inside the display name, so the signature starts after the last one.
    expect(parseTweet('Yes -- no — Jean (@jl) May 1, 2017')).toMatchObject({
      text: 'Yes -- no',
      authorName: 'Jean',
    });
  });

  it('keeps parentheses in the display name only as closed pairs', () => {
    expect(parseTweet('Hi — Jane (parody) (@jane) May 1, 2017')?.authorName).toBe('Jane (parody)');
    expect(parseTweet('Hi — Jane (par — ody) (@jane) May 1, 2017')?.authorName).toBe(
      'Jane (par — ody)',
    );
    expect(parseTweet('Hi — Jane (parody (@jane) May 1, 2017')).toBeNull();
    expect(parseTweet('Hi — Jane ) (@jane) May 1, 2017')).toBeNull();
  });

  it('is null without a signature at the end, and has a null date for an impossible day', () => {
    expect(parseTweet('Just a sentence -- with dashes.')).toBeNull();
    expect(parseTweet('Hi — Jane (@jane) May 1, 2017 and more')).toBeNull();
    expect(parseTweet('Hi — Jane (@jane) Foo 30, 2017')?.date).toBeNull();
    expect(parseTweet('Hi — Jane (@jane) February 30, 2017')?.date).toBeNull();
  });

  /**
   * The signature as one regex, which parseTweet used to run: it finds the same signatures, but
   * a search retries from each `--` to the end of the paragraph (quadratic), so the code no longer
   * uses it. Kept here as the definition the scanner must agree with.
   */
  const SIGNATURE =
    /\s*(?:—|–|&mdash;|--)\s*((?:[^—–()]|\([^()@]*\))+?)\s*\(@(\w{1,15})\)\s*([A-Z][a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})\s*$/u;

  it('finds exactly the signature the one-regex definition finds, on any short paragraph', () => {
    const piece = fc.constantFrom(
      ...['—', '–', '&mdash;', '--', '-', '&', '(', ')', '(@', '@', ' ', '\n', '\u00a0', 'a', 'Jo'],
      ...['(@jo) May 1, 2017', '(x)', 'https://t.co/Ab1', '😀'],
    );
    const SIGNED = ['(@jo) May 1, 2017', ' (@a_b) Jan. 2, 1999 ', '(@x)Feb 30,\t2017'];
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom('', ...SIGNED),
        (pieces, end) => {
          const paragraph = pieces.join('') + end;
          const expected = SIGNATURE.exec(paragraph);
          const tweet = parseTweet(paragraph);
          if (expected === null) {
            expect(tweet).toBeNull();
            return;
          }
          expect(tweet).not.toBeNull();
          expect(tweet?.authorName).toBe((expected[1] ?? '').trim());
          expect(tweet?.handle).toBe(expected[2]);
          const body = paragraph.slice(0, expected.index);
          expect(tweet?.text).toBe(
            body
              .replace(/https?:\/\/t\.co\/[A-Za-z0-9]+/g, ' ')
              .replace(/\s+/g, ' ')
              .trim(),
          );
        },
      ),
      { seed: 20_170_302, numRuns: 5_000 },
    );
  });
});

describe('isOutletAccount', () => {
  it('tells a news outlet from a person by the words in its name and handle', () => {
    expect(isOutletAccount({ authorName: 'ABC News Politics', handle: 'ABCPolitics' })).toBe(true);
    expect(isOutletAccount({ authorName: 'Jane Doe', handle: 'janedoe' })).toBe(false);
  });
});
