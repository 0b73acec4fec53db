/** `/verify quote:<text> [speaker:<person>]`: did they say it? The closest real quote and a verdict. */
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
import { renderUnknownPerson, renderVerification } from '../src/bot/render/results.js';

const QUOTE_MAX = 300;

const options = z.object({
  quote: textOption(QUOTE_MAX, en.options.hints.writeQuote),
  speaker: speakerSchema(),
});

const TEXT = en.commands.verify;

export default defineCommand({
  data: withLocalizations(
    slashCommand('verify', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('quote')
          .setDescription(TEXT.options.quote.description)
          .setRequired(true)
          .setMaxLength(QUOTE_MAX),
      )
      .addStringOption(speakerOption(TEXT.options.speaker.description))
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ quote, speaker }, context) => {
    const commandLine = formatCommandLine('verify', { quote, speaker });
    const card = speaker === undefined ? null : context.answerer.person(speaker);
    if (speaker !== undefined && card === null) {
      return renderUnknownPerson(
        speaker,
        context.answerer.suggestPeople(speaker, 5),
        commandLine,
        context.locale,
      );
    }
    const verification = context.answerer.verify(quote, { speakerId: card?.person.id });
    return renderVerification({ quote, speaker: card?.person ?? null }, verification, {
      ...context,
      commandLine,
    });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
