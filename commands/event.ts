/** `/event query:<text>`: an event's card with its date, summary, people, quotes and sources. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { renderEventCard } from '../src/bot/render/cards.js';
import { eventChoices } from '../src/bot/render/choices.js';
import { renderUnknownEvent } from '../src/bot/render/results.js';

const QUERY_MAX = 200;

const options = z.object({
  query: textOption(QUERY_MAX, en.options.hints.describeEvent),
});

const TEXT = en.commands.event;

export default defineCommand({
  data: withLocalizations(
    slashCommand('event', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('query')
          .setDescription(TEXT.options.query.description)
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(QUERY_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ query }, context) => {
    const commandLine = formatCommandLine('event', { query });
    const card = context.answerer.event(query);
    if (card === null) {
      return renderUnknownEvent(
        query,
        context.answerer.suggestEvents(query, 5),
        commandLine,
        context.locale,
      );
    }
    return renderEventCard(card, { ...context, commandLine });
  },
  autocomplete: (focused, { answerer }) => eventChoices(answerer.suggestEvents(focused.value)),
});
