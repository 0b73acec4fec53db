/** `/quote search:<text> [speaker:<person>]`: matching quotes, best first. */
import { z } from 'zod';
import {
  defineCommand,
  privateOption,
  slashCommand,
  speakerOption,
  speakerSchema,
  textOption,
} from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { personChoices } from '../src/bot/render/choices.js';
import { renderQuotes, renderUnknownPerson } from '../src/bot/render/results.js';

const SEARCH_MAX = 200;
const QUOTE_LIMIT = 25;

const options = z.object({
  search: textOption(SEARCH_MAX, en.options.hints.writeQuoteWords),
  speaker: speakerSchema(),
});

const TEXT = en.commands.quote;

export default defineCommand({
  data: withLocalizations(
    slashCommand('quote', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('search')
          .setDescription(TEXT.options.search.description)
          .setRequired(true)
          .setMaxLength(SEARCH_MAX),
      )
      .addStringOption(speakerOption(TEXT.options.speaker.description))
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ search, speaker }, context) => {
    const commandLine = formatCommandLine('quote', { search, speaker });
    const person = speaker === undefined ? null : context.answerer.person(speaker);
    if (speaker !== undefined && person === null) {
      return renderUnknownPerson(
        speaker,
        context.answerer.suggestPeople(speaker, 5),
        commandLine,
        context.locale,
      );
    }
    const quotes = context.answerer.searchQuotes(search, {
      speakerId: person?.person.id,
      limit: QUOTE_LIMIT,
      // "First 25 of 73 quotes": how many match beyond the list.
      count: true,
    });
    return renderQuotes({ search, speaker: person?.person ?? null }, quotes, {
      ...context,
      commandLine,
    });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
