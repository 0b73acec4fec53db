/**
 * `/ask question:<text>`: any question, answered by the core as the `ask` CLI does. Small talk
 * ("hi", "help", "thanks", "?", nothing at all) gets the help card instead: searching the dataset
 * for it could only say nothing was found. DMs are answered through this command too.
 */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { textOf } from '../src/bot/i18n/index.js';
import { renderAskResult } from '../src/bot/render/results.js';
import { smallTalkOf, type SmallTalk } from '../src/question/small-talk.js';
import { helpCard } from './help.js';

const QUESTION_MAX = 300;
/** Answers fetched for paging: five pages of five. */
const ANSWER_LIMIT = 25;

const options = z.object({
  // Empty is allowed (a DM of only an image, the console's `/ask question:""`): it gets help.
  question: z.string().trim().max(QUESTION_MAX, en.options.tooLong(QUESTION_MAX)).default(''),
});

/** How the help card opens for small talk, by the key of its words in the string tables. */
const OPENINGS: Record<SmallTalk, 'greeting' | 'thanks' | undefined> = {
  greeting: 'greeting',
  thanks: 'thanks',
  help: undefined,
};

const TEXT = en.commands.ask;

export default defineCommand({
  data: withLocalizations(
    slashCommand('ask', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('question')
          .setDescription(TEXT.options.question.description)
          .setRequired(true)
          .setMaxLength(QUESTION_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ question }, context) => {
    const smallTalk = smallTalkOf(question);
    if (smallTalk !== null) {
      const opening = OPENINGS[smallTalk];
      return helpCard(
        context,
        opening === undefined ? undefined : textOf(context.locale).ask[opening],
      );
    }
    const result = context.answerer.ask(question, { limit: ANSWER_LIMIT, count: true });
    return renderAskResult(question, result, {
      ...context,
      commandLine: formatCommandLine('ask', { question }),
    });
  },
});
