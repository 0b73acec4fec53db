/**
 * From parsed documents to the dataset: one event per document, its sources (tweets and the
 * article), and the quotes, people and dated facts extracted from their sentences. Pure and
 * deterministic: ids derive from content and input order, never from time or randomness.
 */
import { createHash } from 'node:crypto';
import type {
  ArticleSource,
  Person,
  Dataset,
  Event,
  Fact,
  Quote,
  Source,
  SpeakerKind,
  TweetSource,
  When,
} from '../dataset/schema.js';
import { DATASET_VERSION } from '../dataset/schema.js';
import { findDateExpressions, type DateExpression } from './dates.js';
import type { RawDocument } from './document.js';
import { findMentions, type Mention } from './mentions.js';
import { resolvePeople, type MentionInEvent } from './people.js';
import { describedSpeakers } from './speakers.js';
import { organisationNamed } from './names-organisations.js';
import { officesNamedIn, roleHolders } from './role-holders.js';
import {
  findSentenceQuotes,
  NO_DISCOURSE,
  type Discourse,
  type FoundQuote,
  type SpeakerRef,
} from './quotes.js';
import type { QuoteSpan } from '../language/quote-marks.js';
import { splitSentences } from '../language/sentences.js';
import { sentenceAround } from './sentence-window.js';
import { contentWords, jaccard, NEAR_DUPLICATE_THRESHOLD } from './similarity.js';
import { summaryFrom, titleFrom } from './title.js';
import { isPageFurniture } from './furniture.js';
import { SPEECH_VERB } from '../language/speech-verbs.js';
import { isOutletAccount, parseTweet } from './tweets.js';
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
  /** The document's paragraphs, for the full name a lone word stands for. */
  text: string;
}

