/**
 * `/ask question:<text>`: any question, answered by the core as the `ask` CLI does. Small talk
 * ("hi", "help", "thanks", "?", nothing at all) gets the help card instead: searching the dataset
 * for it could only say nothing was found. DMs are answered through this command too.
 */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { renderAskResult } from '../src/bot/render/results.js';
import { smallTalkOf, type SmallTalk } from '../src/question/small-talk.js';
import { helpCard } from './help.js';

const QUESTION_MAX = 300;
/** Answers fetched for paging: five pages of five. */
const ANSWER_LIMIT = 25;

const options = z.object({
  // Empty is allowed (a DM of only an image, the console's `/ask question:""`): it gets help.
  question: z
    .string()
    .trim()
    .max(QUESTION_MAX, `use at most ${QUESTION_MAX} characters`)
    .default(''),
});

const OPENINGS: Record<SmallTalk, string | undefined> = {
  greeting: 'Hello!',
  thanks: 'You’re welcome!',
  help: undefined,
};

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
  execute: ({ question }, context) => {
    const smallTalk = smallTalkOf(question);
    if (smallTalk !== null) return helpCard(context, OPENINGS[smallTalk]);
    return renderAskResult(question, context.answerer.ask(question, { limit: ANSWER_LIMIT }), {
      ...context,
      commandLine: formatCommandLine('ask', { question }),
    });
  },
});
