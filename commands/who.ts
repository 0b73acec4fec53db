/**
 * `/who name:<person>`: a person's card with their roles, aliases, latest quotes and events, and a
 * picture of their events over time.
 */
import { z } from 'zod';
import { defineCommand, privateOption, slashCommand, textOption } from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { renderPersonCard } from '../src/bot/render/cards.js';
import { personChoices } from '../src/bot/render/choices.js';
import { renderUnknownPerson } from '../src/bot/render/results.js';
import { withTimelinePicture } from '../src/bot/render/timeline-picture.js';

const NAME_MAX = 100;

const options = z.object({
  name: textOption(NAME_MAX, en.options.hints.namePerson),
});

const TEXT = en.commands.who;

export default defineCommand({
  data: withLocalizations(
    slashCommand('who', TEXT.description)
      .addStringOption((option) =>
        option
          .setName('name')
          .setDescription(TEXT.options.name.description)
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(NAME_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ name }, context) => {
    const commandLine = formatCommandLine('who', { name });
    const card = context.answerer.person(name);
    if (card === null) {
      return renderUnknownPerson(
        name,
        context.answerer.suggestPeople(name, 5),
        commandLine,
        context.locale,
      );
    }
    const reply = renderPersonCard(card, { ...context, commandLine });
    if (card.person.eventIds.length === 0) return reply;
    return withTimelinePicture(reply, {
      answerer: context.answerer,
      person: { id: card.person.id, name: card.person.name },
      locale: context.locale,
    });
  },
  autocomplete: (focused, { answerer }) => personChoices(answerer.suggestPeople(focused.value)),
});