export function buildDataset(
  documents: RawDocument[],
  inputs: string[],
  attributions: Dataset['attributions'] = [],
): Dataset {
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

  const speakers = describedSpeakers();
  const dateOfEvent = new Map(drafts.map((draft) => [draft.event.id, draft.event.date]));
  const roleHolder = roleHolders(people, dateOfEvent);
  const holderOf = (title: string, draft: DraftEvent): Person | undefined =>
    roleHolder(title, draft.event.date, draft.mentions);
  const events: Event[] = [];
  const quotes: Quote[] = [];
  for (const draft of drafts) {
    const personIds = new Set<string>();
    for (const mention of draft.mentions) {
      const person = people.personOf(mention);
      if (person !== undefined) personIds.add(person.id);
    }
    // "The President signs a bill …": the office names its holder, who the event is about.
    for (const title of officesNamedIn(draft.text)) {
      const holder = holderOf(title, draft);
      if (holder !== undefined) personIds.add(holder.id);
    }
    events.push({ ...draft.event, personIds: [...personIds] });
    for (const { speakerRef, ...quote } of draft.quotes) {
      const { id, eventId, sourceId, text, ...rest } = quote;
      const speaker = speakerOf(speakerRef, {
        personOf: people.personOf,
        describedEntry: (name, kind) => speakers.entryFor(name, eventId, kind),
        roleHolder: (title) => holderOf(title, draft),
        fullNameOf: (word) => organisationNamed(word, draft.text),
      });
      quotes.push({ id, eventId, sourceId, text, speaker, ...rest });
    }
  }

  const dataset: Dataset = {
    version: DATASET_VERSION,
    inputs,
    attributions,
    events,
    sources: drafts.flatMap((draft) => draft.sources),
    quotes,
    people: [...people.people, ...speakers.entries()],
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
interface SpeakerLinks {
  personOf: (mention: Mention) => Person | undefined;
  describedEntry: (name: string, kind?: SpeakerKind) => { id: string };
  roleHolder: (title: string) => Person | undefined;
  /** The longest name the same text gives what a lone word stands for ("Ford Motor Company"). */
  fullNameOf: (word: string) => string;
}

function speakerOf(ref: SpeakerRef | null, links: SpeakerLinks): Quote['speaker'] {
  if (ref === null) return null;
  if (ref.kind === 'described')
    return { personId: links.describedEntry(ref.name).id, name: ref.name };
  if (ref.kind === 'role') {
    const holder = links.roleHolder(ref.title);
    return holder === undefined
      ? { personId: links.describedEntry(ref.name).id, name: ref.name }
      : { personId: holder.id, name: holder.name };
  }
  for (const mention of ref.candidates) {
    const person = links.personOf(mention);
    if (person !== undefined) return { personId: person.id, name: person.name };
  }
  // A name that opens the sentence or stands right before a speech verb, and is no person's, is
  // an organisation's: "Christianity Today publishes an editorial calling …". A lone word is one
  // only as the whole subject of its verb ("Ford said in its filing …"): elsewhere it may be a
  // surname.
  const named = ref.candidates[0];
  if (
    named !== undefined &&
    (named.name.includes(' ')
      ? named.sentenceInitial || named.introduced === true
      : ref.wholeSubject === true)
  ) {
    const name = named.name.includes(' ') ? named.name : links.fullNameOf(named.name);
    return { personId: links.describedEntry(name, 'organisation').id, name };
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
    if (source.kind === 'tweet' && !isOutletAccount(source)) {
      const author = authorOf(source);
      if (author.mention !== null) mentions.push(author.mention);
      quotes.push({
        id: `${eventId}-q${quotes.length + 1}`,
        eventId,
        sourceId: source.id,
        text: source.text,
        speakerRef: author.speaker,
        when: { date: source.date, precision: 'day' },
        sentence: source.text,
        quoteMark: 'tweet',
        fragment: false,
        qualifier: null,
        negated: false,
      });
    }
    let anchor: When = { date: document.date, precision: 'day' };
    // Who spoke in the sentences so far in this source, for "he said" and split quotations.
    let discourse: Discourse = NO_DISCOURSE;
    let unattributed: DraftQuote[] = [];
    // The day the story happened, when the lead names one: "On Wednesday, Lam announced …" dates
    // the quotations that follow without a date of their own.
    let storyDay: string | null = null;
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
            text: sentenceAround(sentence, found.index, found.index + found.expression.length),
            clause: clauseAround(found),
            when: found.when,
            expression: found.expression,
          });
        }
        anchor = dates.at(-1)?.when ?? anchor;

        const sentenceQuotes = findSentenceQuotes(sentence, sentenceMentions, discourse);
        const found = sentenceQuotes.quotes;
        // A quotation standing alone with no one to say it, then "President Trump tweets that
        // …": the writer names the speaker right after the words.
        if (sentenceQuotes.speakingSubject !== null) {
          for (const quote of unattributed) quote.speakerRef = sentenceQuotes.speakingSubject;
        }
        unattributed = [];
        for (const quote of found) {
          const said = saidWhen(sentence, quote.span, dates, found);
          const draft: DraftQuote = {
            id: `${eventId}-q${quotes.length + 1}`,
            eventId,
            sourceId: source.id,
            text: quote.text,
            speakerRef: quote.speaker,
            when: said?.when ?? { date: storyDay ?? date, precision: 'day' },
            sentence: sentenceAround(sentence, quote.span.open, quote.span.close + 1),
            quoteMark: quote.mark,
            fragment: quote.fragment,
            qualifier: quote.qualifier,
            negated: quote.negated,
          };
          quotes.push(draft);
          if (quote.speaker === null && quote.standsAlone) {
            unattributed.push(draft);
          }
        }
        // A main clause's recent day moves the story on ("On Wednesday, Lam announced …"); a
        // date after a subordinator is background ("The move comes after it was reported
        // Wednesday"), and so is one inside a quotation.
        storyDay =
          storyDayOf(
            dates.filter(
              (expression) =>
                !SUBORDINATOR.test(sentence.slice(0, expression.index)) &&
                !found.some(
                  (quote) =>
                    expression.index > quote.span.open && expression.index < quote.span.close,
                ),
            ),
            date,
          ) ?? storyDay;
        discourse = {
          earlier: [...sentenceMentions].reverse().concat(discourse.earlier).slice(0, 8),
          previousSubject: sentenceQuotes.subject ?? discourse.previousSubject,
          continuingSpeaker: sentenceQuotes.endsWithSpeaker ?? sentenceQuotes.speakingSubject,
        };
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
    text: document.paragraphs.map((paragraph) => paragraph.text).join('\n'),
  };
}

