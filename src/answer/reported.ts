/**
 * Statements an event reports in the writer's words, with who made them: "North Korea accuses
 * President Trump of twisting the agreement …" is North Korea's, "President Trump tells the
 * virtual G20 summit that …" is Trump's. "Who said …" and "what did X say about …" fall back on
 * them when no quotation holds the words, since news summaries report most statements without
 * quoting them.
 */
import { BODY_KIND_WORDS } from '../language/bodies.js';
import { capitalise } from '../language/letter-case.js';
import { SPEECH_VERB, TRAILING_ADVERBS } from '../language/speech-verbs.js';
import { tagTokens } from '../language/part-of-speech.js';
import { splitSentences } from '../language/sentences.js';
import { DocKind } from '../search/dataset-index.js';
import { isStopword, stem, words } from '../search/text.js';
import type { Event, Person } from '../dataset/schema.js';
import { at, type AnswerContext } from './context.js';
import { reportedText } from './render.js';
import { acronymsSpelledOut, answerOf, namesPhrase, roundScore, searchHits } from './retrieve.js';
import { roleStems } from './roles.js';
import { compareQuote } from './similarity.js';
import type { Answer, DayRange } from './types.js';

/** Lower case only: "The United States" never reads as "states". For `matchAll` only. */
export const SPEECH_VERB_IN_TEXT = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'gu');
/** A word that is a verb of saying. */
export const SPEECH_VERB_WORD = new RegExp(`^(?:${SPEECH_VERB})$`, 'iu');
/** Events searched for a statement on the topic. */
const EVENT_CANDIDATES = 5;
/** Only a subject's first words name who spoke; the rest is an aside or a clause. */
const MAX_SUBJECT_WORDS = 12;
/** Words of a head noun a name may modify in a subject: "Trump administration", "Trump campaign". */
const MODIFIED_HEAD_WORDS = 2;
/** An unnamed speaker is a short capitalised name: "North Korea", "The White House". */
const MAX_DESCRIBED_WORDS = 6;
/** Initials after a body's name, which add no word to it: "The U.S. Office of Special Counsel (OSC)". */
const TRAILING_INITIALS = /\s*\(\p{Lu}+\)$/u;
/** "It is announced that …", "There were reports …": a subject that names no one. */
const IMPERSONAL_SUBJECT =
  /^(?:it|there|this|that)(?:\s+(?:is|was|has|had|will|would|may|might))?(?:\s+been)?$/i;
