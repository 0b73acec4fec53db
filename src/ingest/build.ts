/**
 * From parsed documents to the dataset: one event per document, its sources (tweets and the
 * article), and the quotes, people and dated facts extracted from their sentences. Pure and
 * deterministic: ids derive from content and input order, never from time or randomness.
 */
import { createHash } from 'node:crypto';
import type {
  ArticleSource,
  Dataset,
  Event,
  Fact,
  Quote,
  Source,
  TweetSource,
  When,
} from '../dataset/schema.js';
import { DATASET_VERSION } from '../dataset/schema.js';
import { findDateExpressions } from './dates.js';
import type { RawDocument } from './document.js';
import { findMentions, type Mention } from './mentions.js';
import { resolvePeople, type MentionInEvent } from './people.js';
import { findQuotes, type SpeakerRef } from './quotes.js';
import { splitSentences } from './sentences.js';
import { contentWords, jaccard, NEAR_DUPLICATE_THRESHOLD } from './similarity.js';
import { summaryFrom, titleFrom } from './title.js';
import { parseTweet } from './tweets.js';
import { assertValidDataset } from './validate.js';

interface DraftQuote extends Omit<Quote, 'speaker'> {
  speakerRef: SpeakerRef | null;
}

interface DraftEvent {
  event: Omit<Event, 'personIds'>;
  sources: Source[];
  quotes: DraftQuote[];
  facts: Fact[];
  mentions: Mention[];
}

export function buildDataset(documents: RawDocument[], inputs: string[]): Dataset {
  const usedIds = new Map<string, number>();
  const drafts = documents.map((document) => {
    const baseId = eventIdOf(document);
    const seen = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, seen);
    // Identical documents on the same day get -2, -3… in input order.
    return draftEvent(document, seen === 1 ? baseId : `${baseId}-${seen}`);
  });

  const allMentions: MentionInEvent[] = drafts.flatMap((draft) =>
    draft.mentions.map((mention) => ({ mention, eventId: draft.event.id })),
  );
  const people = resolvePeople(allMentions, { lowercaseWords: lowercaseWordsOf(documents) });

  const events: Event[] = [];
  const quotes: Quote[] = [];
  for (const draft of drafts) {
    const personIds = new Set<string>();
    for (const mention of draft.mentions) {
      const person = people.personOf(mention);
      if (person !== undefined) personIds.add(person.id);
    }
    events.push({ ...draft.event, personIds: [...personIds] });
    for (const { speakerRef, ...quote } of draft.quotes) {
      const { id, eventId, sourceId, text, ...rest } = quote;
      const speaker = speakerOf(speakerRef, people.personOf);
      quotes.push({ id, eventId, sourceId, text, speaker, ...rest });
    }
  }

  const dataset: Dataset = {
    version: DATASET_VERSION,
    inputs,
    events,
    sources: drafts.flatMap((draft) => draft.sources),
    quotes,
    people: people.people,
    facts: drafts.flatMap((draft) => draft.facts),
  };
  return assertValidDataset(dataset, 'the built dataset');
}

/** Every word the texts write in lower case, to tell sentence-initial capitals from names. */
function lowercaseWordsOf(documents: readonly RawDocument[]): Set<string> {
  const words = new Set<string>();
  for (const document of documents) {
    for (const paragraph of document.paragraphs) {
      for (const match of paragraph.text.matchAll(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu)) {
        words.add(match[0]);
      }
    }
  }
  return words;
}

function eventIdOf(document: RawDocument): string {
  const content = [document.date, ...document.paragraphs.map((paragraph) => paragraph.text)];
  const hash = createHash('sha1').update(content.join('\n')).digest('hex').slice(0, 8);
  return `evt-${document.date}-${hash}`;
}

/**
 * Linked speakers are named by the person's canonical name, so every quote of one person reads
 * the same; described speakers keep the text's words.
 */
function speakerOf(
  ref: SpeakerRef | null,
  personOf: (mention: Mention) => { id: string; name: string } | undefined,
): Quote['speaker'] {
  if (ref === null) return null;
  if (ref.kind === 'described') return { personId: null, name: ref.name };
  for (const mention of ref.candidates) {
    const person = personOf(mention);
    if (person !== undefined) return { personId: person.id, name: person.name };
  }
  return null;
}

interface SourceText {
  source: Source;
  /** Paragraphs to analyse: a tweet's text without links, or the article's paragraphs. */
  paragraphs: string[];
  /** The date a quote in this source was said when its sentence gives none. */
  date: string;
}

