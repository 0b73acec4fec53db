/** `/quote search:<text> [speaker:<person>]`: matching quotes, best first. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { personChoices } from '../src/bot/render/choices.js';
import { renderQuotes, renderUnknownPerson } from '../src/bot/render/results.js';

const SEARCH_MAX = 200;
const SPEAKER_MAX = 100;
const QUOTE_LIMIT = 25;

const options = z.object({
  search: textOption(SEARCH_MAX, 'write some words of the quote'),
  speaker: textOption(SPEAKER_MAX, 'name a speaker').optional(),
});

export default defineCommand({
  data: slashCommand('quote', 'Find quotes by their words, best match first')
    .addStringOption((option) =>
      option
        .setName('search')
        .setDescription('Words from the quote')
        .setRequired(true)
        .setMaxLength(SEARCH_MAX),
    )
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Only quotes by this person')
        .setAutocomplete(true)
        .setMaxLength(SPEAKER_MAX),
    )
    .addBooleanOption(privateOption),
  options,
  execute: ({ search, speaker }, context) => {
    const commandLine = formatCommandLine('quote', { search, speaker });
    const person = speaker === undefined ? null : context.answerer.person(speaker);
    if (speaker !== undefined && person === null) {
      return renderUnknownPerson(speaker, context.answerer.suggestPeople(speaker, 5), commandLine);
    }
    const quotes = context.answerer.searchQuotes(search, {
      speakerId: person?.person.id,
      limit: QUOTE_LIMIT,
    });
    return renderQuotes({ search, speaker: person?.person ?? null }, quotes, {
      ...context,
      commandLine,
    });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