/** A capitalised name followed by an apostrophe: the owner in "Governor Ada Quill's campaign". */
export const OWNER_NAME = /((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*)['’]s?\b/gu;
/** The words of the names a text holds as owners: "president", "trump" in "President Trump's team". */
function ownerWordsIn(text: string): Set<string> {
  return new Set([...text.matchAll(OWNER_NAME)].flatMap((match) => words(match[1] ?? '')));
}
/**
 * Whether a text names a person, by their surname, only as an owner ("… at President Trump's
 * Mar-a-Lago resort") or in a body's name ("Trump Administration officials"): named so, they did
 * nothing in it.
 */
export function namedOnlyAsOwner(text: string, name: string): boolean {
  const surname = name.split(/\s+/).at(-1) ?? '';
  if (surname === '') return false;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = [
    ...text.matchAll(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})(['’]s?)?(\\s+\\p{L}+)?`, 'gu')),
  ];
  const asOwner = (use: RegExpMatchArray): boolean =>
    use[1] !== undefined || BODY_KIND_WORDS.has(words(use[2] ?? '')[0] ?? '');
  return uses.length > 0 && uses.every(asOwner);
}

/** A thing done and who does it: "A fundraising effort by Trump's 2020 campaign". */
const BY_AGENT = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){1,3}by\s+(.+)$/u;
/** A subject that is a pronoun, with the adverbs that may follow it: "He also". */
const PRONOUN_SUBJECT = /^(?:he|she|they)(?:\s+\p{Ll}+ly|\s+also|\s+then|\s+later)*$/iu;
/** A pronoun subject after a joining word: "…, where he calls on Iran …", "… and she says …". */
const JOINED_PRONOUN_SUBJECT =
  /^(?:where|when|and|but|while|as|after|before)\s+(?:he|she|they)(?:\s+\p{Ll}+ly|\s+also|\s+then|\s+later)*$/iu;
/** Words that open a subordinate clause, before its subject: "that if Kim Jong-un". */
const SUBORDINATE_OPENING =
  /^(?:that\s+)?(?:that|if|whether|when|because|unless|as|while|since|until)\b/i;
/**
 * What a speech verb's "that" or "whether" opens, with no comma or semicolon after it, which may
 * begin a new clause ("… denied that he knew, Cohen claims …").
 */
const INSIDE_STATEMENT = /^\s*(?:that|whether)\b[^,;]*$/i;
/** A preposition and the subject of the gerund after it: "despite the State Department". */
const GERUND_SUBJECT = /^(?:despite|with|amid|after|before|while|over)\s+(.+)$/iu;
/** A sentence opening with its source: "According to U.S. intelligence agencies, …". */
const ACCORDING_TO = /^According to ([^,]{2,80}),/;
/**
 * The same source named last: "…, according to a tweet from Sarah Huckabee Sanders." (the one
 * who wrote it, not the tweet), "…, according to the Pentagon."
 */
const ACCORDING_TO_AFTER =
  /,\s+according to\s+(?:(?:an?|the)\s+(?:tweet|statement|post|report|letter|release|memo|filing)\s+(?:from|by|of)\s+)?([^,;:]{2,80}?)\.?$/;
/** A passive verb of saying and its agent: "is reported by Washington state health officials". */
const PASSIVE_SPEECH_BY = new RegExp(
  `\\b(?:is|are|was|were|been)\\s+(?:${SPEECH_VERB})\\s+by\\s+([^,;:.]{2,80})`,
  'u',
);
/** Share of the topic's content words the reporting sentence must hold. */
const MIN_COVERAGE = 0.3;
/** Share of the topic's content words the whole event must hold when the speaker's sentence holds fewer. */
const EVENT_COVERAGE = 0.5;

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
  /**
   * When the statement was made ("when Trump lifted the travel restrictions"): it helps find the
   * event and names who is not asked for, but the reporting sentence need not hold it.
   */
  occasion = '',
): ReportedStatement[] {
  const speaker = reporter !== null && 'person' in reporter ? reporter.person : null;
  const phraseWords =
    reporter !== null && 'phrase' in reporter
      ? words(reporter.phrase).filter((word) => !isStopword(word))
      : [];
  // A topic that opens with a verb of saying ("questioned whether …") asks for that statement.
  const firstWord = /^\s*(\p{L}+)/u.exec(topic)?.[1] ?? '';
  const askedVerb = SPEECH_VERB_WORD.test(firstWord) ? stem(firstWord) : null;
  const setting = `${topic} ${occasion}`.trim();
  const topicWords = new Set(words(setting));
  // A speaker known only by a phrase ("David Holmes from the Kyiv embassy") must be named in the
  // event, so the phrase finds it too: the topic's words alone rank many events alike.
  const searched = `${phraseWords.join(' ')} ${setting}`.trim();
  const hits = searchHits(ctx, searched, Math.max(limit, EVENT_CANDIDATES), [DocKind.event], {
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
    const text = reportedText(event, ctx.lookup);
    for (const { text: sentence } of splitSentences(text)) {
      const reporters = reportersIn(ctx, sentence, event.personIds, speaker, previous);
      previous = reporters[0]?.reporting ?? previous;
      for (const { reporting: reported, clause } of reporters) {
        // Asked about a person, an office reports for them only while they hold it: "The
        // president falsely claims …" on 29 April 2017 is Trump's.
        const reporting =
          speaker === null || reported.personId !== null
            ? reported
            : holderAsSpeaker(ctx, reported.name, event.date, speaker);
        if (reporting === null) continue;
        if (phraseWords.length > 0 && !words(reporting.name).some((w) => phraseWords.includes(w))) {
          continue;
        }
        const earlier = bySpeaker.get(reporting.name);
        bySpeaker.set(reporting.name, {
          ...reporting,
          sentence: earlier === undefined ? clause : `${earlier.sentence} ${clause}`,
        });
      }
    }
    let best: (Reporting & { sentence: string; coverage: number }) | null = null;
    // Asked about one speaker, the rest of the event may hold the topic's setting: "the state
    // visit, once the petition passed a million signatures" is in the sentence before "A British
    // government spokesman says the state visit would still go ahead".
    const eventCoverage = reporter === null ? 0 : compareQuote(topic, text).coverage;
    for (const statement of bySpeaker.values()) {
      if (reporter === null && isNamedIn(ctx, statement, topicWords)) continue;
      const { coverage } = compareQuote(topic, statement.sentence);
      const onTopic = coverage >= MIN_COVERAGE || (coverage > 0 && eventCoverage >= EVENT_COVERAGE);
      if (!onTopic) continue;
      // The one whose verb is the asker's said it, then the one most on the topic: "Who
      // questioned …" is "the State Department questioning …", not "Trump calls Erdoğan …", and
      // "Who asked two officials …" is "the president had asked them", not the officials who
      // tell of it.
      const verb = usesVerb(statement.sentence, askedVerb);
      const bestVerb = best !== null && usesVerb(best.sentence, askedVerb);
      if (best === null || (verb && !bestVerb) || (verb === bestVerb && coverage > best.coverage)) {
        best = { ...statement, coverage };
      }
    }
    if (best === null) continue;
    const holder = best.personId === null ? roleHolderNamed(ctx, best.name, event.date) : null;
    const named = holder === null ? best : { name: holder.name, personId: holder.id };
    const answer: Answer = {
      ...answerOf(ctx, hit.doc, roundScore(hit.score)),
      speaker: named.name,
      ...(named.personId === null ? {} : { speakerId: named.personId }),
    };
    found.push({ answer, sentence: best.sentence, coverage: best.coverage });
    if (found.length === limit) break;
  }
  return found;
}

/** The speaker asked for, when an office (`subject`) names them on `date`; else null. */
function holderAsSpeaker(
  ctx: AnswerContext,
  subject: string,
  date: string,
  speaker: number,
): Reporting | null {
  const holder = roleHolderNamed(ctx, subject, date);
  return holder !== null && holder.id === ctx.dataset.people[speaker]?.id
    ? { name: holder.name, personId: holder.id }
    : null;
}

/**
 * The person a subject that is only a role names on a day: "The President" on 7 February 2017 is
 * Donald Trump, by the tenures the events give. Null for a subject with more than the role ("The
 * President's lawyers"), a day not known to the day, or a role no one held then.
 */
function roleHolderNamed(ctx: AnswerContext, subject: string, date: string): Person | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const roles = ctx.roles();
  const asked = roles.askedRole(subject);
  if (asked === null || roleStems(subject).some((term) => !asked.includes(term))) return null;
  const tenure = roles.holderDuring(subject, { from: date, to: date, text: date });
  return tenure === null ? null : (ctx.dataset.people[tenure.person] ?? null);
}

/**
 * Whether the person reporting is named in full in the words asked about: "Who said Kellyanne
 * Conway broke the Hatch Act?" asks who said it of her, so her own statements do not answer it.
 * ("Ivanka Trump's use of email" does not name Donald Trump.)
 */
function isNamedIn(
  ctx: AnswerContext,
  reporting: Reporting,
  topicWords: ReadonlySet<string>,
): boolean {
  const person =
    reporting.personId === null
      ? undefined
      : ctx.dataset.people[ctx.personById.get(reporting.personId) ?? -1];
  const name = words(person?.name ?? '');
  return name.length > 0 && name.every((word) => topicWords.has(word));
}

/** Whether a clause has a word of the verb's stem ("questioning" for "questioned"). */
function usesVerb(clause: string, verbStem: string | null): boolean {
  return verbStem !== null && words(clause).some((word) => stem(word) === verbStem);
}

interface Reporting {
  name: string;
  personId: string | null;
}

/**
 * Who a sentence reports speaking, each with the clause that is theirs: the subject of each
 * speech verb, after any opening phrase ("In an interview with CNN, …"). A person the event
 * names, by their dataset name, the one nearest the verb ("President Trump's Counselor Kellyanne
 * Conway denies" is Conway); else a short capitalised subject ("North Korea accuses"); "he" or
 * "she" is the `previous` sentence's speaker. With `speaker` given, only that person. In
 * "President Trump calls Erdoğan to congratulate him, despite the State Department questioning
 * the democratic legitimacy of the poll", the poll's legitimacy is the State Department's.
 */
function reportersIn(
  ctx: AnswerContext,
  sentence: string,
  personIds: readonly string[],
  speaker: number | null,
  previous: Reporting | null,
): { reporting: Reporting; clause: string }[] {
  const found: { reporting: Reporting; start: number }[] = [];
  // "According to U.S. intelligence agencies, North Korea continues …": the source named first
  // (or last) reports the whole sentence.
  // "The first death … is reported by Washington state health officials": the agent of a passive
  // verb of saying reports the whole sentence too.
  const source =
    ACCORDING_TO.exec(sentence)?.[1] ??
    ACCORDING_TO_AFTER.exec(sentence)?.[1] ??
    PASSIVE_SPEECH_BY.exec(sentence)?.[1];
  const reportedBy =
    source === undefined ? null : subjectReporter(ctx, source, personIds, speaker, true);
  if (reportedBy !== null) return [{ reporting: reportedBy, clause: sentence }];
  // Where the words before a later verb begin: after the last speech verb that named a speaker.
  let from = 0;
  for (const verb of sentence.matchAll(SPEECH_VERB_IN_TEXT)) {
    const before = sentence.slice(0, verb.index);
    // "Trump states that he is thankful that Putin ordered the removal of 755 diplomatic posts":
    // a verb inside what the speaker said ("that …", up to a new clause) is theirs to report.
    if (found.length > 0 && INSIDE_STATEMENT.test(before.slice(from))) continue;
    const subject = subjectBefore(before.slice(from), verb[0].endsWith('ing'));
    // "The judge who requested …": a relative clause's verb, whose subject comes later.
    if (/\b(?:who|that|which)$/i.test(subject)) continue;
    // "Trump announces that if Kim Jong-un, dubbed …, forces …": the subject of a subordinate
    // clause reports nothing of the sentence's own.
    if (found.length > 0 && SUBORDINATE_OPENING.test(subject)) continue;
    // "Trump criticized the Paris Agreement and stated …": a coordinated verb shares the subject.
    if (found.length > 0 && /\b(?:and|but|then|or)$/i.test(subject)) continue;
    const start = found.length === 0 ? 0 : Math.max(from, before.lastIndexOf(subject));
    // "Tillerson attends a council in Riyadh, where he calls on Iran …": the sentence's own
    // subject, named before its first comma.
    const reporting = PRONOUN_SUBJECT.test(subject)
      ? previous
      : JOINED_PRONOUN_SUBJECT.test(subject)
        ? (subjectReporter(ctx, before.split(',')[0] ?? '', personIds, speaker, false) ?? previous)
        : subjectReporter(ctx, subject, personIds, speaker, true);
    if (reporting !== null && reporting.name !== found.at(-1)?.reporting.name) {
      found.push({ reporting, start });
    }
    if (reporting !== null) from = verb.index + verb[0].length;
  }
  return found.map(({ reporting, start }, i) => ({
    reporting,
    clause: sentence.slice(start, found[i + 1]?.start ?? sentence.length),
  }));
}

/**
 * The speaker a subject phrase names: a person the event names, by their dataset name, the one
 * nearest the verb; else (with `described`, and no `speaker` asked for) a short capitalised
 * subject such as "North Korea".
 */
function subjectReporter(
  ctx: AnswerContext,
  subject: string,
  personIds: readonly string[],
  speaker: number | null,
  described: boolean,
): Reporting | null {
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
  // "The Trump administration announces …": a name before the subject's head noun only says
  // whose the speaker is.
  const modifier =
    nearest !== null &&
    ((nearest.at < subjectWords.length - 1 &&
      subjectWords.length - nearest.at <= MODIFIED_HEAD_WORDS + 1 &&
      subjectWords.slice(nearest.at + 1).every((word) => !isStopword(word))) ||
      ownsTheSubject(subject, subjectWords[nearest.at] ?? '', subjectWords.slice(nearest.at + 1)));
  if (nearest !== null && !modifier) {
    const person = ctx.dataset.people[nearest.index];
    return person === undefined ? null : { name: person.name, personId: person.id };
  }
  if (!described) return null;
  // "the State Department" after a preposition is named as it would open a sentence.
  // "North Korea further accuses …": an adverb after the subject is no part of its name.
  // "The U.S. Office of Special Counsel (OSC)": the initials add no word to the name.
  const trimmed = subject.trim().replace(TRAILING_ADVERBS, '').replace(TRAILING_INITIALS, '');
  const name = /^(?:the|a|an)\s+\p{Lu}/u.test(trimmed) ? capitalise(trimmed) : trimmed;
  // "the president", "the attorney general": an office, named as its holder further on (who
  // may be the speaker asked for).
  if (ctx.roles().askedRole(name) !== null && /^[Tt]he\s+\p{Ll}/u.test(name)) {
    return { name, personId: null };
  }
  if (speaker !== null) return null;
  return /^\p{Lu}/u.test(name) &&
    words(name).length <= MAX_DESCRIBED_WORDS &&
    !IMPERSONAL_SUBJECT.test(name)
    ? { name, personId: null }
    : null;
}

/**
 * Whether a name in a subject only says whose the subject is: an owner ("President Trump's legal
 * defense in his impeachment trial begin …"), or the name of a body ("The Trump administration
 * and the Environmental Protection Agency announce …").
 */
function ownsTheSubject(subject: string, name: string, after: readonly string[]): boolean {
  const owners = ownerWordsIn(subject);
  return owners.has(name) || BODY_KIND_WORDS.has(after[0] ?? '');
}

/**
 * The subject part of the words before a verb: after the opening phrase's comma, unless what
 * follows the comma is an appositive ("Mike Pompeo, the secretary of state,").
 */
function subjectBefore(beforeVerb: string, gerund: boolean): string {
  // A semicolon ends a clause: "…, but says he used tough language; Senator Durbin affirmed …".
  const clause = beforeVerb.slice(beforeVerb.lastIndexOf(';') + 1);
  const parts = clause.split(',').map((part) => part.trim());
  const nonEmpty = parts.filter((part) => part.length > 0);
  const last = nonEmpty.at(-1) ?? '';
  if (JOINED_PRONOUN_SUBJECT.test(last)) return last;
  // "despite the State Department questioning …": a gerund's subject follows the preposition.
  const afterPreposition = gerund ? GERUND_SUBJECT.exec(last)?.[1] : undefined;
  if (afterPreposition !== undefined) return afterPreposition;
  // "President Trump gives a speech in Springfield, Missouri, calling for …": a participle after
  // a comma goes on with the sentence's subject, not the place or aside before it.
  // "…, concerning tax cuts, and stating that …": after a comma and "and" too.
  const coordinated = /^(?:and|and then|then|while)$/i.test(parts.at(-1) ?? '');
  if (gerund && (parts.at(-1) === '' || coordinated) && nonEmpty.length > 1) {
    return nonEmpty[0] ?? '';
  }
  // "…; Sanders echoes Giuliani's sentiments, saying …": a participle after a whole clause (one
  // after a semicolon) goes on with that clause's subject, not the name nearest it.
  if (gerund && clause !== beforeVerb && parts.at(-1) === '' && nonEmpty.length === 1) {
    return subjectOf(last);
  }
  if (/^\p{Ll}/u.test(last) && nonEmpty.length > 1) return nonEmpty.at(-2) ?? '';
  // "Jen Psaki, Biden's Press Secretary, says …": an owned title set off by commas is an
  // appositive too.
  if (
    parts.at(-1) === '' &&
    nonEmpty.length > 1 &&
    /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s/u.test(last)
  ) {
    return nonEmpty.at(-2) ?? '';
  }
  // "… confirm to Robert Mueller that the president had asked …": a clause after "that" has a
  // subject of its own, with its auxiliaries left off.
  const inner = /\bthat\s+(.+)$/i.exec(last)?.[1];
  if (!gerund && inner !== undefined) return inner.replace(INNER_AUXILIARIES, '');
  return last;
}

/** Auxiliaries between a clause's subject and its verb: "had", "would have". */
const INNER_AUXILIARIES = /(?:\s+(?:had|has|have|would|will|could|should|did|was|were|is))+$/i;

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

/**
 * Events on `topic` whose sentence subject is the reporter ("Secretary of State Rex Tillerson
 * attends …", "The Trump administration announces …"), as answers naming them: what they did or
 * announced on the topic, which "what did X say about Y" means when no quotation or speech verb
 * of theirs holds it.
 */
export function eventsActedIn(
  ctx: AnswerContext,
  topic: string,
  reporter: Exclude<Reporter, null>,
  range: DayRange | null,
  limit: number,
): ReportedStatement[] {
  const person = 'person' in reporter ? ctx.dataset.people[reporter.person] : undefined;
  if ('person' in reporter && person === undefined) return [];
  const nameEnds = new Set(
    person === undefined
      ? []
      : [person.name, ...person.aliases].map((name) => words(name).at(-1) ?? ''),
  );
  const phraseWords =
    'phrase' in reporter ? words(reporter.phrase).filter((word) => !isStopword(word)) : [];
  // "the PGA" is named in full in the events: "The Professional Golfer's Association".
  const spelledOut = acronymsSpelledOut(ctx, phraseWords);
  const namesInFull = (subject: readonly string[]): boolean => {
    const stems = new Set(subject.map(stem));
    return spelledOut.some((name) => name.every((part) => stems.has(part)));
  };
  const isReporter = (subject: readonly string[]): boolean =>
    person !== undefined
      ? subject.some((word) => nameEnds.has(word))
      : phraseWords.length > 0 && (namesPhrase(subject, phraseWords) || namesInFull(subject));
  const hits = searchHits(ctx, topic, Math.max(limit, EVENT_CANDIDATES), [DocKind.event], {
    people: 'person' in reporter ? [reporter.person] : [],
    range,
  });
  const found: ReportedStatement[] = [];
  for (const hit of hits) {
    const event = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1];
    if (event === undefined) continue;
    if (person !== undefined && !event.personIds.includes(person.id)) continue;
    const text = reportedText(event, ctx.lookup);
    const sentences = splitSentences(text);
    // "President Trump attends the G20 summit hosted by Argentine President Mauricio Macri": a
    // person is the agent of a passive verb, or acts with the subject, though not the subject.
    const subjectSentence =
      sentences.find(({ text: sentence }) => isReporter(subjectWordsOf(sentence))) ??
      (person === undefined
        ? undefined
        : sentences.find(({ text: sentence }) => namesAsAgent(sentence, nameEnds)));
    if (subjectSentence === undefined) continue;
    const { coverage } = compareQuote(topic, text);
    if (coverage < MIN_COVERAGE) continue;
    // A known person needs no reading of the subject; a described one is read once.
    const subject = person === undefined ? describedName(subjectSentence.text) : '';
    const actor =
      person ??
      personInAppositive(ctx, event, subjectSentence.text, subject) ??
      personTitledAs(ctx, event, subject, phraseWords);
    found.push({
      answer: {
        ...answerOf(ctx, hit.doc, roundScore(hit.score)),
        speaker: actor?.name ?? subject,
        ...(actor === undefined ? {} : { speakerId: actor.id }),
      },
      sentence: text,
      coverage,
    });
    if (found.length === limit) break;
  }
  return found;
}