/**
 * The account behind a tweet as a speaker: a person when its display name is a name ("Donald J.
 * Trump" then merges with "Donald Trump" in articles), else the account as named ("Foreign
 * Office"). A display name is a name on its own, as a title would make it.
 */
function authorOf(tweet: TweetSource): { speaker: SpeakerRef; mention: Mention | null } {
  const found = findMentions(tweet.authorName);
  const whole = found.length === 1 ? found[0] : undefined;
  if (
    whole !== undefined &&
    whole.name.includes(' ') &&
    whole.end - whole.start >= tweet.authorName.trim().length - 1
  ) {
    const mention: Mention = { ...whole, titled: true };
    return { speaker: { kind: 'person', candidates: [mention] }, mention };
  }
  return { speaker: { kind: 'described', name: tweet.authorName }, mention: null };
}

const SPEECH_VERB_IN = new RegExp(`\\b(?:${SPEECH_VERB})\\b`);

/** A date counted on from the one before: "the following Tuesday", "the next day". */
const NARRATIVE_STEP = /^(?:on\s+)?the\s+(?:following|next)\b/i;
/** How many days before its source's date a story's events may be told without a new date. */
const STORY_DAYS = 7;
/** Words that open a subordinate clause, whose dates are background to the story's own. */
const SUBORDINATOR =
  /\b(?:after|before|when|while|because|since|that|which|who|as|if|until|although)\b/i;

/** The last day-precision date of a sentence that falls in the week before the source date. */
function storyDayOf(dates: readonly DateExpression[], sourceDate: string): string | null {
  const source = Date.parse(`${sourceDate}T00:00:00Z`);
  for (const expression of [...dates].reverse()) {
    if (expression.when.precision !== 'day') continue;
    const day = Date.parse(`${expression.when.date}T00:00:00Z`);
    if (day <= source && source - day <= STORY_DAYS * 86_400_000) return expression.when.date;
    // "The following Tuesday officials play down …": a summary told on past its own date.
    if (NARRATIVE_STEP.test(expression.expression) && day - source <= STORY_DAYS * 86_400_000) {
      return expression.when.date;
    }
  }
  return null;
}

/** Verbs whose object is a day they name: "designates September 3 as …". */
const DESIGNATING = /\b(?:designat|declar|proclaim|nam|dedicat|mark)(?:es|ed|ing|e|s)?\s+$/i;
/** Prepositions after which a date says when something happened, not how long it lasted. */
const WHEN_PREPOSITION = /^(?:in|on|during|at|last|this|earlier|later|early|late|mid)\b/i;

/**
 * When the words of a quotation were said, as its sentence tells: a date outside every quotation,
 * in the attribution before the quotation (nearest first) or just after it (`…," he said today`).
 * A date that modifies a noun ("the 2020 election", "the June 2016 Trump Tower meeting", "the
 * announcement of December 6"), bounds a span ("since 1945") or sits in a relative clause about
 * the speaker ("X, who met Y on Thursday, said") dates something else, so it never dates the
 * quotation.
 */
