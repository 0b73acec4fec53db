/** `/date when:<text>`: what happened on a day, in a month or year, or in a range. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { renderDateAnswer } from '../src/bot/render/results.js';

const WHEN_MAX = 100;
const EVENT_LIMIT = 25;

const options = z.object({
  when: textOption(WHEN_MAX, 'write a date'),
});

export default defineCommand({
  data: slashCommand('date', 'What happened on a day, in a month or year, or in a range')
    .addStringOption((option) =>
      option
        .setName('when')
        .setDescription('e.g. "March 2 2017", "2017-03", "Feb to Apr 2017"')
        .setRequired(true)
        .setMaxLength(WHEN_MAX),
    )
    .addBooleanOption(privateOption),
  options,
  execute: ({ when }, context) =>
    renderDateAnswer(when, context.answerer.eventsOn(when, { limit: EVENT_LIMIT }), {
      ...context,
      commandLine: formatCommandLine('date', { when }),
    }),
});