/** "hosted by", "signed by", "with": what makes the name after it one who acts. */
const AGENT_PREPOSITION = /(?:\b\p{Ll}+ed\s+by|\bwith)\s+/gu;
/** Lower-case words of a title between the preposition and the name: "Indian prime minister". */
const TITLE_WORD =
  /^(?:the|of|former|prime|minister|president|vice|secretary|chancellor|leader|premier|king|queen|crown|prince|princess|first|lady|governor|senator|general|attorney|chief|supreme|emir|pope)$/u;
/** How many words of title may stand between the preposition and the name. */
const AGENT_TITLE_REACH = 5;

/**
 * Whether a sentence names the person, by one of their names' last words, as the agent of a
 * passive verb ("hosted by Argentine President Mauricio Macri") or as acting with its subject
 * ("attends a rally with Indian prime minister Narendra Modi"): the words between the
 * preposition and the name must be a title's.
 */
function namesAsAgent(sentence: string, nameEnds: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(AGENT_PREPOSITION)) {
    const after = sentence.slice(match.index + match[0].length).split(/[,;:.()]/)[0] ?? '';
    const tokens = after.split(/\s+/).slice(0, AGENT_TITLE_REACH + 3);
    for (const token of tokens) {
      const word = words(token)[0] ?? '';
      if (nameEnds.has(word)) return true;
      if (!/^\p{Lu}/u.test(token) && !TITLE_WORD.test(word)) break;
    }
  }
  return false;
}

