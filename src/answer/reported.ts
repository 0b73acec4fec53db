/**
 * Statements an event reports in the writer's words, with who made them: "North Korea accuses
 * President Trump of twisting the agreement …" is North Korea's, "President Trump tells the
 * virtual G20 summit that …" is Trump's. "Who said …" and "what did X say about …" fall back on
 * them when no quotation holds the words, since news summaries report most statements without
 * quoting them.
 */
import { SPEECH_VERB } from '../language/speech-verbs.js';
import { splitSentences } from '../language/sentences.js';
import { DocKind } from '../search/dataset-index.js';
import { isStopword, words } from '../search/text.js';
import type { AnswerContext } from './context.js';
import { reportedText } from './render.js';
import { answerOf, roundScore, searchHits } from './retrieve.js';
import { compareQuote } from './similarity.js';
import type { Answer, DayRange } from './types.js';

/** Lower case only: "The United States" never reads as "states". */
const SPEECH_VERB_IN_TEXT = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'u');
/** Events searched for a statement on the topic. */
const EVENT_CANDIDATES = 5;
/** Only a subject's first words name who spoke; the rest is an aside or a clause. */
const MAX_SUBJECT_WORDS = 12;
/** An unnamed speaker is a short capitalised name: "North Korea", "The White House". */
const MAX_DESCRIBED_WORDS = 6;
/** A subject that is a pronoun, with the adverbs that may follow it: "He also". */
const PRONOUN_SUBJECT = /^(?:he|she|they)(?:\s+\p{Ll}+ly|\s+also|\s+then|\s+later)*$/iu;
/** Share of the topic's content words the reporting sentence must hold. */
const MIN_COVERAGE = 0.3;

/**
 * Whose statements to look for: a person (by index), a speaker phrase that names nobody known
 * ("the Washington Post", "the British government"), whose words the reporting subject must
 * share, or anyone.
 */
export type Reporter = { person: number } | { phrase: string } | null;

export interface ReportedStatement {
  /** The event, with `speaker` (and `speakerId` when the dataset knows them) set. */
  answer: Answer;
  /** The sentences that report the statement, the speaker's in the event together. */
  sentence: string;
  /** Share of the topic's content words the reporting sentence holds. */
  coverage: number;
}

/**
 * Events on `topic` (about the reporter when one is given) whose sentence holding the topic has
 * a speech verb, as answers naming that verb's subject as the speaker, best first.
 */
export function reportedStatements(
  ctx: AnswerContext,
  topic: string,
  reporter: Reporter,
  range: DayRange | null,
  limit: number,
): ReportedStatement[] {
  const speaker = reporter !== null && 'person' in reporter ? reporter.person : null;
  const phraseWords =
    reporter !== null && 'phrase' in reporter
      ? words(reporter.phrase).filter((word) => !isStopword(word))
      : [];
  const hits = searchHits(ctx, topic, Math.max(limit, EVENT_CANDIDATES), [DocKind.event], {
    people: speaker === null ? [] : [speaker],
    range,
  });
  const found: ReportedStatement[] = [];
  for (const hit of hits) {
    const event = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1];
    if (event === undefined) continue;
    // Each speaker's sentences together: "President Trump speaks at the National Prayer
    // Breakfast … He also promises to dismantle the Johnson Amendment" is one statement.
    const bySpeaker = new Map<string, Reporting & { sentence: string }>();
    // "He also promises …": the one the sentence before named.
    let previous: Reporting | null = null;
    for (const { text: sentence } of splitSentences(reportedText(event, ctx.lookup))) {
      const reporting = reporterOf(ctx, sentence, event.personIds, speaker, previous);
      if (reporting === null) continue;
      previous = reporting;
      if (phraseWords.length > 0 && !words(reporting.name).some((w) => phraseWords.includes(w))) {
        continue;
      }
      const earlier = bySpeaker.get(reporting.name);
      bySpeaker.set(reporting.name, {
        ...reporting,
        sentence: earlier === undefined ? sentence : `${earlier.sentence} ${sentence}`,
      });
    }
    let best: (Reporting & { sentence: string; coverage: number }) | null = null;
    for (const statement of bySpeaker.values()) {
      const { coverage } = compareQuote(topic, statement.sentence);
      if (coverage >= MIN_COVERAGE && (best === null || coverage > best.coverage)) {
        best = { ...statement, coverage };
      }
    }
    if (best === null) continue;
    const answer: Answer = {
      ...answerOf(ctx, hit.doc, roundScore(hit.score)),
      speaker: best.name,
      ...(best.personId === null ? {} : { speakerId: best.personId }),
    };
    found.push({ answer, sentence: best.sentence, coverage: best.coverage });
    if (found.length === limit) break;
  }
  return found;
}

