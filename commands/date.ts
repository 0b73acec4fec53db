/** `/date when:<text>`: what happened on a day, in a month or year, or in a range. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { renderDateAnswer } from '../src/bot/render/results.js';

const WHEN_MAX = 100;
const EVENT_LIMIT = 25;

const options = z.object({
  when: textOption(WHEN_MAX, en.options.hints.writeDate),
});

const TEXT = en.commands.date;

export default defineCommand({
  data: withLocalizations(
    slashCommand('date', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('when')
          .setDescription(TEXT.options.when.description)
          .setRequired(true)
          .setMaxLength(WHEN_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ when }, context) =>
    renderDateAnswer(when, context.answerer.eventsOn(when, { limit: EVENT_LIMIT }), {
      ...context,
      commandLine: formatCommandLine('date', { when }),
    }),
});