/**
 * Events on `topic`, each as an answer naming the subject of its first sentence as the one who
 * acted: "The Justice Department appeals to the Supreme Court …" for "Who asked the Supreme Court
 * to bring back the travel ban?", which no verb of saying reports. An event whose subject names
 * no one (a person of the event, or a short capitalised name), or the person the topic names, is
 * left out.
 */
export function eventDoers(
  ctx: AnswerContext,
  topic: string,
  range: DayRange | null,
  limit: number,
): Answer[] {
  const topicWords = new Set(words(topic));
  const hits = searchHits(ctx, topic, limit, [DocKind.event], { people: [], range });
  return hits.slice(0, limit).flatMap((hit) => {
    const event = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1];
    if (event === undefined) return [];
    const first = splitSentences(reportedText(event, ctx.lookup))[0]?.text ?? '';
    const doer = subjectReporter(ctx, describedName(first), event.personIds, null, true);
    if (doer === null || isNamedIn(ctx, doer, topicWords)) return [];
    return [
      {
        ...answerOf(ctx, hit.doc, roundScore(hit.score)),
        speaker: doer.name,
        ...(doer.personId === null ? {} : { speakerId: doer.personId }),
      },
    ];
  });
}

/**
 * Events whose subject is a person the question names, credited to them: "What did Alex Azar do
 * on January 29, 2018?" is answered by "Alex Azar is sworn in …", which Azar did.
 */