function draftEvent(document: RawDocument, eventId: string): DraftEvent {
  const sourceTexts = sourcesOf(document, eventId);
  markNearDuplicates(sourceTexts.map((entry) => entry.source));

  const quotes: DraftQuote[] = [];
  const facts: Fact[] = [];
  const mentions: Mention[] = [];
  const sentencesBySource = new Map<Source, string[]>();

  for (const { source, paragraphs, date } of sourceTexts) {
    let anchor: When = { date: document.date, precision: 'day' };
    // Names mentioned so far in this source, most recent first, for "he said".
    let earlier: Mention[] = [];
    const sentences: string[] = [];
    for (const paragraph of paragraphs) {
      for (const { text: sentence } of splitSentences(paragraph)) {
        sentences.push(sentence);
        const sentenceMentions = findMentions(sentence);
        mentions.push(...sentenceMentions);
        const dates = findDateExpressions(sentence, document.date, anchor);
        for (const found of dates) {
          facts.push({
            id: `${eventId}-f${facts.length + 1}`,
            eventId,
            sourceId: source.id,
            text: sentence,
            when: found.when,
            expression: found.expression,
          });
        }
        anchor = dates.at(-1)?.when ?? anchor;

        const found = findQuotes(sentence, sentenceMentions, earlier);
        const spans = found.map((quote) => quote.span);
        // A quote was said when its sentence says, outside the quotation marks themselves.
        const said = dates.find(
          (expression) =>
            !spans.some((span) => expression.index > span.open && expression.index < span.close),
        );
        for (const quote of found) {
          quotes.push({
            id: `${eventId}-q${quotes.length + 1}`,
            eventId,
            sourceId: source.id,
            text: quote.text,
            speakerRef: quote.speaker,
            when: said?.when ?? { date, precision: 'day' },
            sentence,
            quoteMark: quote.mark,
            fragment: quote.fragment,
          });
        }
        earlier = [...sentenceMentions].reverse().concat(earlier).slice(0, 8);
      }
    }
    sentencesBySource.set(source, sentences);
  }

  const first = sourceTexts[0];
  const headline = first === undefined ? [] : (sentencesBySource.get(first.source) ?? []);
  const article = sourceTexts.find((entry) => entry.source.kind === 'article');
  const summarySentences =
    article === undefined ? headline : (sentencesBySource.get(article.source) ?? []);
  return {
    event: {
      id: eventId,
      date: document.date,
      title: titleFrom(headline[0] ?? ''),
      summary: summaryFrom(summarySentences),
      sourceIds: sourceTexts.map((entry) => entry.source.id),
      origin: { file: document.file, line: document.line },
    },
    sources: sourceTexts.map((entry) => entry.source),
    quotes,
    facts,
    mentions,
  };
}

/** Tweets in paragraph order; all other paragraphs form one article, placed where it starts. */
function sourcesOf(document: RawDocument, eventId: string): SourceText[] {
  const entries: SourceText[] = [];
  let article: { source: ArticleSource; paragraphs: string[] } | null = null;
  const nextId = (): string => `${eventId}-s${entries.length + 1}`;
  for (const paragraph of document.paragraphs) {
    const tweet = parseTweet(paragraph.text);
    if (tweet !== null) {
      const source: TweetSource = {
        id: nextId(),
        kind: 'tweet',
        eventId,
        authorName: tweet.authorName,
        handle: tweet.handle,
        date: tweet.date ?? document.date,
        text: tweet.text,
        links: tweet.links,
        media: tweet.media,
        duplicateOf: null,
      };
      entries.push({ source, paragraphs: [tweet.text], date: source.date });
      continue;
    }
    if (article === null) {
      const source: ArticleSource = {
        id: nextId(),
        kind: 'article',
        eventId,
        date: document.date,
        text: '',
        publisher: document.source ?? null,
        url: document.url ?? null,
      };
      article = { source, paragraphs: [] };
      entries.push({ source, paragraphs: article.paragraphs, date: document.date });
    }
    article.paragraphs.push(paragraph.text);
  }
  if (article !== null) article.source.text = article.paragraphs.join('\n\n');
  return entries;
}

/** Each tweet that repeats an earlier tweet of the event points at the first one reporting it. */
function markNearDuplicates(sources: Source[]): void {
  const originals: { source: TweetSource; words: Set<string> }[] = [];
  for (const source of sources) {
    if (source.kind !== 'tweet') continue;
    const words = contentWords(source.text);
    const original = originals.find(
      (candidate) => jaccard(candidate.words, words) >= NEAR_DUPLICATE_THRESHOLD,
    );
    if (original === undefined) originals.push({ source, words });
    else source.duplicateOf = original.source.id;
  }
}