interface Reporting {
  name: string;
  personId: string | null;
}

/**
 * Who a sentence reports speaking: the subject of its first speech verb, after any opening phrase
 * ("In an interview with CNN, …"). A person the event names, by their dataset name, the one
 * nearest the verb ("President Trump's Counselor Kellyanne Conway denies" is Conway); else a
 * short capitalised subject ("North Korea accuses"); "he" or "she" is the `previous` sentence's
 * speaker. With `speaker` given, only that person.
 */
function reporterOf(
  ctx: AnswerContext,
  sentence: string,
  personIds: readonly string[],
  speaker: number | null,
  previous: Reporting | null,
): Reporting | null {
  const verb = SPEECH_VERB_IN_TEXT.exec(sentence);
  if (verb === null) return null;
  const subject = subjectBefore(sentence.slice(0, verb.index));
  if (PRONOUN_SUBJECT.test(subject)) return previous;
  // A person may stand before a long aside: "Vice President Pence in a speech to the West
  // Virginia Chamber of Commerce's annual business summit called for …".
  const subjectWords = words(subject).slice(0, MAX_SUBJECT_WORDS);
  if (subjectWords.length === 0) return null;
  let nearest: { index: number; at: number } | null = null;
  for (const id of personIds) {
    const index = ctx.personById.get(id);
    const person = index === undefined ? undefined : ctx.dataset.people[index];
    if (index === undefined || person === undefined) continue;
    if (speaker !== null && index !== speaker) continue;
    const at = lastMention(subjectWords, [person.name, ...person.aliases]);
    if (at >= 0 && (nearest === null || at > nearest.at)) nearest = { index, at };
  }
  if (nearest !== null) {
    const person = ctx.dataset.people[nearest.index];
    return person === undefined ? null : { name: person.name, personId: person.id };
  }
  if (speaker !== null) return null;
  const described = subject.trim();
  return /^\p{Lu}/u.test(described) && words(described).length <= MAX_DESCRIBED_WORDS
    ? { name: described, personId: null }
    : null;
}

/**
 * The subject part of the words before a verb: after the opening phrase's comma, unless what
 * follows the comma is an appositive ("Mike Pompeo, the secretary of state,").
 */
function subjectBefore(beforeVerb: string): string {
  const parts = beforeVerb.split(',').map((part) => part.trim());
  const nonEmpty = parts.filter((part) => part.length > 0);
  const last = nonEmpty.at(-1) ?? '';
  if (/^\p{Ll}/u.test(last) && nonEmpty.length > 1) return nonEmpty.at(-2) ?? '';
  return last;
}

/** Where the last of `names` ends among `subjectWords` (a word index), or -1. */
function lastMention(subjectWords: readonly string[], names: readonly string[]): number {
  let found = -1;
  for (const name of names) {
    const nameWords = words(name).filter((word) => !isStopword(word));
    const last = nameWords.at(-1);
    if (last === undefined) continue;
    subjectWords.forEach((word, at) => {
      if (word === last && at > found) found = at;
    });
  }
  return found;
}