export function creditedToSubject(
  ctx: AnswerContext,
  answers: Answer[],
  people: readonly number[],
): Answer[] {
  return answers.map((answer) => {
    const event =
      answer.kind === 'event' ? ctx.lookup.eventById.get(answer.eventId ?? answer.id) : undefined;
    if (event === undefined || answer.speaker !== undefined) return answer;
    const doer = people
      .map((index) => at(ctx.dataset.people, index))
      .find((person) => namesAsDoer(subjectSharingWords(ctx, event, person.name), person.name));
    return doer === undefined ? answer : { ...answer, speaker: doer.name, speakerId: doer.id };
  });
}

/** A preposition that opens a phrase set before a subject: "In response to …". */
const OPENING_PREPOSITION =
  /^\s*(?:in|on|at|after|before|during|following|despite|amid|with|without|by|for|from|to|under|over)\s/i;
/** A preposition after a lower-case noun, and what follows: " for Brett Kavanaugh" in "hearing for …". */
const NOUN_PREPOSITION_PHRASE =
  /(?<=\s\p{Ll}[\p{L}-]*)\s+(?:of|for|by|to|with|in|on|at|from|about|against|over|into)\s.*$/u;

/**
 * Whether a subject names the person as one who acts, in itself or as one of those joined by
 * "and": not as the owner of who acts ("President Trump's legal defense … begin opening
 * arguments") nor in the name of a body ("The Trump administration and the Environmental
 * Protection Agency announce …").
 */
