/**
 * “Who said ‘fake news’?”: the quotes closest to the words, with their speakers, closest first;
 * else the events that report someone saying it in other words ("Who accused Trump of twisting
 * the Singapore agreement?").
 */
import type { Quote } from '../../dataset/schema.js';
import { words as wordsOf } from '../../search/text.js';
import { at, type AnswerContext } from '../context.js';
import { withoutRangeWords } from '../days.js';
import { plainNamesOf, resolvePerson } from '../people-in-text.js';
import { personAnswer } from '../render.js';
import { eventDoers, reportedStatements } from '../reported.js';
import { dedupe } from '../retrieve.js';
import { distinctiveStems, mentionsMost } from '../topic-words.js';
import { closestQuotes } from '../verify.js';
import type { IntentHandler } from './intent.js';

export const answerWhoSaid: IntentHandler = (ctx, parsed, limit) => {
  const quotedByAsker = /["“”]/.test(parsed.text);
  // The date that bounds the answer is no part of the words to find ("Turkey's April 2017
  // referendum"): reports rarely repeat it.
  const asked = parsed.quote ?? '';
  const words = quotedByAsker ? asked : withoutRangeWords(asked, parsed.range);
  if (parsed.calledWhom === true) {
    // "Who did Trump call a "nut job"?": the person the words were said of, then the words.
    const speaker = resolvePerson(ctx, parsed.subject ?? '')?.index ?? null;
    const said = closestQuotes(ctx, words, speaker).filter((f) => f.verdict !== 'not-found');
    const best = said[0];
    const target = best === undefined ? null : calledPerson(ctx, best.quote);
    if (target === null) return { answers: said.map((f) => f.answer).slice(0, limit) };
    const person = personAnswer(at(ctx.dataset.people, target), ctx.lookup, 1);
    return { answers: [person, ...said.map((f) => f.answer)].slice(0, limit) };
  }
  const found = closestQuotes(ctx, words, null);
  const close = found.filter((f) => f.verdict !== 'not-found');
  // Unquoted words ("Who accused Trump of twisting the agreement?") are put in the asker's own
  // words: a quotation without their rarest words ("twisting") is weaker than a report of them.
  const rarest = quotedByAsker ? null : distinctiveStems(ctx, words);
  const holding =
    rarest === null ? close : close.filter((f) => mentionsMost(f.quote.sentence, rarest));
  // A quotation sharing no word with the claim ("laughing at the president" in a sentence about
  // "the Putin invitation") says something else: a report that states the claim comes first.
  const quotesSayIt = holding.some((f) => f.verdict === 'exact' || f.coverage > 0);
  if (quotesSayIt) return { answers: holding.map((f) => f.answer).slice(0, limit) };
  const reported = reportedStatements(
    ctx,
    parsed.topic || words,
    null,
    parsed.range,
    limit,
    parsed.occasion,
  );
  if (holding.length > 0) {
    return {
      answers: [
        ...reported.map((statement) => statement.answer),
        ...holding.map((f) => f.answer),
      ].slice(0, limit),
    };
  }
  if (reported.length > 0 || close.length === 0) {
    // What was asked may be something done, which no verb of saying reports ("Who asked the
    // Supreme Court to …" is "The Justice Department appeals …"): the event's doer answers it,
    // the events the search ranks highest first.
    const done = eventDoers(
      ctx,
      `${parsed.topic || words} ${parsed.occasion ?? ''}`.trim(),
      parsed.range,
      limit,
    );
    const byScore = [...reported.map((statement) => statement.answer), ...done].sort(
      (a, b) => b.score - a.score,
    );
    return { answers: dedupe(byScore, limit) };
  }
  return { answers: close.map((f) => f.answer).slice(0, limit) };
};

/**
 * The person a quotation calls something: of the people its event names other than the speaker,
 * the one named last before the words in their sentence ("called former FBI Director Comey a
 * "nut job"", "Kim Jong-un, dubbed "Rocket Man""), else the first named after them. Null when
 * the sentence names no one else.
 */
function calledPerson(ctx: AnswerContext, quote: Quote): number | null {
  const sentence = wordsOf(quote.sentence);
  const quoted = wordsOf(quote.text);
  const opening = sentence.findIndex((_, i) => quoted.every((word, j) => sentence[i + j] === word));
  if (opening < 0) return null;
  const event = ctx.lookup.eventById.get(quote.eventId);
  const placed = (event?.personIds ?? []).flatMap((id) => {
    const index = ctx.personById.get(id);
    if (index === undefined || id === quote.speaker?.personId) return [];
    const person = at(ctx.dataset.people, index);
    if (person.kind !== 'person') return [];
    const surnames = new Set(plainNamesOf(person).map((name) => wordsOf(name).at(-1) ?? ''));
    const positions = sentence.flatMap((word, i) => (surnames.has(word) ? [i] : []));
    return positions.map((position) => ({ index, position }));
  });
  const before = placed.filter(({ position }) => position < opening);
  const after = placed.filter(({ position }) => position >= opening + quoted.length);
  const chosen =
    before.sort((a, b) => b.position - a.position)[0] ??
    after.sort((a, b) => a.position - b.position)[0];
  return chosen?.index ?? null;
}