/** A clause right after a quotation saying when it was said: ", while addressing the press". */
const OCCASION_AFTER = /^["”’']?,?\s*(?:while|when|during|as)\s+\p{Ll}+ing\b/u;

function saidWhen(
  sentence: string,
  span: QuoteSpan,
  dates: readonly DateExpression[],
  quotes: readonly FoundQuote[],
): DateExpression | undefined {
  const candidates = dates.filter((expression) => {
    const inQuote = quotes.some(
      (quote) => expression.index > quote.span.open && expression.index < quote.span.close,
    );
    if (inQuote) return false;
    const end = expression.index + expression.expression.length;
    // "his July 25 comments", "the 2020 election": a date between a determiner and its noun.
    const determined =
      /\b(?:the|a|an|his|her|its|their|our|this|that|[\p{Lu}][\p{L}.-]*['’]s?)\s+$/u.test(
        sentence.slice(Math.max(0, expression.index - 30), expression.index),
      );
    const attributive =
      !WHEN_PREPOSITION.test(expression.expression) &&
      (expression.when.precision !== 'day' ||
        /^the\s/i.test(expression.expression) ||
        determined) &&
      /^\s+[\p{L}\d]/u.test(sentence.slice(end, end + 2));
    // "the announcement of December 6": the date names which announcement.
    const ofNoun =
      /^of\s/i.test(expression.expression) ||
      /\p{L}\s+of\s+$/u.test(sentence.slice(Math.max(0, expression.index - 30), expression.index));
    // "Durbin, who was present at the meeting on Thursday, said …": the relative clause's date
    // is when he was present, not when he spoke.
    const inRelativeClause =
      /,\s*(?:who|which|whose|where)\b[^,;]*$/i.test(sentence.slice(0, expression.index)) &&
      sentence.slice(end, Math.max(end, span.open)).includes(',');
    // "designating September 3, 2017, as a "Day of Prayer"": the day named, not the day of naming.
    const designated = DESIGNATING.test(
      sentence.slice(Math.max(0, expression.index - 30), expression.index),
    );
    return (
      !attributive &&
      !ofNoun &&
      !inRelativeClause &&
      !designated &&
      !/^(?:since|until|by|through|from|before|after)\b/i.test(expression.expression)
    );
  });
  const before = candidates.filter((expression) => expression.index < span.open).at(-1);
  if (before !== undefined) return before;
  // After the quotation only in its attribution (`…," Sessions said today.`) or in the occasion
  // it was said on (`…", while addressing the press yesterday.`).
  return candidates.find((expression) => {
    const between = sentence.slice(span.close, expression.index);
    return (
      expression.index > span.close &&
      expression.index - span.close < 60 &&
      (SPEECH_VERB_IN.test(between) || OCCASION_AFTER.test(between.slice(1)))
    );
  });
}

/**
 * Tweets in paragraph order; all other paragraphs form one article, placed where it starts.
 * Page furniture ("Advertisement") is dropped, and a tweet signature standing in a paragraph of
 * its own signs the paragraph before it, as pasted embeds often come out.
 */
function sourcesOf(document: RawDocument, eventId: string): SourceText[] {
  const entries: SourceText[] = [];
  let article: { source: ArticleSource; paragraphs: string[] } | null = null;
  const nextId = (): string => `${eventId}-s${entries.length + 1}`;
  const paragraphs = document.paragraphs
    .map((paragraph) => paragraph.text)
    .filter((text) => !isPageFurniture(text));
  for (const [index, text] of paragraphs.entries()) {
    const signedBelow = parseTweet(`${text} ${paragraphs[index + 1] ?? ''}`);
    if (parseTweet(text) === null && signedBelow !== null && signedBelow.text !== '') {
      const next = parseTweet(paragraphs[index + 1] ?? '');
      // Only a bare signature below makes this paragraph a tweet.
      if (next !== null && next.text === '') continue;
    }
    const previous = paragraphs[index - 1];
    let tweet = parseTweet(text);
    if (tweet !== null && tweet.text === '' && previous !== undefined) {
      tweet = parseTweet(`${previous} ${text}`);
    }
    if (tweet !== null && tweet.text !== '') {
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
    article.paragraphs.push(text);
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

/** The clause a date governs, cut like its sentence when it is overlong. */
function clauseAround(found: DateExpression): string {
  const at = Math.max(0, found.clause.indexOf(found.expression));
  return sentenceAround(found.clause, at, at + found.expression.length);
}