function namesAsDoer(subject: string | null, name: string): boolean {
  const nameWords = new Set(words(name));
  return (subject ?? '').split(/,\s*|\s+and\s+/).some((whole) => {
    // A phrase that opens with a preposition is no subject ("In response to a tweet by President
    // Trump"), nor is a name after a noun's preposition ("The Senate confirmation hearing for
    // Brett Kavanaugh"); one inside a title is ("Secretary of State Rex Tillerson").
    if (OPENING_PREPOSITION.test(whole)) return false;
    const part = whole.replace(NOUN_PREPOSITION_PHRASE, '');
    const owners = ownerWordsIn(part);
    const partWords = words(part);
    if (BODY_KIND_WORDS.has(partWords.at(-1) ?? '')) return false;
    return partWords.some((word) => !owners.has(word) && nameWords.has(word));
  });
}

/**
 * The subject of the first sentence of an event's text that shares a word with a speaker phrase
 * that names nobody known: "President Trump's legal team" in "President Trump's legal team
 * submits a brief …" for "Trump's lawyers". Null when no sentence's subject does.
 */
export function subjectSharingWords(
  ctx: AnswerContext,
  event: Event,
  phrase: string,
): string | null {
  const wanted = new Set(words(phrase).filter((word) => !isStopword(word)));
  const sentence = splitSentences(reportedText(event, ctx.lookup)).find(({ text }) =>
    subjectWordsOf(text).some((word) => wanted.has(word)),
  );
  return sentence === undefined ? null : describedName(sentence.text);
}

/**
 * The subject of an event's first sentence when it names none of the event's people: an
 * organisation or a described speaker ("The special counsel's office issues a rare statement
 * …"). Null when the subject is a person's name.
 */
export function subjectNamingNobody(ctx: AnswerContext, event: Event): string | null {
  const first = splitSentences(reportedText(event, ctx.lookup))[0]?.text ?? '';
  // "A fundraising effort by Trump's 2020 campaign": the one by whom it is done, whose owner's
  // name does not make it a person.
  // After an opening phrase the subject may start in lower case: "Due to the pandemic, the
  // Federal Reserve cuts …".
  const whole = describedName(first).replace(/^the\s/, 'The ');
  const name = (BY_AGENT.exec(whole)?.[1] ?? whole).replace(TRAILING_INITIALS, '');
  const contentWords = words(name).filter((word) => !isStopword(word));
  if (!/^\p{Lu}/u.test(name) || contentWords.length > MAX_DESCRIBED_WORDS) return null;
  // "The Trump administration announces …": a body named after a person is no person.
  if (BODY_KIND_WORDS.has(words(name).at(-1) ?? '')) return name;
  const owners = ownerWordsIn(name);
  const subjectWords = new Set(words(name).filter((word) => !owners.has(word)));
  const namesPerson = event.personIds.some((id) => {
    const person = ctx.dataset.people[ctx.personById.get(id) ?? -1];
    return person !== undefined && words(person.name).some((word) => subjectWords.has(word));
  });
  return namesPerson ? null : name;
}

