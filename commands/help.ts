/**
 * `/help`: what the bot knows, questions to try, and every command with its options, built from
 * the definitions Discord gets. `/ask` shows the same card for "hi", "help" or an empty question,
 * so this module and ask.ts import each other; each uses the other only inside functions, which
 * makes the order they load in irrelevant.
 */
import { z } from 'zod';
import type { Answerer } from '../src/answer/types.js';
import {
  defineCommand,
  privateOption,
  slashCommand,
  type CommandContext,
  type Reply,
} from '../src/bot/command.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { formatDate } from '../src/bot/render/dates.js';
import { renderHelp } from '../src/bot/render/info.js';
import about from './about.js';
import ask from './ask.js';
import date from './date.js';
import event from './event.js';
import onthisday from './onthisday.js';
import quote from './quote.js';
import settings from './settings.js';
import timeline from './timeline.js';
import verify from './verify.js';
import who from './who.js';

const data = withLocalizations(
  slashCommand('help', en.commands.help.description).addBooleanOption(privateOption),
);

/** Per dataset: a reload builds a new answerer, and with it new examples. */
const examplesByAnswerer = new WeakMap<Answerer, readonly string[]>();

/**
 * Questions about this dataset that it answers: who its most quoted person is, what they said,
 * and what happened on its busiest day. Checked against the answerer, so none comes back empty.
 */
export function exampleQuestions(answerer: Answerer): readonly string[] {
  const cached = examplesByAnswerer.get(answerer);
  if (cached !== undefined) return cached;
  const { dataset } = answerer;
  const quoteCount = new Map<string, number>();
  for (const quote of dataset.quotes) {
    const id = quote.speaker?.personId;
    if (id !== undefined && id !== null) quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
  }
  const weight = (id: string, events: number): number => (quoteCount.get(id) ?? 0) + events;
  const person = dataset.people
    .filter((candidate) => candidate.kind === 'person')
    .reduce<(typeof dataset.people)[number] | undefined>(
      (best, candidate) =>
        best === undefined ||
        weight(candidate.id, candidate.eventIds.length) > weight(best.id, best.eventIds.length)
          ? candidate
          : best,
      undefined,
    );
  const eventsPerDay = new Map<string, number>();
  for (const { date: day } of dataset.events) {
    eventsPerDay.set(day, (eventsPerDay.get(day) ?? 0) + 1);
  }
  const busiestDay = [...eventsPerDay].reduce<[string, number] | undefined>(
    (best, entry) => (best === undefined || entry[1] > best[1] ? entry : best),
    undefined,
  )?.[0];

  const candidates: string[] = [];
  if (person !== undefined) {
    // People type surnames: "Sessions" rather than "Attorney General Jeff Sessions".
    const surname = person.name.split(' ').at(-1) ?? person.name;
    const short = person.aliases.includes(surname) ? surname : person.name;
    candidates.push(`Who is ${short}?`);
    if ((quoteCount.get(person.id) ?? 0) > 0) candidates.push(`What did ${short} say?`);
  }
  if (busiestDay !== undefined) candidates.push(`What happened on ${formatDate(busiestDay)}?`);
  const examples = candidates.filter((question) => answerer.ask(question).answers.length > 0);
  examplesByAnswerer.set(answerer, examples);
  return examples;
}

/** The help card, for /help and for small talk in /ask; `opening` greets first ("Hello!"). */
export function helpCard(context: CommandContext, opening?: string): Reply {
  return renderHelp({
    commands: [
      ask,
      who,
      quote,
      verify,
      date,
      onthisday,
      event,
      timeline,
      settings,
      { data },
      about,
    ],
    commandIds: context.commandIds,
    stats: context.answerer.stats(),
    // Questions are read in English, so the examples stay English in every language.
    examples: exampleQuestions(context.answerer),
    opening,
    locale: context.locale,
  });
}

export default defineCommand({
  data,
  options: z.object({}),
  execute: (_options, context) => helpCard(context),
});
