/** `/ask question:<text>`: any question, answered by the core as the `ask` CLI does. */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { renderAskResult } from '../src/bot/render/results.js';

const QUESTION_MAX = 300;
/** Answers fetched for paging: five pages of five. */
const ANSWER_LIMIT = 25;

const options = z.object({
  question: textOption(QUESTION_MAX, 'write a question'),
});

export default defineCommand({
  data: slashCommand('ask', 'Ask about the events in the dataset: when, who, what was said')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('e.g. "When did Sessions recuse himself?"')
        .setRequired(true)
        .setMaxLength(QUESTION_MAX),
    )
    .addBooleanOption(privateOption),
  options,
  execute: ({ question }, context) =>
    renderAskResult(question, context.answerer.ask(question, { limit: ANSWER_LIMIT }), {
      ...context,
      commandLine: formatCommandLine('ask', { question }),
    }),
});