/**
 * The people an event's first sentence opens with when it names two or more as its subject
 * ("Secretary of State Tillerson and Secretary of Defense Mattis lead a briefing", "Joe
 * Scarborough and Mika Brzezinski claim …", "Nielsen, Whitaker, Ross, and Wray announce …"): the
 * subject is the capitalised names, commas and "and" up to the first lower-case word, and each
 * of its parts must name exactly one person of the event. Empty otherwise.
 */
export function coordinatedSubjectPeople(ctx: AnswerContext, event: Event): number[] {
  const first = splitSentences(reportedText(event, ctx.lookup))[0]?.text ?? '';
  const tokens = withoutOpeningPhrase(first.split(/\s+/));
  const subject: string[] = [];
  for (const token of tokens) {
    if (/^\p{Ll}/u.test(token) && !NAME_CONNECTORS.has(token)) break;
    subject.push(token);
  }
  const phrase = subject.join(' ');
  // Commas alone set off an appositive ("Rudy Giuliani, Trump's legal adviser, comments …"),
  // and an owner's name ("Trump's") is no one acting.
  if (!/\sand\s/.test(phrase) || /['’]s?$/.test(phrase) || /['’]s?,/.test(phrase)) return [];
  const parts = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((part) => part.length > 0);
  if (parts.length < 2) return [];
  const people = event.personIds
    .map((id) => ctx.personById.get(id))
    .filter((index): index is number => index !== undefined);
  const found: number[] = [];
  for (const part of parts) {
    const partWords = new Set(words(part));
    const named = people.filter((index) => {
      const surname = words(ctx.dataset.people[index]?.name ?? '').at(-1);
      return surname !== undefined && partWords.has(surname);
    });
    const [only] = named;
    if (named.length !== 1 || only === undefined || found.includes(only)) return [];
    found.push(only);
  }
  return found;
}

/**
 * The person an aside right after a sentence's described subject (as `describedName` reads it)
 * names: "The head of the Hispanic Chamber of Commerce, Javier Palomarez, resigns …" is Palomarez
 * acting. Undefined when the aside names none of the event's people.
 */
function personInAppositive(
  ctx: AnswerContext,
  event: Event,
  sentence: string,
  subject: string,
): Person | undefined {
  const at = sentence.indexOf(subject);
  if (at < 0) return undefined;
  const aside = /^\s*,\s*([^,]{3,60}),/u.exec(sentence.slice(at + subject.length))?.[1];
  if (aside === undefined) return undefined;
  return event.personIds
    .map((id) => ctx.dataset.people[ctx.personById.get(id) ?? -1])
    .find(
      (person) =>
        person?.kind === 'person' && [person.name, ...person.aliases].includes(aside.trim()),
    );
}

/**
 * Of several people a subject names, the one whose title holds the asked role's words: "National
 * Security Advisor H.R. McMaster and Secretary of State Tillerson" for "the national security
 * adviser" is McMaster. Undefined when the phrase names no role or no one person is so titled.
 */
function personTitledAs(
  ctx: AnswerContext,
  event: Event,
  subject: string,
  phraseWords: readonly string[],
): Person | undefined {
  const asked = roleStems(phraseWords.join(' '));
  if (asked.length === 0 || ctx.roles().askedRole(phraseWords.join(' ')) === null) return undefined;
  // Each conjunct of the subject is one person with their title: "… McMaster and Secretary …".
  const titled = subject.split(/,\s*|\s+and\s+/).flatMap((conjunct) => {
    const stems = roleStems(conjunct);
    if (!asked.every((part) => stems.includes(part))) return [];
    const conjunctWords = new Set(words(conjunct));
    return event.personIds.flatMap((id) => {
      const person = ctx.dataset.people[ctx.personById.get(id) ?? -1];
      const surname = words(person?.name ?? '').at(-1);
      return person?.kind === 'person' && surname !== undefined && conjunctWords.has(surname)
        ? [person]
        : [];
    });
  });
  return titled.length === 1 ? titled[0] : undefined;
}

function describedName(sentence: string): string {
  const tokens = withoutOpeningPhrase(sentence.split(/\s+/));
  const length = subjectLength(tokens);
  // "The Department of Justice in a court filing makes …": the name, not where it spoke.
  const setting = tokens.findIndex(
    (token, i) =>
      i > 0 && i < length && /^(?:in|at|on|during|after|before|through|via)$/.test(token),
  );
  // "The U.S. Office of Special Counsel (OSC)": the initials add no word to the name.
  return tokens
    .slice(0, setting > 0 ? setting : length)
    .join(' ')
    .replace(/[,;:]$/, '')
    .replace(TRAILING_INITIALS, '');
}

/** Words that open an adverbial phrase set before a sentence's subject. */
const OPENING_PHRASE_WORD =
  /^(?:despite|after|before|during|in|on|at|following|amid|amidst|with|without|while|as|upon|since|through|although|though|when|later|earlier|meanwhile|due|because|asked|aboard|ahead|via|citing|speaking|responding|answering|addressing|however|shortly|hours)$/i;
/**
 * How many words an opening phrase may have before its comma: "In response to a tweet by
 * President Trump withdrawing an invitation to NBA player Stephen Curry to visit the White House,"
 * has twenty.
 */
const MAX_OPENING_WORDS = 24;

/**
 * A sentence's tokens past an opening phrase and its comma ("Despite the lack of a clear winner,
 * President Trump declares …"): the subject comes after it.
 */
function withoutOpeningPhrase(tokens: readonly string[]): readonly string[] {
  if (!OPENING_PHRASE_WORD.test(tokens[0] ?? '')) return tokens;
  let comma = tokens.findIndex((token, i) => i < MAX_OPENING_WORDS && token.endsWith(','));
  // "Speaking from Bedminster, N.J., President Trump says": a state after its town is no subject.
  while (comma >= 0 && /^\p{Lu}[\p{L}.]{0,5},$/u.test(tokens[comma + 1] ?? '')) comma += 1;
  return comma < 0 || comma === tokens.length - 1 ? tokens : tokens.slice(comma + 1);
}

/** Words that open a verb's object: "present an open letter", "send their resignations". */
const OBJECT_DETERMINER = /^(?:a|an|the|their|its|his|her|two|three|several)$/;
/** Lower-case words that may stand inside a subject's name or title: "Secretary of State …". */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'da', 'van', 'von', 'bin', 'al']);
/** A speech verb's forms, to end a subject at. */
const SPEECH_FORM = new RegExp(`^(?:${SPEECH_VERB})$`, 'u');

/**
 * How many of a sentence's first tokens are its subject: up to its verb, read as a speech verb
 * or a present-tense word ("announces", "moves", but not "members of"), and never past a
 * comma.
 */
function subjectLength(tokens: readonly string[]): number {
  const limit = Math.min(tokens.length, MAX_SUBJECT_WORDS);
  // Tagged only when a word's shape cannot tell: most subjects end at an "-s" verb.
  let tags: Map<number, string> | undefined;
  for (let i = 0; i < limit; i++) {
    const token = tokens[i] ?? '';
    if (i > 0 && /^\p{Ll}/u.test(token) && !NAME_CONNECTORS.has(token)) {
      const next = tokens[i + 1] ?? '';
      // "Hundreds of newspapers …": a plural after "of" is its object, not the verb.
      const plural = /[^s'’]s$/.test(token) && next !== 'of' && tokens[i - 1] !== 'of';
      // "More than 2,000 former officials present an open letter": a plural noun, then a bare
      // verb (no -s, -ing or -ed) before its object's determiner.
      if (
        plural &&
        !SPEECH_FORM.test(token) &&
        /^\p{Ll}+$/u.test(next) &&
        !/(?:s|ing|ed)$/.test(next) &&
        !isStopword(next) &&
        OBJECT_DETERMINER.test(tokens[i + 2] ?? '')
      ) {
        return i + 1;
      }
      if (SPEECH_FORM.test(token) || plural) return i;
      // Names joined by "and" take a verb without -s, which the tagger often reads as a noun
      // ("President Trump and First Lady Melania Trump host …"): the first lower-case word
      // after the last name ends the subject.
      if (tokens.slice(1, i - 1).includes('and') && /^\(?\p{Lu}/u.test(tokens[i - 1] ?? '')) {
        return i;
      }
      tags ??= tagsByPosition(tokens.slice(0, limit));
      if (tags.get(i) === 'VERB') return i;
      // "The President publicly chastises …": an adverb before the verb is no part of the name.
      if (tags.get(i) === 'ADV' && token.endsWith('ly') && tags.get(i + 1) === 'VERB') return i;
    }
    if (/[,;:]$/.test(token)) return i + 1;
  }
  return limit;
}

/**
 * The part-of-speech tag of each whitespace token the tagger starts a word at: "publish" in
 * "Hundreds of newspapers across the United States publish editorials" is a verb, which has no
 * -s to tell it by.
 */
function tagsByPosition(tokens: readonly string[]): Map<number, string> {
  const text = tokens.join(' ');
  const starts = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, i) => {
    starts.set(offset, i);
    offset += token.length + 1;
  });
  const found = new Map<number, string>();
  for (const tagged of tagTokens(text)) {
    const index = starts.get(tagged.start);
    if (index !== undefined) found.set(index, tagged.pos);
  }
  return found;
}

/** A sentence's subject (see `subjectLength`). */
function subjectOf(sentence: string): string {
  const tokens = withoutOpeningPhrase(sentence.split(/\s+/));
  return tokens.slice(0, subjectLength(tokens)).join(' ');
}

/** A sentence's subject words. */
function subjectWordsOf(sentence: string): string[] {
  return words(subjectOf(sentence));
}
